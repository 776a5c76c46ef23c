using Iro.Core.Calendar;

namespace Iro.Core.Reviews;

/// <summary>A review's place in the sequence within one period of care.</summary>
/// <remarks>Domain reference §2.6 item 5: the first review held in a period of care is the first review, the next
/// is the second, every later one is subsequent; a new period of care starts the sequence again (CPPCR 2010
/// reg 33). Reviews of short-break-only periods (reg 48) are numbered the same way.</remarks>
public enum ReviewKind
{
    /// <summary>The first review in the period of care (CPPCR 2010 reg 33(1)).</summary>
    First,

    /// <summary>The second review in the period of care (CPPCR 2010 reg 33(2)).</summary>
    Second,

    /// <summary>The third or a later review in the period of care (CPPCR 2010 reg 33(2)).</summary>
    Subsequent,
}

/// <summary>The rule that set a review's due date.</summary>
/// <remarks>Counting follows domain reference §2.6: day 0 is the start date; months are calendar months from the
/// last review actually held, clamped to the end of a short month (<see cref="DateOnly.AddMonths"/>).</remarks>
public enum DueRule
{
    /// <summary>Within 20 working days of the day the child became looked after (CPPCR 2010 reg 33(1); §2.6
    /// item 1).</summary>
    FirstReview20WD,

    /// <summary>Not more than 3 months after the first review (CPPCR 2010 reg 33(2); §2.6 item 2).</summary>
    SecondReview3M,

    /// <summary>Not more than 6 months after the previous review (CPPCR 2010 reg 33(2); §2.6 item 2).</summary>
    Subsequent6M,

    /// <summary>Short breaks only: within 3 months of the start of the first short break (CPPCR 2010 reg 48;
    /// §2.6 item 6).</summary>
    ShortBreakFirst3M,

    /// <summary>Short breaks only: not more than 6 months after the previous review (CPPCR 2010 reg 48; §2.6
    /// item 6).</summary>
    ShortBreak6M,

    /// <summary>An open early-review trigger needs a review before the statutory date (CPPCR 2010 reg 33(3) or
    /// reg 32(2)).</summary>
    EarlyReview,
}

/// <summary>Why a review is needed before its normal due date.</summary>
/// <remarks>Domain reference §2.2.</remarks>
public enum ReviewTriggerType
{
    /// <summary>The IRO asks for a review (CPPCR 2010 reg 33(3)(a)).</summary>
    IroRequest,

    /// <summary>A visit finds the placement no longer safeguards or promotes the child's welfare (CPPCR 2010
    /// reg 33(3)(b), applying reg 30; unconfirmed).</summary>
    Reg30Concern,

    /// <summary>A significant change to the care plan, which a review must consider first (CPPCR 2010
    /// reg 32(2)).</summary>
    SignificantCarePlanChange,

    /// <summary>The LA proposes to stop accommodating a child who is not in care and no parent will provide
    /// accommodation (CPPCR 2010 reg 33(3)(e)).</summary>
    EndingAccommodation,

    /// <summary>Accommodation under s.21(2)(b) or (c) or detention is ending and no review would otherwise be
    /// held first (CPPCR 2010 reg 33(3)(c) and (d)).</summary>
    RemandOrDetentionEnding,

    /// <summary>The child asks for a review; the IRO decides whether one is needed early.</summary>
    ChildRequest,
}

/// <summary>A recorded early-review trigger: raised on <see cref="RaisedOn"/>, needing a review by
/// <see cref="ReviewBy"/>. Any review held on or after <see cref="RaisedOn"/> satisfies it.</summary>
public sealed record ReviewTriggerFact(ReviewTriggerType Type, DateOnly RaisedOn, DateOnly ReviewBy);

/// <summary>Why a review is due on its date, in plain English, for the "why this date?" page and the CLI.
/// </summary>
/// <param name="Rule">The rule in plain English, for example "Second review: within 3 months of the first
/// review".</param>
/// <param name="Regulation">The legal source, for example "CPPCR 2010 reg 33(2)".</param>
/// <param name="CountedFrom">The date the period counts from.</param>
/// <param name="CountedFromLabel">What that date is, for example "the first review, held on 15 January 2026".
/// </param>
/// <param name="SkippedDays">Non-working days skipped (working-day rules only; empty for month rules).</param>
/// <param name="Text">The full explanation: several sentences, mentioning month-end clamping and any
/// early-review trigger that brought the date forward.</param>
public sealed record DueDateExplanation(
    string Rule,
    string Regulation,
    DateOnly CountedFrom,
    string CountedFromLabel,
    IReadOnlyList<NonWorkingDay> SkippedDays,
    string Text);

/// <summary>When the next review is due, which review it is, the rule that set the date, and why.</summary>
public sealed record ReviewDue(DateOnly DueOn, ReviewKind Kind, DueRule Rule, DueDateExplanation Explanation);
