using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Iro.Web.Govuk;

/// <summary>GOV.UK textarea and radios, following GOV.UK Frontend's templates, with the error from model state
/// and the value the user typed.</summary>
public static class GovukFields
{
    public static IHtmlContent Textarea(ViewContext view, string name, string label, string? value, string? hint = null,
        string labelClass = "govuk-label--m", int rows = 4)
    {
        ArgumentNullException.ThrowIfNull(view);
        var error = GovukHtml.FirstError(view.ModelState, name);
        var group = Group(error);
        group.InnerHtml.AppendHtml(GovukHtml.Label(name, label, labelClass, false));
        var describedBy = new List<string>();
        if (hint is not null)
        {
            group.InnerHtml.AppendHtml(GovukHtml.Hint(name + "-hint", hint));
            describedBy.Add(name + "-hint");
        }
        if (error is not null)
        {
            group.InnerHtml.AppendHtml(GovukHtml.ErrorMessage(name + "-error", error));
            describedBy.Add(name + "-error");
        }
        var textarea = new TagBuilder("textarea");
        textarea.AddCssClass("govuk-textarea");
        if (error is not null)
        {
            textarea.AddCssClass("govuk-textarea--error");
        }
        textarea.Attributes["id"] = name;
        textarea.Attributes["name"] = name;
        textarea.Attributes["rows"] = rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (describedBy.Count > 0)
        {
            textarea.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }
        textarea.InnerHtml.Append(value ?? "");
        group.InnerHtml.AppendHtml(textarea);
        return group;
    }

    public static IHtmlContent Radios(ViewContext view, string name, string legend, IEnumerable<(string Value, string Text, string? Hint)> options,
        string? selected, string? hint = null, string legendClass = "govuk-fieldset__legend--m", bool small = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(options);
        var error = GovukHtml.FirstError(view.ModelState, name);
        var group = Group(error);
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("govuk-fieldset");
        var describedBy = new List<string>();
        var legendTag = new TagBuilder("legend");
        legendTag.AddCssClass("govuk-fieldset__legend");
        legendTag.AddCssClass(legendClass);
        legendTag.InnerHtml.Append(legend);
        fieldset.InnerHtml.AppendHtml(legendTag);
        if (hint is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukHtml.Hint(name + "-hint", hint));
            describedBy.Add(name + "-hint");
        }
        if (error is not null)
        {
            fieldset.InnerHtml.AppendHtml(GovukHtml.ErrorMessage(name + "-error", error));
            describedBy.Add(name + "-error");
        }
        if (describedBy.Count > 0)
        {
            fieldset.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        }
        var radios = new TagBuilder("div");
        radios.AddCssClass("govuk-radios");
        if (small)
        {
            radios.AddCssClass("govuk-radios--small");
        }
        radios.Attributes["data-module"] = "govuk-radios";
        var first = true;
        foreach (var (value, text, itemHint) in options)
        {
            // The first radio takes the field's own id, so the error summary's link lands on it.
            var id = first ? name : $"{name}-{GovukHtml.Id(value)}";
            first = false;
            var item = new TagBuilder("div");
            item.AddCssClass("govuk-radios__item");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.AddCssClass("govuk-radios__input");
            input.Attributes["id"] = id;
            input.Attributes["name"] = name;
            input.Attributes["type"] = "radio";
            input.Attributes["value"] = value;
            if (string.Equals(value, selected, StringComparison.Ordinal))
            {
                input.Attributes["checked"] = "checked";
            }
            var label = new TagBuilder("label");
            label.AddCssClass("govuk-label govuk-radios__label");
            label.Attributes["for"] = id;
            label.InnerHtml.Append(text);
            item.InnerHtml.AppendHtml(input).AppendHtml(label);
            if (itemHint is not null)
            {
                input.Attributes["aria-describedby"] = id + "-item-hint";
                var h = new TagBuilder("div");
                h.AddCssClass("govuk-hint govuk-radios__hint");
                h.Attributes["id"] = id + "-item-hint";
                h.InnerHtml.Append(itemHint);
                item.InnerHtml.AppendHtml(h);
            }
            radios.InnerHtml.AppendHtml(item);
        }
        fieldset.InnerHtml.AppendHtml(radios);
        group.InnerHtml.AppendHtml(fieldset);
        return group;
    }

    private static TagBuilder Group(string? error)
    {
        var group = new TagBuilder("div");
        group.AddCssClass("govuk-form-group");
        if (error is not null)
        {
            group.AddCssClass("govuk-form-group--error");
        }
        return group;
    }
}
