using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>An IRO manager follows the child page's link to who viewed or changed the record (issue 4, §4).</summary>
public sealed class AuditJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_OpensAChild_FollowsTheAuditLink_SeesTheirOwnView()
    {
        var page = await fixture.SignedInPageAsync("manager@north.test");
        await page.GotoAsync($"/children/{fixture.Host.Council.Scheduled.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Who viewed or changed this record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who viewed or changed Sky Scheduled's record", Level = 1 })).ToBeVisibleAsync();
        var first = page.Locator("#audit tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync("Viewed the record");
        await Assertions.Expect(first).ToContainTextAsync("Morgan Manager");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.SetViewportSizeAsync(320, 800);
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "The audit page scrolls sideways at 320 CSS pixels (WCAG 1.4.10 Reflow).");
    }
}
