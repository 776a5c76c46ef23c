using System.Security.Claims;
using Iro.Core.Children;
using Iro.Core.Users;

namespace Iro.Web.Security;

/// <summary>Who may see a loaded child's record. The council filter has already kept other councils out;
/// this decides within the council: an IRO sees the children allocated to them, a social worker their own
/// caseload, managers and inspectors the whole service. Restricted records need a named user (issue 4).</summary>
public static class ChildAccess
{
    public static bool CanView(ClaimsPrincipal user, Child child)
    {
        var staff = user.StaffMember();
        if (child.IsRestricted && !user.IsInRole(Roles.IroManager))
        {
            return child.AllocatedIroId is { } iro && iro == staff;
        }
        return user.IsInRole(Roles.IroManager) || user.IsInRole(Roles.SeniorManager) || user.IsInRole(Roles.Inspector)
            || user.IsInRole(Roles.TeamManager)
            || (user.IsInRole(Roles.Iro) && child.AllocatedIroId is { } allocated && allocated == staff)
            || (user.IsInRole(Roles.SocialWorker) && child.SocialWorkerId is { } worker && worker == staff);
    }
}
