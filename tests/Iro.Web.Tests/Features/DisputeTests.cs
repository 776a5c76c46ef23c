using System.Net;
using AngleSharp.Dom;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Raising an issue, the informal attempt, formal stages with response dates and late flags, resolution,
/// Cafcass, and the manager's view (issue 5 §4 "escalated in one step", §5).</summary>
public sealed class DisputeTests(IroTestHost host) : PageTest(host)
{
    private string OliveChild => $"/children/{Council.Overdue.Id}";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, string? handler = null) =>
        await IroTestHost.PostFormAsync(client, handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}",
            fields, Ct, formPath: path);

    /// <summary>Raises an issue about Olive (check answers, then confirm) and returns its page's path.</summary>
    private async Task<string> RaiseAsync(HttpClient client, string category, string summary, string raisedOn, string query = "")
    {
        var d = raisedOn.Split('-');
        var fields = new Dictionary<string, string>
        {
            ["Category"] = category, ["Summary"] = summary, ["RaisedOn.Day"] = d[2], ["RaisedOn.Month"] = d[1], ["RaisedOn.Year"] = d[0],
        };
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            fields[pair[0] switch { "decisionId" => "DecisionId", "reviewId" => "ReviewId", _ => pair[0] }] = pair[1];
        }
        var saved = await PostAsync(client, $"{OliveChild}/disputes/raise{query}", fields, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return saved.Headers.Location!.OriginalString;
    }

    private static async Task<string> VersionAsync(HttpClient client, string form) =>
        (await ParseAsync(await client.GetAsync(form, Ct))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> EscalateAsync(HttpClient client, string issue, string stage, string addressee, string raisedOn,
        string? version = null)
    {
        var d = raisedOn.Split('-');
        return await PostAsync(client, $"{issue}/escalate", new()
        {
            ["Version"] = version ?? await VersionAsync(client, $"{issue}/escalate"), ["Stage"] = stage, ["Addressee"] = addressee,
            ["RaisedOn.Day"] = d[2], ["RaisedOn.Month"] = d[1], ["RaisedOn.Year"] = d[0],
        }, "Confirm");
    }

    [Fact]
    public async Task OverdueDecision_IsEscalatedInOneStep_WithTheCategoryPrefilled_AndTheDecisionLinked()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        await IroTestHost.PostFormAsync(ada, $"{OliveChild}/decisions/add", new()
        {
            ["Matter"] = "Education", ["Text"] = "Agree a maths tutor", ["OwnerId"] = "", ["OwnerName"] = "Pat Parent",
            ["DueOn.Day"] = "20", ["DueOn.Month"] = "11", ["DueOn.Year"] = "2026",
        }, Ct);
        var page = await ParseAsync(await ada.GetAsync(OliveChild, Ct));
        var escalate = page.QuerySelector("#decisions a.iro-escalate")!.GetAttribute("href")!;

        var form = await ParseAsync(await ada.GetAsync(escalate, Ct));
        Assert.NotNull(form.QuerySelector("input[name=Category][value=PlanNotImplemented][checked]"));
        Assert.Contains("\"Agree a maths tutor\" (Pat Parent) was due by 20 November 2026", form.QuerySelector("textarea#Summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agree a maths tutor", form.QuerySelector("#about")!.TextContent, StringComparison.Ordinal);

        var issue = await RaiseAsync(ada, "PlanNotImplemented", form.QuerySelector("textarea#Summary")!.TextContent, "2026-11-23",
            escalate[escalate.IndexOf('?', StringComparison.Ordinal)..]);
        var issuePage = await ParseAsync(await ada.GetAsync(issue, Ct));
        Assert.Equal("Plan not implemented", issuePage.QuerySelector("h1")!.TextContent);
        Assert.Contains("Agree a maths tutor (Pat Parent, due by 20 November 2026)", issuePage.QuerySelector("#linked-decision")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(issuePage.QuerySelector("#no-stages"));

        page = await ParseAsync(await ada.GetAsync(OliveChild, Ct));
        var open = page.QuerySelector("#open-issues")!.TextContent;
        Assert.Contains("Plan not implemented", open, StringComparison.Ordinal);
        Assert.Contains("Informal", open, StringComparison.Ordinal);
        // Escalated once: the decision now links to its issue instead of offering to escalate again.
        Assert.Null(page.QuerySelector("#decisions a.iro-escalate"));
        Assert.Equal(issue, page.QuerySelector("#decisions a.iro-escalated")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Raise_WithErrors_KeepsWhatWasTyped()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var page = await ParseAsync(await PostAsync(ada, $"{OliveChild}/disputes/raise", new()
        {
            ["Summary"] = "No social worker visit since June", ["RaisedOn.Day"] = "1", ["RaisedOn.Month"] = "12", ["RaisedOn.Year"] = "2026",
        }));
        var errors = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select what the issue is about", errors, StringComparison.Ordinal);
        Assert.Contains("The date the issue was raised must be today or in the past", errors, StringComparison.Ordinal);
        Assert.Equal("No social worker visit since June", page.QuerySelector("textarea#Summary")!.TextContent);
        Assert.Equal("1", page.QuerySelector("input[name='RaisedOn.Day']")!.GetAttribute("value"));

        // "Change your answers" brings the form back as the user left it.
        var changed = await ParseAsync(await PostAsync(ada, $"{OliveChild}/disputes/raise", new()
        {
            ["Category"] = "NoSocialWorker", ["Summary"] = "No social worker visit since June", ["RaisedOn.Day"] = "23",
            ["RaisedOn.Month"] = "11", ["RaisedOn.Year"] = "2026",
        }, "Change"));
        Assert.NotNull(changed.QuerySelector("input[name=Category][value=NoSocialWorker][checked]"));
        Assert.Equal("No social worker visit since June", changed.QuerySelector("textarea#Summary")!.TextContent);
    }

    [Fact]
    public async Task FormalStages_HaveResponseDates_AndLateStagesAndThe20DayLimitAreFlagged_ForTheIroAndTheManager()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var issue = await RaiseAsync(ada, "DriftAndDelay", "Permanence plan has not moved", "2026-10-20");

        var informal = await PostAsync(ada, $"{issue}/informal", new()
        {
            ["Version"] = await VersionAsync(ada, $"{issue}/informal"), ["On.Day"] = "20", ["On.Month"] = "10", ["On.Year"] = "2026",
            ["With"] = "Sara Worker", ["Outcome"] = "Promised a plan by Friday",
        }, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, informal.StatusCode);

        // Check answers shows the response date from the council's ladder before the stage is raised.
        var check = await ParseAsync(await PostAsync(ada, $"{issue}/escalate", new()
        {
            ["Version"] = await VersionAsync(ada, $"{issue}/escalate"), ["Stage"] = "Team manager", ["Addressee"] = "Tess Mann",
            ["RaisedOn.Day"] = "20", ["RaisedOn.Month"] = "10", ["RaisedOn.Year"] = "2026",
        }));
        Assert.Contains("27 October 2026 (5 working days)", check.QuerySelector("#check-answers")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await EscalateAsync(ada, issue, "Team manager", "Tess Mann", "2026-10-20")).StatusCode);

        // Raised Tuesday 20 October, due 27 October, unanswered on 23 November: late; the whole process was due by
        // 17 November (20 working days), so it is past its limit too.
        var page = await ParseAsync(await ada.GetAsync(issue, Ct));
        Assert.Contains("20 October 2026, with Sara Worker: Promised a plan by Friday", page.QuerySelector("#informal")!.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelector("#stages tbody tr")!;
        Assert.Contains("27 October 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Late", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#past-limit"));
        Assert.Contains("(24 working days open)", page.QuerySelector("#issue")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("It is still open, 4 working days past the limit.", page.QuerySelector("#progress-explanation")!.TextContent, StringComparison.Ordinal);

        var child = await ParseAsync(await ada.GetAsync(OliveChild, Ct));
        var open = child.QuerySelectorAll("#open-issues li").Single(li => li.TextContent.Contains("Drift and delay", StringComparison.Ordinal)).TextContent;
        Assert.Contains("Response late", open, StringComparison.Ordinal);
        Assert.Contains("Past time limit", open, StringComparison.Ordinal);

        var disputes = await GetPageAsync("manager@north.test", "/disputes");
        var table = disputes.QuerySelector("table[data-stage='Team manager']")!;
        Assert.Contains("Olive Overdue", table.TextContent, StringComparison.Ordinal);
        Assert.Contains("Response late", table.TextContent, StringComparison.Ordinal);
        Assert.Contains("Past 20 working days", table.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", disputes.QuerySelector("#count-late")!.TextContent);
        Assert.Equal("1", disputes.QuerySelector("#count-past-limit")!.TextContent);

        // A late response is recorded as late; then the IRO skips to the head of service.
        var response = await PostAsync(ada, $"{issue}/response", new()
        {
            ["Version"] = await VersionAsync(ada, $"{issue}/response"), ["RespondedOn.Day"] = "2", ["RespondedOn.Month"] = "11",
            ["RespondedOn.Year"] = "2026", ["Text"] = "Plan at panel in December",
        }, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EscalateAsync(ada, issue, "Head of service", "Hal Head", "2026-11-16")).StatusCode);
        page = await ParseAsync(await ada.GetAsync(issue, Ct));
        var rows = page.QuerySelectorAll("#stages tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("2 November 2026: Plan at panel in December", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Head of service", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("23 November 2026", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("skipped the Service manager stage", page.QuerySelector("#progress-explanation")!.TextContent, StringComparison.Ordinal);

        // Resolved: off the manager's open list, but still on the child's record.
        var resolve = await PostAsync(ada, $"{issue}/resolve", new()
        {
            ["Version"] = await VersionAsync(ada, $"{issue}/resolve"), ["ResolvedOn.Day"] = "23", ["ResolvedOn.Month"] = "11",
            ["ResolvedOn.Year"] = "2026", ["Outcome"] = "Permanence panel booked",
        }, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, resolve.StatusCode);
        page = await ParseAsync(await ada.GetAsync(issue, Ct));
        Assert.Equal("Resolved", page.QuerySelector("#issue-status")!.TextContent);
        Assert.Null(page.QuerySelector("#escalate"));
        disputes = await GetPageAsync("manager@north.test", "/disputes");
        Assert.Null(disputes.QuerySelector("table[data-stage='Head of service']"));
    }

    [Fact]
    public async Task TwoPeopleChangingTheSameIssue_TheSecondIsTold()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var issue = await RaiseAsync(ada, "Contact", "Contact with brother stopped", "2026-11-23");
        var seen = await VersionAsync(ada, $"{issue}/escalate");

        Assert.Equal(HttpStatusCode.Redirect, (await EscalateAsync(manager, issue, "Team manager", "Tess Mann", "2026-11-23")).StatusCode);
        var second = await ParseAsync(await EscalateAsync(ada, issue, "Service manager", "Sam Service", "2026-11-23", seen));

        Assert.Contains("Someone else changed this record at the same time", second.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sam Service", second.QuerySelector("input#Addressee")!.GetAttribute("value"));
        var rows = (await ParseAsync(await ada.GetAsync(issue, Ct))).QuerySelectorAll("#stages tbody tr");
        Assert.Single(rows);
    }

    [Fact]
    public async Task Cafcass_ReferralAtAnyPoint_AndItsOutcome()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var issue = await RaiseAsync(ada, "CarePlanning", "No care plan since May", "2026-11-23");
        var issueId = issue[(issue.LastIndexOf('/') + 1)..];
        var refer = $"{OliveChild}/cafcass/refer?issueId={issueId}";

        var empty = await ParseAsync(await IroTestHost.PostFormAsync(ada, refer, new() { ["IssueId"] = issueId, ["ReferredOn.Day"] = "" }, Ct));
        Assert.Contains("Enter the grounds for the referral", empty.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var saved = await IroTestHost.PostFormAsync(ada, $"{OliveChild}/cafcass/refer?handler=Confirm", new()
        {
            ["IssueId"] = issueId, ["Grounds"] = "No plan for six months despite escalation", ["ReferredOn.Day"] = "23",
            ["ReferredOn.Month"] = "11", ["ReferredOn.Year"] = "2026",
        }, Ct, formPath: refer);
        Assert.Equal(issue, saved.Headers.Location!.OriginalString);

        var page = await ParseAsync(await ada.GetAsync(issue, Ct));
        Assert.Contains("Referred on 23 November 2026: No plan for six months despite escalation. Awaiting outcome.", page.QuerySelector("#referrals")!.TextContent, StringComparison.Ordinal);
        var outcome = page.QuerySelector("#referrals a")!.GetAttribute("href")!;
        var recorded = await PostAsync(ada, outcome, new()
        {
            ["Version"] = await VersionAsync(ada, outcome), ["OutcomeOn.Day"] = "23", ["OutcomeOn.Month"] = "11", ["OutcomeOn.Year"] = "2026",
            ["Outcome"] = "Cafcass will meet the director",
        }, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var disputes = await GetPageAsync("inspector@north.test", "/disputes");
        Assert.Contains("23 November 2026: Cafcass will meet the director", disputes.QuerySelector("#referrals")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheChildsIroAndManagers_RaiseOrEscalate_AndOthersSeeTheIssueReadOnly()
    {
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        var issue = await RaiseAsync(ada, "Health", "Dental check missed", "2026-11-23");

        // The inspector reads the issue but gets no actions, and cannot open a form.
        var inspector = await GetPageAsync("inspector@north.test", issue);
        Assert.Null(inspector.QuerySelector("#escalate"));
        Assert.Null(inspector.QuerySelector("#refer-to-cafcass"));
        foreach (var (email, path, expected) in new[]
        {
            ("inspector@north.test", $"{issue}/escalate", HttpStatusCode.Forbidden),
            ("ben@north.test", issue, HttpStatusCode.Forbidden), // not Olive's IRO
            ("ben@north.test", $"{issue}/escalate", HttpStatusCode.Forbidden),
            ("advocate@north.test", issue, HttpStatusCode.Forbidden), // sees Olive, but not her disputes
            ("worker@north.test", issue, HttpStatusCode.Forbidden), // not Olive's social worker
            ("manager@north.test", $"{issue}/escalate", HttpStatusCode.OK),
            ("manager@north.test", $"{issue}/informal", HttpStatusCode.OK),
            ("manager@north.test", $"{issue}/resolve", HttpStatusCode.OK),
            ("ada@north.test", $"/children/{Council.Overdue.Id}/disputes/{Guid.NewGuid()}", HttpStatusCode.NotFound),
        })
        {
            using var client = await Host.SignedInClientAsync(email, Ct);
            Assert.True(expected == (await client.GetAsync(path, Ct)).StatusCode, $"{email} {path}");
        }
    }

    [Fact]
    public async Task ManagersList_ShowsARestrictedRecordWithoutItsName_ToThoseNotNamedOnIt()
    {
        var bea = $"/children/{Council.BensChild.Id}";
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        var saved = await PostAsync(manager, $"{bea}/disputes/raise", new()
        {
            ["Category"] = "Resources", ["Summary"] = "No funding agreed for therapy", ["RaisedOn.Day"] = "23", ["RaisedOn.Month"] = "11",
            ["RaisedOn.Year"] = "2026",
        }, "Confirm");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await IroTestHost.PostFormAsync(manager, $"{bea}?handler=Restrict", [], Ct, formPath: bea);

        var named = await GetPageAsync("manager@north.test", "/disputes");
        Assert.NotNull(named.QuerySelectorAll("table.iro-disputes a").SingleOrDefault(a => a.TextContent == "Bea Benschild"));

        var inspector = await GetPageAsync("inspector@north.test", "/disputes");
        var row = inspector.QuerySelectorAll("table.iro-disputes tbody tr").Single(r => r.TextContent.Contains("Resources", StringComparison.Ordinal));
        Assert.Contains("Restricted record", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Benschild", inspector.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a"));
    }
}
