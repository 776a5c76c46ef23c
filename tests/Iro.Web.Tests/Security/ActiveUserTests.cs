using System.Net;
using Iro.Core.Users;
using Iro.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Tests.Security;

/// <summary>Issue 4 §1: every page needs an authenticated and active user. Deactivating an account ends its
/// access at once, open sessions included, and it can no longer sign in.</summary>
public sealed class ActiveUserTests(IroTestHost host) : PageTest(host)
{
    [Fact]
    public async Task DeactivatedUser_IsRefusedEverywhere_AndCannotSignInAgain()
    {
        using var signedIn = await Host.SignedInClientAsync("analyst@north.test", Ct);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/data/ssda903/validate", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/accessibility", Ct)).StatusCode);

        await using (var scope = Host.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
            var analyst = (await users.FindByEmailAsync("analyst@north.test"))!;
            analyst.IsActive = false;
            Assert.True((await users.UpdateAsync(analyst)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync("/data/ssda903/validate", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync("/", Ct)).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => Host.SignedInClientAsync("analyst@north.test", Ct));
    }
}
