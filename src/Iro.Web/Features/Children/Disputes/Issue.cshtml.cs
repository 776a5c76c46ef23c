using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Core.Reviews;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>One issue: what it is about, the informal attempt, each formal stage with its response due date and
/// late flag, the 20-working-day limit (IRO Handbook 2010 §6.2), the resolution and any Cafcass referral.</summary>
[Authorize(Policy = Policies.ViewChildRecord)]
public sealed class IssueModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar, IAuthorizationService authorization)
    : IssuePage(db, clock)
{
    public DisputeProgress? Progress { get; private set; }
    public ReviewDecision? Decision { get; private set; }
    public Review? Review { get; private set; }
    public IReadOnlyList<CafcassReferral> Referrals { get; private set; } = [];
    public bool CanAct { get; private set; }
    public int WorkingDaysOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (ChildAccess.SeesAdvocacyViewOnly(User))
        {
            return Forbid();
        }
        if (await LoadIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        Progress = Issue.Progress(Today, Ladder, calendar);
        WorkingDaysOpen = DisputeWorkList.WorkingDaysOpen(Issue, Today, calendar);
        Decision = Issue.ReviewDecisionId is { } d ? await Db.ReviewDecisions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == d, ct) : null;
        Review = Issue.ReviewId is { } r ? await Db.Reviews.AsNoTracking().SingleOrDefaultAsync(x => x.Id == r, ct) : null;
        Referrals = await Db.CafcassReferrals.AsNoTracking().Where(c => c.DisputeIssueId == Issue.Id).OrderBy(c => c.ReferredOn).ToListAsync(ct);
        CanAct = (await authorization.AuthorizeAsync(User, Policies.RaiseDispute)).Succeeded;
        return Page();
    }
}
