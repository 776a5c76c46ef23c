using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>The child's rights explained, each with its date (CPPCR 2010 reg 45: the IRO makes sure the child has
/// been told of their rights, having regard to their age and understanding). The checklist is
/// <see cref="ChildRights.ChecklistFor"/>, by the child's legal status.</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class RightsModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    /// <summary>One date per right, in the order of <see cref="PreparationPageModel.RightsChecklist"/>.</summary>
    [BindProperty]
    public List<DateInputModel?> Explained { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        Version = Preparation?.Version ?? Guid.Empty;
        Explained = [.. RightsChecklist.Select(r =>
            Preparation is not null && Preparation.RightsExplained.TryGetValue(r, out var on) ? DateInputModel.From(on) : null)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        var explained = new Dictionary<ChildRight, DateOnly>();
        for (var i = 0; i < RightsChecklist.Count; i++)
        {
            var key = $"{nameof(Explained)}[{i}]";
            var what = $"the date the child was told: {ChildRights.Describe(RightsChecklist[i]).ToLowerInvariant()}";
            if (OptionalDate(i < Explained.Count ? Explained[i] : null, ModelState, key, what) is { } on)
            {
                NotInFuture(on, key, char.ToUpperInvariant(what[0]) + what[1..]);
                explained[RightsChecklist[i]] = on;
            }
        }
        if (ModelState.IsValid && explained.Count == 0)
        {
            ModelState.AddModelError($"{nameof(Explained)}[0]", "Enter the date at least one right was explained");
        }
        CheckVersion($"{nameof(Explained)}[0]");
        if (!ModelState.IsValid
            || !await TrySaveAsync(() => PreparationToChange().RecordRightsExplained(explained, Today),
                explained.Count == RightsChecklist.Count
                    ? "The child's rights were explained to them"
                    : $"{explained.Count} of the child's {RightsChecklist.Count} rights recorded as explained",
                $"{nameof(Explained)}[0]", ct))
        {
            return Page();
        }
        return BackToTaskList("Rights explained saved.");
    }
}
