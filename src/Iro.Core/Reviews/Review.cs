using Iro.Core.Calendar;
using Iro.Core.Councils;
using Iro.Core.ReviewCycle;
using Iro.Core.Data;

namespace Iro.Core.Reviews;

/// <summary>A statutory review of a looked-after child's case (CPPCR 2010 Part 6). A review with no
/// <see cref="HeldOn"/> is the next one due; held reviews keep the due date that applied to them, so that
/// timeliness can be measured.</summary>
public sealed class Review : ICouncilOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }
    public required Guid PeriodOfCareId { get; init; }

    /// <summary>1 for the first review in the period of care, 2 for the second, and so on.</summary>
    public int Number { get; set; }

    public ReviewKind Kind { get; set; }
    public DateOnly DueOn { get; set; }
    public DueRule DueRule { get; set; }
    public DateOnly? HeldOn { get; set; }
    public StaffMemberId? ChairId { get; set; }
    public StaffMember? Chair { get; set; }
    public ParticipationCode? ParticipationCode { get; set; }
    public Guid Version { get; set; }

    public bool IsOnTime => HeldOn is { } held && ReviewSchedule.IsOnTime(held, DueOn);

    /// <summary>The day the IRO adjourned the meeting, if they did; a review may be adjourned once only, and
    /// is reconvened within the council's working days (CPPCR 2010 reg 36). A reconvened review is recorded as
    /// held on the day it reconvened.</summary>
    public DateOnly? AdjournedOn { get; set; }

    public string? AdjournmentReason { get; set; }

    public MeetingMode? Mode { get; set; }

    /// <summary>Where the meeting took place, when anyone met in person.</summary>
    public string? Venue { get; set; }

    private readonly List<ReviewAttendee> _attendees = [];

    /// <summary>Who attended, with their role or relationship to the child and which part they attended: the
    /// review is the child's meeting and may be held in parts (domain reference §4.1).</summary>
    public IReadOnlyList<ReviewAttendee> Attendees => _attendees;

    /// <summary>The child's wishes and feelings, in the child's words (Children Act 1989 s.22(4)-(5); CPPCR 2010
    /// reg 36: the IRO ascertains them).</summary>
    public string? WishesAndFeelings { get; set; }

    /// <summary>Whether the IRO endorses the care plan (Children Act 1989 s.25B(1)(a): the IRO monitors the
    /// council's performance of its functions in relation to the case).</summary>
    public CarePlanView? PlanView { get; set; }

    /// <summary>Why the IRO does not fully endorse the plan.</summary>
    public string? PlanViewReason { get; set; }

    /// <summary>For PN2 and PN5, who spoke for the child: an advocate or the IRO (domain reference §8).</summary>
    public ChildSpokenForBy? SpokenForBy { get; set; }

    public string? AdvocateName { get; set; }

    /// <summary>The day the review's decisions were sent out (IRO Handbook: within 5 working days).</summary>
    public DateOnly? DecisionsIssuedOn { get; private set; }

    /// <summary>The day the full record was sent out (IRO Handbook: within 20 working days).</summary>
    public DateOnly? RecordIssuedOn { get; private set; }

    /// <summary>The IRO manager's sign-off of the record: quality assurance of the IRO's work (IRO Handbook
    /// ch. 7; Ofsted found IROs' work poorly overseen).</summary>
    public DateOnly? SignedOffOn { get; private set; }

    public StaffMemberId? SignedOffById { get; private set; }
    public string? SignedOffByName { get; private set; }

    internal void ReplaceAttendees(IEnumerable<ReviewAttendee> attendees)
    {
        _attendees.Clear();
        _attendees.AddRange(attendees);
    }

    /// <summary>Records the adjournment: once only (CPPCR 2010 reg 36).</summary>
    internal void Adjourn(DateOnly on, string reason)
    {
        if (HeldOn is not null)
        {
            throw new DomainRuleException("A review that has been held cannot be adjourned.");
        }
        ReviewCycleTimers.EnsureMayAdjourn(AdjournedOn is null ? 0 : 1);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Enter why the review was adjourned.");
        }
        AdjournedOn = on;
        AdjournmentReason = reason.Trim();
    }

    /// <summary>The decisions were sent to the child, parents, carers and the professionals (CPPCR 2010
    /// reg 37: the council notifies the review's result and decisions).</summary>
    public void IssueDecisions(DateOnly on)
    {
        var held = HeldOn ?? throw new DomainRuleException("Decisions can only be issued for a review that has been held.");
        if (DecisionsIssuedOn is not null)
        {
            throw new DomainRuleException("The decisions of this review have already been issued.");
        }
        if (on < held)
        {
            throw new DomainRuleException("Decisions cannot be issued before the review was held.");
        }
        DecisionsIssuedOn = on;
    }

    /// <summary>The full written record was issued. It contains the decisions, so they go first.</summary>
    public void IssueRecord(DateOnly on)
    {
        if (HeldOn is null)
        {
            throw new DomainRuleException("A record can only be issued for a review that has been held.");
        }
        if (RecordIssuedOn is not null)
        {
            throw new DomainRuleException("The record of this review has already been issued.");
        }
        if (DecisionsIssuedOn is not { } decisions)
        {
            throw new DomainRuleException("Issue the review's decisions before the full record.");
        }
        if (on < decisions)
        {
            throw new DomainRuleException("The record cannot be issued before the decisions.");
        }
        RecordIssuedOn = on;
    }

    /// <summary>An IRO manager signs off the issued record.</summary>
    public void SignOff(DateOnly on, StaffMemberId? by, string byName)
    {
        if (RecordIssuedOn is not { } issued)
        {
            throw new DomainRuleException("The record can be signed off once it has been issued.");
        }
        if (SignedOffOn is not null)
        {
            throw new DomainRuleException("The record of this review has already been signed off.");
        }
        if (on < issued)
        {
            throw new DomainRuleException("The record cannot be signed off before it was issued.");
        }
        if (string.IsNullOrWhiteSpace(byName))
        {
            throw new DomainRuleException("The sign-off needs the manager's name.");
        }
        SignedOffOn = on;
        SignedOffById = by;
        SignedOffByName = byName.Trim();
    }

    /// <summary>This review's time limits on <paramref name="today"/>: see <see cref="ReviewTimersToday"/>.</summary>
    public IReadOnlyList<TimerDue> TimersOn(DateOnly today, ReviewCyclePolicy policy,
        IWorkingDayCalendar calendar) =>
        ReviewTimersToday.For(Facts, today, policy, calendar);

    public ReviewTimerFacts Facts => new(HeldOn, AdjournedOn, DecisionsIssuedOn, RecordIssuedOn);
}

/// <summary>How the meeting was held.</summary>
public enum MeetingMode
{
    InPerson,
    Remote,

    /// <summary>Some people in the room, some joining remotely.</summary>
    Hybrid,
}

/// <summary>The IRO's view of the care plan at the review.</summary>
public enum CarePlanView
{
    Endorsed,
    PartlyEndorsed,
    NotEndorsed,
}

/// <summary>Who spoke for the child at a PN2 or PN5 review (903 REVIEW_CODE; domain reference §8).</summary>
public enum ChildSpokenForBy
{
    Advocate,
    Iro,
}

/// <summary>One person at the review: the review is the child's meeting, and who attends is agreed with the
/// child (domain reference §4.1).</summary>
public sealed class ReviewAttendee : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required Guid ReviewId { get; init; }
    public required string Name { get; init; }

    /// <summary>Their role or relationship to the child, for example "Mother", "Social worker".</summary>
    public required string Role { get; init; }

    /// <summary>Which part of the meeting they attended, when it was held in parts.</summary>
    public string? PartAttended { get; init; }

    /// <summary>The order they were entered in.</summary>
    public int Position { get; init; }
}

/// <summary>How the child took part in the review: SSDA903 REVIEW_CODE (ssda903.md §5.10).</summary>
public enum ParticipationCode
{
    /// <summary>Child aged under 4 at the time of the review.</summary>
    PN0,
    /// <summary>Child attends and speaks for themselves.</summary>
    PN1,
    /// <summary>Child attends and an advocate (or the IRO) speaks for them.</summary>
    PN2,
    /// <summary>Child attends and conveys views symbolically or non-verbally.</summary>
    PN3,
    /// <summary>Child attends without contributing.</summary>
    PN4,
    /// <summary>Child does not attend but briefs an advocate (or the IRO) to speak for them.</summary>
    PN5,
    /// <summary>Child does not attend but conveys views by a facilitative medium.</summary>
    PN6,
    /// <summary>Child does not attend and views are not conveyed.</summary>
    PN7,
}

/// <summary>An event that requires a review before the normal due date (CPPCR 2010 reg 33(3), reg 32(2)).</summary>
public sealed class ReviewTrigger : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }
    public required Guid PeriodOfCareId { get; init; }
    public ReviewTriggerType Type { get; init; }
    public DateOnly RaisedOn { get; init; }

    /// <summary>The date by which the review must happen.</summary>
    public DateOnly ReviewBy { get; init; }

    public string? Note { get; init; }
}
