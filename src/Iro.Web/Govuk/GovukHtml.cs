using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>Markup shared by the form tag helpers, following GOV.UK Frontend's component templates.</summary>
internal static class GovukHtml
{
    /// <summary>The id MVC gives a field (<c>Input.Email</c> → <c>Input_Email</c>).</summary>
    public static string Id(string name) =>
        TagBuilder.CreateSanitizedId(name, "_");

    public static string? FirstError(ModelStateDictionary modelState, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                var error = entry.Errors[0];
                return string.IsNullOrEmpty(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;
            }
        }

        return null;
    }

    public static bool HasError(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    public static IHtmlContent Label(string forId, string text, string? classes, bool isPageHeading)
    {
        var label = new TagBuilder("label");
        label.AddCssClass("govuk-label");
        if (!string.IsNullOrWhiteSpace(classes))
        {
            label.AddCssClass(classes);
        }

        label.Attributes["for"] = forId;
        label.InnerHtml.Append(text);

        if (!isPageHeading)
        {
            return label;
        }

        var heading = new TagBuilder("h1");
        heading.AddCssClass("govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static IHtmlContent Hint(string id, string text)
    {
        var hint = new TagBuilder("div");
        hint.Attributes["id"] = id;
        hint.AddCssClass("govuk-hint");
        hint.InnerHtml.Append(text);
        return hint;
    }

    public static IHtmlContent ErrorMessage(string id, string text)
    {
        var message = new TagBuilder("p");
        message.Attributes["id"] = id;
        message.AddCssClass("govuk-error-message");
        var hidden = new TagBuilder("span");
        hidden.AddCssClass("govuk-visually-hidden");
        hidden.InnerHtml.Append("Error:");
        message.InnerHtml.AppendHtml(hidden).Append(" " + text);
        return message;
    }

    /// <summary>Moves attributes written on the custom element (for example <c>autocapitalize</c> or
    /// <c>data-*</c>) onto the real form control.</summary>
    public static void MoveUnboundAttributes(TagHelperOutput output, TagBuilder target)
    {
        foreach (var attribute in output.Attributes)
        {
            if (attribute.Name == "class")
            {
                target.AddCssClass(attribute.Value?.ToString() ?? string.Empty);
            }
            else
            {
                target.Attributes[attribute.Name] = attribute.Value?.ToString();
            }
        }

        output.Attributes.Clear();
    }
}
