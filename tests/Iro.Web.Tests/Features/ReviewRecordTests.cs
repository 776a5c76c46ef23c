using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>The record of a review (issue 5 §3): each time limit with its due date, status and explanation; the IRO
/// issues the decisions and the record; an IRO manager signs the record off and may contest a decision within the
/// window, after which it stands.</summary>
public sealed class ReviewRecordTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task IroIssuesDecisionsAndRecord_ManagerSignsOff_AndTheTimersSayWhetherOnTime()
    {
        var path = Path(Council.Overdue.Id, HeldReview(Council.Overdue, 2026, 6, 26));
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var page = await ParseAsync(await ada.GetAsync(path, Ct));
        // Held Friday 26 June 2026: decisions due by the 5th working day, Friday 3 July; today is 23 November.
        var decisions = Timer(page, "DecisionsIssued");
        Assert.Contains("3 July 2026", decisions.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", decisions.TextContent, StringComparison.Ordinal);
        Assert.Contains("IRO Handbook", decisions.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", Timer(page, "RecordIssued").TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*='handler=SignOff']"));

        // Someone else's change in the meantime is told, not overwritten.
        var stale = await ParseAsync(await Post(ada, path, "IssueDecisions", Guid.NewGuid()));
        Assert.Contains("Someone else changed this review", stale.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        page = await ParseAsync(await FollowAsync(ada, await Post(ada, path, "IssueDecisions", Version(page))));
        Assert.Contains("The decisions have been issued.", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Done late", Timer(page, "DecisionsIssued").TextContent, StringComparison.Ordinal);
        page = await ParseAsync(await FollowAsync(ada, await Post(ada, path, "IssueRecord", Version(page))));
        Assert.Contains("Done late", Timer(page, "RecordIssued").TextContent, StringComparison.Ordinal);

        // Only an IRO manager signs off.
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(ada, path, "SignOff", Version(page))).StatusCode);
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        page = await ParseAsync(await manager.GetAsync(path, Ct));
        page = await ParseAsync(await FollowAsync(manager, await Post(manager, path, "SignOff", Version(page))));
        Assert.Contains("Morgan Manager, 23 November 2026", page.QuerySelector("#issue")!.TextContent, StringComparison.Ordinal);

        var audit = await ParseAsync(await manager.GetAsync($"/audit/children/{Council.Overdue.Id}", Ct));
        Assert.Contains("Decisions of the review held on 26 June 2026 issued", audit.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("signed off by an IRO manager", audit.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManagerContestsADecision_WithinTheWindow_WithAReason()
    {
        var child = $"/children/{Council.Scheduled.Id}";
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        Assert.Equal(HttpStatusCode.Redirect, (await IroTestHost.PostFormAsync(ada, $"{child}/decisions/add", new()
        {
            ["Matter"] = "Contact", ["Text"] = "Monthly visits with her father", ["OwnerId"] = "", ["OwnerName"] = "Sara Worker",
            ["DueOn.Day"] = "15", ["DueOn.Month"] = "1", ["DueOn.Year"] = "2027",
        }, Ct)).StatusCode);
        var path = Path(Council.Scheduled.Id, HeldReview(Council.Scheduled, 2026, 9, 8));
        var page = await ParseAsync(await ada.GetAsync(path, Ct));
        Assert.Contains("once the decisions have been issued", Decision(page).TextContent, StringComparison.Ordinal);
        page = await ParseAsync(await FollowAsync(ada, await Post(ada, path, "IssueDecisions", Version(page))));
        // Issued today, Monday 23 November: the window closes at the end of Monday 30 November.
        Assert.Contains("Open to contest", Decision(page).TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday 30 November 2026", Decision(page).TextContent, StringComparison.Ordinal);
        var decisionId = DecisionId(page);
        Assert.Null(Decision(page).QuerySelector("form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await Contest(ada, path, page, decisionId, "No")).StatusCode);

        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        page = await ParseAsync(await manager.GetAsync(path, Ct));
        var tooLong = new string('x', 2001);
        var refused = await ParseAsync(await Contest(manager, path, page, decisionId, tooLong));
        Assert.Contains("2,000 characters or fewer", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, refused.QuerySelector<IHtmlTextAreaElement>($"#reason-{decisionId}")!.Value);

        page = await ParseAsync(await FollowAsync(manager, await Contest(manager, path, refused, decisionId, "Father's contact is under assessment.")));
        Assert.Contains("Contested", Decision(page).QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Contested by Morgan Manager on 23 November 2026: Father's contact is under assessment.", Decision(page).TextContent, StringComparison.Ordinal);
        Assert.Null(Decision(page).QuerySelector("form"));
    }

    [Fact]
    public async Task AfterTheWindow_TheDecisionStands_AndCannotBeContested()
    {
        var reviewId = HeldReview(Council.Scheduled, 2026, 6, 10);
        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
            var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
            var child = await db.Children.Include(c => c.Reviews).Include(c => c.Decisions).SingleAsync(c => c.Id == Council.Scheduled.Id, Ct);
            child.AddDecision(reviewId, DecisionMatter.Education, "Apply for a school place nearer the carers", null, "Sara Worker", new(2026, 9, 1));
            child.Reviews.Single(r => r.Id == reviewId).IssueDecisions(new(2026, 6, 12));
            await db.SaveChangesAsync(Ct);
        }
        var path = Path(Council.Scheduled.Id, reviewId);
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var page = await ParseAsync(await manager.GetAsync(path, Ct));
        Assert.Contains("Stands", Decision(page).QuerySelector(".govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nobody contested it in time, so the decision stands.", Decision(page).TextContent, StringComparison.Ordinal);
        Assert.Null(Decision(page).QuerySelector("form"));

        var late = await ParseAsync(await Contest(manager, path, page, DecisionId(page), "Too late"));
        Assert.Contains("the decision stands", late.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_FollowsWhoMaySeeTheChild()
    {
        var path = Path(Council.Overdue.Id, HeldReview(Council.Overdue, 2026, 6, 26));
        using var worker = await Host.SignedInClientAsync("worker@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync(path, Ct)).StatusCode);
        using var ben = await Host.SignedInClientAsync("ben@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.GetAsync(path, Ct)).StatusCode);
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync(Path(Council.Overdue.Id, Guid.NewGuid()), Ct)).StatusCode);
    }

    private static Guid HeldReview(Iro.Core.Children.Child child, int year, int month, int day) =>
        child.Reviews.Single(r => r.HeldOn == new DateOnly(year, month, day)).Id;

    private static string Path(Iro.Core.ChildId childId, Guid reviewId) => $"/children/{childId}/reviews/{reviewId}";

    private static IElement Timer(IDocument page, string timer) => page.QuerySelector($"#timers tr[data-timer={timer}]")!;

    private static IElement Decision(IDocument page) => page.QuerySelector("#review-decisions li")!;

    private static string DecisionId(IDocument page) => Decision(page).GetAttribute("data-decision-id")!;

    private static Guid Version(IDocument page) => Guid.Parse(page.QuerySelector("#issue")!.GetAttribute("data-version")!);

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string handler, Guid version) =>
        IroTestHost.PostFormAsync(client, $"{path}?handler={handler}", new() { ["version"] = version.ToString() }, Ct, formPath: path);

    private static Task<HttpResponseMessage> Contest(HttpClient client, string path, IDocument page, string decisionId, string reason) =>
        IroTestHost.PostFormAsync(client, $"{path}?handler=Contest", new()
        {
            ["decisionId"] = decisionId, ["reason"] = reason,
            ["version"] = Decision(page).GetAttribute("data-version")!,
        }, Ct, formPath: path);

    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetAsync(response.Headers.Location!.OriginalString, Ct);
    }
}
