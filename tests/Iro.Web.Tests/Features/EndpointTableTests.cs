using System.Net;
using Iro.Tests.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>Generated from the app's own endpoint table, so that a new page is covered the day it is added:
/// nothing but sign-in (both steps), sign-out, the accessibility statement, error pages and static assets
/// answers an anonymous request.</summary>
public sealed class EndpointTableTests(IroTestHost host) : PageTest(host)
{
    // The accessibility statement is public on purpose: the Public Sector Bodies Accessibility Regulations 2018
    // expect it to be available to someone who cannot get past the sign-in page.
    // The second step of signing in is anonymous because nobody is signed in yet: Identity's two-factor cookie,
    // issued only after the right password, says whose code it is.
    // The council-account callback is anonymous for the same reason: Identity's external cookie, issued only by the
    // OpenID Connect handler, says whose account it is, and Iro's users table decides.
    private static readonly string[] PublicRoutes = ["sign-in", "sign-in/two-factor", "sign-in/recovery-code", "sign-in/council-account", "sign-out", "accessibility", "forbidden", "not-found", "errors/{code:int}", "errors/403", "errors/404"];

    [Fact]
    public async Task EveryPageRoute_Anonymous_IsSentToSignIn_UnlessPublic()
    {
        var routes = Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is not null)
            .Select(e => (Pattern: e.RoutePattern.RawText ?? "", Anonymous: e.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .Distinct().ToList();
        Assert.Contains(routes, r => r.Pattern == "caseload");

        using var client = Host.AnonymousClient();
        foreach (var (pattern, anonymous) in routes)
        {
            var isPublic = PublicRoutes.Contains(pattern.Trim('/'));
            Assert.True(anonymous == isPublic, $"Route '{pattern}' allows anonymous access: {anonymous}; expected {isPublic}.");
            if (isPublic)
            {
                continue;
            }
            var path = "/" + pattern.Trim('/').Replace("{childId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
            var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location!.PathAndQuery.StartsWith("/sign-in", StringComparison.Ordinal),
                $"GET {path} anonymously answered {(int)response.StatusCode} {response.Headers.Location}.");
        }
    }
}
