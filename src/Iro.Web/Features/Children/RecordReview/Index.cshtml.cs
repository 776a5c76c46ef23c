using System.Globalization;
using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.RecordReview;

/// <summary>The steps of recording a review, one question a page.</summary>
public enum RecordReviewStep
{
    Outcome,
    Adjournment,
    Date,
    Attendees,
    Wishes,
    Plan,
    Participation,
    SpokenFor,
    Check,
}

public enum MeetingOutcome
{
    Held,
    Adjourned,
}

/// <summary>One row of the attendees step, as typed.</summary>
public sealed class AttendeeRow
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Part { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Part);
}

/// <summary>Records the child's next review as a GOV.UK journey: held or adjourned, then (when held) the date and
/// venue, who attended, the child's wishes and feelings, the IRO's view of the plan, the participation code and
/// who spoke for the child, check answers, confirmation. Everything typed travels in the form, so nothing is lost
/// on a validation error or on going back; the review's version travels too, so two people recording the same
/// review cannot overwrite each other. The rules are Core's: <see cref="ReviewMeetingRules"/>, the PN age guard
/// (903 REVIEW_CODE), one adjournment only (CPPCR 2010 reg 36); the next due date is recomputed at once (CPPCR
/// 2010 reg 33).</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    public const int StartingRows = 3;

    public Child Child { get; private set; } = null!;
    public Review Upcoming { get; private set; } = null!;
    public IReadOnlyList<(StaffMemberId Id, string Name)> Chairs { get; private set; } = [];

    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public RecordReviewStep Step { get; set; }

    /// <summary>Set when a step was opened from the check-answers page, which it then returns to.</summary>
    [BindProperty] public bool Checking { get; set; }

    /// <summary>Which button was pressed: continue, back, add-attendee, or change-{step}.</summary>
    [BindProperty] public string? Go { get; set; }

    [BindProperty] public MeetingOutcome? Outcome { get; set; }
    [BindProperty] public DateInputModel? AdjournedOn { get; set; }
    [BindProperty] public string? AdjournmentReason { get; set; }
    [BindProperty] public DateInputModel? HeldOn { get; set; }
    [BindProperty] public MeetingMode? Mode { get; set; }
    [BindProperty] public string? Venue { get; set; }
    [BindProperty] public StaffMemberId? ChairId { get; set; }
    [BindProperty] public List<AttendeeRow> Attendees { get; set; } = [];
    [BindProperty] public string? Wishes { get; set; }
    [BindProperty] public CarePlanView? PlanView { get; set; }
    [BindProperty] public string? PlanViewReason { get; set; }
    [BindProperty] public ParticipationCode? Code { get; set; }
    [BindProperty] public ChildSpokenForBy? SpokenForBy { get; set; }
    [BindProperty] public string? AdvocateName { get; set; }

    public DateOnly? HeldDate => HeldOn is { Day: { } d, Month: { } m, Year: { } y } && DateOnly.TryParseExact(
        $"{y:D4}-{m:D2}-{d:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public DateOnly? AdjournedDate => AdjournedOn is { Day: { } d, Month: { } m, Year: { } y } && DateOnly.TryParseExact(
        $"{y:D4}-{m:D2}-{d:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public IEnumerable<AttendeeRow> AttendeesTyped => Attendees.Where(a => !a.IsBlank);

    public string ChairName => ChairId is { } id ? Chairs.FirstOrDefault(c => c.Id == id).Name ?? "Not recorded" : "Not recorded";

    /// <summary>The adjournment rule in plain words, from the council's setting.</summary>
    public string AdjournmentRule { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        Version = Upcoming.Version;
        Step = RecordReviewStep.Outcome;
        ChairId = User.StaffMember() is { } me && Chairs.Any(c => c.Id == me) ? me : Child.AllocatedIroId;
        Code = Child.AgeOn(clock.TodayInEngland()) < 4 ? ParticipationCode.PN0 : null;
        Attendees = [.. Enumerable.Range(0, StartingRows).Select(_ => new AttendeeRow())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Go == "back")
        {
            return Show(Previous(Step));
        }
        if (Go == "add-attendee" && Step == RecordReviewStep.Attendees)
        {
            Attendees.Add(new AttendeeRow());
            return Show(Step);
        }
        if (Go?.StartsWith("change-", StringComparison.Ordinal) == true
            && Enum.TryParse<RecordReviewStep>(Go["change-".Length..], out var change))
        {
            Checking = change != RecordReviewStep.Outcome;
            return Show(change);
        }

        Validate(Step);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (Step != RecordReviewStep.Check)
        {
            return Show(Next(Step));
        }
        ValidateAll();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await SaveAsync(childId, ct);
    }

    private async Task<IActionResult> SaveAsync(ChildId childId, CancellationToken ct)
    {
        try
        {
            string because;
            Review review;
            if (Outcome == MeetingOutcome.Adjourned)
            {
                review = Child.AdjournReview(AdjournedDate!.Value, AdjournmentReason!);
                because = $"Review adjourned on {DateDisplay.Long(AdjournedDate.Value)}";
            }
            else
            {
                var wasAdjourned = Upcoming.AdjournedOn is not null;
                review = Child.RecordReviewHeld(Meeting(), calendar);
                because = wasAdjourned
                    ? $"Adjourned review reconvened and held on {DateDisplay.Long(HeldDate!.Value)}"
                    : $"Review held on {DateDisplay.Long(HeldDate!.Value)}";
            }
            // The version the person started from, so that a change by someone else since is refused, not overwritten.
            db.Entry(review).Property(r => r.Version).OriginalValue = Version;
            using (db.Changes.Because(because))
            {
                await db.SaveChangesAsync(ct);
            }
            return RedirectToPage("/Children/RecordReview/Confirmation", new { childId, reviewId = review.Id });
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else recorded or changed this review at the same time: check the child's record before you record it again");
            return Page();
        }
    }

    private ReviewMeeting Meeting() => new()
    {
        HeldOn = HeldDate!.Value, ChairId = ChairId, Code = Code!.Value, Mode = Mode!.Value, Venue = Venue,
        Attendees = [.. AttendeesTyped.Select(a => new AttendeeEntry(a.Name?.Trim() ?? "", a.Role?.Trim() ?? "", a.Part?.Trim()))],
        WishesAndFeelings = Wishes ?? "", PlanView = PlanView!.Value, PlanViewReason = PlanViewReason,
        SpokenForBy = SpokenForBy, AdvocateName = AdvocateName,
    };

    private PageResult Show(RecordReviewStep step)
    {
        ModelState.Clear();
        Step = step;
        return Page();
    }

    private RecordReviewStep Next(RecordReviewStep step)
    {
        if (Checking && step != RecordReviewStep.Participation)
        {
            return RecordReviewStep.Check;
        }
        return step switch
        {
            RecordReviewStep.Outcome => Outcome == MeetingOutcome.Adjourned ? RecordReviewStep.Adjournment : RecordReviewStep.Date,
            RecordReviewStep.Adjournment => RecordReviewStep.Check,
            RecordReviewStep.Date => RecordReviewStep.Attendees,
            RecordReviewStep.Attendees => RecordReviewStep.Wishes,
            RecordReviewStep.Wishes => RecordReviewStep.Plan,
            RecordReviewStep.Plan => RecordReviewStep.Participation,
            RecordReviewStep.Participation => ReviewMeetingRules.NeedsSpokenFor(Code!.Value) ? RecordReviewStep.SpokenFor : RecordReviewStep.Check,
            _ => RecordReviewStep.Check,
        };
    }

    public RecordReviewStep Previous(RecordReviewStep step) => step switch
    {
        RecordReviewStep.Adjournment or RecordReviewStep.Date => RecordReviewStep.Outcome,
        RecordReviewStep.Attendees => RecordReviewStep.Date,
        RecordReviewStep.Wishes => RecordReviewStep.Attendees,
        RecordReviewStep.Plan => RecordReviewStep.Wishes,
        RecordReviewStep.Participation => RecordReviewStep.Plan,
        RecordReviewStep.SpokenFor => RecordReviewStep.Participation,
        RecordReviewStep.Check => Outcome == MeetingOutcome.Adjourned ? RecordReviewStep.Adjournment
            : Code is { } c && ReviewMeetingRules.NeedsSpokenFor(c) ? RecordReviewStep.SpokenFor : RecordReviewStep.Participation,
        _ => RecordReviewStep.Outcome,
    };

    private void ValidateAll()
    {
        if (Outcome == MeetingOutcome.Adjourned)
        {
            Validate(RecordReviewStep.Outcome);
            Validate(RecordReviewStep.Adjournment);
        }
        else
        {
            foreach (var step in new[] { RecordReviewStep.Outcome, RecordReviewStep.Date, RecordReviewStep.Attendees, RecordReviewStep.Wishes,
                         RecordReviewStep.Plan, RecordReviewStep.Participation, RecordReviewStep.SpokenFor })
            {
                Validate(step);
            }
            if (ModelState.IsValid)
            {
                foreach (var problem in ReviewMeetingRules.Check(Meeting(), Child.AgeOn(HeldDate!.Value)))
                {
                    ModelState.AddModelError(KeyFor(problem.Field), problem.Message);
                }
            }
        }
        if (Version != Upcoming.Version)
        {
            ModelState.AddModelError("", "Someone else recorded or changed this review while you were filling in the form: check the child's record before you record it again");
        }
    }

    private static string KeyFor(MeetingField field) => field switch
    {
        MeetingField.HeldOn => nameof(HeldOn),
        MeetingField.Venue => nameof(Venue),
        MeetingField.Attendees => "Attendees[0].Name",
        MeetingField.WishesAndFeelings => nameof(Wishes),
        MeetingField.PlanViewReason => nameof(PlanViewReason),
        MeetingField.Code => nameof(Code),
        MeetingField.SpokenForBy => nameof(SpokenForBy),
        MeetingField.AdvocateName => nameof(AdvocateName),
        _ => "",
    };

    private void Validate(RecordReviewStep step)
    {
        var today = clock.TodayInEngland();
        var started = Child.CurrentPeriodOfCare!.StartedOn;
        switch (step)
        {
            case RecordReviewStep.Outcome:
                if (Outcome is null)
                {
                    ModelState.AddModelError(nameof(Outcome), "Select whether the review was held or adjourned");
                }
                else if (Outcome == MeetingOutcome.Adjourned && Upcoming.AdjournedOn is not null)
                {
                    try
                    {
                        ReviewCycleTimers.EnsureMayAdjourn(1);
                    }
                    catch (DomainRuleException e)
                    {
                        ModelState.AddModelError(nameof(Outcome), e.Message);
                    }
                }
                break;
            case RecordReviewStep.Adjournment:
                var adjourned = DateInputModel.Required(AdjournedOn, ModelState, nameof(AdjournedOn), "the date the review was adjourned");
                if (adjourned > today)
                {
                    ModelState.AddModelError(nameof(AdjournedOn), "The date the review was adjourned must be today or in the past");
                }
                else if (adjourned < started)
                {
                    ModelState.AddModelError(nameof(AdjournedOn), "The date the review was adjourned must be on or after the day the child became looked after");
                }
                if (string.IsNullOrWhiteSpace(AdjournmentReason))
                {
                    ModelState.AddModelError(nameof(AdjournmentReason), "Enter why the review was adjourned");
                }
                else if (AdjournmentReason.Length > ReviewMeetingRules.MaxReason)
                {
                    ModelState.AddModelError(nameof(AdjournmentReason), "The reason must be 2,000 characters or fewer");
                }
                break;
            case RecordReviewStep.Date:
                var held = DateInputModel.Required(HeldOn, ModelState, nameof(HeldOn), "the date the review was held");
                if (held > today)
                {
                    ModelState.AddModelError(nameof(HeldOn), "The date the review was held must be today or in the past");
                }
                else if (held < started)
                {
                    ModelState.AddModelError(nameof(HeldOn), "The date the review was held must be on or after the day the child became looked after");
                }
                else if (held is { } h && Upcoming.AdjournedOn is { } adj && h < adj)
                {
                    ModelState.AddModelError(nameof(HeldOn), $"The review was adjourned on {DateDisplay.Long(adj)}: it must be held on or after that day");
                }
                if (Mode is null)
                {
                    ModelState.AddModelError(nameof(Mode), "Select how the review was held");
                }
                else if (Mode != MeetingMode.Remote && string.IsNullOrWhiteSpace(Venue))
                {
                    ModelState.AddModelError(nameof(Venue), "Enter where the review was held");
                }
                else if (Venue?.Length > ReviewMeetingRules.MaxVenue)
                {
                    ModelState.AddModelError(nameof(Venue), "The venue must be 300 characters or fewer");
                }
                break;
            case RecordReviewStep.Attendees:
                if (ChairId is not { } chair || !Chairs.Any(c => c.Id == chair))
                {
                    ModelState.AddModelError(nameof(ChairId), "Select who chaired the review");
                }
                if (!AttendeesTyped.Any())
                {
                    ModelState.AddModelError("Attendees[0].Name", "Enter at least one person who attended the review");
                }
                for (var i = 0; i < Attendees.Count; i++)
                {
                    var row = Attendees[i];
                    if (row.IsBlank)
                    {
                        continue;
                    }
                    if (string.IsNullOrWhiteSpace(row.Name))
                    {
                        ModelState.AddModelError($"Attendees[{i}].Name", $"Enter the name of person {i + 1}");
                    }
                    else if (row.Name.Length > ReviewMeetingRules.MaxName)
                    {
                        ModelState.AddModelError($"Attendees[{i}].Name", $"The name of person {i + 1} must be 200 characters or fewer");
                    }
                    if (string.IsNullOrWhiteSpace(row.Role))
                    {
                        ModelState.AddModelError($"Attendees[{i}].Role", $"Enter the role or relationship of person {i + 1}");
                    }
                    else if (row.Role.Length > ReviewMeetingRules.MaxName)
                    {
                        ModelState.AddModelError($"Attendees[{i}].Role", $"The role of person {i + 1} must be 200 characters or fewer");
                    }
                    if (row.Part?.Length > ReviewMeetingRules.MaxName)
                    {
                        ModelState.AddModelError($"Attendees[{i}].Part", $"The part attended by person {i + 1} must be 200 characters or fewer");
                    }
                }
                break;
            case RecordReviewStep.Wishes:
                if (string.IsNullOrWhiteSpace(Wishes))
                {
                    ModelState.AddModelError(nameof(Wishes), "Enter the child's wishes and feelings");
                }
                else if (Wishes.Length > ReviewMeetingRules.MaxWishesAndFeelings)
                {
                    ModelState.AddModelError(nameof(Wishes), "The child's wishes and feelings must be 4,000 characters or fewer");
                }
                break;
            case RecordReviewStep.Plan:
                if (PlanView is null)
                {
                    ModelState.AddModelError(nameof(PlanView), "Select your view of the care plan");
                }
                else if (PlanView != CarePlanView.Endorsed && string.IsNullOrWhiteSpace(PlanViewReason))
                {
                    ModelState.AddModelError(nameof(PlanViewReason), "Enter why you do not fully endorse the care plan");
                }
                else if (PlanViewReason?.Length > ReviewMeetingRules.MaxReason)
                {
                    ModelState.AddModelError(nameof(PlanViewReason), "The reason must be 2,000 characters or fewer");
                }
                break;
            case RecordReviewStep.Participation:
                if (Code is null)
                {
                    ModelState.AddModelError(nameof(Code), "Select how the child took part in the review");
                }
                else if (HeldDate is { } day && ParticipationCodes.CheckAgainstAge(Code.Value, Child.AgeOn(day)) is { } wrongAge)
                {
                    ModelState.AddModelError(nameof(Code), wrongAge);
                }
                break;
            case RecordReviewStep.SpokenFor:
                if (Code is not { } code || !ReviewMeetingRules.NeedsSpokenFor(code))
                {
                    break;
                }
                if (SpokenForBy is null)
                {
                    ModelState.AddModelError(nameof(SpokenForBy), $"Select who spoke for the child: {code} means an advocate or the IRO did");
                }
                else if (SpokenForBy == ChildSpokenForBy.Advocate && string.IsNullOrWhiteSpace(AdvocateName))
                {
                    ModelState.AddModelError(nameof(AdvocateName), "Enter the advocate's name");
                }
                else if (AdvocateName?.Length > ReviewMeetingRules.MaxName)
                {
                    ModelState.AddModelError(nameof(AdvocateName), "The advocate's name must be 200 characters or fewer");
                }
                break;
            case RecordReviewStep.Check:
                break;
        }
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.AsSplitQuery()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.Reviews).ThenInclude(r => r.Attendees)
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
        var period = child.CurrentPeriodOfCare;
        var upcoming = period is null ? null : child.Reviews.SingleOrDefault(r => r.PeriodOfCareId == period.Id && r.HeldOn is null);
        if (upcoming is null)
        {
            return NotFound();
        }
        Child = child;
        Upcoming = upcoming;
        var policy = await db.Councils.AsNoTracking().Where(c => c.Id == child.CouncilId).Select(c => c.ReviewCycle).SingleAsync(ct);
        AdjournmentRule = $"An adjourned review is reconvened within {policy.ReconveneWithin} working days, and a review may be adjourned only once (CPPCR 2010 reg 36).";
        Chairs = (await db.StaffMembers.AsNoTracking().Where(s => s.Role == StaffRole.Iro || s.Role == StaffRole.IroManager)
                .Select(s => new { s.Id, s.GivenName, s.FamilyName }).ToListAsync(ct))
            .Select(s => (s.Id, $"{s.GivenName} {s.FamilyName}")).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
        return null;
    }
}
