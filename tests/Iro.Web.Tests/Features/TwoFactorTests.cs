using System.Net;
using AngleSharp.Dom;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>TOTP two-factor authentication: set up with a code, recovery codes shown once, the second step of
/// signing in, and administrators made to set it up before anything else.</summary>
public sealed class TwoFactorTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task SignIn_AdministratorWithTwoFactor_AsksForACode_AndRefusesAWrongOne()
    {
        using var client = Host.AnonymousClient();
        var password = await SignInFormAsync(client, "admin@north.test");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/sign-in/two-factor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/service", Ct)).StatusCode);

        var key = Host.AuthenticatorKeys["admin@north.test"];
        var wrong = await IroTestHost.PostFormAsync(client, "/sign-in/two-factor", new() { ["Code"] = Other(Totp.Now(key)) }, Ct);
        var page = await ParseAsync(wrong);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        Assert.Contains("The code is not correct", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var right = await IroTestHost.PostFormAsync(client, "/sign-in/two-factor", new() { ["Code"] = Totp.Now(key) }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/service", Ct)).StatusCode);
    }

    [Fact]
    public async Task SecondStep_WithoutTheFirst_GoesBackToSignIn()
    {
        using var client = Host.AnonymousClient();
        var response = await client.GetAsync("/sign-in/two-factor", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_AdministratorWithoutTwoFactor_IsTakenToSetItUp_ThenSeesRecoveryCodesOnce()
    {
        var email = await NewUserAsync(Roles.CouncilAdministrator);
        using var client = await Host.SignedInClientAsync(email, Ct);
        foreach (var path in new[] { "/", "/service", "/data/ssda903/import", "/account/two-factor/turn-off" })
        {
            var blocked = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
            Assert.Equal("/account/two-factor/set-up", blocked.Headers.Location!.OriginalString);
        }

        var setUp = await GetAsync(client, "/account/two-factor/set-up");
        Assert.Contains("Your role needs two-factor authentication", setUp.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(setUp.QuerySelector("nav a[href='/service']"));
        var key = setUp.QuerySelector("#setup-key")!.GetAttribute("data-key")!;
        Assert.Equal(key.ToLowerInvariant(), setUp.QuerySelector("#setup-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
        Assert.StartsWith("otpauth://totp/Iro:", setUp.QuerySelector("#setup-uri")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"secret={key}", setUp.QuerySelector("#setup-uri")!.TextContent, StringComparison.Ordinal);

        var wrong = await IroTestHost.PostFormAsync(client, "/account/two-factor/set-up", new() { ["Code"] = Other(Totp.Now(key)) }, Ct);
        Assert.Contains("The code is not correct", (await ParseAsync(wrong)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/service", Ct)).StatusCode);

        var confirmed = await IroTestHost.PostFormAsync(client, "/account/two-factor/set-up", new() { ["Code"] = Totp.Now(key) }, Ct);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/account/two-factor/recovery-codes", confirmed.Headers.Location!.OriginalString);
        var shown = await client.GetAsync("/account/two-factor/recovery-codes", Ct);
        Assert.True(shown.Headers.CacheControl!.NoStore);
        var codes = await ParseAsync(shown);
        Assert.Equal(10, codes.QuerySelectorAll("#recovery-codes li").Length);

        var again = await GetAsync(client, "/account/two-factor/recovery-codes");
        Assert.Empty(again.QuerySelectorAll("#recovery-codes li"));
        Assert.Contains("You have 10 recovery codes left", again.Body!.TextContent, StringComparison.Ordinal);
        var service = await GetAsync(client, "/service");
        Assert.NotNull(service.QuerySelector("nav a[href='/service']"));
    }

    [Fact]
    public async Task SignIn_WithARecoveryCode_Works_OnceOnly()
    {
        var email = await NewUserAsync(Roles.CouncilAdministrator, twoFactor: true);
        var code = (await WithUserAsync(email, (users, user) => users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10)))!.First();

        using (var first = Host.AnonymousClient())
        {
            await SignInFormAsync(first, email);
            var response = await IroTestHost.PostFormAsync(first, "/sign-in/recovery-code", new() { ["Code"] = code }, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/account/two-factor", Ct)).StatusCode);
        }

        using var second = Host.AnonymousClient();
        await SignInFormAsync(second, email);
        var reused = await IroTestHost.PostFormAsync(second, "/sign-in/recovery-code", new() { ["Code"] = code }, Ct);
        Assert.Contains("already been used", (await ParseAsync(reused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnOff_AsAdministrator_IsForbidden()
    {
        using var client = await Host.SignedInClientAsync("admin@north.test", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/account/two-factor/turn-off", Ct)).StatusCode);
        var post = await IroTestHost.PostFormAsync(client, "/account/two-factor/turn-off", [], Ct, formPath: "/account/two-factor");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var overview = await GetAsync(client, "/account/two-factor");
        Assert.Contains("cannot be turned off", overview.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(overview.QuerySelector("a[href='/account/two-factor/turn-off']"));
    }

    [Fact]
    public async Task TurnOff_AsIro_TurnsItOff_AndTheOldKeyStopsWorking()
    {
        var email = await NewUserAsync(Roles.Iro, twoFactor: true);
        using var client = await Host.SignedInClientAsync(email, Ct);
        var turnedOff = await IroTestHost.PostFormAsync(client, "/account/two-factor/turn-off", [], Ct);
        Assert.Equal(HttpStatusCode.Redirect, turnedOff.StatusCode);
        var overview = await GetAsync(client, "/account/two-factor");
        Assert.Contains("Two-factor authentication is off", overview.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Off", overview.QuerySelector("#two-factor-status")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(Host.AuthenticatorKeys[email],
            await WithUserAsync(email, (users, user) => users.GetAuthenticatorKeyAsync(user)));

        using var again = Host.AnonymousClient();
        var response = await SignInFormAsync(again, email);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private Task<string> NewUserAsync(string role, bool twoFactor = false) => Host.AddUserAsync(role, twoFactor);

    private async Task<T> WithUserAsync<T>(string email, Func<UserManager<IroUser>, IroUser, Task<T>> action)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
        return await action(users, (await users.FindByEmailAsync(email))!);
    }

    private static Task<HttpResponseMessage> SignInFormAsync(HttpClient client, string email) =>
        IroTestHost.PostFormAsync(client, "/sign-in", new() { ["Email"] = email, ["Password"] = TestCouncil.Password }, Ct);

    private static async Task<IDocument> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>A well-formed code that is not the right one.</summary>
    private static string Other(string code) => code == "000000" ? "111111" : "000000";
}
