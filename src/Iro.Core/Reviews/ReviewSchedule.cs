using Iro.Core.Calendar;

namespace Iro.Core.Reviews;

/// <summary>Latest permitted dates for a looked-after child's statutory reviews.</summary>
/// <remarks>
/// <para>CPPCR 2010 reg 33(1): first review within 20 working days of the child becoming looked after. Reg 33(2):
/// second review not more than 3 months after the first, later reviews at intervals of not more than 6 months.
/// Reg 33(3) and reg 32(2): some events need a review earlier. Reg 48: a period made up only of an agreed series
/// of short breaks has its first review within 3 months of the start of the first break, then every 6 months.
/// </para>
/// <para>Counting (domain reference §2.6): the start date is day 0 whether or not it is a working day; months are
/// calendar months from the last review actually held, so an early review resets the clock; a short month clamps
/// to its last day (31 August + 6 months = 28 February, as <see cref="DateOnly.AddMonths"/>); a review held on
/// or before its due date is on time; a new period of care restarts the sequence.</para>
/// </remarks>
public static partial class ReviewSchedule
{
    /// <summary>The 20th working day after the day the child became looked after, which is day 0
    /// (CPPCR 2010 reg 33(1); §2.6 item 1).</summary>
    public static DateOnly FirstReviewDue(DateOnly becameLookedAfter, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(becameLookedAfter, 20);
    }

    /// <summary>3 calendar months after the first review, clamped to the end of a short month
    /// (CPPCR 2010 reg 33(2); §2.6 item 2).</summary>
    public static DateOnly SecondReviewDue(DateOnly firstHeldOn) => firstHeldOn.AddMonths(3);

    /// <summary>6 calendar months after the previous review, clamped to the end of a short month
    /// (CPPCR 2010 reg 33(2); §2.6 item 2).</summary>
    public static DateOnly SubsequentReviewDue(DateOnly previousHeldOn) => previousHeldOn.AddMonths(6);

    /// <summary>1 is the first review, 2 the second, 3 or more subsequent (§2.6 item 5).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewNumberInPeriod"/> is less than 1.
    /// </exception>
    public static ReviewKind KindOf(int reviewNumberInPeriod) => reviewNumberInPeriod switch
    {
        < 1 => throw new ArgumentOutOfRangeException(nameof(reviewNumberInPeriod), reviewNumberInPeriod,
            "Reviews are numbered from 1 within a period of care."),
        1 => ReviewKind.First,
        2 => ReviewKind.Second,
        _ => ReviewKind.Subsequent,
    };

    /// <summary>A review held on or before its due date is on time (§2.6 item 3).</summary>
    public static bool IsOnTime(DateOnly heldOn, DateOnly dueOn) => heldOn <= dueOn;

    /// <summary>The next review in one period of care, with the rule that set its date and an explanation.
    /// </summary>
    /// <param name="periodStart">The day the child became looked after in this period of care (for short
    /// breaks, the start of the first break).</param>
    /// <param name="heldInPeriod">Dates of the reviews actually held in this period, in any order. Each entry is
    /// one review, so the next review's number is the count plus one.</param>
    /// <param name="shortBreaks">The period is an agreed series of short breaks only (903 legal status V3 or V4;
    /// CPPCR 2010 reg 48).</param>
    /// <param name="triggers">Every early-review trigger recorded in the period. A trigger is satisfied by any
    /// held review on or after its <see cref="ReviewTriggerFact.RaisedOn"/>. If an open trigger's
    /// <see cref="ReviewTriggerFact.ReviewBy"/> is before the statutory date, the earliest such date is the due
    /// date and the rule is <see cref="DueRule.EarlyReview"/>; the kind still follows the review's number.</param>
    /// <param name="calendar">Working days, for the 20-working-day rule.</param>
    /// <exception cref="ArgumentException">A review was held before <paramref name="periodStart"/>, or a
    /// trigger needs its review before it was raised.</exception>
    public static ReviewDue Next(DateOnly periodStart, IReadOnlyCollection<DateOnly> heldInPeriod, bool shortBreaks,
        IReadOnlyCollection<ReviewTriggerFact> triggers, IWorkingDayCalendar calendar)
    {
        var (dueOn, kind, rule, explain) = Decide(periodStart, heldInPeriod, shortBreaks, triggers, calendar);
        return new ReviewDue(dueOn, kind, rule, explain());
    }

    /// <summary><see cref="Next"/> without the explanation, for recomputing many schedules at once (an import)
    /// where nobody reads the text.</summary>
    public static (DateOnly DueOn, ReviewKind Kind, DueRule Rule) NextDueDate(DateOnly periodStart,
        IReadOnlyCollection<DateOnly> heldInPeriod, bool shortBreaks, IReadOnlyCollection<ReviewTriggerFact> triggers,
        IWorkingDayCalendar calendar)
    {
        var (dueOn, kind, rule, _) = Decide(periodStart, heldInPeriod, shortBreaks, triggers, calendar);
        return (dueOn, kind, rule);
    }

    private static (DateOnly DueOn, ReviewKind Kind, DueRule Rule, Func<DueDateExplanation> Explain) Decide(
        DateOnly periodStart, IReadOnlyCollection<DateOnly> heldInPeriod, bool shortBreaks,
        IReadOnlyCollection<ReviewTriggerFact> triggers, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(heldInPeriod);
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(calendar);

        var held = heldInPeriod.ToArray();
        Array.Sort(held);
        if (held.Length > 0 && held[0] < periodStart)
        {
            throw new ArgumentException(
                $"A review held on {Long(held[0])} is before the period of care started on {Long(periodStart)}. " +
                "Pass only the reviews held in this period of care.", nameof(heldInPeriod));
        }
        foreach (var trigger in triggers)
        {
            if (trigger is null)
            {
                throw new ArgumentException("An early-review trigger is missing.", nameof(triggers));
            }
            if (trigger.ReviewBy < trigger.RaisedOn)
            {
                throw new ArgumentException(
                    $"The early-review trigger raised on {Long(trigger.RaisedOn)} needs a review by " +
                    $"{Long(trigger.ReviewBy)}, which is before it was raised.", nameof(triggers));
            }
        }

        var number = held.Length + 1;
        var kind = KindOf(number);
        var statutory = Statutory(periodStart, held, shortBreaks, calendar);

        ReviewTriggerFact? earliest = null;
        var open = 0;
        var latestHeld = held.Length > 0 ? held[^1] : (DateOnly?)null;
        foreach (var trigger in triggers)
        {
            if (latestHeld >= trigger.RaisedOn)
            {
                continue;
            }
            open++;
            if (earliest is null || Earlier(trigger, earliest))
            {
                earliest = trigger;
            }
        }

        if (earliest is not null && earliest.ReviewBy < statutory.DueOn)
        {
            return (earliest.ReviewBy, kind, DueRule.EarlyReview, () => ExplainEarly(earliest, open, statutory.DueOn, statutory.Explain()));
        }
        if (earliest is not null && earliest.ReviewBy == statutory.DueOn)
        {
            return (statutory.DueOn, kind, statutory.Rule, () =>
            {
                var explanation = statutory.Explain();
                return explanation with
                {
                    Text = $"{explanation.Text} {Capitalise(Describe(earliest.Type).Noun)}, raised on " +
                        $"{Long(earliest.RaisedOn)}, also needs a review by this date " +
                        $"({Describe(earliest.Type).Regulation}).",
                };
            });
        }
        return (statutory.DueOn, kind, statutory.Rule, statutory.Explain);
    }

    private static bool Earlier(ReviewTriggerFact a, ReviewTriggerFact b) =>
        a.ReviewBy != b.ReviewBy ? a.ReviewBy < b.ReviewBy
        : a.RaisedOn != b.RaisedOn ? a.RaisedOn < b.RaisedOn
        : a.Type < b.Type;

    private static (DateOnly DueOn, DueRule Rule, Func<DueDateExplanation> Explain) Statutory(DateOnly periodStart,
        DateOnly[] held, bool shortBreaks, IWorkingDayCalendar calendar)
    {
        if (held.Length == 0)
        {
            if (shortBreaks)
            {
                var due = periodStart.AddMonths(3);
                return (due, DueRule.ShortBreakFirst3M, () => ExplainShortBreakFirst(periodStart, due));
            }
            var first = FirstReviewDue(periodStart, calendar);
            return (first, DueRule.FirstReview20WD,
                () => ExplainFirst(periodStart, first, calendar.NonWorkingDaysBetween(periodStart, first)));
        }

        var last = held[^1];
        if (shortBreaks)
        {
            var due = last.AddMonths(6);
            return (due, DueRule.ShortBreak6M, () => ExplainShortBreakLater(last, held.Length, due));
        }
        if (held.Length == 1)
        {
            var second = SecondReviewDue(last);
            return (second, DueRule.SecondReview3M, () => ExplainSecond(last, second));
        }
        var subsequent = SubsequentReviewDue(last);
        return (subsequent, DueRule.Subsequent6M, () => ExplainSubsequent(last, held.Length, subsequent));
    }
}
