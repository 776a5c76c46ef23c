using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>Records that a consultation, or the social worker's report, came back (CPPCR 2010 reg 37). The
/// consultation's own version travels with the form.</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class ReceivedModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    public Consultation Consultation { get; private set; } = null!;

    [BindProperty]
    public DateInputModel? ReceivedOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, Guid consultationId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, consultationId, ct) is { } refused)
        {
            return refused;
        }
        Version = Consultation.Version;
        ReceivedOn = DateInputModel.From(Consultation.ReceivedOn ?? Today);
        Note = Consultation.Note;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid reviewId, Guid consultationId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, consultationId, ct) is { } refused)
        {
            return refused;
        }
        var received = DateInputModel.Required(ReceivedOn, ModelState, nameof(ReceivedOn), "the date it was received");
        NotInFuture(received, nameof(ReceivedOn), "The date it was received");
        if (received < Consultation.RequestedOn)
        {
            ModelState.AddModelError(nameof(ReceivedOn), $"The date it was received must be on or after the date it was requested, {DateDisplay.Long(Consultation.RequestedOn)}");
        }
        if (Note?.Trim().Length > Consultation.MaxNoteLength)
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
        }
        if (Version != Consultation.Version)
        {
            ModelState.AddModelError(nameof(ReceivedOn), Conflict);
        }
        var because = Consultation.Party == ConsultationParty.SocialWorkerReport
            ? "Social worker's report for the review received"
            : $"Consultation for the review received from {ConsultationModel.Describe(Consultation.Party)}";
        if (!ModelState.IsValid
            || !await TrySaveAsync(() => Consultation.RecordReceived(received!.Value, Note ?? "", Today), because, nameof(ReceivedOn), ct))
        {
            return Page();
        }
        return BackToTaskList($"Received: {Consultation.Describe()}.");
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, Guid reviewId, Guid consultationId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        var consultation = Consultations.SingleOrDefault(c => c.Id == consultationId);
        if (consultation is null)
        {
            return NotFound();
        }
        Consultation = consultation;
        return null;
    }
}
