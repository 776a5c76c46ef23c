using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>A GOV.UK date input (day, month, year in a fieldset) bound to a <see cref="DateInputModel"/>.</summary>
/// <remarks>An error on the property itself marks all three boxes; an error on <c>Prop.Day</c>,
/// <c>Prop.Month</c> or <c>Prop.Year</c> marks only that box. Box ids are the MVC ids of
/// <c>Prop.Day</c> etc., so <see cref="GovukErrorSummaryTagHelper"/> links straight to them.</remarks>
/// <example><c>&lt;govuk-date-input asp-for="HeldOn" legend="When was the review held?" hint="For example, 27 3 2026" /&gt;</c></example>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : TagHelper
{
    private static readonly (string Part, int Width)[] Parts =
        [(nameof(DateInputModel.Day), 2), (nameof(DateInputModel.Month), 2), (nameof(DateInputModel.Year), 4)];

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>Legend text; defaults to the property's display name.</summary>
    public string? Legend { get; set; }

    /// <summary>Extra legend classes, such as <c>govuk-fieldset__legend--l</c>.</summary>
    public string? LegendClass { get; set; }

    /// <summary>Wraps the legend in an <c>h1</c> for one-question pages.</summary>
    public bool LegendIsPageHeading { get; set; }

    public string? Hint { get; set; }

    /// <summary>Sets <c>autocomplete="bday-day"</c> and so on, for a date of birth.</summary>
    public bool IsDateOfBirth { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var modelState = ViewContext.ModelState;
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = GovukHtml.Id(name);
        var partNames = Parts.Select(p => name + "." + p.Part).ToArray();
        var wholeHasError = GovukHtml.HasError(modelState, name);
        var error = GovukHtml.FirstError(modelState, [name, .. partNames]);
        var describedBy = new List<string>();

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        fieldset.Attributes["role"] = "group";
        fieldset.InnerHtml.AppendHtml(LegendHtml());

        if (!string.IsNullOrEmpty(Hint))
        {
            describedBy.Add(id + "-hint");
            fieldset.InnerHtml.AppendHtml(GovukHtml.Hint(id + "-hint", Hint));
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
            fieldset.InnerHtml.AppendHtml(GovukHtml.ErrorMessage(id + "-error", error));
        }

        if (describedBy.Count > 0)
        {
            fieldset.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        var dateInput = new TagBuilder("div");
        dateInput.AddCssClass("govuk-date-input");
        dateInput.Attributes["id"] = id;
        var model = For.Model as DateInputModel;
        for (var i = 0; i < Parts.Length; i++)
        {
            var (part, width) = Parts[i];
            var partHasError = wholeHasError || GovukHtml.HasError(modelState, partNames[i]);
            var value = modelState.TryGetValue(partNames[i], out var entry) && entry.AttemptedValue is not null
                ? entry.AttemptedValue
                : PartValue(model, part);
            dateInput.InnerHtml.AppendHtml(Item(partNames[i], part, width, value, partHasError));
        }

        fieldset.InnerHtml.AppendHtml(dateInput);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(fieldset);
    }

    private TagBuilder LegendHtml()
    {
        var legend = new TagBuilder("legend");
        legend.AddCssClass("govuk-fieldset__legend");
        if (!string.IsNullOrWhiteSpace(LegendClass))
        {
            legend.AddCssClass(LegendClass);
        }

        var text = Legend ?? For.Metadata.GetDisplayName();
        if (LegendIsPageHeading)
        {
            var heading = new TagBuilder("h1");
            heading.AddCssClass("govuk-fieldset__heading");
            heading.InnerHtml.Append(text);
            legend.InnerHtml.AppendHtml(heading);
        }
        else
        {
            legend.InnerHtml.Append(text);
        }

        return legend;
    }

    private TagBuilder Item(string name, string part, int width, string? value, bool hasError)
    {
        var id = GovukHtml.Id(name);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"govuk-input govuk-date-input__input govuk-input--width-{width}");
        if (hasError)
        {
            input.AddCssClass("govuk-input--error");
        }

        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (IsDateOfBirth)
        {
            input.Attributes["autocomplete"] = "bday-" + part.ToLowerInvariant();
        }

        if (!string.IsNullOrEmpty(value))
        {
            input.Attributes["value"] = value;
        }

        var item = new TagBuilder("div");
        item.AddCssClass("govuk-date-input__item");
        item.InnerHtml.AppendHtml(GovukHtml.Label(id, part, "govuk-date-input__label", isPageHeading: false));
        item.InnerHtml.AppendHtml(input);
        return item;
    }

    private static string? PartValue(DateInputModel? model, string part) => part switch
    {
        nameof(DateInputModel.Day) => model?.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        nameof(DateInputModel.Month) => model?.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => model?.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
