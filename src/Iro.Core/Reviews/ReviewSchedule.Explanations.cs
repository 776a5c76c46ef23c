using System.Globalization;
using System.Text;
using Iro.Core.Calendar;

namespace Iro.Core.Reviews;

public static partial class ReviewSchedule
{
    private const string Reg33_1 = "CPPCR 2010 reg 33(1)";
    private const string Reg33_2 = "CPPCR 2010 reg 33(2)";
    private const string Reg48 = "CPPCR 2010 reg 48";

    private const string FirstRule = "First review: within 20 working days of the child becoming looked after";
    private const string SecondRule = "Second review: within 3 months of the first review";
    private const string SubsequentRule = "Later reviews: within 6 months of the previous review";
    private const string ShortBreakFirstRule =
        "Short breaks: first review within 3 months of the start of the first short break";
    private const string ShortBreakLaterRule = "Short breaks: later reviews within 6 months of the previous review";

    private const string ResetSentence =
        "Months count from the date the last review was actually held, even if it was held early.";

    private static DueDateExplanation ExplainFirst(DateOnly start, DateOnly due, IReadOnlyList<NonWorkingDay> skipped)
    {
        var text = new StringBuilder()
            .Append("The first review must be held within 20 working days of the day the child became looked after (")
            .Append(Reg33_1).Append("). The child became looked after on ").Append(WithWeekday(start))
            .Append(". That day is day 0 and is not counted; day 1 is the next working day.");
        if (skipped.Count == 0)
        {
            text.Append(" No weekends or bank holidays fall in the count.");
        }
        else
        {
            text.Append(" The count skips ").Append(skipped.Count.ToString(CultureInfo.InvariantCulture))
                .Append(skipped.Count == 1 ? " non-working day: " : " non-working days: ")
                .Append(JoinSkipped(skipped)).Append('.');
        }
        text.Append(" The 20th working day is ").Append(WithWeekday(due))
            .Append(", so the first review is due on or before that date.");
        return new DueDateExplanation(FirstRule, Reg33_1, start,
            $"the day the child became looked after, {Long(start)}", skipped, text.ToString());
    }

    private static DueDateExplanation ExplainSecond(DateOnly first, DateOnly due)
    {
        var text = $"The second review must be held not more than 3 months after the first review ({Reg33_2}). " +
            $"The first review was held on {Long(first)}, so the second review is due on or before " +
            $"{WithWeekday(due)}.{Clamped(first, due)} {ResetSentence}";
        return new DueDateExplanation(SecondRule, Reg33_2, first, $"the first review, held on {Long(first)}", [],
            text);
    }

    private static DueDateExplanation ExplainSubsequent(DateOnly last, int heldCount, DateOnly due)
    {
        var text = $"After the second review, reviews must be held at intervals of not more than 6 months " +
            $"({Reg33_2}). The most recent review, review {heldCount} in this period of care, was held on " +
            $"{Long(last)}, so review {heldCount + 1} is due on or before {WithWeekday(due)}." +
            $"{Clamped(last, due)} {ResetSentence}";
        return new DueDateExplanation(SubsequentRule, Reg33_2, last, PreviousLabel(last, heldCount), [], text);
    }

    private static DueDateExplanation ExplainShortBreakFirst(DateOnly start, DateOnly due)
    {
        var text = "The child's care is an agreed series of short breaks, so the first review must be held within " +
            $"3 months of the start of the first short break ({Reg48}). The first short break started on " +
            $"{Long(start)}, so the first review is due on or before {WithWeekday(due)}.{Clamped(start, due)}";
        return new DueDateExplanation(ShortBreakFirstRule, Reg48, start,
            $"the start of the first short break, {Long(start)}", [], text);
    }

    private static DueDateExplanation ExplainShortBreakLater(DateOnly last, int heldCount, DateOnly due)
    {
        var text = "The child's care is an agreed series of short breaks, so after the first review, reviews must " +
            $"be held at intervals of not more than 6 months ({Reg48}). The most recent review, review {heldCount} " +
            $"in this period of care, was held on {Long(last)}, so review {heldCount + 1} is due on or before " +
            $"{WithWeekday(due)}.{Clamped(last, due)} {ResetSentence}";
        return new DueDateExplanation(ShortBreakLaterRule, Reg48, last, PreviousLabel(last, heldCount), [], text);
    }

    private static DueDateExplanation ExplainEarly(ReviewTriggerFact trigger, int openCount, DateOnly statutoryDueOn,
        DueDateExplanation statutory)
    {
        var (rule, noun, regulation) = Describe(trigger.Type);
        var text = new StringBuilder()
            .Append(Capitalise(noun)).Append(", raised on ").Append(Long(trigger.RaisedOn))
            .Append(", needs a review by ").Append(WithWeekday(trigger.ReviewBy))
            .Append(" (").Append(regulation).Append("). This brings the review forward from ")
            .Append(WithWeekday(statutoryDueOn)).Append(", the date it would otherwise be due (")
            .Append(Lowercase(statutory.Rule)).Append(", ").Append(statutory.Regulation)
            .Append("). Any review held on or after ").Append(Long(trigger.RaisedOn)).Append(" satisfies it.");
        if (openCount > 1)
        {
            text.Append(" There are ").Append(openCount.ToString(CultureInfo.InvariantCulture))
                .Append(" open early-review triggers; the earliest date applies.");
        }
        return new DueDateExplanation(rule, regulation, trigger.RaisedOn,
            $"{noun}, raised on {Long(trigger.RaisedOn)}", [], text.ToString());
    }

    private static (string Rule, string Noun, string Regulation) Describe(ReviewTriggerType type) => type switch
    {
        ReviewTriggerType.IroRequest => ("Early review: requested by the IRO",
            "the IRO's request for an early review", "CPPCR 2010 reg 33(3)(a)"),
        ReviewTriggerType.Reg30Concern => ("Early review: a visit found the placement no longer meets the child's needs",
            "the concern about the placement from a visit", "CPPCR 2010 reg 33(3)(b)"),
        ReviewTriggerType.SignificantCarePlanChange => (
            "Early review: a significant change to the care plan must be reviewed first",
            "the proposed significant change to the care plan", "CPPCR 2010 reg 32(2)"),
        ReviewTriggerType.EndingAccommodation => ("Early review: the council proposes to stop accommodating the child",
            "the proposal to stop accommodating the child", "CPPCR 2010 reg 33(3)(e)"),
        ReviewTriggerType.RemandOrDetentionEnding => ("Early review: remand, police protection or detention is ending",
            "the end of remand, police protection or detention", "CPPCR 2010 reg 33(3)(c) and (d)"),
        ReviewTriggerType.ChildRequest => ("Early review: requested by the child",
            "the child's request for an early review", "CPPCR 2010 reg 33(3)(a)"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown early-review trigger."),
    };

    private static string PreviousLabel(DateOnly last, int heldCount) => heldCount == 1
        ? $"the first review, held on {Long(last)}"
        : $"the most recent review (review {heldCount}), held on {Long(last)}";

    // §2.6 item 2: the day number does not exist in the target month, so DateOnly.AddMonths used its last day.
    private static string Clamped(DateOnly from, DateOnly due) => from.Day > due.Day
        ? $" {due.ToString("MMMM yyyy", CultureInfo.InvariantCulture)} has no {Ordinal(from.Day)} day, so the " +
            "review is due on the last day of that month."
        : "";

    private static string Ordinal(int day) => day switch
    {
        1 or 21 or 31 => $"{day}st",
        2 or 22 => $"{day}nd",
        3 or 23 => $"{day}rd",
        _ => $"{day}th",
    };

    private static string JoinSkipped(IReadOnlyList<NonWorkingDay> days)
    {
        var text = new StringBuilder();
        for (var i = 0; i < days.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == days.Count - 1 ? " and " : ", ");
            }
            text.Append(WithWeekday(days[i].Date));
            if (days[i].Reason != days[i].Date.DayOfWeek.ToString())
            {
                text.Append(" (").Append(days[i].Reason).Append(')');
            }
        }
        return text.ToString();
    }

    private static string Long(DateOnly date) => DateText.Long(date);

    private static string WithWeekday(DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) =>
        string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    private static string Lowercase(string text) =>
        string.Concat(text[..1].ToLowerInvariant(), text.AsSpan(1));
}
