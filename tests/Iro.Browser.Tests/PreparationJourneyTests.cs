using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Its own fixture (own app and database): the IRO walks Dara's preparation task list end to end, every
/// page checked with axe (issue 5 §2).</summary>
public sealed class PreparationJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Iro_PreparesForAReview_TaskByTask()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        // An IRO starts on what needs them today, where a child may be listed once for each thing due.
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Dara Duesoon" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Prepare for this review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Prepare for the", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#progress")).ToContainTextAsync("You have completed 0 of 6 tasks");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Invitations: an error keeps what was typed.
        await page.GetByRole(AriaRole.Link, new() { Name = "Invitations and venue" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Who does the child want invited?").FillAsync("Sam Jones, foster carer");
        await page.GetByLabel("Where does the child want the meeting held?").FillAsync("At school");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save invitations" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say what each part of the meeting is for");
        await Assertions.Expect(page.GetByLabel("Who does the child want invited?")).ToHaveValueAsync("Sam Jones, foster carer");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("If it is held in parts", new() { Exact = false }).FillAsync("Dara and the IRO\nThe adults");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save invitations" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Invitations saved.");

        // Consultation: the child asked, then their views received; the social worker's report likewise.
        foreach (var party in new[] { "The child", "Social worker's report" })
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Consultation" }).ClickAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.GetByLabel(party, new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Record request" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Request recorded");
            await page.GetByRole(AriaRole.Link, new() { Name = "Consultation" }).ClickAsync();
            await page.Locator("#consultations").GetByRole(AriaRole.Link, new() { Name = "Record received" }).ClickAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Received: {party}");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Private conversation with the child" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("No, I judged it inappropriate", new() { Exact = false }).CheckAsync();
        await page.Locator("input[name='On.Day']").FillAsync("23");
        await page.Locator("input[name='On.Month']").FillAsync("11");
        await page.Locator("input[name='On.Year']").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Reason-error")).ToContainTextAsync("Say why speaking to the child in private was inappropriate");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("If you did not speak in private, why not?").FillAsync("Dara is two and has little speech");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Private conversation recorded.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Advocacy" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        foreach (var field in new[] { "ToldOn", "OfferedOn" })
        {
            await page.Locator($"input[name='{field}.Day']").FillAsync("23");
            await page.Locator($"input[name='{field}.Month']").FillAsync("11");
            await page.Locator($"input[name='{field}.Year']").FillAsync("2026");
        }
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Advocacy recorded.");

        await page.GetByRole(AriaRole.Link, new() { Name = "The child's rights explained" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var rights = await page.Locator("input[name$='.Day']").CountAsync();
        for (var i = 0; i < rights; i++)
        {
            await page.Locator($"input[name='Explained[{i}].Day']").FillAsync("23");
            await page.Locator($"input[name='Explained[{i}].Month']").FillAsync("11");
            await page.Locator($"input[name='Explained[{i}].Year']").FillAsync("2026");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Rights explained saved.");

        await Assertions.Expect(page.Locator("#progress")).ToContainTextAsync("You have completed 6 of 6 tasks");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
