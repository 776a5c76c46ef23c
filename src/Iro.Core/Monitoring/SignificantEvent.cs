using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;

namespace Iro.Core.Monitoring;

public enum SignificantEventKind
{
    PlacementChange,
    SocialWorkerChange,
    Other,
}

/// <summary>A change in the child's life the IRO must be told of between reviews (IRO Handbook 2010 §3.80–3.82;
/// domain reference §1.3: for example a placement disruption or a planned change to contact). When it is a
/// proposed significant change to the care plan, CPPCR 2010 reg 32(2) requires a review to consider it before
/// it takes effect, so recording it raises a <see cref="ReviewTrigger"/>.</summary>
public sealed class SignificantEvent : ICouncilOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }
    public SignificantEventKind Kind { get; init; }

    /// <summary>The day the change happened, or is proposed to take effect.</summary>
    public DateOnly ChangeOn { get; init; }

    /// <summary>False while the change is only proposed.</summary>
    public bool HasHappened { get; init; }

    /// <summary>A significant change to the care plan, needing a review first (CPPCR 2010 reg 32(2)).</summary>
    public bool IsSignificantCarePlanChange { get; init; }

    public string? Note { get; init; }
    public DateOnly RecordedOn { get; init; }
    public StaffMemberId? RecordedById { get; init; }

    /// <summary>The earlier review this event asked for, under reg 32(2).</summary>
    public Guid? ReviewTriggerId { get; init; }

    public DateOnly? AcknowledgedOn { get; private set; }
    public StaffMemberId? AcknowledgedById { get; private set; }
    public Guid Version { get; set; }

    public bool IsAcknowledged => AcknowledgedOn is not null;

    /// <summary>The IRO has seen the event and considered what it means for the child's plan.</summary>
    public void Acknowledge(DateOnly on, StaffMemberId? by)
    {
        if (IsAcknowledged)
        {
            throw new DomainRuleException("The IRO has already acknowledged this event.");
        }
        AcknowledgedOn = on;
        AcknowledgedById = by;
    }

    public static string Describe(SignificantEventKind kind) => kind switch
    {
        SignificantEventKind.PlacementChange => "Change of placement",
        SignificantEventKind.SocialWorkerChange => "Change of social worker",
        _ => "Other significant event",
    };

    /// <summary>The day by which a review must consider a proposed significant change to the care plan: the last
    /// working day before the change takes effect (CPPCR 2010 reg 32(2): the review comes first), and never
    /// before the day it is recorded; <see langword="null"/> when the change takes effect on or before the day it
    /// is recorded, when a review first is no longer practicable.</summary>
    public static DateOnly? ReviewByForCarePlanChange(DateOnly recordedOn, DateOnly changeOn, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (changeOn <= recordedOn)
        {
            return null;
        }
        var before = calendar.AddWorkingDays(changeOn, -1);
        return before < recordedOn ? recordedOn : before;
    }

    /// <summary>Records the event; a proposed significant change to the care plan raises a reg 32(2) trigger on
    /// the child, which brings the next review forward to before the change.</summary>
    /// <exception cref="DomainRuleException">A reg 32(2) change that has already happened, or takes effect on the
    /// day it is recorded; the change more than a year away; or the child not looked after.</exception>
    public static SignificantEvent Record(Child child, SignificantEventKind kind, DateOnly changeOn, bool hasHappened,
        bool isSignificantCarePlanChange, string? note, DateOnly today, StaffMemberId? by, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (hasHappened && changeOn > today)
        {
            throw new DomainRuleException("A change that has happened cannot be dated in the future.");
        }
        if (!hasHappened && changeOn <= today)
        {
            throw new DomainRuleException("A proposed change must take effect after today.");
        }
        Guid? triggerId = null;
        if (isSignificantCarePlanChange)
        {
            if (hasHappened)
            {
                throw new DomainRuleException("A review must consider a significant change to the care plan before it takes effect: record it as proposed, or answer no.");
            }
            var reviewBy = ReviewByForCarePlanChange(today, changeOn, calendar)!.Value;
            triggerId = child.AddTrigger(ReviewTriggerType.SignificantCarePlanChange, today, reviewBy,
                $"{Describe(kind)} proposed for {changeOn:yyyy-MM-dd}", calendar).Id;
        }
        return new SignificantEvent
        {
            CouncilId = child.CouncilId, ChildId = child.Id, Kind = kind, ChangeOn = changeOn, HasHappened = hasHappened,
            IsSignificantCarePlanChange = isSignificantCarePlanChange, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            RecordedOn = today, RecordedById = by, ReviewTriggerId = triggerId,
        };
    }
}
