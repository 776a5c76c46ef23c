using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>The child told that advocacy is available and offered an advocate for the review (CPPCR 2010 reg 45;
/// Children Act 1989 s.26A; domain reference §8.1).</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class AdvocacyModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    [BindProperty]
    public DateInputModel? ToldOn { get; set; }

    [BindProperty]
    public DateInputModel? OfferedOn { get; set; }

    [BindProperty]
    public bool? Accepted { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        Version = Preparation?.Version ?? Guid.Empty;
        ToldOn = DateInputModel.From(Preparation?.ToldAboutAdvocacyOn);
        OfferedOn = DateInputModel.From(Preparation?.AdvocateOfferedOn);
        Accepted = Preparation?.AdvocateAccepted;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        var told = OptionalDate(ToldOn, ModelState, nameof(ToldOn), "the date the child was told about advocacy");
        var offered = OptionalDate(OfferedOn, ModelState, nameof(OfferedOn), "the date an advocate was offered");
        NotInFuture(told, nameof(ToldOn), "The date the child was told about advocacy");
        NotInFuture(offered, nameof(OfferedOn), "The date an advocate was offered");
        if (Accepted is not null && offered is null && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(OfferedOn), "Enter the date an advocate was offered");
        }
        if (ModelState.IsValid && told is null && offered is null)
        {
            ModelState.AddModelError(nameof(ToldOn), "Enter the date the child was told about advocacy");
        }
        CheckVersion(nameof(ToldOn));
        if (!ModelState.IsValid
            || !await TrySaveAsync(() => PreparationToChange().RecordAdvocacy(told, offered, Accepted, Today),
                offered is null ? "The child was told about advocacy" : Accepted switch
                {
                    true => "The child was offered an advocate for the review and accepted",
                    false => "The child was offered an advocate for the review and declined",
                    null => "The child was offered an advocate for the review",
                },
                nameof(ToldOn), ct))
        {
            return Page();
        }
        return BackToTaskList("Advocacy recorded.");
    }
}
