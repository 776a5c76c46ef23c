using System.Security.Claims;
using Iro.Core;
using Iro.Core.Users;

namespace Iro.Web.Security;

/// <summary>The one place a request's council scope is decided: from the signed-in user's claims.
/// A system administrator spans councils; anyone else sees only their own council; no user, no council.</summary>
public static class CouncilScopeFromUser
{
    public static (CouncilId? Council, bool All) For(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return (null, false);
        }
        if (user.IsInRole(Roles.SystemAdministrator))
        {
            return (null, true);
        }
        return CouncilId.TryParse(user.FindFirstValue(IroClaims.CouncilId), null, out var council)
            ? (council, false)
            : (null, false);
    }
}
