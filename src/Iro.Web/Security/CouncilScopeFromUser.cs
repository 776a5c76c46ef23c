using System.Security.Claims;
using Iro.Core;
using Iro.Core.Data;
using Iro.Core.Users;

namespace Iro.Web.Security;

/// <summary>The one place a request's council scope is decided: from the signed-in user's claims.
/// A system administrator spans councils; anyone else sees only their own council; no user, no council.</summary>
public static class CouncilScopeFromUser
{
    public static CouncilScope For(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return CouncilScope.None();
        }
        if (user.IsInRole(Roles.SystemAdministrator))
        {
            return CouncilScope.All();
        }
        return CouncilId.TryParse(user.FindFirstValue(IroClaims.CouncilId), null, out var council)
            ? CouncilScope.For(council)
            : CouncilScope.None();
    }
}
