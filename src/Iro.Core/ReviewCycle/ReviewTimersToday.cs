using Iro.Core.Calendar;

namespace Iro.Core.ReviewCycle;

/// <summary>The facts about one review that its time limits depend on: plain dates, so that a work list can
/// select them in a query and compute the timers in C#.</summary>
/// <param name="HeldOn">The day the review was held (or reconvened), if it has been.</param>
/// <param name="AdjournedOn">The day it was adjourned, if it was.</param>
/// <param name="DecisionsIssuedOn">The day its decisions were issued.</param>
/// <param name="RecordIssuedOn">The day its full record was issued.</param>
public sealed record ReviewTimerFacts(DateOnly? HeldOn, DateOnly? AdjournedOn, DateOnly? DecisionsIssuedOn,
    DateOnly? RecordIssuedOn);

/// <summary>What a review still needs, for the IRO's and the manager's work lists.</summary>
public enum ReviewTask
{
    /// <summary>An adjourned review to reconvene (CPPCR 2010 reg 36).</summary>
    Reconvene,

    /// <summary>A held review whose decisions are not issued (IRO Handbook).</summary>
    IssueDecisions,

    /// <summary>A held review whose full record is not issued (IRO Handbook).</summary>
    IssueRecord,
}

/// <summary>One thing outstanding on a review, with its time limit today.</summary>
public sealed record ReviewTaskDue(ReviewTask Task, TimerDue Due)
{
    /// <summary>The work-list heading, for example "Records to issue".</summary>
    public string Heading => ReviewTimersToday.Heading(Task);
}

/// <summary>A review's time limits after the meeting, with where each stands on a given day: decisions issued,
/// the full record issued, and an adjourned review reconvened. Pure: no database, "today" passed in; the limits
/// come from the council's <see cref="ReviewCyclePolicy"/> and the sums from <see cref="ReviewCycleTimers"/>.</summary>
public static class ReviewTimersToday
{
    /// <summary>Every time limit that applies to the review, done or not, in the order they fall due: the
    /// reconvene limit for an adjourned review (also once it has reconvened, to show whether it was on time);
    /// the decisions and record limits once it is held. A review neither held nor adjourned has none.</summary>
    public static IReadOnlyList<TimerDue> For(ReviewTimerFacts review, DateOnly today, ReviewCyclePolicy policy,
        IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(review);
        var timers = new List<TimerDue>(3);
        if (review.AdjournedOn is { } adjourned)
        {
            timers.Add(ReviewCycleTimers.ReconveneBy(adjourned, review.HeldOn, today, policy, calendar));
        }
        if (review.HeldOn is { } held)
        {
            timers.Add(ReviewCycleTimers.DecisionsIssueBy(held, review.DecisionsIssuedOn, today, policy, calendar));
            timers.Add(ReviewCycleTimers.RecordIssueBy(held, review.RecordIssuedOn, today, policy, calendar));
        }
        return timers;
    }

    /// <summary>What is still to do on the review today, with due date and status (overdue, due soon or
    /// upcoming): "records to issue" is every held review whose record is not issued.</summary>
    public static IReadOnlyList<ReviewTaskDue> Outstanding(ReviewTimerFacts review, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar) =>
        For(review, today, policy, calendar).Where(t => t.DoneOn is null)
            .Select(t => new ReviewTaskDue(TaskFor(t.Timer), t)).ToList();

    /// <summary>Whether each decision of the review may still be contested, or stands; empty until the
    /// decisions are issued (the window counts from their issue).</summary>
    public static IReadOnlyList<DecisionContestWindow> ContestWindows(DateOnly? decisionsIssuedOn,
        IEnumerable<DateOnly?> contestedOn, DateOnly today, ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(contestedOn);
        return decisionsIssuedOn is { } issued
            ? contestedOn.Select(c => ReviewCycleTimers.ContestWindow(issued, c, today, policy, calendar)).ToList()
            : [];
    }

    public static string Heading(ReviewTask task) => task switch
    {
        ReviewTask.Reconvene => "Adjourned reviews to reconvene",
        ReviewTask.IssueDecisions => "Decisions to issue",
        ReviewTask.IssueRecord => "Records to issue",
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown review task."),
    };

    /// <summary>The timer's name on a page, for example "Decisions issued".</summary>
    public static string Name(ReviewCycleTimerKind timer) => timer switch
    {
        ReviewCycleTimerKind.AdjournedReviewReconvened => "Adjourned review reconvened",
        ReviewCycleTimerKind.DecisionsIssued => "Decisions issued",
        ReviewCycleTimerKind.RecordIssued => "Full record issued",
        ReviewCycleTimerKind.DecisionContestWindow => "Manager's window to contest",
        _ => ReviewCyclePolicy.Describe(timer),
    };

    private static ReviewTask TaskFor(ReviewCycleTimerKind timer) => timer switch
    {
        ReviewCycleTimerKind.AdjournedReviewReconvened => ReviewTask.Reconvene,
        ReviewCycleTimerKind.DecisionsIssued => ReviewTask.IssueDecisions,
        ReviewCycleTimerKind.RecordIssued => ReviewTask.IssueRecord,
        _ => throw new ArgumentOutOfRangeException(nameof(timer), timer, "Not a timer of a review."),
    };
}
