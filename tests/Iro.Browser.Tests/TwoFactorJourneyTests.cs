using System.Text.RegularExpressions;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>Two-factor authentication as a person meets it, with the code computed as their phone would
/// (RFC 6238), and axe on every page of the journey.</summary>
public sealed partial class TwoFactorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task NewAdministrator_IsTakenToSetUpTwoFactor_ThenSignsInWithACodeFromTheApp()
    {
        var email = await fixture.Host.AddUserAsync(Roles.CouncilAdministrator);
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await SignInWithPasswordAsync(page, email);

        await Assertions.Expect(page).ToHaveURLAsync(SetUpUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var key = (await page.Locator("#setup-key").GetAttributeAsync("data-key"))!;

        var code = page.GetByLabel("Code from your authenticator app");
        await code.FillAsync("12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The code must be 6 numbers");
        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await code.FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(RecoveryCodesUrl());
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Chromium keeps Iro's __Host- cookies on http://127.0.0.1 because loopback is a secure context.
        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "__Host-Iro.Session");
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c.Name, StringComparison.Ordinal);
            Assert.True(c.Secure && c.HttpOnly, c.Name);
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "I have saved my recovery codes" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ServiceUrl());
        await page.GotoAsync("/account/two-factor");
        await Assertions.Expect(page.Locator("#two-factor-status")).ToContainTextAsync("On");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        await SignInWithPasswordAsync(page, email);
        await Assertions.Expect(page).ToHaveURLAsync(TwoFactorUrl());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Totp.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ServiceUrl());
    }

    [Fact]
    public async Task RecoveryCodePage_HasNoSeriousAccessibilityViolations()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Host.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await SignInWithPasswordAsync(page, "admin@north.test");
        await Assertions.Expect(page).ToHaveURLAsync(TwoFactorUrl());
        await page.GetByRole(AriaRole.Link, new() { Name = "use a recovery code" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter a recovery code" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a recovery code");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestCouncil.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [GeneratedRegex("/account/two-factor/set-up$")]
    private static partial Regex SetUpUrl();

    [GeneratedRegex("/account/two-factor/recovery-codes$")]
    private static partial Regex RecoveryCodesUrl();

    [GeneratedRegex("/sign-in/two-factor")]
    private static partial Regex TwoFactorUrl();

    [GeneratedRegex("/sign-in$")]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/service$")]
    private static partial Regex ServiceUrl();
}
