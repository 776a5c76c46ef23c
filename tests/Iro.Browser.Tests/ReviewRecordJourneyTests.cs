using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Its own fixture (own app and database): an IRO records a review in which an advocate spoke for the
/// child, issues its decisions and record, and an IRO manager signs the record off (issue 5 §3).</summary>
public sealed class ReviewRecordJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Iro_RecordsIssuesTheReview_AndTheManagerSignsItOff()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        // An IRO starts on what needs them today, where a child may be listed once for each thing due.
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Olive Overdue" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record this review as held" }).ClickAsync();
        await page.GetByLabel("Yes, it was held").CheckAsync();
        await Continue(page);

        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("In person", new() { Exact = true }).CheckAsync();
        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter where the review was held");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Assertions.Expect(page.GetByLabel("Day")).ToHaveValueAsync("20");
        await page.GetByLabel("Where was it held?").FillAsync("Oak Lane School");
        await Continue(page);

        await page.Locator("#Attendees_0__Name").FillAsync("Olive");
        await page.Locator("#Attendees_0__Role").FillAsync("The child");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another person" }).ClickAsync();
        await page.Locator("#Attendees_3__Name").FillAsync("Jo Carer");
        await page.Locator("#Attendees_3__Role").FillAsync("Foster carer");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Continue(page);

        await page.GetByLabel("The child's wishes and feelings").FillAsync("I want to see my brother every week.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Continue(page);
        await page.GetByLabel("Not endorsed").CheckAsync();
        await page.GetByLabel("Why do you not fully endorse it?").FillAsync("There is no plan for contact with her brother.");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Continue(page);

        await page.GetByLabel("PN5", new() { Exact = false }).CheckAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Continue(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who spoke for the child?", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("An advocate").CheckAsync();
        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the advocate's name");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("The advocate's name").FillAsync("Avery Advocate");
        await Continue(page);

        await Assertions.Expect(page.Locator("#answers")).ToContainTextAsync("Jo Carer (Foster carer)");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToContainTextAsync("Review recorded");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the record of this review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review held on 20 November 2026", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#participation")).ToContainTextAsync("Avery Advocate");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var record = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "Issue the decisions" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The decisions have been issued.");
        await Assertions.Expect(page.Locator("#timers tr[data-timer=DecisionsIssued]")).ToContainTextAsync("Done on time");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue the full record" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The full record has been issued.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign off the record" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var manager = await fixture.SignedInPageAsync("manager@north.test");
        await manager.GotoAsync(record);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign off the record" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("The record has been signed off.");
        await Assertions.Expect(manager.Locator("#issue")).ToContainTextAsync("Morgan Manager, 23 November 2026");
        await Accessibility.AssertNoSeriousViolationsAsync(manager);
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
