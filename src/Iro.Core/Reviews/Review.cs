using Iro.Core.Councils;
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
