using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Security;

/// <summary>Every cookie Iro sets is <c>__Host-</c>, Secure, HttpOnly, Path=/, no Domain, and SameSite
/// (OWASP ASVS 4.0.3 3.4.1–3.4.4), through both steps of signing in.</summary>
public sealed class CookieTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task SignIn_WithTwoFactor_SetsOnlyHostPrefixedSecureHttpOnlyCookies()
    {
        using var client = Host.AnonymousClient();
        var seen = new List<string>();
        var form = await client.GetAsync("/sign-in", Ct);
        seen.AddRange(SetCookies(form));
        var password = await IroTestHost.PostFormAsync(client, "/sign-in",
            new() { ["Email"] = "admin@north.test", ["Password"] = TestCouncil.Password }, Ct);
        seen.AddRange(SetCookies(password));
        var code = await IroTestHost.PostFormAsync(client, "/sign-in/two-factor",
            new() { ["Code"] = Totp.Now(Host.AuthenticatorKeys["admin@north.test"]) }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        seen.AddRange(SetCookies(code));

        var names = seen.Select(c => c.Split('=')[0]).Distinct().ToList();
        Assert.Contains("__Host-Iro.Antiforgery", names);
        Assert.Contains("__Host-Iro.TwoFactor", names);
        Assert.Contains("__Host-Iro.Session", names);
        foreach (var cookie in seen)
        {
            var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
            Assert.Contains("secure", attributes);
            Assert.Contains("httponly", attributes);
            Assert.Contains("path=/", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
            Assert.Contains(attributes, a => a is "samesite=lax" or "samesite=strict");
        }
        Assert.Contains("samesite=lax", Single(seen, "__Host-Iro.Session"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", Single(seen, "__Host-Iro.Antiforgery"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/service", Ct)).StatusCode);
    }

    [Fact]
    public async Task SettingUpTwoFactor_TempDataCookieIsHostPrefixedToo()
    {
        var email = await Host.AddUserAsync(Core.Users.Roles.Iro);
        using var client = await Host.SignedInClientAsync(email, Ct);
        var page = await ParseAsync(await client.GetAsync("/account/two-factor/set-up", Ct));
        var key = page.QuerySelector("#setup-key")!.GetAttribute("data-key")!;
        var confirmed = await IroTestHost.PostFormAsync(client, "/account/two-factor/set-up", new() { ["Code"] = Totp.Now(key) }, Ct);
        var tempData = Single(SetCookies(confirmed), "__Host-Iro.TempData");
        Assert.Contains("secure", tempData, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", tempData, StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string Single(IEnumerable<string> cookies, string name) =>
        Assert.Single(cookies.Where(c => c.StartsWith(name + "=", StringComparison.Ordinal)).Take(1));
}
