using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Its own fixture (own app and database): allocating changes the service the other journeys read.</summary>
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
}
