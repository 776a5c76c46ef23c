using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>The IRO's private conversation with the child before the review (CPPCR 2010 reg 36): held on a date,
/// declined by a child of sufficient understanding, or judged inappropriate given the child's age and
/// understanding, with the reason for the last two.</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class PrivateConversationModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    [BindProperty]
    public PrivateConversationOutcome? Outcome { get; set; }

    [BindProperty]
    public DateInputModel? On { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        Version = Preparation?.Version ?? Guid.Empty;
        Outcome = Preparation?.PrivateConversation;
        On = DateInputModel.From(Preparation?.PrivateConversationOn);
        Reason = Preparation?.PrivateConversationReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select whether you spoke to the child in private");
        }
        var on = DateInputModel.Required(On, ModelState, nameof(On), "the date");
        NotInFuture(on, nameof(On), "The date");
        if (Outcome is PrivateConversationOutcome.DeclinedByChild or PrivateConversationOutcome.JudgedInappropriate
            && string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), Outcome == PrivateConversationOutcome.DeclinedByChild
                ? "Say why the child declined to speak to you in private"
                : "Say why speaking to the child in private was inappropriate");
        }
        if (Reason?.Trim().Length > ReviewPreparation.MaxTextLength)
        {
            ModelState.AddModelError(nameof(Reason), "The reason must be 2,000 characters or fewer");
        }
        CheckVersion(nameof(Outcome));
        if (!ModelState.IsValid
            || !await TrySaveAsync(() => PreparationToChange().RecordPrivateConversation(Outcome!.Value, on!.Value, Reason, Today),
                Because(Outcome!.Value, on!.Value), nameof(Outcome), ct))
        {
            return Page();
        }
        return BackToTaskList("Private conversation recorded.");
    }

    public static string Label(PrivateConversationOutcome outcome) => outcome switch
    {
        PrivateConversationOutcome.Held => "Yes, I spoke to the child in private",
        PrivateConversationOutcome.DeclinedByChild => "No, the child has sufficient understanding and declined",
        PrivateConversationOutcome.JudgedInappropriate => "No, I judged it inappropriate given the child's age and understanding",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    private static string Because(PrivateConversationOutcome outcome, DateOnly on) => outcome switch
    {
        PrivateConversationOutcome.Held => $"The IRO spoke to the child in private on {DateDisplay.Long(on)}",
        PrivateConversationOutcome.DeclinedByChild => $"The child declined to speak to the IRO in private on {DateDisplay.Long(on)}",
        _ => $"The IRO judged a private conversation with the child inappropriate on {DateDisplay.Long(on)}",
    };
}
