using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Reviews.Preparation;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Reviews.Preparation;

/// <summary>Who the child wants at their review, where and when, and whether it is held in parts: the review is the
/// child's meeting (domain reference §4.1; CPPCR 2010 reg 37 asks the council to help the child and parents
/// attend). Anything may be left for later.</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class InvitationsModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar)
    : PreparationPageModel(db, clock, calendar)
{
    [BindProperty]
    public string? Invitees { get; set; }

    [BindProperty]
    public string? Venue { get; set; }

    [BindProperty]
    public DateInputModel? MeetingOn { get; set; }

    [BindProperty]
    public bool? HeldInParts { get; set; }

    [BindProperty]
    public string? Parts { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        Version = Preparation?.Version ?? Guid.Empty;
        Invitees = Preparation?.Invitees;
        Venue = Preparation?.Venue;
        MeetingOn = DateInputModel.From(Preparation?.MeetingOn);
        HeldInParts = Preparation?.HeldInParts;
        Parts = Preparation?.Parts;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid reviewId, CancellationToken ct)
    {
        if (await LoadAsync(childId, reviewId, ct) is { } refused)
        {
            return refused;
        }
        TooLong(Invitees, nameof(Invitees), "The people invited");
        TooLong(Venue, nameof(Venue), "Where the meeting is held");
        TooLong(Parts, nameof(Parts), "The parts of the meeting");
        var meetingOn = OptionalDate(MeetingOn, ModelState, nameof(MeetingOn), "the date of the meeting");
        if (HeldInParts == true && string.IsNullOrWhiteSpace(Parts))
        {
            ModelState.AddModelError(nameof(Parts), "Say what each part of the meeting is for");
        }
        if (string.IsNullOrWhiteSpace(Invitees) && string.IsNullOrWhiteSpace(Venue) && meetingOn is null && HeldInParts is null
            && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Invitees), "Enter who the child wants invited, or something else about the meeting");
        }
        CheckVersion(nameof(Invitees));
        if (!ModelState.IsValid
            || !await TrySaveAsync(() => PreparationToChange().RecordInvitations(Invitees, Venue, meetingOn, HeldInParts, Parts),
                "Invitations to the review agreed with the child", nameof(Invitees), ct))
        {
            return Page();
        }
        return BackToTaskList("Invitations saved.");
    }

    private void TooLong(string? text, string key, string what)
    {
        if (text?.Trim().Length > ReviewPreparation.MaxTextLength)
        {
            ModelState.AddModelError(key, $"{what} must be 2,000 characters or fewer");
        }
    }
}
