using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Iro.Web.Govuk;

/// <summary>The GOV.UK error summary, built from model state; renders nothing when there are no errors.</summary>
/// <remarks>Each error links to the MVC id of its key (<c>Input.Email</c> → <c>#Input_Email</c>). An error on
/// a <see cref="DateInputModel"/> property links to its day box. Errors with an empty key are listed unlinked.
/// Put it first in <c>&lt;main&gt;</c>, before the <c>h1</c>.</remarks>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper(IModelMetadataProvider metadataProvider) : TagHelper
{
    public string Title { get; set; } = "There is a problem";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var modelState = ViewContext.ModelState;
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = new TagBuilder("ul");
        list.AddCssClass("govuk-list govuk-error-summary__list");
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = string.IsNullOrEmpty(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;
                var item = new TagBuilder("li");
                if (string.IsNullOrEmpty(key))
                {
                    item.InnerHtml.Append(message);
                }
                else
                {
                    var link = new TagBuilder("a");
                    link.Attributes["href"] = "#" + TargetId(key);
                    link.InnerHtml.Append(message);
                    item.InnerHtml.AppendHtml(link);
                }

                list.InnerHtml.AppendHtml(item);
            }
        }

        var title = new TagBuilder("h2");
        title.AddCssClass("govuk-error-summary__title");
        title.InnerHtml.Append(Title);

        var body = new TagBuilder("div");
        body.AddCssClass("govuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);

        var alert = new TagBuilder("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(title).AppendHtml(body);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(alert);
    }

    private string TargetId(string key)
    {
        var id = GovukHtml.Id(key);
        return IsDateInput(key) ? GovukHtml.Id(key + "." + nameof(DateInputModel.Day)) : id;
    }

    private bool IsDateInput(string key)
    {
        var metadata = ViewContext.ViewData.ModelMetadata ?? metadataProvider.GetMetadataForType(typeof(object));
        foreach (var segment in key.Split('.'))
        {
            var property = segment.Split('[')[0];
            metadata = metadata.Properties[property] ?? metadata.ElementMetadata?.Properties[property];
            if (metadata is null)
            {
                return false;
            }
        }

        return metadata.UnderlyingOrModelType == typeof(DateInputModel);
    }
}
