using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>A GOV.UK tag. The text must carry the meaning; the colour only reinforces it.</summary>
/// <example><c>&lt;govuk-tag text="Overdue" colour="red" /&gt;</c></example>
[HtmlTargetElement("govuk-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTagTagHelper : TagHelper
{
    /// <summary>The colours GOV.UK Frontend 6 defines; no colour gives the default blue tag.</summary>
    public static IReadOnlySet<string> Colours { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "grey", "green", "turquoise", "teal", "purple", "magenta", "pink", "red", "orange", "yellow",
    };

    public string Text { get; set; } = "";

    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Render(output, Text, Colour);
    }

    internal static void Render(TagHelperOutput output, string text, string? colour)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException("A GOV.UK tag needs text; colour alone carries no meaning.");
        }

        if (colour is not null && !Colours.Contains(colour))
        {
            throw new InvalidOperationException($"'{colour}' is not a GOV.UK Frontend 6 tag colour.");
        }

        var classes = output.Attributes.TryGetAttribute("class", out var existing) && existing.Value is not null
            ? " " + existing.Value
            : "";
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", (colour is null ? "govuk-tag" : $"govuk-tag govuk-tag--{colour}") + classes);
        output.Content.SetContent(text);
    }
}
