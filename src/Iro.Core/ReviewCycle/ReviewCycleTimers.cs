using System.Globalization;
using System.Text;
using Iro.Core.Calendar;

namespace Iro.Core.ReviewCycle;

/// <summary>Where a review-cycle time limit stands today.</summary>
public enum TimerStatus
{
    /// <summary>Not done, and more than the council's "due soon" working days are left.</summary>
    Upcoming,

    /// <summary>Not done, due today or within the council's "due soon" working days.</summary>
    DueSoon,

    /// <summary>Not done, and the last day has passed.</summary>
    Overdue,

    /// <summary>Done on or before the last day.</summary>
    DoneOnTime,

    /// <summary>Done, but after the last day.</summary>
    DoneLate,
}

/// <summary>A review-cycle time limit: when it counts from, its last day, where it stands and why.</summary>
/// <param name="Timer">Which time limit.</param>
/// <param name="CountedFrom">Day 0: the review, the day the child became looked after, or the adjournment; for a
/// limit before the review, the review's date.</param>
/// <param name="WorkingDays">The council's setting used.</param>
/// <param name="DueOn">The last day on which it is on time.</param>
/// <param name="DoneOn">When it was done, if it was.</param>
/// <param name="Status">Where it stands on the "today" passed in.</param>
/// <param name="WorkingDaysLeft">Working days from today to <see cref="DueOn"/>; negative when overdue.</param>
/// <param name="Rule">The rule in plain English, with the council's number of days.</param>
/// <param name="Source">Regulation, statutory guidance or local practice.</param>
/// <param name="Citation">For example "IRO Handbook".</param>
/// <param name="Explanation">Several sentences: the rule and its source, day 0, the last day, and where it stands.
/// </param>
public sealed record TimerDue(
    ReviewCycleTimerKind Timer,
    DateOnly CountedFrom,
    int WorkingDays,
    DateOnly DueOn,
    DateOnly? DoneOn,
    TimerStatus Status,
    int WorkingDaysLeft,
    string Rule,
    LimitSource Source,
    string Citation,
    string Explanation)
{
    public bool IsOverdue => Status == TimerStatus.Overdue;
}

/// <summary>Whether a review decision may still be contested, or stands.</summary>
public enum DecisionStanding
{
    /// <summary>Within the window: a manager may still contest it.</summary>
    OpenToContest,

    /// <summary>A manager contested it within the window.</summary>
    Contested,

    /// <summary>The window has closed without a contest in time: the decision stands.</summary>
    Stands,
}

/// <summary>A review decision's contest window.</summary>
/// <param name="IssuedOn">Day 0: the day the decision was issued.</param>
/// <param name="ClosesOn">The last day a manager may contest it.</param>
public sealed record DecisionContestWindow(DateOnly IssuedOn, DateOnly ClosesOn, DateOnly? ContestedOn,
    DecisionStanding Standing, string Rule, LimitSource Source, string Citation, string Explanation);

/// <summary>The review cycle's time limits: the IRO's allocation, preparation, the decisions and record after a
/// review, the contest window and an adjourned review.</summary>
/// <remarks>
/// <para>Pure functions: "today" is passed in, never read from a clock. Counting follows domain reference §2.6:
/// day 0 is the start date whether or not it is a working day (CPPCR 2010 reg 2(1) defines a working day), and a
/// thing done on its last day is on time. A limit before the review (consultation, the social worker's report)
/// counts back from the review's date.</para>
/// <para>Sources and which a council may change: <see cref="ReviewCyclePolicy.Limits"/> and
/// <c>docs/review-cycle-rules.md</c>.</para>
/// </remarks>
public static class ReviewCycleTimers
{
    /// <summary>An IRO allocated within the council's working days (default 5) of the child becoming looked after
    /// (good practice in council procedures, domain reference §1.3; Children Act 1989 s.25A requires one before
    /// the first review).</summary>
    public static TimerDue IroAllocateBy(DateOnly becameLookedAfterOn, DateOnly? allocatedOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        After(ReviewCycleTimerKind.IroAllocated, becameLookedAfterOn, allocatedOn, today, policy, calendar,
            n => $"An IRO is allocated within {Days(n)} of the child becoming looked after",
            $"The child became looked after on {WithWeekday(becameLookedAfterOn)}",
            d => $"An IRO was allocated on {Long(d)}", "No IRO has been allocated yet");

    /// <summary>Consultation sent the council's working days (default 20) before the review (council practice;
    /// CPPCR 2010 reg 37 requires consultation but sets no time; domain reference §4.1).</summary>
    public static TimerDue ConsultationSendBy(DateOnly reviewOn, DateOnly? sentOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        Before(ReviewCycleTimerKind.ConsultationSent, reviewOn, sentOn, today, policy, calendar,
            n => $"Consultation is sent {Days(n)} before the review",
            d => $"The consultation was sent on {Long(d)}", "The consultation has not been sent yet");

    /// <summary>The social worker's report with the IRO the council's working days (default 3) before the review
    /// (council practice, typically 3 to 5; domain reference §4.1).</summary>
    public static TimerDue SocialWorkerReportBy(DateOnly reviewOn, DateOnly? receivedOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        Before(ReviewCycleTimerKind.SocialWorkerReport, reviewOn, receivedOn, today, policy, calendar,
            n => $"The social worker's report reaches the IRO {Days(n)} before the review",
            d => $"The report was received on {Long(d)}", "The report has not been received yet");

    /// <summary>The review's decisions issued within the council's working days (default 5) of the review (IRO
    /// Handbook; domain reference §4.2).</summary>
    public static TimerDue DecisionsIssueBy(DateOnly reviewHeldOn, DateOnly? issuedOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        After(ReviewCycleTimerKind.DecisionsIssued, reviewHeldOn, issuedOn, today, policy, calendar,
            n => $"The review's decisions are issued within {Days(n)} of the review",
            $"The review was held on {WithWeekday(reviewHeldOn)}",
            d => $"The decisions were issued on {Long(d)}", "The decisions have not been issued yet");

    /// <summary>The full review record issued within the council's working days (default 20) of the review (IRO
    /// Handbook; domain reference §4.2).</summary>
    public static TimerDue RecordIssueBy(DateOnly reviewHeldOn, DateOnly? issuedOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        After(ReviewCycleTimerKind.RecordIssued, reviewHeldOn, issuedOn, today, policy, calendar,
            n => $"The full review record is issued within {Days(n)} of the review",
            $"The review was held on {WithWeekday(reviewHeldOn)}",
            d => $"The record was issued on {Long(d)}", "The record has not been issued yet");

    /// <summary>An adjourned review reconvened within the council's working days (default 20) of the adjournment
    /// (CPPCR 2010 reg 36; domain reference §1.2, regulation number unconfirmed). A review may be adjourned only
    /// once: see <see cref="EnsureMayAdjourn"/>.</summary>
    public static TimerDue ReconveneBy(DateOnly adjournedOn, DateOnly? reconvenedOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        After(ReviewCycleTimerKind.AdjournedReviewReconvened, adjournedOn, reconvenedOn, today, policy, calendar,
            n => $"An adjourned review is reconvened within {Days(n)}",
            $"The review was adjourned on {WithWeekday(adjournedOn)}",
            d => $"It was reconvened on {Long(d)}", "It has not been reconvened yet");

    /// <summary>The IRO may adjourn a review meeting once only (CPPCR 2010 reg 36; domain reference §1.2).</summary>
    /// <exception cref="DomainRuleException">The review has already been adjourned.</exception>
    public static void EnsureMayAdjourn(int timesAlreadyAdjourned)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timesAlreadyAdjourned);
        if (timesAlreadyAdjourned > 0)
        {
            throw new DomainRuleException(
                "This review has already been adjourned once. A review may be adjourned only once (CPPCR 2010 reg 36).");
        }
    }

    /// <summary>A manager may contest a review decision within the council's working days (default 5) of its
    /// issue; after that it stands (council dispute-resolution guidance; domain reference §4.2). A contest made
    /// after the window does not reopen it.</summary>
    /// <exception cref="ArgumentException">The contest is dated before the decision was issued.</exception>
    public static DecisionContestWindow ContestWindow(DateOnly decisionIssuedOn, DateOnly? contestedOn,
        DateOnly today, ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        policy.EnsureValid();
        if (contestedOn is { } early && early < decisionIssuedOn)
        {
            throw new ArgumentException($"The contest on {Long(early)} is before the decision was " +
                $"issued on {Long(decisionIssuedOn)}.", nameof(contestedOn));
        }

        var limit = ReviewCyclePolicy.LimitFor(ReviewCycleTimerKind.DecisionContestWindow);
        var n = policy.ContestWithin;
        var closes = calendar.AddWorkingDays(decisionIssuedOn, n);
        var rule = $"A manager may contest a review decision within {Days(n)} of its issue; after that it stands";
        var text = new StringBuilder()
            .Append(rule).Append(" (").Append(limit.Citation).Append("). The decision was issued on ")
            .Append(WithWeekday(decisionIssuedOn)).Append("; that day is day 0, so the window closes at the end of ")
            .Append(WithWeekday(closes)).Append('.').Append(CouncilSetting(limit, n));

        DecisionStanding standing;
        if (contestedOn is { } c && c <= closes)
        {
            standing = DecisionStanding.Contested;
            text.Append(" A manager contested it on ").Append(Long(c)).Append(", within the window.");
        }
        else if (contestedOn is { } late)
        {
            standing = DecisionStanding.Stands;
            text.Append(" A manager contested it on ").Append(Long(late))
                .Append(", after the window closed, so the decision stands.");
        }
        else if (today <= closes)
        {
            standing = DecisionStanding.OpenToContest;
            text.Append(" It may still be contested: ").Append(LeftText(calendar.WorkingDaysBetween(today, closes)))
                .Append('.');
        }
        else
        {
            standing = DecisionStanding.Stands;
            text.Append(" Nobody contested it in time, so the decision stands.");
        }
        return new DecisionContestWindow(decisionIssuedOn, closes, contestedOn, standing, rule, limit.Source,
            limit.Citation, text.ToString());
    }

    private static TimerDue After(ReviewCycleTimerKind timer, DateOnly start, DateOnly? doneOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar, Func<int, string> rule, string startSentence,
        Func<DateOnly, string> doneSentence, string pendingSentence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        policy.EnsureValid();
        if (doneOn is { } tooEarly && tooEarly < start)
        {
            throw new ArgumentException($"{doneSentence(tooEarly)}, which is before day 0, {Long(start)}.",
                nameof(doneOn));
        }

        var limit = ReviewCyclePolicy.LimitFor(timer);
        var n = policy.WorkingDaysFor(timer);
        var due = calendar.AddWorkingDays(start, n);
        var text = new StringBuilder()
            .Append(rule(n)).Append(" (").Append(limit.Citation).Append("). ").Append(startSentence)
            .Append("; that day is day 0, so the ").Append(Ordinal(n)).Append(" working day, ")
            .Append(WithWeekday(due)).Append(", is the last day.").Append(CouncilSetting(limit, n));
        return Finish(timer, start, n, due, doneOn, today, policy, calendar, rule(n), limit, text, doneSentence,
            pendingSentence);
    }

    private static TimerDue Before(ReviewCycleTimerKind timer, DateOnly reviewOn, DateOnly? doneOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar, Func<int, string> rule,
        Func<DateOnly, string> doneSentence, string pendingSentence)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        policy.EnsureValid();

        var limit = ReviewCyclePolicy.LimitFor(timer);
        var n = policy.WorkingDaysFor(timer);
        var due = calendar.AddWorkingDays(reviewOn, -n);
        var text = new StringBuilder()
            .Append(rule(n)).Append(" (").Append(limit.Citation).Append("). The review is on ")
            .Append(WithWeekday(reviewOn)).Append("; ").Append(Days(n)).Append(" before it is ")
            .Append(WithWeekday(due)).Append(", the last day.").Append(CouncilSetting(limit, n));
        return Finish(timer, reviewOn, n, due, doneOn, today, policy, calendar, rule(n), limit, text, doneSentence,
            pendingSentence);
    }

    private static TimerDue Finish(ReviewCycleTimerKind timer, DateOnly countedFrom, int n, DateOnly due,
        DateOnly? doneOn, DateOnly today, ReviewCyclePolicy policy, IWorkingDayCalendar calendar, string rule,
        PolicyLimit limit, StringBuilder text, Func<DateOnly, string> doneSentence, string pendingSentence)
    {
        var left = calendar.WorkingDaysBetween(today, due);
        TimerStatus status;
        text.Append(' ');
        if (doneOn is { } done)
        {
            status = done <= due ? TimerStatus.DoneOnTime : TimerStatus.DoneLate;
            text.Append(doneSentence(done)).Append(status == TimerStatus.DoneOnTime
                ? ", on time."
                : LateBy(calendar.WorkingDaysBetween(due, done)) + ".");
        }
        else if (today > due)
        {
            status = TimerStatus.Overdue;
            text.Append(pendingSentence)
                .Append(-left > 0 ? $": overdue by {Days(-left)}." : ": the last day has passed.");
        }
        else
        {
            status = left <= policy.DueSoonWithin ? TimerStatus.DueSoon : TimerStatus.Upcoming;
            text.Append(pendingSentence).Append("; ").Append(LeftText(left)).Append('.');
        }
        return new TimerDue(timer, countedFrom, n, due, doneOn, status, left, rule, limit.Source, limit.Citation,
            text.ToString());
    }

    private static string CouncilSetting(PolicyLimit limit, int n) => n == limit.Default
        ? ""
        : $" This council has set {Days(n)}; the default is {Days(limit.Default)}.";

    // A deadline on a Friday is passed on the Saturday, with no working day late yet.
    private static string LateBy(int workingDays) => workingDays > 0
        ? $", {Days(workingDays)} late"
        : ", after the last day";

    private static string LeftText(int workingDays) => workingDays == 0
        ? "today is the last day"
        : $"{Days(workingDays)} left";

    private static string Days(int n) => n == 1 ? "1 working day" : $"{n.ToString(CultureInfo.InvariantCulture)} working days";

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch
        {
            1 => $"{n}st",
            2 => $"{n}nd",
            3 => $"{n}rd",
            _ => $"{n}th",
        },
    };

    private static string Long(DateOnly date) => DateText.Long(date);

    private static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
