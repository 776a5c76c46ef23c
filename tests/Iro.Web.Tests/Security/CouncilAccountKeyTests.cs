using System.Security.Claims;
using Iro.Web.Security;

namespace Iro.Web.Tests.Security;

/// <summary>The key linking a council account to an Iro user (issue 4 §3): only the immutable ids, tenant and
/// subject; for Entra ID <c>tid</c> and <c>oid</c> (OpenID Connect Core 1.0 §5.7).</summary>
public sealed class CouncilAccountKeyTests
{
    private static readonly CouncilAccountSettings Defaults = new("https://login.example.test", "iro", null,
        CouncilAccountSettings.DefaultDisplayName, "tid", SubjectClaim: null);

    [Theory]
    // Entra ID: tenant id and object id; its pairwise sub is not used.
    [InlineData("tid=t-1;oid=o-1;sub=pairwise-1", "t-1/o-1")]
    // Another provider: sub alone.
    [InlineData("sub=s-1", "s-1")]
    [InlineData("tid=t-1;sub=s-1", "t-1/s-1")]
    // Email and name are never part of the key.
    [InlineData("sub=s-1;email=ada@north.test;name=Ada", "s-1")]
    // No subject: refused.
    [InlineData("tid=t-1", null)]
    [InlineData("tid=t-1;email=ada@north.test", null)]
    [InlineData("", null)]
    // A tenant with '/' would make two pairs read as one key: refused.
    [InlineData("tid=t/1;oid=o-1", null)]
    public void KeyFor_Claims_IsTenantAndSubject(string claims, string? expected)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            claims.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=')).Select(p => new Claim(p[0], p[1])), "oidc"));

        Assert.Equal(expected, CouncilAccount.KeyFor(principal, Defaults));
    }

    [Theory]
    [InlineData("custom_tenant", "employee_id", "custom_tenant=c-1;employee_id=e-1;oid=o-1;sub=s-1", "c-1/e-1")]
    // A configured subject claim is the only one used: no falling back to oid or sub.
    [InlineData("tid", "employee_id", "tid=t-1;oid=o-1;sub=s-1", null)]
    public void KeyFor_ConfiguredClaims_AreUsed(string tenantClaim, string subjectClaim, string claims, string? expected)
    {
        var settings = Defaults with { TenantClaim = tenantClaim, SubjectClaim = subjectClaim };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            claims.Split(';').Select(c => c.Split('=')).Select(p => new Claim(p[0], p[1])), "oidc"));

        Assert.Equal(expected, CouncilAccount.KeyFor(principal, settings));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("t-1", null, null)]
    [InlineData("t-1", " ", null)]
    [InlineData(null, "s-1", "s-1")]
    [InlineData(" ", "s-1", "s-1")]
    [InlineData("t-1", "s-1", "t-1/s-1")]
    public void Key_TenantAndSubject(string? tenant, string? subject, string? expected) =>
        Assert.Equal(expected, CouncilAccount.Key(tenant, subject));
}
