using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.RecordReview;

/// <summary>Records that the child's next review was held: the date and the child's participation (903
/// REVIEW_CODE). The code is guarded by the child's age on the day, stricter than 903 rules 440/441: PN0 only,
/// and always, under 4 (ssda903.md "Participation-code guardrail"). The next review's due date is recomputed at
/// once (CPPCR 2010 reg 33). The review's version travels with the form, so two people recording the same
/// review cannot overwrite each other (issue 4 §5).</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public Child Child { get; private set; } = null!;
    public Review Upcoming { get; private set; } = null!;
    public bool UnderFourToday { get; private set; }

    [BindProperty]
    public DateInputModel? HeldOn { get; set; }

    [BindProperty]
    public ParticipationCode? Code { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        Version = Upcoming.Version;
        Code = UnderFourToday ? ParticipationCode.PN0 : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        var today = clock.TodayInEngland();
        var held = DateInputModel.Required(HeldOn, ModelState, nameof(HeldOn), "the date the review was held") ?? default;
        if (held > today)
        {
            ModelState.AddModelError(nameof(HeldOn), "The date the review was held must be today or in the past");
        }
        if (Code is null)
        {
            ModelState.AddModelError(nameof(Code), "Select how the child took part in the review");
        }
        else if (held != default && ParticipationCodes.CheckAgainstAge(Code.Value, Child.AgeOn(held)) is { } tooOldOrYoung)
        {
            ModelState.AddModelError(nameof(Code), tooOldOrYoung);
        }
        if (Version != Upcoming.Version)
        {
            ModelState.AddModelError(nameof(HeldOn), "Someone else recorded or changed this review while you were filling in the form: check the child's record before you record it again");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Child.RecordReviewHeld(held, User.StaffMember(), Code!.Value, calendar);
            using (db.Changes.Because("Review recorded as held"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(HeldOn), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(HeldOn), "Someone else recorded or changed this review at the same time: check the child's record before you record it again");
            return Page();
        }
        var next = Child.NextReviewDue(calendar);
        TempData["Done"] = next is null
            ? "The review has been recorded."
            : $"The review has been recorded. The next review is due by {DateDisplay.Long(next.DueOn)}.";
        return RedirectToPage("/Children/Index", new { childId });
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.AsSplitQuery()
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
        var period = child.CurrentPeriodOfCare;
        var upcoming = period is null ? null : child.Reviews.SingleOrDefault(r => r.PeriodOfCareId == period.Id && r.HeldOn is null);
        if (upcoming is null)
        {
            return NotFound();
        }
        Child = child;
        Upcoming = upcoming;
        UnderFourToday = child.AgeOn(clock.TodayInEngland()) < 4;
        return null;
    }
}
