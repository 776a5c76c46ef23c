using System.Net;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Core.Monitoring;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>The IRO's home page and the manager's view of the service's work (issue 5 §6). Today is Monday
/// 23 November 2026: Olive's second review was due on 26 September (overdue), Dara's first is due on 7 December
/// (due soon), Sky's next is in March (not listed); Bea (Ben's) is overdue; Nia has had no IRO since 18 November.</summary>
public sealed class WorkListPageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Home_ForAnIro_ListsReviewsDue_OverdueFirst_OnlyForTheirChildren()
    {
        var page = await GetPageAsync("ada@north.test", "/");

        Assert.Equal("What needs you today", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("table[data-kind=ReviewDue] tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Olive Overdue", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Second review due by 26 September 2026", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("CPPCR 2010 reg 33(2)", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", rows[0].QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal($"/children/{Council.Overdue.Id}#next-review", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Dara Duesoon", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Due soon", rows[1].QuerySelector(".govuk-tag")!.TextContent);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Sky Scheduled", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Bea Benschild", main, StringComparison.Ordinal);
        Assert.DoesNotContain("Nia Noiro", main, StringComparison.Ordinal);
        Assert.Contains("Reviews due: 2 (1 overdue)", page.QuerySelector("#work-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ShowsAnOverdueDecision_LinkingToIt()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var added = await IroTestHost.PostFormAsync(ada, $"/children/{Council.Overdue.Id}/decisions/add", new()
        {
            ["Matter"] = "Health", ["Text"] = "Book a dental check", ["OwnerId"] = "", ["OwnerName"] = "Pat Parent",
            ["DueOn.Day"] = "20", ["DueOn.Month"] = "11", ["DueOn.Year"] = "2026",
        }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await ParseAsync(await ada.GetAsync("/", Ct));
        var row = Assert.Single(page.QuerySelectorAll("table[data-kind=DecisionOverdue] tbody tr"));
        Assert.Contains("Health decision owned by Pat Parent, due 20 November 2026", row.TextContent, StringComparison.Ordinal);
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith($"/children/{Council.Overdue.Id}#decision-", link, StringComparison.Ordinal);

        var child = await ParseAsync(await ada.GetAsync($"/children/{Council.Overdue.Id}", Ct));
        Assert.Contains("dental", child.GetElementById(link.Split('#')[1])!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceWork_CountsEachIrosWork_ByKind_AndDrillsIntoOneList()
    {
        var page = await GetPageAsync("manager@north.test", "/service/work");

        string Count(string iro, string kind) => page.QuerySelector($"#work-by-iro tr[data-iro='{iro}'] td[data-kind='{kind}']")!.TextContent;
        Assert.Equal("2", Count(Council.IroAda.Id.ToString(), "ReviewDue"));
        Assert.Equal("1", Count(Council.IroBen.Id.ToString(), "ReviewDue"));
        // Bea's review is overdue with nothing prepared: five preparation tasks and the private conversation too.
        Assert.Equal("5", Count(Council.IroBen.Id.ToString(), "PreparationTask"));
        Assert.Equal("1", Count(Council.IroBen.Id.ToString(), "PrivateConversation"));
        Assert.Equal("7", Count(Council.IroBen.Id.ToString(), "overdue"));
        Assert.Equal("0", Count(Council.IroBen.Id.ToString(), "IroToAllocate"));
        Assert.Equal("1", Count("none", "IroToAllocate"));
        Assert.Equal("0", Count("none", "ReviewDue"));
        Assert.DoesNotContain("Sol Southern", page.QuerySelector("#work-by-iro")!.TextContent, StringComparison.Ordinal);

        var ben = await GetPageAsync("manager@north.test", $"/service/work?iro={Council.IroBen.Id}");
        Assert.Equal("Work for Ben Chair", ben.QuerySelector("h1")!.TextContent);
        Assert.Contains("Bea Benschild", Assert.Single(ben.QuerySelectorAll("table[data-kind=ReviewDue] tbody tr")).TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Olive", ben.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var none = await GetPageAsync("manager@north.test", "/service/work?iro=none");
        var nia = Assert.Single(none.QuerySelectorAll("table[data-kind=IroToAllocate] tbody tr"));
        Assert.Contains("Allocate an IRO: looked after since 18 November 2026", nia.TextContent, StringComparison.Ordinal);
        Assert.Equal("Due soon", nia.QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal($"/children/{Council.NoIro.Id}/allocate-iro", nia.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ServiceWork_UnknownIro_IsNotFound_AndASeniorManagerMayRead()
    {
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/service/work?iro={Council.SouthIro.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/service/work?iro=nobody", Ct)).StatusCode);

        using var senior = await Host.SignedInClientAsync(await Host.AddUserAsync(Roles.SeniorManager), Ct);
        Assert.Equal(HttpStatusCode.OK, (await senior.GetAsync("/service/work", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await senior.GetAsync("/oversight/iros", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await senior.GetAsync("/oversight/audits", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await senior.GetAsync("/oversight/supervision", Ct)).StatusCode);
    }
}

/// <summary>The review cycle's own sources on the IRO's home page, in an app of its own so that the counts the
/// other work-list tests check are not changed by what this one adds.</summary>
public sealed class ReviewCycleWorkListTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_ListsPreparation_PrivateConversation_Escalations_AndEvents_EachLinkingToItsPage()
    {
        await using var host = new IroTestHost();
        await host.InitializeAsync();
        var olive = host.Council.Overdue;
        var today = new DateOnly(2026, 11, 23);
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
            var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
            var issue = new DisputeIssue
            {
                CouncilId = olive.CouncilId, ChildId = olive.Id, Category = DisputeCategory.DriftAndDelay, Summary = "Plan drifting",
                RaisedOn = new DateOnly(2026, 11, 9),
            };
            issue.RaiseStage("Team manager", "Terry Manager", new DateOnly(2026, 11, 9), DisputeResolutionPolicy.Default, WorkingDayCalendar.Default);
            db.Add(issue);
            db.Add(new SignificantEvent
            {
                CouncilId = olive.CouncilId, ChildId = olive.Id, Kind = SignificantEventKind.SocialWorkerChange,
                ChangeOn = new DateOnly(2026, 11, 20), HasHappened = true, RecordedOn = today,
            });
            await db.SaveChangesAsync(Ct);
        }

        using var ada = await host.SignedInClientAsync("ada@north.test", Ct);
        var html = await (await ada.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct);
        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(html, Ct);

        // Olive's review was due on 26 September and nothing is prepared: every preparation task is overdue.
        var preparation = page.QuerySelectorAll("table[data-kind=PreparationTask] tbody tr")
            .Where(r => r.TextContent.Contains("Olive Overdue", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(preparation);
        Assert.All(preparation, r => Assert.Equal("Overdue", r.QuerySelector(".govuk-tag")!.TextContent));
        var review = olive.Reviews.Single(r => r.HeldOn is null).Id;
        Assert.Equal($"/children/{olive.Id}/reviews/{review}/preparation", preparation[0].QuerySelector("a")!.GetAttribute("href"));

        var talk = page.QuerySelectorAll("table[data-kind=PrivateConversation] tbody tr")
            .Single(r => r.TextContent.Contains("Olive Overdue", StringComparison.Ordinal));
        Assert.Contains("Speak to the child privately before the review on 26 September 2026", talk.TextContent, StringComparison.Ordinal);

        var escalation = Assert.Single(page.QuerySelectorAll("table[data-kind=Escalation] tbody tr"));
        Assert.Contains("Team manager (Terry Manager) to respond by 16 November 2026", escalation.TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", escalation.QuerySelector(".govuk-tag")!.TextContent);

        var change = Assert.Single(page.QuerySelectorAll("table[data-kind=SignificantEvent] tbody tr"));
        Assert.Contains("Change of social worker on 20 November 2026: acknowledge it", change.TextContent, StringComparison.Ordinal);
        Assert.Equal("Due today", change.QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal($"/children/{olive.Id}/monitoring/significant-event", change.QuerySelector("a")!.GetAttribute("href"));
    }
}

/// <summary>A decision's owner on the staff list sees their overdue decisions on their home page (issue 5 §4), in
/// an app of its own so the IRO's counts elsewhere are not changed.</summary>
public sealed class OwnedDecisionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_ForASocialWorker_ListsTheOverdueDecisionsTheyOwn()
    {
        await using var host = new IroTestHost();
        await host.InitializeAsync();
        using var worker = await host.SignedInClientAsync("worker@north.test", Ct);
        var before = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(
            await (await worker.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct), Ct);
        Assert.Equal("Decisions you own", before.QuerySelector("h1")!.TextContent);
        Assert.NotNull(before.QuerySelector("#no-owned-decisions"));

        using var ada = await host.SignedInClientAsync("ada@north.test", Ct);
        foreach (var (text, day) in new[] { ("Send the school the plan", "20"), ("Book the next contact", "30") })
        {
            var added = await IroTestHost.PostFormAsync(ada, $"/children/{host.Council.Overdue.Id}/decisions/add", new()
            {
                ["Matter"] = "Education", ["Text"] = text, ["OwnerId"] = host.Council.SocialWorker.Id.ToString(), ["OwnerName"] = "",
                ["DueOn.Day"] = day, ["DueOn.Month"] = "11", ["DueOn.Year"] = "2026",
            }, Ct);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var page = await new AngleSharp.Html.Parser.HtmlParser().ParseDocumentAsync(
            await (await worker.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct), Ct);
        // Only the one past its date; the other is due on 30 November.
        var row = Assert.Single(page.QuerySelectorAll("table[data-kind=DecisionOverdue] tbody tr"));
        Assert.Contains("Olive Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("due 20 November 2026", row.TextContent, StringComparison.Ordinal);
    }
}
