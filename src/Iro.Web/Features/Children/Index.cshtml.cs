using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children;

/// <summary>A child's record: who they are, their time in care, their reviews, and why the next review is
/// due when it is.</summary>
[Authorize(Policy = Policies.ViewChildRecord)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public Child Child { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public ReviewDue? NextReview { get; private set; }
    public ReviewStatus? NextReviewStatus { get; private set; }
    public Episode? CurrentEpisode { get; private set; }
    public IReadOnlyDictionary<StaffMemberId, string> StaffNames { get; private set; } = new Dictionary<StaffMemberId, string>();

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.Reviews)
            .Include(c => c.Allocations)
            .Include(c => c.Triggers)
            .SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        await db.RecordChildViewAsync(child, ct);
        Child = child;
        Today = clock.TodayInEngland();
        NextReview = child.NextReviewDue(calendar);
        NextReviewStatus = NextReview is null ? null : ReviewStatusRule.Of(NextReview.DueOn, Today, calendar);
        CurrentEpisode = child.CurrentPeriodOfCare?.CurrentEpisode;

        var staffIds = child.Allocations.Select(a => a.IroId)
            .Concat(child.Reviews.Where(r => r.ChairId is not null).Select(r => r.ChairId!.Value))
            .Concat(child.SocialWorkerId is { } sw ? [sw] : [])
            .Distinct().ToList();
        StaffNames = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, ct);
        return Page();
    }

    public string StaffName(StaffMemberId? id) => id is { } s && StaffNames.TryGetValue(s, out var n) ? n : "Not recorded";

    public static string TriggerText(ReviewTriggerType type) => type switch
    {
        ReviewTriggerType.IroRequest => "The IRO asked for a review",
        ReviewTriggerType.Reg30Concern => "A visit found the placement no longer safeguards the child (reg 30)",
        ReviewTriggerType.SignificantCarePlanChange => "A significant change to the care plan is proposed (reg 32(2))",
        ReviewTriggerType.EndingAccommodation => "The council proposes to stop accommodating the child",
        ReviewTriggerType.RemandOrDetentionEnding => "Remand or detention is ending",
        ReviewTriggerType.ChildRequest => "The child asked for a review",
        _ => type.ToString(),
    };
}
