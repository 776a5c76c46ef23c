using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.ReviewCycle;

namespace Iro.Core.Reviews;

/// <summary>What a decision is about (issue 5 §3).</summary>
public enum DecisionMatter
{
    Placement,
    Contact,
    Education,
    Health,
    Permanence,
    Legal,
    Other,
}

public enum DecisionStatus
{
    /// <summary>Made at the review; not yet done.</summary>
    Open,

    /// <summary>The owner says it is done, with evidence; the IRO has still to confirm it.</summary>
    Completed,

    /// <summary>The IRO has confirmed it is done: closed.</summary>
    Confirmed,
}

/// <summary>A decision made at a review, with a named owner and a date: the IRO Handbook asks that every decision
/// says who will do what by when, so that it can be followed up (CPPCR 2010 reg 36: the review's decisions are
/// recorded and passed on). Tracked until the IRO confirms it is done (issue 5 §4).</summary>
public sealed class ReviewDecision : ICouncilOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }
    public required Guid ReviewId { get; init; }
    public DecisionMatter Matter { get; init; }

    /// <summary>What is to be done, in plain words.</summary>
    public required string Text { get; init; }

    /// <summary>Who is to do it: a member of staff when there is one, always a name (a parent or carer may own
    /// a decision).</summary>
    public StaffMemberId? OwnerId { get; init; }

    public required string OwnerName { get; init; }
    public DateOnly MadeOn { get; init; }
    public DateOnly DueOn { get; init; }
    public DecisionStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public string? Evidence { get; private set; }

    /// <summary>The day a manager contested the decision, within the window after the decisions were issued
    /// (<see cref="ReviewCycleTimers.ContestWindow"/>).</summary>
    public DateOnly? ContestedOn { get; private set; }

    public StaffMemberId? ContestedById { get; private set; }
    public string? ContestedByName { get; private set; }
    public string? ContestReason { get; private set; }

    /// <summary>Changes with every save, so that two people closing or reopening the same decision at once
    /// cannot overwrite each other.</summary>
    public Guid Version { get; set; }

    /// <summary>Not done by its date: shows on the owner's, the IRO's and the manager's lists.</summary>
    public bool IsOverdueOn(DateOnly today) => Status == DecisionStatus.Open && today > DueOn;

    public void MarkCompleted(DateOnly on, string evidence)
    {
        if (Status != DecisionStatus.Open)
        {
            throw new DomainRuleException("Only an open decision can be marked as done.");
        }
        if (string.IsNullOrWhiteSpace(evidence))
        {
            throw new DomainRuleException("Say what shows the decision is done.");
        }
        Status = DecisionStatus.Completed;
        CompletedOn = on;
        Evidence = evidence.Trim();
    }

    /// <summary>Whether a manager may still contest the decision, did, or it stands; null until the review's
    /// decisions are issued.</summary>
    public DecisionContestWindow? ContestWindowOn(DateOnly? decisionsIssuedOn, DateOnly today, ReviewCyclePolicy policy,
        IWorkingDayCalendar calendar) =>
        decisionsIssuedOn is { } issued ? ReviewCycleTimers.ContestWindow(issued, ContestedOn, today, policy, calendar) : null;

    /// <summary>A manager contests the decision, within the council's window (default 5 working days) of the
    /// decisions' issue; after that it stands and cannot be contested (council dispute-resolution guidance;
    /// domain reference §4.2).</summary>
    internal void Contest(DateOnly decisionsIssuedOn, DateOnly on, StaffMemberId? by, string byName, string reason,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        if (ContestedOn is not null)
        {
            throw new DomainRuleException("This decision has already been contested.");
        }
        if (on < decisionsIssuedOn)
        {
            throw new DomainRuleException("A decision cannot be contested before it was issued.");
        }
        var window = ReviewCycleTimers.ContestWindow(decisionsIssuedOn, null, on, policy, calendar);
        if (window.Standing == DecisionStanding.Stands)
        {
            throw new DomainRuleException("The time to contest this decision ended on " +
                Calendar.DateText.Long(window.ClosesOn) + ": the decision stands.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Enter why you contest the decision.");
        }
        if (reason.Trim().Length > 2000)
        {
            throw new DomainRuleException("The reason must be 2,000 characters or fewer.");
        }
        if (string.IsNullOrWhiteSpace(byName))
        {
            throw new DomainRuleException("The contest needs the manager's name.");
        }
        ContestedOn = on;
        ContestedById = by;
        ContestedByName = byName.Trim();
        ContestReason = reason.Trim();
    }

    /// <summary>The IRO confirms the work is done (closed), or reopens it when the evidence does not show it.</summary>
    public void Verify(bool confirmed)
    {
        if (Status != DecisionStatus.Completed)
        {
            throw new DomainRuleException("Only a decision marked as done can be confirmed or reopened.");
        }
        Status = confirmed ? DecisionStatus.Confirmed : DecisionStatus.Open;
        if (!confirmed)
        {
            CompletedOn = null;
        }
    }
}
