using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Decisions of a review, each with an owner and a date, tracked to verified closure (issue 5 §3, §4).</summary>
public sealed class DecisionTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Decision_IsRecorded_ShowsOverdue_AndIsClosedOnlyWhenTheIroConfirmsIt()
    {
        var child = $"/children/{Council.Overdue.Id}";
        var add = $"{child}/decisions/add";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);

        var empty = await ParseAsync(await IroTestHost.PostFormAsync(ada, add, [], Ct));
        var errors = empty.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select what the decision is about", errors, StringComparison.Ordinal);
        Assert.Contains("Enter what was decided", errors, StringComparison.Ordinal);
        Assert.Contains("Choose who owns the decision", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the date the decision is due by", errors, StringComparison.Ordinal);

        // Olive's latest review was held on 26 June 2026: a decision cannot be due before it.
        var early = await ParseAsync(await IroTestHost.PostFormAsync(ada, add, Decision("Contact", "Weekly calls with her brother", "1", "6", "2026"), Ct));
        Assert.Contains("cannot be due before the review", early.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var done = await IroTestHost.PostFormAsync(ada, add, Decision("Education", "Agree a tutor for maths", "20", "11", "2026"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await ParseAsync(await ada.GetAsync(child, Ct));
        var item = Maths(page);
        Assert.Contains("Overdue", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pat Parent, by 20 November 2026", item.TextContent, StringComparison.Ordinal);

        var decisionId = item.QuerySelector("input[name=decisionId]")!.GetAttribute("value")!;
        await IroTestHost.PostFormAsync(ada, $"{child}?handler=DecisionDone", new() { ["decisionId"] = decisionId, ["evidence"] = "Tutor starts Monday" }, Ct, formPath: child);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("Awaiting IRO", Maths(page).TextContent, StringComparison.Ordinal);

        await IroTestHost.PostFormAsync(ada, $"{child}?handler=DecisionVerify", new() { ["decisionId"] = decisionId, ["confirmed"] = "false" }, Ct, formPath: child);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("Overdue", Maths(page).TextContent, StringComparison.Ordinal);

        await IroTestHost.PostFormAsync(ada, $"{child}?handler=DecisionDone", new() { ["decisionId"] = decisionId, ["evidence"] = "Tutor's first report" }, Ct, formPath: child);
        await IroTestHost.PostFormAsync(ada, $"{child}?handler=DecisionVerify", new() { ["decisionId"] = decisionId, ["confirmed"] = "true" }, Ct, formPath: child);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Equal("Done", Maths(page).QuerySelector(".govuk-tag")!.TextContent);
        Assert.Contains("Tutor's first report", Maths(page).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkingDone_WithoutEvidence_IsRefused_AndAnAdvocateCannotMarkDone()
    {
        var child = $"/children/{Council.Overdue.Id}";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        await IroTestHost.PostFormAsync(ada, $"{child}/decisions/add", Decision("Health", "Book a dental check", "15", "1", "2027"), Ct);
        var page = await ParseAsync(await ada.GetAsync(child, Ct));
        var decisionId = page.QuerySelectorAll("#decisions li").Single(li => li.TextContent.Contains("dental", StringComparison.Ordinal))
            .QuerySelector("input[name=decisionId]")!.GetAttribute("value")!;

        await IroTestHost.PostFormAsync(ada, $"{child}?handler=DecisionDone", new() { ["decisionId"] = decisionId, ["evidence"] = "" }, Ct, formPath: child);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Equal("Say what shows the decision is done.", page.QuerySelector("#problem")!.TextContent);

        using var advocate = await Host.SignedInClientAsync("advocate@north.test", Ct);
        await IroTestHost.PostFormAsync(advocate, $"{child}?handler=DecisionDone", new() { ["decisionId"] = decisionId, ["evidence"] = "Seen it" }, Ct, formPath: child);
        page = await ParseAsync(await ada.GetAsync(child, Ct));
        Assert.Contains("Open", page.QuerySelectorAll("#decisions li").Single(li => li.TextContent.Contains("dental", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    // The other test adds its own decision to the same child.
    private static AngleSharp.Dom.IElement Maths(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#decisions li").Single(li => li.TextContent.Contains("maths", StringComparison.Ordinal));

    private static Dictionary<string, string> Decision(string matter, string text, string day, string month, string year) => new()
    {
        ["Matter"] = matter, ["Text"] = text, ["OwnerId"] = "", ["OwnerName"] = "Pat Parent",
        ["DueOn.Day"] = day, ["DueOn.Month"] = month, ["DueOn.Year"] = year,
    };
}
