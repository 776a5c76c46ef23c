using Microsoft.Playwright;

namespace Iro.Browser.Tests;

public sealed class JourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Iro_SignsIn_SeesCaseload_AndWhyTheDateIsWhatItIs()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        // An IRO starts on what needs them today (issue 5 §6); the caseload is one click away.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What needs you today" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My caseload", Exact = true }).ClickAsync();
        Assert.EndsWith("/caseload", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My caseload" })).ToBeVisibleAsync();
        var rows = page.Locator("#caseload tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Olive Overdue");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Overdue");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dara Duesoon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dara Duesoon", Level = 1 })).ToBeVisibleAsync();
        var why = page.Locator("#why-this-date");
        await Assertions.Expect(why).ToContainTextAsync("reg 33(1)");
        await Assertions.Expect(page.Locator("#next-review")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("7 December 2026");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Iro_FiltersAndSortsCaseload()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        await page.GotoAsync("/caseload");
        await page.GetByLabel("Next review").SelectOptionAsync("scheduled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var rows = page.Locator("#caseload tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Sky Scheduled");

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Child", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("th[aria-sort=ascending]")).ToContainTextAsync("Child");
        await Assertions.Expect(rows.First).ToContainTextAsync("Dara Duesoon");
    }

    [Fact]
    public async Task Manager_SeesServiceOverview_WithCaseloadsAndChildrenWithoutAnIro()
    {
        var page = await fixture.SignedInPageAsync("manager@north.test");
        Assert.EndsWith("/service", page.Url, StringComparison.Ordinal);
        var iros = page.Locator("#iros tbody tr");
        await Assertions.Expect(iros).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#unallocated")).ToContainTextAsync("Nia Noiro");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ada Reviewer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Caseload of Ada Reviewer" })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/accessibility")]
    public async Task PublicPages_HaveNoSeriousAccessibilityViolations(string path)
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task ForbiddenAndNotFoundPages_HaveNoSeriousAccessibilityViolations()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        var forbidden = await page.GotoAsync($"/children/{fixture.Host.Council.BensChild.Id}");
        Assert.Equal(403, forbidden!.Status);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var missing = await page.GotoAsync($"/children/{Guid.NewGuid()}");
        Assert.Equal(404, missing!.Status);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsAnErrorSummary()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("ben@north.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("worker@north.test", "/")]
    [InlineData("worker@north.test", "/sign-out")]
    [InlineData("worker@north.test", "/errors/400")]
    [InlineData("worker@north.test", "/children/{duesoon}")]
    [InlineData("analyst@north.test", "/data/ssda903/validate")]
    [InlineData("analyst@north.test", "/data/ssda903/import")]
    [InlineData("admin@north.test", "/users")]
    public async Task OtherPages_HaveNoSeriousAccessibilityViolations(string email, string path)
    {
        var page = await fixture.SignedInPageAsync(email);
        await page.GotoAsync(path.Replace("{duesoon}", fixture.Host.Council.DueSoon.Id.ToString(), StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Keyboard_SkipLinkIsTheFirstStop_AndMovesToMainContent()
    {
        var page = await fixture.SignedInPageAsync("ada@north.test");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".govuk-skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main-content", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_ReflowAt320CssPixels_WithoutHorizontalScrollOfThePage()
    {
        var page = await fixture.SignedInPageAsync("manager@north.test");
        await page.SetViewportSizeAsync(320, 800);
        foreach (var path in new[] { "/service", "/caseload?iro=" + fixture.Host.Council.IroAda.Id, "/children/" + fixture.Host.Council.Scheduled.Id })
        {
            await page.GotoAsync(path);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways at 320 CSS pixels (WCAG 1.4.10 Reflow).");
        }
    }

    [Fact]
    public async Task Analyst_UploadsAnExtract_SeesFailuresByRule_ThenImportsACleanOne()
    {
        const string header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nB700,M,14/03/2015,WBRI,UN1,,\n";
        const string episodes = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\nB700,10/06/2025,S,C1,N1,U6,PR1,,,,ZZ1 1AA,ZZ1 2BB,\n";
        const string reviews = "CHILD,DOB,REVIEW,REVIEW_CODE\nB700,14/03/2015,01/07/2025,PN0\n";
        var page = await fixture.SignedInPageAsync("analyst@north.test");
        Assert.EndsWith("/data/ssda903/validate", page.Url, StringComparison.Ordinal);
        await page.Locator("form:has(input[type=file]) select").SelectOptionAsync("2025-26");
        await page.Locator("input[type=file]").SetInputFilesAsync(
        [
            new FilePayload { Name = "header.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header) },
            new FilePayload { Name = "episodes.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(episodes) },
            new FilePayload { Name = "reviews.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(reviews) },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the files" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rule-440")).ToContainTextAsync("B700");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/data/ssda903/import");
        await page.Locator("input[type=file]").SetInputFilesAsync(
        [
            new FilePayload { Name = "header.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(header) },
            new FilePayload { Name = "episodes.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(episodes) },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the files" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("1 added");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and import" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("1 children added");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
