using System.Net;
using System.Security.Claims;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Iro.Web.Tests.Security;

/// <summary>The app with OpenID Connect configured, and two test-only endpoints (never in the app itself):
/// one signs in Identity's external scheme as the OpenID Connect handler would after a valid response from the
/// provider, the other says who the application cookie belongs to. No provider runs on this machine, so the
/// handler's own exchange with one is not tested here.</summary>
public sealed class CouncilAccountTestHost : IAsyncLifetime
{
    public const string AuthorizationEndpoint = "https://login.example.test/council/oauth2/v2.0/authorize";

    public IroTestHost Host { get; } = new()
    {
        Args =
        [
            "--Authentication:Oidc:Authority=https://login.example.test/council/v2.0",
            "--Authentication:Oidc:ClientId=iro-tests",
            "--Authentication:Oidc:ClientSecret=not-a-secret",
            "--Authentication:Oidc:DisplayName=Sign in with your North Council account",
        ],
        ConfigureServices = s =>
        {
            s.AddSingleton<IStartupFilter, TestEndpoints>();
            // The provider's metadata as it would publish it, so that a challenge can be built without a network.
            s.PostConfigure<OpenIdConnectOptions>(CouncilAccount.Scheme, o => o.ConfigurationManager =
                new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = "https://login.example.test/council/v2.0",
                    AuthorizationEndpoint = AuthorizationEndpoint,
                    TokenEndpoint = "https://login.example.test/council/oauth2/v2.0/token",
                }));
        },
    };

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private sealed class TestEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path == "/test/external-sign-in")
                {
                    var claims = context.Request.Query.Select(q => new Claim(q.Key, q.Value.ToString()));
                    var properties = new AuthenticationProperties { Items = { ["LoginProvider"] = CouncilAccount.Scheme } };
                    await context.SignInAsync(IdentityConstants.ExternalScheme,
                        new ClaimsPrincipal(new ClaimsIdentity(claims, CouncilAccount.Scheme)), properties);
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                    return;
                }
                if (context.Request.Path == "/test/who")
                {
                    var result = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
                    var user = result.Principal ?? new ClaimsPrincipal();
                    await context.Response.WriteAsync(result.Succeeded
                        ? $"{user.FindFirstValue(ClaimTypes.Name)}|{user.FindFirstValue(ClaimTypes.Role)}|{user.FindFirstValue(ClaimTypes.AuthenticationMethod)}"
                        : "nobody");
                    return;
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class CouncilAccountSignInTests(CouncilAccountTestHost fixture) : IClassFixture<CouncilAccountTestHost>
{
    private IroTestHost Host => fixture.Host;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInPage_Configured_OffersTheCouncilAccount()
    {
        using var client = Host.AnonymousClient();
        var page = await client.GetStringAsync("/sign-in", Ct);

        Assert.Contains("Sign in with your North Council account", page, StringComparison.Ordinal);
        Assert.Contains("handler=CouncilAccount", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouncilAccountButton_Challenges_WithCodeFlowAndPkce_AndHostOnlyCookies()
    {
        using var client = Host.AnonymousClient();

        var response = await IroTestHost.PostFormAsync(client, "/sign-in?handler=CouncilAccount", new() { ["ReturnUrl"] = "/service" }, Ct,
            formPath: "/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(CouncilAccountTestHost.AuthorizationEndpoint, location.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("iro-tests", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        // No response_mode: for the code flow the default is the query string, a top-level GET (so SameSite=Lax), not form_post.
        Assert.Null(query["response_mode"]);
        Assert.Equal("openid profile email", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(new Uri(Host.BaseAddress, "/signin-oidc"), new Uri(query["redirect_uri"]!));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        foreach (var prefix in new[] { "__Host-Iro.Correlation.", "__Host-Iro.Nonce." })
        {
            var cookie = Assert.Single(cookies, c => c.StartsWith(prefix, StringComparison.Ordinal)).ToLowerInvariant();
            Assert.Contains("path=/;", cookie + ";", StringComparison.Ordinal);
            Assert.Contains("secure", cookie, StringComparison.Ordinal);
            Assert.Contains("httponly", cookie, StringComparison.Ordinal);
            Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
            Assert.DoesNotContain("domain=", cookie, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Callback_LinkedUser_IsSignedInAsTheIroUser_WithIrosRole()
    {
        var (email, tenant, subject) = await LinkedUserAsync(Roles.IroManager);
        using var client = Host.AnonymousClient();
        // The provider's claims say nothing about Iro roles; a role claim from it is ignored.
        await ExternalSignInAsync(client, $"tid={tenant}&oid={subject}&sub=pairwise&role={Roles.SystemAdministrator}");

        var response = await client.GetAsync("/sign-in/council-account?returnUrl=%2Fcaseload", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/caseload", response.Headers.Location!.OriginalString);
        Assert.Equal($"{email}|{Roles.IroManager}|{CouncilAccount.Scheme}", await client.GetStringAsync("/test/who", Ct));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/service", Ct)).StatusCode);
        // The external cookie is spent: coming back to the callback does not sign in again.
        var again = await client.GetAsync("/sign-in/council-account", Ct);
        Assert.Equal("/sign-in", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Callback_UnlinkedSubject_IsRefused_AndNoUserIsCreated()
    {
        using var client = Host.AnonymousClient();
        var subject = Guid.NewGuid().ToString();
        await ExternalSignInAsync(client, $"tid={Guid.NewGuid()}&oid={subject}&email=newcomer@north.test");

        var response = await client.GetAsync("/sign-in/council-account", Ct);

        await AssertRefusedAsync(response, client, "not set up in Iro");
        await using var scope = Host.App.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>().FindByEmailAsync("newcomer@north.test"));
    }

    [Fact]
    public async Task Callback_SameSubjectInAnotherTenant_IsRefused()
    {
        var (_, _, subject) = await LinkedUserAsync(Roles.Iro);
        using var client = Host.AnonymousClient();
        await ExternalSignInAsync(client, $"tid={Guid.NewGuid()}&oid={subject}");

        var response = await client.GetAsync("/sign-in/council-account", Ct);

        await AssertRefusedAsync(response, client, "not set up in Iro");
    }

    [Fact]
    public async Task Callback_NoSubject_IsRefused()
    {
        var (_, tenant, _) = await LinkedUserAsync(Roles.Iro);
        using var client = Host.AnonymousClient();
        await ExternalSignInAsync(client, $"tid={tenant}&email=ada@north.test");

        var response = await client.GetAsync("/sign-in/council-account", Ct);

        await AssertRefusedAsync(response, client, "not set up in Iro");
    }

    [Fact]
    public async Task Callback_InactiveUser_IsRefused()
    {
        var (email, tenant, subject) = await LinkedUserAsync(Roles.Iro);
        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.IsActive = false;
            await users.UpdateAsync(user);
        }
        using var client = Host.AnonymousClient();
        await ExternalSignInAsync(client, $"tid={tenant}&oid={subject}");

        var response = await client.GetAsync("/sign-in/council-account", Ct);

        await AssertRefusedAsync(response, client, "has been turned off");
    }

    [Fact]
    public async Task Callback_AdministratorWithoutAuthenticatorApp_IsNotSentToSetItUp()
    {
        // The council's provider asks for the second factor; Iro's codes are for Iro's passwords.
        var (_, tenant, subject) = await LinkedUserAsync(Roles.CouncilAdministrator);
        using var client = Host.AnonymousClient();
        await ExternalSignInAsync(client, $"tid={tenant}&oid={subject}");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/sign-in/council-account", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/service", Ct)).StatusCode);
        // Still so after Identity's security-stamp check has rebuilt the session from the users table.
        ((FakeTimeProvider)Host.App.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMinutes(31));

        var response = await client.GetAsync("/service", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<(string Email, string Tenant, string Subject)> LinkedUserAsync(string role)
    {
        var email = await Host.AddUserAsync(role);
        var tenant = Guid.NewGuid().ToString();
        var subject = Guid.NewGuid().ToString();
        await using var scope = Host.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
        var result = await users.AddLoginAsync((await users.FindByEmailAsync(email))!,
            new UserLoginInfo(CouncilAccount.Scheme, $"{tenant}/{subject}", "Council account"));
        Assert.True(result.Succeeded);
        return (email, tenant, subject);
    }

    private static async Task ExternalSignInAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/test/external-sign-in?{query}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpClient client, string reason)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("You cannot sign in to Iro with this account", page, StringComparison.Ordinal);
        Assert.Contains(reason, page, StringComparison.Ordinal);
        Assert.Contains("ask your Iro administrator", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nobody", await client.GetStringAsync("/test/who", Ct));
        // The refused external sign-in is cleared, not left to be retried.
        Assert.Equal("/sign-in", (await client.GetAsync("/sign-in/council-account", Ct)).Headers.Location!.OriginalString);
    }
}

/// <summary>Without <c>Authentication:Oidc:Authority</c> nothing changes: Iro's own passwords only.</summary>
public sealed class CouncilAccountNotConfiguredTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task SignIn_NotConfigured_OffersNoCouncilAccount_AndTheCallbackIsNotFound()
    {
        using var client = Host.AnonymousClient();

        Assert.DoesNotContain("council account", await client.GetStringAsync("/sign-in", Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sign-in/council-account", Ct)).StatusCode);
    }
}
