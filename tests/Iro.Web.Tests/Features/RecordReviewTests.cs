using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Recording a review as a journey (issue 5 §3): held or adjourned, the meeting, the child's voice, the
/// IRO's view of the plan, the participation code (age-guarded; PN2 and PN5 need who spoke for the child), check
/// answers, confirmation. Nothing typed is lost on an error; a review is adjourned once only; the next due date
/// updates at once; two people recording the same review cannot overwrite each other.</summary>
public sealed class RecordReviewTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Held_WalksEveryStep_KeepsWhatWasTyped_AndTheNextDueDateUpdatesAtOnce()
    {
        var path = $"/children/{Council.Overdue.Id}/record-review";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var page = await ParseAsync(await ada.GetAsync(path, Ct));
        Assert.Equal("Was the second review held?", page.QuerySelector("h1")!.TextContent.Trim());

        page = await SubmitAsync(ada, path, page, []);
        Assert.Contains("Select whether the review was held or adjourned", Errors(page), StringComparison.Ordinal);
        page = await SubmitAsync(ada, path, page, new() { ["Outcome"] = "Held" });
        Assert.Equal("When and where was the review held?", page.QuerySelector("h1")!.TextContent.Trim());

        // A future date is refused; the venue typed stays.
        page = await SubmitAsync(ada, path, page, Date("HeldOn", "24", "11", "2026", ("Mode", "InPerson"), ("Venue", "Oak Lane School")));
        Assert.Contains("must be today or in the past", Errors(page), StringComparison.Ordinal);
        Assert.Equal("Oak Lane School", Value(page, "Venue"));
        page = await SubmitAsync(ada, path, page, Date("HeldOn", "20", "11", "2026"));
        Assert.Equal("Who chaired and who attended?", page.QuerySelector("h1")!.TextContent.Trim());

        // A person with a name but no role is refused, and the name stays; blank rows are ignored.
        page = await SubmitAsync(ada, path, page, new() { ["Attendees[0].Name"] = "Olive", ["Attendees[1].Name"] = "Sara Worker" });
        Assert.Contains("Enter the role or relationship of person 1", Errors(page), StringComparison.Ordinal);
        Assert.Equal("Sara Worker", Value(page, "Attendees_1__Name"));
        page = await SubmitAsync(ada, path, page, [], go: "add-attendee");
        Assert.Equal(4, page.QuerySelectorAll("fieldset.iro-attendee").Length);
        page = await SubmitAsync(ada, path, page, new()
        {
            ["Attendees[0].Role"] = "The child", ["Attendees[0].Part"] = "Part 1", ["Attendees[1].Role"] = "Social worker",
            ["Attendees[3].Name"] = "Pat Parent", ["Attendees[3].Role"] = "Mother",
        });
        Assert.Equal("The child's wishes and feelings", page.QuerySelector("h1")!.TextContent.Trim());

        page = await SubmitAsync(ada, path, page, []);
        Assert.Contains("Enter the child's wishes and feelings", Errors(page), StringComparison.Ordinal);
        page = await SubmitAsync(ada, path, page, new() { ["Wishes"] = "I want to stay with Jo and see my brother more." });

        page = await SubmitAsync(ada, path, page, new() { ["PlanView"] = "PartlyEndorsed" });
        Assert.Contains("Enter why you do not fully endorse the care plan", Errors(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input#PlanView-PartlyEndorsed[checked]"));
        page = await SubmitAsync(ada, path, page, new() { ["PlanViewReason"] = "Contact with her brother is not yet planned." });

        // Olive is 12: PN0 is refused. PN2 asks who spoke for her.
        page = await SubmitAsync(ada, path, page, new() { ["Code"] = "PN0" });
        Assert.Contains("PN0", page.QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);
        page = await SubmitAsync(ada, path, page, new() { ["Code"] = "PN2" });
        Assert.Equal("Who spoke for the child?", page.QuerySelector("h1")!.TextContent.Trim());
        page = await SubmitAsync(ada, path, page, []);
        Assert.Contains("Select who spoke for the child: PN2", Errors(page), StringComparison.Ordinal);
        page = await SubmitAsync(ada, path, page, new() { ["SpokenForBy"] = "Advocate" });
        Assert.Contains("Enter the advocate's name", Errors(page), StringComparison.Ordinal);
        page = await SubmitAsync(ada, path, page, new() { ["AdvocateName"] = "Avery Advocate" });

        Assert.Equal("Check your answers before recording the review", page.QuerySelector("h1")!.TextContent.Trim());
        var answers = page.QuerySelector("#answers")!.TextContent;
        Assert.Contains("20 November 2026", answers, StringComparison.Ordinal);
        Assert.Contains("Oak Lane School", answers, StringComparison.Ordinal);
        Assert.Contains("Pat Parent (Mother)", answers, StringComparison.Ordinal);
        Assert.Contains("Avery Advocate", answers, StringComparison.Ordinal);

        // Change an answer: back to that question with the answer kept, then straight back to check answers.
        page = await SubmitAsync(ada, path, page, [], go: "change-Wishes");
        Assert.Equal("I want to stay with Jo and see my brother more.", page.QuerySelector<IHtmlTextAreaElement>("#Wishes")!.Value);
        page = await SubmitAsync(ada, path, page, new() { ["Wishes"] = "I want to stay with Jo. I miss my brother." });
        Assert.Contains("I miss my brother.", page.QuerySelector("#answers")!.TextContent, StringComparison.Ordinal);

        // Back goes one step back, answers kept.
        var back = await SubmitAsync(ada, path, page, [], go: "back");
        Assert.Equal("Who spoke for the child?", back.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Avery Advocate", Value(back, "AdvocateName"));

        var saved = await PostAsync(ada, path, page, []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var confirmation = await ParseAsync(await ada.GetAsync(saved.Headers.Location!.OriginalString, Ct));
        Assert.Contains("Review recorded", confirmation.QuerySelector(".govuk-panel__title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("due by 20 May 2027", confirmation.QuerySelector("#next-due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("CPPCR 2010 reg 33", confirmation.QuerySelector("#next-rule")!.TextContent, StringComparison.Ordinal);

        var child = await ParseAsync(await ada.GetAsync($"/children/{Council.Overdue.Id}", Ct));
        Assert.Contains("20 May 2027", child.QuerySelector("#next-review + p")!.TextContent, StringComparison.Ordinal);
        var link = child.QuerySelector("#reviews a[href*='/reviews/']")!;
        Assert.Contains("20 November 2026", link.TextContent, StringComparison.Ordinal);
        var record = await ParseAsync(await ada.GetAsync(link.GetAttribute("href")!, Ct));
        Assert.Contains("I miss my brother.", record.QuerySelector("#wishes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Partly endorsed: Contact with her brother", record.QuerySelector("#plan-view")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Spoken for by an advocate, Avery Advocate", record.QuerySelector("#participation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, record.QuerySelectorAll("#attendees tbody tr").Length);
    }

    [Fact]
    public async Task Adjourned_Once_ThenASecondAdjournmentIsRefused_AndTheReconvenedReviewCannotPredateIt()
    {
        var path = $"/children/{Council.DueSoon.Id}/record-review";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var page = await ParseAsync(await ada.GetAsync(path, Ct));
        page = await SubmitAsync(ada, path, page, new() { ["Outcome"] = "Adjourned" });
        Assert.Equal("Adjourning the review", page.QuerySelector("h1")!.TextContent.Trim());
        page = await SubmitAsync(ada, path, page, Date("AdjournedOn", "20", "11", "2026"));
        Assert.Contains("Enter why the review was adjourned", Errors(page), StringComparison.Ordinal);
        page = await SubmitAsync(ada, path, page, new() { ["AdjournmentReason"] = "The social worker's report was not ready." });
        Assert.Contains("Adjourned", page.QuerySelector("#answers")!.TextContent, StringComparison.Ordinal);
        var saved = await PostAsync(ada, path, page, []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var confirmation = await ParseAsync(await ada.GetAsync(saved.Headers.Location!.OriginalString, Ct));
        Assert.Contains("Review adjourned", confirmation.QuerySelector(".govuk-panel__title")!.TextContent, StringComparison.Ordinal);
        // Day 0 is Friday 20 November; the 20th working day after it is Friday 18 December.
        Assert.Contains("18 December 2026", confirmation.QuerySelector("#reconvene-by")!.TextContent, StringComparison.Ordinal);
        var record = await ParseAsync(await ada.GetAsync(confirmation.QuerySelector("#review-record")!.GetAttribute("href")!, Ct));
        var reconvene = record.QuerySelector("#timers tr[data-timer=AdjournedReviewReconvened]")!.TextContent;
        Assert.Contains("18 December 2026", reconvene, StringComparison.Ordinal);
        Assert.Contains("Not yet due", reconvene, StringComparison.Ordinal);
        Assert.Contains("The social worker's report was not ready.", record.QuerySelector("#adjournment")!.TextContent, StringComparison.Ordinal);

        page = await ParseAsync(await ada.GetAsync(path, Ct));
        Assert.Contains("It was adjourned on 20 November 2026", page.QuerySelector("#Outcome-hint")!.TextContent, StringComparison.Ordinal);
        var again = await SubmitAsync(ada, path, page, new() { ["Outcome"] = "Adjourned" });
        Assert.Contains("may be adjourned only once (CPPCR 2010 reg 36)", Errors(again), StringComparison.Ordinal);

        page = await SubmitAsync(ada, path, again, new() { ["Outcome"] = "Held" });
        page = await SubmitAsync(ada, path, page, Date("HeldOn", "19", "11", "2026", ("Mode", "Remote")));
        Assert.Contains("adjourned on 20 November 2026: it must be held on or after that day", Errors(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeopleRecordingTheSameReview_TheSecondIsTold_AndNothingIsOverwritten()
    {
        var path = $"/children/{Council.Scheduled.Id}/record-review";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var adas = await WalkToCheckAsync(ada, path, "20");
        var managers = await WalkToCheckAsync(manager, path, "19");

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ada, path, adas, [])).StatusCode);
        var second = await ParseAsync(await PostAsync(manager, path, managers, []));
        Assert.Contains("Someone else recorded or changed this review", Errors(second), StringComparison.Ordinal);

        var child = await ParseAsync(await ada.GetAsync($"/children/{Council.Scheduled.Id}", Ct));
        Assert.Contains("20 November 2026", child.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("19 November 2026", child.QuerySelector("#reviews")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_AsASocialWorker_IsForbidden()
    {
        using var worker = await Host.SignedInClientAsync("worker@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync($"/children/{Council.DueSoon.Id}/record-review", Ct)).StatusCode);
        var post = await IroTestHost.PostFormAsync(worker, $"/children/{Council.DueSoon.Id}/record-review",
            new() { ["Outcome"] = "Adjourned", ["Go"] = "continue" }, Ct, formPath: $"/children/{Council.DueSoon.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        // An IRO records only the reviews of children allocated to them.
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync($"/children/{Council.BensChild.Id}/record-review", Ct)).StatusCode);
    }

    private static async Task<IDocument> WalkToCheckAsync(HttpClient client, string path, string day)
    {
        var page = await ParseAsync(await client.GetAsync(path, Ct));
        page = await SubmitAsync(client, path, page, new() { ["Outcome"] = "Held" });
        page = await SubmitAsync(client, path, page, Date("HeldOn", day, "11", "2026", ("Mode", "Remote")));
        page = await SubmitAsync(client, path, page, new() { ["Attendees[0].Name"] = "Sky", ["Attendees[0].Role"] = "The child" });
        page = await SubmitAsync(client, path, page, new() { ["Wishes"] = "Fine." });
        page = await SubmitAsync(client, path, page, new() { ["PlanView"] = "Endorsed" });
        page = await SubmitAsync(client, path, page, new() { ["Code"] = "PN5" });
        page = await SubmitAsync(client, path, page, new() { ["SpokenForBy"] = "Iro" });
        Assert.Equal("Check your answers before recording the review", page.QuerySelector("h1")!.TextContent.Trim());
        return page;
    }

    private static Dictionary<string, string> Date(string name, string day, string month, string year, params (string Key, string Value)[] more)
    {
        var fields = new Dictionary<string, string> { [$"{name}.Day"] = day, [$"{name}.Month"] = month, [$"{name}.Year"] = year };
        foreach (var (key, value) in more)
        {
            fields[key] = value;
        }
        return fields;
    }

    private static string Errors(IDocument page) => page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    private static string? Value(IDocument page, string id) => page.QuerySelector<IHtmlInputElement>($"#{id}")?.Value;

    private static async Task<IDocument> SubmitAsync(HttpClient client, string path, IDocument page, Dictionary<string, string> answers,
        string go = "continue")
    {
        var response = await PostAsync(client, path, page, answers, go);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Sends the journey's form as a browser would: every field on the page (hidden answers included), with
    /// <paramref name="answers"/> typed over them, and the button pressed.</summary>
    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IDocument page,
        Dictionary<string, string> answers, string go = "continue")
    {
        var form = page.QuerySelector("form#journey") ?? throw new InvalidOperationException("No journey form on the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (name is null || answers.ContainsKey(name))
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        fields.AddRange(answers);
        fields.Add(new("Go", go));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content, Ct);
    }
}
