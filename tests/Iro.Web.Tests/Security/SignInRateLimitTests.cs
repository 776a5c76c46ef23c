using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Security;

/// <summary>Sign-in attempts from one address are limited, besides each account's lockout; over the limit
/// the answer is 429 with a GOV.UK page.</summary>
public sealed class SignInRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_OverTheLimit_Answers429_WithAGovUkPage_ButStillShowsTheForm()
    {
        // A window of an hour, so that the limit cannot reset during the test however slow the machine.
        await using var host = new IroTestHost { Args = ["--RateLimiting:SignIn:PermitLimit=3", "--RateLimiting:SignIn:WindowSeconds=3600"] };
        await host.InitializeAsync();
        using var client = host.AnonymousClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await Attempt(client);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await Attempt(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("3600", refused.Headers.GetValues("Retry-After").Single());
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("You have tried to sign in too many times", html, StringComparison.Ordinal);
        Assert.Contains("govuk-template", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in", Ct)).StatusCode);
        var secondStep = await IroTestHost.PostFormAsync(client, "/sign-in/two-factor", new() { ["Code"] = "123456" }, Ct, formPath: "/sign-in");
        Assert.Equal(HttpStatusCode.TooManyRequests, secondStep.StatusCode);
    }

    private static Task<HttpResponseMessage> Attempt(HttpClient client) =>
        IroTestHost.PostFormAsync(client, "/sign-in", new() { ["Email"] = "nobody@north.test", ["Password"] = "not-the-password-at-all" }, Ct);
}
