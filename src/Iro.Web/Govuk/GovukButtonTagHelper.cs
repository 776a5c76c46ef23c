using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>A GOV.UK button: a submit <c>button</c>, or a link styled as a button when <c>href</c> is set.
/// Other attributes (<c>class</c>, <c>name</c>, <c>value</c>, <c>formaction</c>…) pass through.</summary>
/// <example><c>&lt;govuk-button prevent-double-click="true"&gt;Save and continue&lt;/govuk-button&gt;</c>,
/// <c>&lt;govuk-button href="/caseload" class="govuk-button--secondary"&gt;Cancel&lt;/govuk-button&gt;</c></example>
[HtmlTargetElement("govuk-button")]
public sealed class GovukButtonTagHelper : TagHelper
{
    public string? Href { get; set; }

    /// <summary><c>submit</c> (default), <c>button</c> or <c>reset</c>; ignored for links.</summary>
    public string Type { get; set; } = "submit";

    public bool PreventDoubleClick { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var classes = output.Attributes.TryGetAttribute("class", out var existing) && existing.Value is not null
            ? "govuk-button " + existing.Value
            : "govuk-button";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-module", "govuk-button");

        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
            return;
        }

        output.TagName = "button";
        output.Attributes.SetAttribute("type", Type);
        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }
    }
}
