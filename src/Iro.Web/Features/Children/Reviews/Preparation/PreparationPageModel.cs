using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>What every preparation page loads: the child (checked with <see cref="ChildAccess"/>), the review,
/// which must be the child's next, unheld one, its preparation and consultations, and the council's limits.
/// Saves are version-checked against the preparation so that two people cannot overwrite each other.</summary>
public abstract class PreparationPageModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public const string Conflict = "Someone else changed this review's preparation at the same time: check the task list before you save again";

    protected IroDbContext Db => db;
    public Child Child { get; private set; } = null!;
    public Review Review { get; private set; } = null!;
    public ReviewPreparation? Preparation { get; private set; }
    public IReadOnlyList<Consultation> Consultations { get; private set; } = [];
    public Council Council { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IWorkingDayCalendar Calendar => calendar;

    /// <summary>The preparation's version when the form was shown; empty before the first save.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public string TaskListPath => $"/children/{Child.Id}/reviews/{Review.Id}/preparation";

    public IReadOnlyList<ChildRight> RightsChecklist =>
        ChildRights.ChecklistFor(Child.CurrentPeriodOfCare?.CurrentEpisode?.LegalStatus);

    public IReadOnlyList<PreparationTask> Tasks() =>
        PreparationTasks.For(Review, Preparation, Consultations, Council.ReviewCycle, calendar, Today, RightsChecklist);

    protected async Task<IActionResult?> LoadAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        var child = await db.Children.AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.Reviews)
            .SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        // Preparation is for the review to come; a held review's record is kept by the review pages.
        var review = child.Reviews.SingleOrDefault(r => r.Id == reviewId && r.HeldOn is null);
        if (review is null)
        {
            return NotFound();
        }
        Child = child;
        Review = review;
        Preparation = await db.ReviewPreparations.SingleOrDefaultAsync(p => p.ReviewId == reviewId, ct);
        Consultations = await db.Consultations.Where(c => c.ReviewId == reviewId).ToListAsync(ct);
        Consultations = [.. Consultations.OrderBy(c => c.RequestedOn).ThenBy(c => c.Id)];
        Council = await db.Councils.SingleAsync(c => c.Id == child.CouncilId, ct);
        Today = clock.TodayInEngland();
        return null;
    }

    /// <summary>Adds the version error when the preparation changed since the form was shown.</summary>
    protected void CheckVersion(string key)
    {
        if (Version != (Preparation?.Version ?? Guid.Empty))
        {
            ModelState.AddModelError(key, Conflict);
        }
    }

    /// <summary>The review's preparation, created on the first save.</summary>
    protected ReviewPreparation PreparationToChange()
    {
        if (Preparation is null)
        {
            Preparation = new ReviewPreparation { ReviewId = Review.Id, ChildId = Child.Id, CouncilId = Child.CouncilId };
            db.ReviewPreparations.Add(Preparation);
        }
        return Preparation;
    }

    /// <summary>Saves with <paramref name="because"/> as the line on the child's timeline; false (with the error on
    /// <paramref name="key"/>) when a rule refused it or someone else saved first.</summary>
    protected async Task<bool> TrySaveAsync(Action change, string because, string key, CancellationToken ct)
    {
        try
        {
            change();
            using (db.Changes.Because(because))
            {
                await db.SaveChangesAsync(ct);
            }
            return true;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(key, e.Message);
        }
        catch (DbUpdateException)
        {
            // A concurrency failure, or a second first save of the same review's preparation (unique review).
            ModelState.AddModelError(key, Conflict);
        }
        return false;
    }

    protected IActionResult BackToTaskList(string done)
    {
        TempData["Done"] = done;
        return Redirect(TaskListPath);
    }

    protected static DateOnly? OptionalDate(Govuk.DateInputModel? input, ModelStateDictionary modelState, string key, string what) =>
        input is null || input.IsEmpty ? null : Govuk.DateInputModel.Required(input, modelState, key, what);

    protected void NotInFuture(DateOnly? date, string key, string what)
    {
        if (date > Today)
        {
            ModelState.AddModelError(key, $"{what} must be today or in the past");
        }
    }
}
