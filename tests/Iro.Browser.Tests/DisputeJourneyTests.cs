using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Its own fixture (own app and database): the journey adds decisions, issues and referrals to Olive.
/// Issue 5 §4–§5: monitoring between reviews, then an overdue decision escalated up to a Cafcass referral, which
/// the manager sees on /disputes.</summary>
public sealed class DisputeJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Iro_MonitorsThenEscalatesAnOverdueDecision_ToCafcass_AndTheManagerSeesIt()
    {
        var child = $"/children/{fixture.Host.Council.Overdue.Id}";
        var page = await fixture.SignedInPageAsync("ada@north.test");
        await page.GotoAsync(child);
        await Assertions.Expect(page.Locator("#midway-check")).ToContainTextAsync("A midway check is due");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // A contact between reviews, shown back before it is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a contact" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select what kind of contact it was");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Spoke to the child").CheckAsync();
        await FillDateAsync(page, "20", "11", "2026");
        await page.GetByLabel("Note (optional)").FillAsync("Wants to see her brother more");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-answers")).ToContainTextAsync("Wants to see her brother more");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record contact" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Contact recorded");
        await Assertions.Expect(page.Locator("#monitoring-contacts")).ToContainTextAsync("Spoke to the child");

        // A decision of the last review, already overdue, escalated in one step.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a decision of the latest review" }).ClickAsync();
        await page.GetByLabel("Contact", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What was decided?").FillAsync("Arrange weekly calls with her brother");
        await page.GetByLabel("Name of someone not on the staff list").FillAsync("Sara Worker");
        await FillDateAsync(page, "13", "11", "2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Escalate the overdue decision: Arrange weekly calls with her brother" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Raise an issue", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Plan not implemented")).ToBeCheckedAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-answers")).ToContainTextAsync("Arrange weekly calls with her brother");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise issue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Issue raised");
        await Assertions.Expect(page.Locator("#linked-decision")).ToContainTextAsync("Arrange weekly calls");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The informal attempt.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the informal attempt" }).ClickAsync();
        await FillDateAsync(page, "23", "11", "2026");
        await page.GetByLabel("Who did you speak to?").FillAsync("Sara Worker, social worker");
        await page.GetByLabel("What came of it?").FillAsync("No date for the calls yet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record informal attempt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#informal")).ToContainTextAsync("No date for the calls yet");

        // Stage 1, with a named addressee and the response date from the council's ladder.
        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a formal stage" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Team manager")).ToBeCheckedAsync();
        await page.GetByLabel("Who are you raising it with?").FillAsync("Tess Mann, team manager");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-answers")).ToContainTextAsync("30 November 2026 (5 working days)");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise stage" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("A response is due by 30 November 2026");

        // The team manager's response.
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the response" }).ClickAsync();
        await page.GetByLabel("What was the response?").FillAsync("No capacity to supervise calls");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record response" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stages")).ToContainTextAsync("No capacity to supervise calls");

        // Stage 2.
        await page.GetByRole(AriaRole.Link, new() { Name = "Escalate to a higher stage" }).ClickAsync();
        await page.GetByLabel("Service manager").CheckAsync();
        await page.GetByLabel("Who are you raising it with?").FillAsync("Sam Service, service manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise stage" }).ClickAsync();
        await Assertions.Expect(page.Locator("#stages tbody tr")).ToHaveCountAsync(2);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Cafcass, at any point.
        await page.GetByRole(AriaRole.Link, new() { Name = "Refer to Cafcass" }).ClickAsync();
        await page.GetByLabel("What are the grounds?").FillAsync("Contact plan not carried out despite escalation");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record referral" }).ClickAsync();
        await Assertions.Expect(page.Locator("#referrals")).ToContainTextAsync("Awaiting outcome");

        await page.GotoAsync(child);
        await Assertions.Expect(page.Locator("#open-issues")).ToContainTextAsync("Service manager");
        await Assertions.Expect(page.Locator("#cafcass-referrals")).ToContainTextAsync("awaiting outcome");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var manager = await fixture.SignedInPageAsync("manager@north.test");
        await manager.GotoAsync("/disputes");
        await Assertions.Expect(manager.Locator("table[data-stage='Service manager']")).ToContainTextAsync("Olive Overdue");
        await Assertions.Expect(manager.Locator("#referrals")).ToContainTextAsync("Olive Overdue");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
    }

    private static async Task FillDateAsync(IPage page, string day, string month, string year)
    {
        await page.GetByLabel("Day").FillAsync(day);
        await page.GetByLabel("Month").FillAsync(month);
        await page.GetByLabel("Year").FillAsync(year);
    }
}
