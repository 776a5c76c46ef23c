using System.Security.Claims;
using Iro.Core;
using Iro.Core.Data;
using Iro.Core.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Iro.Web.Security;

public static class IroClaims
{
    public const string CouncilId = "iro:council";
    public const string StaffMemberId = "iro:staff";
    public const string DisplayName = "iro:name";

    /// <summary>"on" when the user has two-factor authentication turned on. Refreshed whenever they turn
    /// it on or off (the pages re-issue the cookie) and by the security stamp check.</summary>
    public const string TwoFactor = "iro:2fa";

    public static StaffMemberId? StaffMember(this ClaimsPrincipal user) =>
        Core.StaffMemberId.TryParse(user.FindFirstValue(StaffMemberId), null, out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? "";

    public static bool HasTwoFactor(this ClaimsPrincipal user) => user.FindFirstValue(TwoFactor) == "on";

    /// <summary>Whether the user's role needs two-factor authentication and they have not set it up yet. Not
    /// after signing in with a council account: there the council's identity provider asks for the second factor.</summary>
    public static bool MustSetUpTwoFactor(this ClaimsPrincipal user) =>
        SignInPolicy.RequiresTwoFactor(user.FindFirstValue(ClaimTypes.Role)) && !user.HasTwoFactor()
        && !user.SignedInWithCouncilAccount();
}

/// <summary>Adds Iro's own facts (role, council, staff record) to the sign-in cookie. Roles live in Iro's
/// users table, not in the identity provider.</summary>
public sealed class IroClaimsPrincipalFactory(UserManager<IroUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<IroUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IroUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim(IroClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(IroClaims.TwoFactor, user.TwoFactorEnabled ? "on" : "off"));
        if (user.CouncilId is { } council)
        {
            identity.AddClaim(new Claim(IroClaims.CouncilId, council.ToString()));
        }
        if (user.StaffMemberId is { } staff)
        {
            identity.AddClaim(new Claim(IroClaims.StaffMemberId, staff.ToString()));
        }
        return identity;
    }
}
