using System.Security.Claims;
using Iro.Core.Children;
using Iro.Core.Users;

namespace Iro.Web.Security;

/// <summary>Who may see a loaded child's record. The council filter (and on PostgreSQL row-level security) has
/// already kept other councils out; this decides within the council: an IRO sees the children allocated to
/// them, a social worker their own caseload, an advocate only children referred to them (and only what advocacy
/// needs: <see cref="SeesAdvocacyViewOnly"/>), managers and inspectors the whole service. A restricted record is
/// seen only by users named on it, and by them only when their role would let them (issue 4 §1).</summary>
public static class ChildAccess
{
    public static bool CanView(ClaimsPrincipal user, Child child)
    {
        if (child.IsRestricted && !IsNamedOn(user, child))
        {
            return false;
        }
        var staff = user.StaffMember();
        return user.IsInRole(Roles.IroManager) || user.IsInRole(Roles.SeniorManager) || user.IsInRole(Roles.Inspector)
            || user.IsInRole(Roles.TeamManager)
            || (user.IsInRole(Roles.Iro) && child.AllocatedIroId is { } allocated && allocated == staff)
            || (user.IsInRole(Roles.SocialWorker) && child.SocialWorkerId is { } worker && worker == staff)
            || (user.IsInRole(Roles.Advocate) && child.AdvocacyReferrals.Any(r => r.AdvocateId == staff && r.EndedOn is null));
    }

    /// <summary>An advocate sees who the child is, their IRO and their reviews, not their placement history.</summary>
    public static bool SeesAdvocacyViewOnly(ClaimsPrincipal user) => user.IsInRole(Roles.Advocate);

    public static bool IsNamedOn(ClaimsPrincipal user, Child child) => child.NamedAccess.Any(a => a.UserId == UserId(user));

    /// <summary>What a list shows in place of the name and number of a restricted record the user is not named on:
    /// the row still counts (caseloads are facts about the IRO), but says nothing about the child.</summary>
    public const string RestrictedName = "Restricted record";

    public static Guid UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
