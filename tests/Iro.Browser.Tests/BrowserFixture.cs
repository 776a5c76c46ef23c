using System.Text.RegularExpressions;
using Iro.Tests.Shared;
using Microsoft.Playwright;

namespace Iro.Browser.Tests;

/// <summary>The app on Kestrel plus Debian's Chromium driven by Playwright; no browser download. Without
/// Chromium the tests fail and say how to get it, rather than skipping.</summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IroTestHost Host { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("IRO_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium was not found at {chromium}. Run ./test.sh, which installs it, or set IRO_CHROMIUM.");
        }
        await Host.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> SignedInPageAsync(string email)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Host.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(TestCouncil.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        if (Host.AuthenticatorKeys.TryGetValue(email, out var key))
        {
            await Assertions.Expect(page).ToHaveURLAsync(TwoFactorUrl());
            await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Totp.Now(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }
        // Expect retries until the redirects after sign-in settle; WaitForURL can miss the load event of a
        // POST-redirect-redirect chain and time out.
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInUrl());
        return page;
    }

    [GeneratedRegex("/sign-in")]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/sign-in/two-factor")]
    private static partial Regex TwoFactorUrl();

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}
