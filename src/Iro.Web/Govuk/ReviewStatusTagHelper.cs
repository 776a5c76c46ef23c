using System.Diagnostics;
using Iro.Core.Caseloads;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>The one place that turns a <see cref="ReviewStatus"/> into tag text and colour.</summary>
/// <example><c>&lt;review-status-tag status="@row.Status" /&gt;</c></example>
[HtmlTargetElement("review-status-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ReviewStatusTagHelper : TagHelper
{
    public ReviewStatus Status { get; set; }

    public static (string Text, string Colour) Describe(ReviewStatus status) => status switch
    {
        ReviewStatus.Overdue => ("Overdue", "red"),
        ReviewStatus.DueSoon => ("Due soon", "yellow"),
        ReviewStatus.Scheduled => ("Scheduled", "grey"),
        _ => throw new UnreachableException(),
    };

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (text, colour) = Describe(Status);
        GovukTagTagHelper.Render(output, text, colour);
    }
}
