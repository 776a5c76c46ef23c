using Iro.Core.Councils;
using Iro.Core.Data;

namespace Iro.Core.DisputeResolution;

/// <summary>The IRO's referral of a child's case to Cafcass. It can be made at any point, alongside or without
/// the dispute-resolution process, where the council has failed significantly in planning, reviewing or
/// implementing the plan, or breached its duties, and that has not been put right (Children Act 1989 s.25B(3);
/// CPPCR 2010 reg 45; domain reference §5.2).</summary>
public sealed class CafcassReferral : ICouncilOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }

    /// <summary>The issue the referral follows from, if any.</summary>
    public Guid? DisputeIssueId { get; init; }

    public required string Grounds { get; init; }
    public DateOnly ReferredOn { get; init; }
    public StaffMemberId? ReferredById { get; init; }
    public string? Outcome { get; private set; }
    public DateOnly? OutcomeOn { get; private set; }
    public Guid Version { get; set; }

    public bool IsOpen => OutcomeOn is null;

    public void RecordOutcome(DateOnly on, string outcome)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("The referral's outcome is already recorded.");
        }
        if (on < ReferredOn)
        {
            throw new DomainRuleException("The outcome cannot be before the referral was made.");
        }
        if (string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainRuleException("Say what Cafcass decided.");
        }
        OutcomeOn = on;
        Outcome = outcome.Trim();
    }
}
