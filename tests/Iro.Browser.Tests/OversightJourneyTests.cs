using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Its own fixture (own app and database): the IRO's work list, a manager's quality audit of a review
/// the IRO then reads and acknowledges, and the steps on the child's timeline (issue 5 §6, §7).</summary>
public sealed class OversightJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Iro_SeesWorkList_ManagerAudits_IroAcknowledges_TimelineShowsSteps()
    {
        // The IRO starts on what needs them today: Olive's review is overdue.
        var ada = await fixture.SignedInPageAsync("ada@north.test");
        await Assertions.Expect(ada.GetByRole(AriaRole.Heading, new() { Name = "What needs you today", Level = 1 })).ToBeVisibleAsync();
        var reviews = ada.Locator("table[data-kind=ReviewDue] tbody tr");
        await Assertions.Expect(reviews.First).ToContainTextAsync("Olive Overdue");
        await Assertions.Expect(reviews.First.Locator(".govuk-tag")).ToHaveTextAsync("Overdue");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);

        // A decision recorded on the child's page shows on the timeline.
        await reviews.First.GetByRole(AriaRole.Link, new() { Name = "Olive Overdue" }).ClickAsync();
        await ada.GetByRole(AriaRole.Link, new() { Name = "Record a decision of the latest review" }).ClickAsync();
        await ada.GetByLabel("Education").CheckAsync();
        await ada.GetByLabel("What was decided?").FillAsync("Agree a tutor for maths");
        await ada.GetByLabel("Name of someone not on the staff list").FillAsync("Pat Parent");
        await ada.GetByLabel("Day").FillAsync("20");
        await ada.GetByLabel("Month").FillAsync("11");
        await ada.GetByLabel("Year").FillAsync("2026");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(ada.Locator("#child-timeline li").First).ToContainTextAsync("Decision of a review recorded");
        await Assertions.Expect(ada.Locator("#child-timeline li").First).ToContainTextAsync("Ada Reviewer");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);

        // The overdue decision is now on the IRO's list.
        await ada.GetByRole(AriaRole.Link, new() { Name = "Today" }).ClickAsync();
        await Assertions.Expect(ada.Locator("table[data-kind=DecisionOverdue]")).ToContainTextAsync("Education decision owned by Pat Parent");

        // The manager sees the service's work by IRO, samples one of Ada's reviews and audits it.
        var manager = await fixture.SignedInPageAsync("manager@north.test");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Service work" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Name = "Work across the service", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Ada Reviewer" }).ClickAsync();
        await Assertions.Expect(manager.Locator("table[data-kind=DecisionOverdue]")).ToContainTextAsync("Olive Overdue");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);

        await manager.GetByRole(AriaRole.Link, new() { Name = "Quality audits", Exact = true }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Sample reviews" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sample reviews" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the IRO whose reviews to sample");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
        await manager.GetByLabel("Whose reviews?").SelectOptionAsync(new SelectOptionValue { Label = "Ada Reviewer" });
        await manager.GetByLabel("How many reviews?").FillAsync("1");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sample reviews" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#done")).ToHaveTextAsync("1 review of Ada Reviewer sampled for audit.");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);

        await manager.GetByRole(AriaRole.Link, new() { Name = "Sky Scheduled, review held 8 September 2026" }).ClickAsync();
        await manager.GetByLabel("Your feedback to the IRO").FillAsync("Sky's voice is clear; challenge the delay in the plan");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save audit and send feedback" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToContainTextAsync("Select a grade for the child's voice");
        await Assertions.Expect(manager.GetByLabel("Your feedback to the IRO")).ToHaveValueAsync("Sky's voice is clear; challenge the delay in the plan");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
        await manager.Locator("#ChildsVoice-Good").CheckAsync();
        await manager.Locator("#PlanQuality-Good").CheckAsync();
        await manager.Locator("#DecisionsClarity").CheckAsync();
        await manager.Locator("#DriftChallenge-RequiresImprovement").CheckAsync();
        await manager.GetByLabel("Feedback on challenge of drift (optional)").FillAsync("The permanence plan has slipped twice");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save audit and send feedback" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#done")).ToContainTextAsync("Ada Reviewer can now read your feedback");

        await manager.GetByRole(AriaRole.Link, new() { Name = "IRO figures" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#iro-figures")).ToContainTextAsync("1 audited: 3 good or better, 1 requires improvement, 0 inadequate");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);

        // The IRO reads the feedback and acknowledges it.
        await ada.GetByRole(AriaRole.Link, new() { Name = "Quality audits", Exact = true }).ClickAsync();
        await ada.GetByRole(AriaRole.Link, new() { Name = "Sky Scheduled, review held 8 September 2026" }).ClickAsync();
        await Assertions.Expect(ada.Locator("#grades")).ToContainTextAsync("The permanence plan has slipped twice");
        await Assertions.Expect(ada.Locator("#overall-feedback")).ToHaveTextAsync("Sky's voice is clear; challenge the delay in the plan");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);
        await ada.GetByLabel("Your reply (optional)").FillAsync("Agreed: escalating the plan");
        await ada.GetByRole(AriaRole.Button, new() { Name = "I have read this feedback" }).ClickAsync();
        await Assertions.Expect(ada.Locator("#done")).ToHaveTextAsync("You have acknowledged the audit.");
        await Assertions.Expect(ada.Locator("#audits .govuk-tag")).ToHaveTextAsync("Acknowledged");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);
    }

    [Fact]
    public async Task Manager_RecordsSupervision()
    {
        var manager = await fixture.SignedInPageAsync("manager@north.test");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Supervision" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Record a supervision" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record supervision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what you discussed");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);

        await manager.GetByLabel("Which IRO?").SelectOptionAsync(new SelectOptionValue { Label = "Ben Chair" });
        var held = manager.GetByRole(AriaRole.Group, new() { Name = "When was the supervision?" });
        await held.GetByLabel("Day").FillAsync("20");
        await held.GetByLabel("Month").FillAsync("11");
        await held.GetByLabel("Year").FillAsync("2026");
        await manager.GetByLabel("What did you discuss?").FillAsync("Caseload and N0004's overdue first review");
        await manager.GetByLabel("Action 1", new() { Exact = true }).FillAsync("Hold N0004's first review");
        var due = manager.GetByRole(AriaRole.Group, new() { Name = "Action 1 due by" });
        await due.GetByLabel("Day").FillAsync("27");
        await due.GetByLabel("Month").FillAsync("11");
        await due.GetByLabel("Year").FillAsync("2026");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record supervision" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#done")).ToHaveTextAsync("Supervision with Ben Chair on 20 November 2026 recorded.");
        await Assertions.Expect(manager.Locator("#supervision")).ToContainTextAsync("Hold N0004's first review, by 27 November 2026");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
    }
}
