using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;

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
