using System.Net;
using Iro.Tests.Shared;

namespace Iro.Web.Tests.Security;

/// <summary>Data Protection keys are kept on disk under one application name, so a restart or a second
/// instance on the same key store accepts the sign-in cookies already issued.</summary>
public sealed class DataProtectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionCookie_FromOneInstance_IsAcceptedByAnotherOnTheSameKeys_AndNotWithOtherKeys()
    {
        await using var first = new IroTestHost();
        await first.InitializeAsync();
        var cookies = new CookieContainer();
        using var signedIn = await first.SignedInClientAsync("ada@north.test", Ct, cookies);

        await using var second = new IroTestHost { Folder = first.RootFolder };
        await second.InitializeAsync();
        Assert.NotEqual(first.BaseAddress, second.BaseAddress);
        using var sameKeys = second.AnonymousClient(cookies);
        Assert.Equal(HttpStatusCode.OK, (await sameKeys.GetAsync("/caseload", Ct)).StatusCode);

        var otherKeys = Path.Combine(Path.GetTempPath(), $"iro-keys-{Guid.NewGuid():N}");
        await using var third = new IroTestHost { Folder = first.RootFolder, KeysFolder = otherKeys };
        await third.InitializeAsync();
        using var wrongKeys = third.AnonymousClient(cookies);
        var response = await wrongKeys.GetAsync("/caseload", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Directory.Delete(otherKeys, recursive: true);
    }
}
