using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.RecordReview;

/// <summary>The end of the journey: the review recorded (with the next review's due date and the rule that set it,
/// CPPCR 2010 reg 33) or adjourned (with the day it must reconvene by, CPPCR 2010 reg 36).</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class ConfirmationModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public Child Child { get; private set; } = null!;
    public Review Review { get; private set; } = null!;
    public ReviewDue? Next { get; private set; }
    public TimerDue? Reconvene { get; private set; }
    public IReadOnlyList<TimerDue> Timers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.Reviews).Include(c => c.Triggers)
            .SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        var review = child.Reviews.SingleOrDefault(r => r.Id == reviewId);
        if (review is null)
        {
            return NotFound();
        }
        Child = child;
        Review = review;
        var policy = await db.Councils.AsNoTracking().Where(c => c.Id == child.CouncilId).Select(c => c.ReviewCycle).SingleAsync(ct);
        var today = clock.TodayInEngland();
        Timers = review.TimersOn(today, policy, calendar);
        Reconvene = Timers.FirstOrDefault(t => t.Timer == ReviewCycleTimerKind.AdjournedReviewReconvened && t.DoneOn is null);
        Next = review.HeldOn is null ? null : child.NextReviewDue(calendar);
        return Page();
    }
}
