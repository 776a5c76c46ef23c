using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Issue 5's "done when", in one journey on one child with its own app: Nia, looked after since
/// 18 November 2026 with no IRO, is allocated, her review prepared, held and recorded, a decision of it escalated
/// up to a Cafcass referral; each step shows on Ada's work list and in Nia's timeline. Today is 23 November 2026.
/// </summary>
public sealed class ReviewCycleEndToEndTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AChild_FromAllocation_ToACafcassReferral_OnTheWorkListsAndTheTimeline()
    {
        var nia = $"/children/{fixture.Host.Council.NoIro.Id}";

        // The manager sees Nia waiting for an IRO on the service's work and allocates Ada.
        var manager = await fixture.SignedInPageAsync("manager@north.test");
        await manager.GotoAsync("/service/work?iro=none");
        await Assertions.Expect(manager.Locator("table[data-kind=IroToAllocate]")).ToContainTextAsync("Nia Noiro");
        await manager.Locator("table[data-kind=IroToAllocate]").GetByRole(AriaRole.Link, new() { Name = "Nia Noiro" }).ClickAsync();
        await manager.Locator("#suggestions").GetByLabel("Ada Reviewer", new() { Exact = false }).First.CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Allocate IRO" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("Ada Reviewer is now the child's IRO");

        // Ada's day starts with Nia's first review: preparation is already late, no private conversation yet.
        var ada = await fixture.SignedInPageAsync("ada@north.test");
        await Assertions.Expect(ada.Locator("table[data-kind=PrivateConversation]")).ToContainTextAsync("Nia Noiro");
        await Assertions.Expect(ada.Locator("table[data-kind=PreparationTask]")).ToContainTextAsync("Nia Noiro");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);
        await ada.Locator("table[data-kind=PrivateConversation]").GetByRole(AriaRole.Link, new() { Name = "Nia Noiro" }).ClickAsync();
        await ada.GetByLabel("Yes, I spoke to the child in private").CheckAsync();
        await ada.Locator("input[name='On.Day']").FillAsync("19");
        await ada.Locator("input[name='On.Month']").FillAsync("11");
        await ada.Locator("input[name='On.Year']").FillAsync("2026");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(ada.Locator(".govuk-notification-banner")).ToContainTextAsync("Private conversation recorded.");
        await ada.GotoAsync("/");
        await Assertions.Expect(ada.Locator("table[data-kind=PrivateConversation]")).Not.ToContainTextAsync("Nia Noiro");

        // The review, held on 19 November.
        await ada.GotoAsync(nia);
        await ada.GetByRole(AriaRole.Link, new() { Name = "Record this review as held" }).ClickAsync();
        await ada.GetByLabel("Yes, it was held").CheckAsync();
        await Continue(ada);
        await ada.GetByLabel("Day").FillAsync("19");
        await ada.GetByLabel("Month").FillAsync("11");
        await ada.GetByLabel("Year").FillAsync("2026");
        await ada.GetByLabel("Remotely (video or telephone)").CheckAsync();
        await Continue(ada);
        await ada.Locator("#Attendees_0__Name").FillAsync("Nia");
        await ada.Locator("#Attendees_0__Role").FillAsync("The child");
        await Continue(ada);
        await ada.GetByLabel("The child's wishes and feelings").FillAsync("I want to go to the same school.");
        await Continue(ada);
        await ada.GetByLabel("Partly endorsed").CheckAsync();
        await ada.GetByLabel("Why do you not fully endorse it?").FillAsync("No school transport is arranged.");
        await Continue(ada);
        await ada.GetByLabel("PN1", new() { Exact = false }).First.CheckAsync();
        await Continue(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        await Assertions.Expect(ada.Locator(".govuk-panel__title")).ToContainTextAsync("Review recorded");

        // Its decisions and record are now to issue.
        await ada.GotoAsync("/");
        await Assertions.Expect(ada.Locator("table[data-kind=RecordToIssue]")).ToContainTextAsync("Nia Noiro");

        // A decision, due the day after the review and not done: overdue, then escalated in one step.
        await ada.GotoAsync(nia);
        await ada.GetByRole(AriaRole.Link, new() { Name = "Record a decision of the latest review" }).ClickAsync();
        await ada.GetByLabel("Education", new() { Exact = true }).CheckAsync();
        await ada.GetByLabel("What was decided?").FillAsync("Arrange transport to her school");
        await ada.GetByLabel("Name of someone not on the staff list").FillAsync("Sara Worker");
        await ada.GetByLabel("Day").FillAsync("20");
        await ada.GetByLabel("Month").FillAsync("11");
        await ada.GetByLabel("Year").FillAsync("2026");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await ada.GotoAsync("/");
        await Assertions.Expect(ada.Locator("table[data-kind=DecisionOverdue]")).ToContainTextAsync("Nia Noiro");

        // A contact between reviews.
        await ada.GotoAsync(nia);
        await ada.GetByRole(AriaRole.Link, new() { Name = "Record a contact" }).ClickAsync();
        await ada.GetByLabel("Spoke to the social worker").CheckAsync();
        await ada.GetByLabel("Day").FillAsync("23");
        await ada.GetByLabel("Month").FillAsync("11");
        await ada.GetByLabel("Year").FillAsync("2026");
        await Continue(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Assertions.Expect(ada.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact recorded");

        await ada.GetByRole(AriaRole.Link, new() { Name = "Escalate the overdue decision: Arrange transport to her school" }).ClickAsync();
        await Continue(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Raise issue" }).ClickAsync();
        await Assertions.Expect(ada.Locator(".govuk-notification-banner")).ToContainTextAsync("Issue raised");
        await ada.GetByRole(AriaRole.Link, new() { Name = "Raise a formal stage" }).ClickAsync();
        await ada.GetByLabel("Who are you raising it with?").FillAsync("Tess Mann, team manager");
        await Continue(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Raise stage" }).ClickAsync();
        await Assertions.Expect(ada.Locator(".govuk-notification-banner")).ToContainTextAsync("A response is due by 30 November 2026");
        await ada.GetByRole(AriaRole.Link, new() { Name = "Refer to Cafcass" }).ClickAsync();
        await ada.GetByLabel("What are the grounds?").FillAsync("The plan for her schooling is not carried out");
        await Continue(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await Assertions.Expect(ada.Locator("#referrals")).ToContainTextAsync("Awaiting outcome");

        // The escalation awaits the team manager on Ada's list and the manager's /disputes.
        await ada.GotoAsync("/");
        await Assertions.Expect(ada.Locator("table[data-kind=Escalation]")).ToContainTextAsync("Team manager (Tess Mann, team manager)");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);
        await manager.GotoAsync("/disputes");
        await Assertions.Expect(manager.Locator("#referrals")).ToContainTextAsync("Nia Noiro");

        // Every step is on Nia's timeline, newest first.
        await ada.GotoAsync($"{nia}/timeline");
        var timeline = ada.Locator("#child-timeline");
        foreach (var step in new[]
        {
            "IRO allocated", "Review held on 19 November 2026", "Decision of a review recorded", "Issue raised",
            "Referred to Cafcass on 23 November 2026",
        })
        {
            await Assertions.Expect(timeline).ToContainTextAsync(step);
        }
        await Assertions.Expect(timeline.Locator("li").First).ToContainTextAsync("Cafcass");
        await Accessibility.AssertNoSeriousViolationsAsync(ada);
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
