using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>The consultations for the review: each party asked for their views, and whether they have come back
/// (CPPCR 2010 reg 37), with the social worker's report. The council's time limits say when each is due.</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class ConsultationModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    public TimerDue SendBy { get; private set; } = null!;
    public TimerDue ReportBy { get; private set; } = null!;

    [BindProperty]
    public ConsultationParty? Party { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateInputModel? RequestedOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        Dates();
        RequestedOn = DateInputModel.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        Dates();
        if (Party is null)
        {
            ModelState.AddModelError(nameof(Party), "Select who was asked");
        }
        else if (Party == ConsultationParty.Other && string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter who was asked");
        }
        if (Name?.Trim().Length > Consultation.MaxNameLength)
        {
            ModelState.AddModelError(nameof(Name), "The name must be 200 characters or fewer");
        }
        if (Note?.Trim().Length > Consultation.MaxNoteLength)
        {
            ModelState.AddModelError(nameof(Note), "The note must be 2,000 characters or fewer");
        }
        var requested = DateInputModel.Required(RequestedOn, ModelState, nameof(RequestedOn), "the date it was requested");
        NotInFuture(requested, nameof(RequestedOn), "The date it was requested");
        if (!ModelState.IsValid
            || !await TrySaveAsync(
                () => Db.Consultations.Add(Consultation.Request(Review, Party!.Value, Name, requested!.Value, Note, Today)),
                Party == ConsultationParty.SocialWorkerReport
                    ? "Social worker's report for the review requested"
                    : $"Consultation for the review requested from {Describe(Party!.Value)}",
                nameof(Party), ct))
        {
            return Page();
        }
        return BackToTaskList($"Request recorded: {Core.Reviews.Preparation.Consultations.Describe(Party!.Value).ToLowerInvariant()}.");
    }

    /// <summary>The party as a timeline line says it, without a name.</summary>
    public static string Describe(ConsultationParty party) => party switch
    {
        ConsultationParty.Child => "the child",
        ConsultationParty.Parent => "a parent",
        ConsultationParty.Carer => "the carer",
        ConsultationParty.SocialWorkerReport => "the social worker",
        ConsultationParty.School => "the school",
        ConsultationParty.Health => "health",
        _ => "someone else",
    };

    private void Dates()
    {
        var meetingOn = PreparationTasks.MeetingDate(Review, Preparation);
        var views = Consultations.Where(c => c.Party != ConsultationParty.SocialWorkerReport).ToList();
        var reports = Consultations.Where(c => c.Party == ConsultationParty.SocialWorkerReport).ToList();
        SendBy = ReviewCycleTimers.ConsultationSendBy(meetingOn, views.Count == 0 ? null : views.Min(c => c.RequestedOn),
            Today, Council.ReviewCycle, Calendar);
        ReportBy = ReviewCycleTimers.SocialWorkerReportBy(meetingOn,
            reports.Count > 0 && reports.All(r => r.ReceivedOn is not null) ? reports.Max(r => r.ReceivedOn) : null,
            Today, Council.ReviewCycle, Calendar);
    }
}
