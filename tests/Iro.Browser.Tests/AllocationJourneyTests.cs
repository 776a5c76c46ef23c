using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Its own fixture (own app and database): allocating and recording change what the other journeys read.</summary>
public sealed class AllocationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_AllocatesAnIro_FromTheServiceOverview()
    {
        var page = await fixture.SignedInPageAsync("manager@north.test");
        await page.Locator("#unallocated").GetByRole(AriaRole.Link, new() { Name = "Nia Noiro" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Allocate IRO" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Allocate an IRO", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate IRO" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the IRO to allocate");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#suggestions .govuk-radios__label").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Allocate IRO" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("is now the child's IRO");
        await Assertions.Expect(page.Locator("#allocations")).ToContainTextAsync("First IRO for this period of care");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Iro_RecordsAReviewHeld_AndSeesTheNextDueDate()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        await page.GotoAsync("/caseload");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sky Scheduled" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record this review as held" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Was the review held?", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select whether the review was held or adjourned");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Yes, it was held").CheckAsync();
        await Continue(page);

        await page.GetByLabel("Day").FillAsync("20");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Remotely (video or telephone)").CheckAsync();
        await Continue(page);

        await page.Locator("#Attendees_0__Name").FillAsync("Sky");
        await page.Locator("#Attendees_0__Role").FillAsync("The child");
        await Continue(page);
        await page.GetByLabel("The child's wishes and feelings").FillAsync("I want to stay where I am.");
        await Continue(page);
        await page.GetByLabel("Endorsed", new() { Exact = true }).CheckAsync();
        await Continue(page);
        await page.GetByLabel("PN1", new() { Exact = false }).First.CheckAsync();
        await Continue(page);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your answers before recording the review" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record review" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToContainTextAsync("Review recorded");
        await Assertions.Expect(page.Locator("#next-due")).ToContainTextAsync("due by 20 May 2027");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}
