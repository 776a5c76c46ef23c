using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Contacts, the midway check and significant events between reviews (issue 5 §4).</summary>
public sealed class MonitoringTests(IroTestHost host) : PageTest(host)
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? handler = null) =>
        await IroTestHost.PostFormAsync(client, handler is null ? path : $"{path}?handler={handler}", fields, Ct, formPath: path);

    [Fact]
    public async Task Contact_IsCheckedThenRecorded_AndTheMidwayCheckPromptGoesWhenOneIsRecorded()
    {
        var child = $"/children/{Council.Overdue.Id}";
        var form = $"{child}/monitoring/contact";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);

        // Olive's last review was on 26 June 2026 and the next was due by 26 September: halfway is 11 August.
        var page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("A midway check is due: it was due on 11 August 2026", page.QuerySelector("#midway-check")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#no-contacts"));

        var empty = await ParseAsync(await PostAsync(ada, form, []));
        var errors = empty.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select what kind of contact it was", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the date of the contact", errors, StringComparison.Ordinal);

        var future = await ParseAsync(await PostAsync(ada, form, Contact("SpokeToChild", "30", "11", "2026", "Talked about school")));
        Assert.Contains("must be today or in the past", future.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Talked about school", future.QuerySelector("textarea#Note")!.TextContent);
        Assert.NotNull(future.QuerySelector("input[name=Kind][value=SpokeToChild][checked]"));

        var check = await ParseAsync(await PostAsync(ada, form, Contact("SpokeToChild", "20", "11", "2026", "Talked about school")));
        Assert.Contains("Spoke to the child", check.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("20 November 2026", check.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);

        var saved = await PostAsync(ada, form, Contact("SpokeToChild", "20", "11", "2026", "Talked about school"), "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("Spoke to the child, by Ada Reviewer. Talked about school", page.QuerySelector("#monitoring-contacts")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#record-midway-check"));

        await PostAsync(ada, form, Contact("MidwayCheck", "23", "11", "2026", ""), "Confirm");
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Equal("Midway check done on 23 November 2026.", page.QuerySelector("#midway-check")!.TextContent);
    }

    [Fact]
    public async Task ProposedSignificantCarePlanChange_BringsTheReviewForward_ToBeforeTheChange()
    {
        // Sky's next review is due by 8 March 2027; a move on Monday 7 December 2026 needs a review by Friday 4 December.
        var child = $"/children/{Council.Scheduled.Id}";
        var form = $"{child}/monitoring/significant-event";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);

        var happened = await ParseAsync(await PostAsync(ada, form, Event("PlacementChange", "happened", "yes", "20", "11", "2026")));
        Assert.Contains("a change that has happened cannot have one first (reg 32(2))", happened.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(happened.QuerySelector("input[name=Status][value=happened][checked]"));

        var check = await ParseAsync(await PostAsync(ada, form, Event("PlacementChange", "proposed", "yes", "7", "12", "2026")));
        Assert.Contains("Yes: a review must consider it by 4 December 2026", check.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);

        var saved = await PostAsync(ada, form, Event("PlacementChange", "proposed", "yes", "7", "12", "2026"), "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("due by 4 December 2026", page.QuerySelector("#next-review + p")!.TextContent, StringComparison.Ordinal);
        var item = page.QuerySelector("#significant-events li")!;
        Assert.Contains("Review first", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Change of placement proposed for 7 December 2026", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not acknowledged", item.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_RecordsWhoSawTheEvent_AndAStaleVersionIsTold()
    {
        var child = $"/children/{Council.DueSoon.Id}";
        var form = $"{child}/monitoring/significant-event";
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        await PostAsync(manager, form, Event("SocialWorkerChange", "happened", "no", "16", "11", "2026"), "Confirm");

        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var page = await ParseAsync(await ada.GetAsync(child, Ct));
        var button = page.QuerySelector("#significant-events form")!;
        var fields = new Dictionary<string, string>
        {
            ["eventId"] = button.QuerySelector("input[name=eventId]")!.GetAttribute("value")!,
            ["version"] = button.QuerySelector("input[name=version]")!.GetAttribute("value")!,
        };
        await IroTestHost.PostFormAsync(ada, $"{form}?handler=Acknowledge", new(fields), Ct, formPath: child);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("acknowledged by Ada Reviewer on 23 November 2026", page.QuerySelector("#significant-events")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#significant-events form"));

        await IroTestHost.PostFormAsync(manager, $"{form}?handler=Acknowledge", new(fields), Ct, formPath: child);
        page = await ParseAsync(await manager.GetAsync(child, Ct));
        Assert.Equal("The IRO has already acknowledged this event.", page.QuerySelector("#problem")!.TextContent);
    }

    [Fact]
    public async Task OnlyTheChildsIroAndManagers_RecordMonitoring()
    {
        var form = $"/children/{Council.Overdue.Id}/monitoring/contact";
        using var ben = await Host.SignedInClientAsync("ben@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.GetAsync(form, Ct)).StatusCode);

        // A social worker sees their child's page but not the links, and cannot post.
        using var worker = await Host.SignedInClientAsync("worker@north.test", Ct);
        var page = await ParseAsync(await worker.GetAsync($"/children/{Council.DueSoon.Id}", Ct));
        Assert.NotNull(page.QuerySelector("#monitoring"));
        Assert.Null(page.QuerySelector("#record-contact"));
        var post = await IroTestHost.PostFormAsync(worker, $"/children/{Council.DueSoon.Id}/monitoring/contact",
            Contact("SpokeToChild", "20", "11", "2026", ""), Ct, formPath: $"/children/{Council.DueSoon.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        // An advocate's view of the child leaves monitoring out.
        using var advocate = await Host.SignedInClientAsync("advocate@north.test", Ct);
        page = await ParseAsync(await advocate.GetAsync($"/children/{Council.Overdue.Id}", Ct));
        Assert.Null(page.QuerySelector("#monitoring"));
    }

    private static Dictionary<string, string> Contact(string kind, string day, string month, string year, string note) => new()
    {
        ["Kind"] = kind, ["On.Day"] = day, ["On.Month"] = month, ["On.Year"] = year, ["Note"] = note,
    };

    private static Dictionary<string, string> Event(string kind, string status, string carePlan, string day, string month, string year) => new()
    {
        ["Kind"] = kind, ["Status"] = status, ["CarePlanChange"] = carePlan, ["ChangeOn.Day"] = day, ["ChangeOn.Month"] = month,
        ["ChangeOn.Year"] = year, ["Note"] = "",
    };
}
