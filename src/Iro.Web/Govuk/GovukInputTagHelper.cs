using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>A GOV.UK text input with its label, hint and error message, bound to a model property.
/// <c>type="password"</c> renders the GOV.UK password input (with its "Show" button) and never echoes the value.</summary>
/// <example><c>&lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="username" spellcheck="false" /&gt;</c></example>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>Label text; defaults to the property's display name.</summary>
    public string? Label { get; set; }

    /// <summary>Extra label classes, such as <c>govuk-label--l</c>.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Wraps the label in an <c>h1</c> for one-question pages.</summary>
    public bool LabelIsPageHeading { get; set; }

    public string? Hint { get; set; }

    /// <summary><c>text</c> (default), <c>email</c>, <c>tel</c>, <c>number</c> or <c>password</c>.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool? Spellcheck { get; set; }

    public string? Inputmode { get; set; }

    /// <summary>Extra input classes, such as <c>govuk-input--width-10</c> or <c>govuk-!-width-one-half</c>.</summary>
    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = GovukHtml.Id(name);
        var isPassword = string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);
        var error = GovukHtml.FirstError(ViewContext.ModelState, name);
        var describedBy = new List<string>();

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("govuk-input");
        GovukHtml.MoveUnboundAttributes(output, input);
        if (!string.IsNullOrWhiteSpace(InputClass))
        {
            input.AddCssClass(InputClass);
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = isPassword ? "password" : Type;
        if (isPassword)
        {
            input.AddCssClass("govuk-password-input__input govuk-js-password-input-input");
            input.Attributes["spellcheck"] = "false";
            input.Attributes["autocapitalize"] = "none";
        }
        else
        {
            var value = CurrentValue(name);
            if (!string.IsNullOrEmpty(value))
            {
                input.Attributes["value"] = value;
            }
        }

        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (!string.IsNullOrEmpty(Inputmode))
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var groupClass = error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";
        output.Attributes.SetAttribute("class", isPassword ? groupClass + " govuk-password-input" : groupClass);
        if (isPassword)
        {
            output.Attributes.SetAttribute("data-module", "govuk-password-input");
        }

        var content = output.Content;
        content.AppendHtml(GovukHtml.Label(id, Label ?? For.Metadata.GetDisplayName(), LabelClass, LabelIsPageHeading));
        if (!string.IsNullOrEmpty(Hint))
        {
            describedBy.Add(id + "-hint");
            content.AppendHtml(GovukHtml.Hint(id + "-hint", Hint));
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
            content.AppendHtml(GovukHtml.ErrorMessage(id + "-error", error));
            input.AddCssClass("govuk-input--error");
        }

        if (describedBy.Count > 0)
        {
            input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (!isPassword)
        {
            content.AppendHtml(input);
            return;
        }

        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("govuk-input__wrapper govuk-password-input__wrapper");
        wrapper.InnerHtml.AppendHtml(input);
        var toggle = new TagBuilder("button");
        toggle.AddCssClass("govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle");
        toggle.Attributes["type"] = "button";
        toggle.Attributes["data-module"] = "govuk-button";
        toggle.Attributes["aria-controls"] = id;
        toggle.Attributes["aria-label"] = "Show password";
        toggle.Attributes["hidden"] = null;
        toggle.InnerHtml.Append("Show");
        wrapper.InnerHtml.AppendHtml(toggle);
        content.AppendHtml(wrapper);
    }

    private string? CurrentValue(string name)
    {
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return For.Model switch
        {
            null => null,
            IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
            var model => model.ToString(),
        };
    }
}
