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

    public static StaffMemberId? StaffMember(this ClaimsPrincipal user) =>
        Core.StaffMemberId.TryParse(user.FindFirstValue(StaffMemberId), null, out var id) ? id : null;

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirstValue(DisplayName) ?? "";
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
