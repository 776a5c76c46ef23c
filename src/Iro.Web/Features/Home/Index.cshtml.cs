using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Core.WorkLists;
using Iro.Web.Features.Service.Work;
using Iro.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Home;

/// <summary>Where each person starts their day. An IRO sees what needs them today (issue 5 §6); others are sent
/// to the page their role starts on.</summary>
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public WorkList? Work { get; private set; }

    /// <summary>For a member of staff who is not an IRO: the review decisions they own that are overdue.</summary>
    public WorkList? OwnedDecisions { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.IsInRole(Roles.Iro))
        {
            if (User.StaffMember() is not { } me)
            {
                return RedirectToPage("/Caseload/Index");
            }
            Today = clock.TodayInEngland();
            Work = await WorkListQuery.LoadAsync(db, User, Today, calendar, me, includeUnallocated: false, ct);
            return Page();
        }
        if (User.IsInRole(Roles.IroManager) || User.IsInRole(Roles.SeniorManager) || User.IsInRole(Roles.Inspector)
            || User.IsInRole(Roles.CouncilAdministrator))
        {
            return RedirectToPage("/Service/Index");
        }
        if (User.IsInRole(Roles.DataAnalyst))
        {
            return RedirectToPage("/Ssda903/Validate/Index");
        }
        // Anyone else on the staff list may own decisions of children's reviews: theirs that are overdue.
        if (User.StaffMember() is { } owner)
        {
            Today = clock.TodayInEngland();
            OwnedDecisions = await WorkListQuery.LoadOwnedDecisionsAsync(db, User, Today, owner, ct);
        }
        return Page();
    }
}
