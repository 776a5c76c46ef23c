using System.Net;
using AngleSharp.Dom;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Features;

/// <summary>Manager oversight of IROs (issue 5 §7): sampling and auditing review records, the IRO's
/// acknowledgement, supervision, and the IROs' figures side by side. Ada chaired one review in the last 3 months
/// (Sky's, 8 September 2026); Ben chaired none.</summary>
public sealed class OversightPageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Audit_IsSampled_Completed_AndAcknowledgedByTheIro()
    {
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        const string sample = "/oversight/audits/sample";

        var empty = await ParseAsync(await IroTestHost.PostFormAsync(manager, sample, new() { ["IroId"] = "", ["Count"] = "0" }, Ct));
        var errors = empty.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Choose the IRO whose reviews to sample", errors, StringComparison.Ordinal);
        Assert.Contains("Enter how many reviews to sample, from 1 to 10", errors, StringComparison.Ordinal);

        var none = await ParseAsync(await IroTestHost.PostFormAsync(manager, sample, new() { ["IroId"] = Council.IroBen.Id.ToString(), ["Count"] = "2" }, Ct));
        Assert.Contains("Ben Chair has no held reviews from the last 3 months", none.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Council.IroBen.Id.ToString(), none.QuerySelector("#IroId option[selected]")!.GetAttribute("value"));
        Assert.Equal("2", none.QuerySelector("#Count")!.GetAttribute("value"));

        var sampled = await IroTestHost.PostFormAsync(manager, sample, new() { ["IroId"] = Council.IroAda.Id.ToString(), ["Count"] = "3" }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, sampled.StatusCode);
        var list = await ParseAsync(await manager.GetAsync("/oversight/audits", Ct));
        Assert.Equal("1 review of Ada Reviewer sampled for audit.", list.QuerySelector("#done")!.TextContent);
        var row = Assert.Single(list.QuerySelectorAll("#audits tbody tr"));
        Assert.Contains("Sky Scheduled, review held 8 September 2026", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("To audit", row.QuerySelector(".govuk-tag")!.TextContent);
        var complete = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.EndsWith("/complete", complete, StringComparison.Ordinal);

        // The IRO sees nothing until the audit is completed, and cannot open it.
        using var ada = await Host.SignedInClientAsync("ada@north.test", Ct);
        Assert.NotNull((await ParseAsync(await ada.GetAsync("/oversight/audits", Ct))).QuerySelector("#no-audits"));
        var show = complete[..^"/complete".Length];
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync(show, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ada.GetAsync(complete, Ct)).StatusCode);

        var version = Version(await ParseAsync(await manager.GetAsync(complete, Ct)));
        // Missing grades: the errors name each one, and what was typed is kept.
        var partial = await ParseAsync(await IroTestHost.PostFormAsync(manager, complete, new()
        {
            ["ChildsVoice"] = "Good", ["ChildsVoiceFeedback"] = "Sky's own words are quoted", ["OverallFeedback"] = "A clear record",
            ["Version"] = version,
        }, Ct));
        errors = partial.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select a grade for the plan's quality", errors, StringComparison.Ordinal);
        Assert.Contains("Select a grade for challenge of drift", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("the child's voice", errors, StringComparison.Ordinal);
        Assert.NotNull(partial.QuerySelector("#ChildsVoice-Good[checked]"));
        Assert.Equal("Sky's own words are quoted", partial.QuerySelector("#ChildsVoiceFeedback")!.TextContent);
        Assert.Equal("A clear record", partial.QuerySelector("#OverallFeedback")!.TextContent);

        var answers = new Dictionary<string, string>
        {
            ["ChildsVoice"] = "Good", ["ChildsVoiceFeedback"] = "Sky's own words are quoted", ["PlanQuality"] = "Outstanding",
            ["DecisionsClarity"] = "RequiresImprovement", ["DecisionsClarityFeedback"] = "Two decisions have no date",
            ["DriftChallenge"] = "Inadequate", ["OverallFeedback"] = "A clear record; date every decision",
            ["Version"] = Guid.NewGuid().ToString(),
        };
        // Someone else saved in the meantime: told, and nothing typed is lost.
        var clash = await ParseAsync(await IroTestHost.PostFormAsync(manager, complete, new(answers), Ct));
        Assert.Contains("Someone else changed this audit", clash.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("A clear record; date every decision", clash.QuerySelector("#OverallFeedback")!.TextContent);
        Assert.NotNull(clash.QuerySelector("#DriftChallenge-Inadequate[checked]"));

        answers["Version"] = version;
        var done = await IroTestHost.PostFormAsync(manager, complete, answers, Ct);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var mine = await ParseAsync(await ada.GetAsync("/oversight/audits", Ct));
        Assert.Equal("Awaiting IRO", Assert.Single(mine.QuerySelectorAll("#audits tbody tr")).QuerySelector(".govuk-tag")!.TextContent);
        var feedback = await ParseAsync(await ada.GetAsync(show, Ct));
        var grades = feedback.QuerySelector("#grades")!.TextContent;
        Assert.Contains("Requires improvement", grades, StringComparison.Ordinal);
        Assert.Contains("Two decisions have no date", grades, StringComparison.Ordinal);
        Assert.Equal("A clear record; date every decision", feedback.QuerySelector("#overall-feedback")!.TextContent);

        // Ben may not read Ada's audit.
        using var ben = await Host.SignedInClientAsync("ben@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.GetAsync(show, Ct)).StatusCode);

        var ack = await IroTestHost.PostFormAsync(ada, show, new() { ["Reply"] = "Thank you", ["Version"] = Version(feedback) }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);
        var after = await ParseAsync(await manager.GetAsync(show, Ct));
        Assert.Contains("Ada Reviewer acknowledged it on 23 November 2026", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Thank you", after.QuerySelector("#iro-response")!.TextContent);
        // Acknowledged: the form is no longer offered, and a second acknowledgement is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await IroTestHost.PostFormAsync(ada, show, new() { ["Reply"] = "" }, Ct)).StatusCode);

        var figures = await GetPageAsync("manager@north.test", "/oversight/iros");
        Assert.Equal("1 audited: 2 good or better, 1 requires improvement, 1 inadequate",
            Figure(figures, Council.IroAda.Id.ToString(), "audits"));
    }

    [Fact]
    public async Task Supervision_IsRecorded_WithActions_AndValidationKeepsInput()
    {
        using var manager = await Host.SignedInClientAsync("manager@north.test", Ct);
        const string record = "/oversight/supervision/record";

        var empty = await ParseAsync(await IroTestHost.PostFormAsync(manager, record, new() { ["iro"] = "" }, Ct));
        var errors = empty.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Choose the IRO you supervised", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the date of the supervision", errors, StringComparison.Ordinal);
        Assert.Contains("Enter what you discussed", errors, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["iro"] = Council.IroBen.Id.ToString(), ["HeldOn.Day"] = "20", ["HeldOn.Month"] = "11", ["HeldOn.Year"] = "2026",
            ["Notes"] = "Caseload and N0004's first review",
            ["Actions[0].Text"] = "Hold N0004's first review", ["Actions[0].DueOn.Day"] = "27", ["Actions[0].DueOn.Month"] = "11", ["Actions[0].DueOn.Year"] = "2026",
            ["Actions[1].Text"] = "Read the drift guidance",
        };
        var missingDate = await ParseAsync(await IroTestHost.PostFormAsync(manager, record, new(fields), Ct));
        Assert.Contains("Enter the date action 2 is due by", missingDate.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Caseload and N0004's first review", missingDate.QuerySelector("#Notes")!.TextContent);
        Assert.Equal("Read the drift guidance", missingDate.QuerySelector("#Actions_1__Text")!.GetAttribute("value"));
        Assert.Equal(Council.IroBen.Id.ToString(), missingDate.QuerySelector("#iro option[selected]")!.GetAttribute("value"));

        fields["Actions[1].DueOn.Day"] = "1";
        fields["Actions[1].DueOn.Month"] = "11";
        fields["Actions[1].DueOn.Year"] = "2026";
        var early = await ParseAsync(await IroTestHost.PostFormAsync(manager, record, new(fields), Ct));
        Assert.Contains("Action 2 cannot be due before the supervision", early.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        fields["Actions[1].DueOn.Month"] = "12";
        var saved = await IroTestHost.PostFormAsync(manager, record, new(fields), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await ParseAsync(await manager.GetAsync(saved.Headers.Location!.OriginalString, Ct));
        Assert.Equal("Supervision with Ben Chair on 20 November 2026 recorded.", list.QuerySelector("#done")!.TextContent);
        var session = list.QuerySelector("#supervision li")!.TextContent;
        Assert.Contains("Caseload and N0004's first review", session, StringComparison.Ordinal);
        Assert.Contains("Hold N0004's first review, by 27 November 2026", session, StringComparison.Ordinal);
        Assert.Contains("Read the drift guidance, by 1 December 2026", session, StringComparison.Ordinal);
        Assert.Contains("With Morgan Manager", session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Figures_ShowEachIroSideBySide()
    {
        var page = await GetPageAsync("manager@north.test", "/oversight/iros");
        var ada = Council.IroAda.Id.ToString();
        var ben = Council.IroBen.Id.ToString();

        Assert.Equal("3", Figure(page, ada, "caseload"));
        Assert.StartsWith("3.0", Figure(page, ada, "per-fte"), StringComparison.Ordinal);
        Assert.StartsWith("2.0", Figure(page, ben, "per-fte"), StringComparison.Ordinal);
        // Olive's first review (26 June), Sky's first (10 June) and second (8 September), all on time; PN1, PN6, PN1.
        Assert.Equal("100% (3 of 3)", Figure(page, ada, "on-time"));
        Assert.Equal("100% (3 of 3)", Figure(page, ada, "participation"));
        Assert.Equal("None", Figure(page, ben, "on-time"));
        Assert.Equal("None", Figure(page, ben, "participation"));
        Assert.DoesNotContain("Sol Southern", page.QuerySelector("#iro-figures")!.TextContent, StringComparison.Ordinal);
    }

    private static string Figure(IDocument page, string iro, string figure) =>
        page.QuerySelector($"#iro-figures tr[data-iro='{iro}'] td[data-figure='{figure}']")!.TextContent.Trim();

    private static string Version(IDocument page) => page.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
}
