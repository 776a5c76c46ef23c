using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>The child's timeline: changes to the record from the audit trail, newest first, with who and why;
/// never views, never an e-mail address; not for advocates.</summary>
public sealed class TimelineTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Timeline_ShowsEachChange_NewestFirst_WithWhoAndWhy_AndNoViews()
    {
        var child = $"/children/{Council.Overdue.Id}";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        await ada.GetAsync(child, Ct);
        await IroTestHost.PostFormAsync(ada, $"{child}/decisions/add", new()
        {
            ["Matter"] = "Contact", ["Text"] = "Weekly calls with her brother", ["OwnerId"] = Council.SocialWorker.Id.ToString(), ["OwnerName"] = "",
            ["DueOn.Day"] = "1", ["DueOn.Month"] = "12", ["DueOn.Year"] = "2026",
        }, Ct);
        var page = await ParseAsync(await ada.GetAsync(child, Ct));
        var decisionId = page.QuerySelector("#decisions input[name=decisionId]")!.GetAttribute("value")!;
        await IroTestHost.PostFormAsync(ada, $"{child}?handler=DecisionDone", new() { ["decisionId"] = decisionId, ["evidence"] = "Calls diary" }, Ct, formPath: child);

        page = await ParseAsync(await ada.GetAsync(child, Ct));
        var steps = page.QuerySelectorAll("#child-timeline li").Select(li => li.TextContent).ToList();
        Assert.Contains("The decision is marked as done: the IRO will confirm it.", steps[0], StringComparison.Ordinal);
        Assert.Contains("Ada Reviewer", steps[0], StringComparison.Ordinal);
        Assert.Contains("Decision of a review recorded", steps[1], StringComparison.Ordinal);
        Assert.DoesNotContain(steps, s => s.Contains("Viewed", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.Contains('@', StringComparison.Ordinal));
        Assert.Equal($"{child}/timeline", page.QuerySelector("#whole-timeline")!.GetAttribute("href"));

        var whole = await ParseAsync(await ada.GetAsync($"{child}/timeline", Ct));
        var all = whole.QuerySelectorAll("#child-timeline li").Select(li => li.TextContent).ToList();
        Assert.Equal(steps.Count, all.Count);
        Assert.Contains("Decision of a review recorded", all[1], StringComparison.Ordinal);
        Assert.Null(whole.QuerySelector("#whole-timeline"));
    }

    [Fact]
    public async Task Timeline_IsNotShownToAnAdvocate()
    {
        using var advocate = await Host.SignedInClientAsync("advocate@north.test", Ct);
        var page = await ParseAsync(await advocate.GetAsync($"/children/{Council.Overdue.Id}", Ct));
        Assert.Null(page.QuerySelector("#timeline-heading"));
        Assert.Null(page.QuerySelector("#child-timeline"));
        Assert.Equal(HttpStatusCode.Forbidden, (await advocate.GetAsync($"/children/{Council.Overdue.Id}/timeline", Ct)).StatusCode);
    }

    [Fact]
    public async Task Timeline_NamesWhoMadeEachChange_AndIroForChangesMadeByTheSystem()
    {
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var child = $"/children/{Council.DueSoon.Id}";
        await IroTestHost.PostFormAsync(manager, $"{child}?handler=Restrict", [], Ct, formPath: child);
        var page = await ParseAsync(await manager.GetAsync($"{child}/timeline", Ct));
        var first = page.QuerySelector("#child-timeline li")!.TextContent;
        Assert.Contains("The record is restricted", first, StringComparison.Ordinal);
        Assert.Contains("Morgan Manager", first, StringComparison.Ordinal);
        // The test council was loaded without a reason, as an import without one would be.
        var oldest = page.QuerySelectorAll("#child-timeline li")[^1].TextContent;
        Assert.Contains("Record updated", oldest, StringComparison.Ordinal);
        Assert.Contains(", Iro", oldest, StringComparison.Ordinal);
        Assert.DoesNotContain("@", page.QuerySelector("#child-timeline")!.TextContent, StringComparison.Ordinal);
    }
}
