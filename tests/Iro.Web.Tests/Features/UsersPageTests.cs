using System.Net;
using Iro.Core.Audit;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Features;

/// <summary>/users: a council administrator sees who can sign in to their council and deactivates a leaver, whose
/// open session ends at once; each change joins the council's audit trail.</summary>
public sealed class UsersPageTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task Administrator_SeesTheCouncilsUsers_DeactivatesALeaver_AndReactivatesThem()
    {
        var leaver = await Host.AddUserAsync(Roles.Iro);
        using var leaversSession = await Host.SignedInClientAsync(leaver, Ct);
        Assert.Equal(HttpStatusCode.OK, (await leaversSession.GetAsync("/account/two-factor", Ct)).StatusCode);

        using var admin = await Host.SignedInClientAsync("admin@north.test", Ct);
        var page = await ParseAsync(await admin.GetAsync("/users", Ct));
        var emails = page.QuerySelectorAll("#users tbody tr").Select(r => r.GetAttribute("data-user")).ToList();
        Assert.Contains("ada@north.test", emails);
        Assert.Contains(leaver, emails);
        Assert.DoesNotContain("sol@south.test", emails);
        // Administrators cannot deactivate themselves.
        var own = page.QuerySelector("#users tr[data-user='admin@north.test']")!;
        Assert.Null(own.QuerySelector("button"));
        Assert.Contains("You", own.TextContent, StringComparison.Ordinal);

        var leaverId = await UserIdAsync(leaver);
        var deactivated = await IroTestHost.PostFormAsync(admin, $"/users?handler=Deactivate&id={leaverId}", [], Ct, formPath: "/users");
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        page = await ParseAsync(await admin.GetAsync(deactivated.Headers.Location!.OriginalString, Ct));
        Assert.Contains("New user can no longer sign in.", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Deactivated", page.QuerySelector($"#users tr[data-user='{leaver}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await leaversSession.GetAsync("/account/two-factor", Ct)).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => Host.SignedInClientAsync(leaver, Ct));

        var reactivated = await IroTestHost.PostFormAsync(admin, $"/users?handler=Reactivate&id={leaverId}", [], Ct, formPath: "/users");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        using var back = await Host.SignedInClientAsync(leaver, Ct);
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync("/account/two-factor", Ct)).StatusCode);

        await using var scope = Host.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
        var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
        var adminId = (await UserIdAsync("admin@north.test")).ToString();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(IroUser) && e.EntityId == leaverId.ToString())
            .OrderBy(e => e.Sequence).Select(e => new { e.Action, e.Properties, e.Detail, e.Actor }).ToListAsync(Ct);
        Assert.Equal(
            [(AuditAction.Modified, "IsActive", "deactivated", adminId), (AuditAction.Modified, "IsActive", "reactivated", adminId)],
            entries.Select(e => (e.Action, e.Properties, e.Detail, e.Actor)));
    }

    [Fact]
    public async Task Administrator_CannotDeactivateThemselves_OrAnotherCouncilsUser()
    {
        using var admin = await Host.SignedInClientAsync("admin@north.test", Ct);
        var self = await IroTestHost.PostFormAsync(admin, $"/users?handler=Deactivate&id={await UserIdAsync("admin@north.test")}", [], Ct, formPath: "/users");
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        var south = await IroTestHost.PostFormAsync(admin, $"/users?handler=Deactivate&id={await UserIdAsync("sol@south.test")}", [], Ct, formPath: "/users");
        Assert.Equal(HttpStatusCode.NotFound, south.StatusCode);
        using var sol = await Host.SignedInClientAsync("sol@south.test", Ct);
        Assert.Equal(HttpStatusCode.OK, (await sol.GetAsync("/caseload", Ct)).StatusCode);
    }

    private async Task<Guid> UserIdAsync(string email)
    {
        await using var scope = Host.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }
}
