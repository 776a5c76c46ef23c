using Iro.Core.Calendar;
using Iro.Core.ReviewCycle;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.ReviewCycle;

public class ReviewCycleTimersTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly ReviewCyclePolicy Policy = ReviewCyclePolicy.Default;

    private static DateOnly? Maybe(string iso) => iso == "" ? null : D(iso);

    [Theory]
    // IRO Handbook (domain reference §4.2): decisions within 5 working days; the review day is day 0 (§2.6).
    [InlineData("2026-06-01", "2026-06-08")] // Monday review, no holidays
    [InlineData("2026-06-06", "2026-06-12")] // Saturday review: day 1 is Monday
    [InlineData("2026-05-22", "2026-06-01")] // over the spring bank holiday, 25 May
    [InlineData("2026-12-23", "2027-01-04")] // over Christmas, the Boxing Day substitute and New Year's Day
    public void DecisionsIssueBy_IsTheFifthWorkingDayAfterTheReview(string held, string expected) =>
        Assert.Equal(D(expected), ReviewCycleTimers.DecisionsIssueBy(D(held), null, D(held), Policy, Calendar).DueOn);

    [Theory]
    // Held Monday 1 June 2026: last day Monday 8 June. On the last day is on time (§2.6 item 3).
    [InlineData("2026-06-08", "2026-06-20", TimerStatus.DoneOnTime)]
    [InlineData("2026-06-02", "2026-06-20", TimerStatus.DoneOnTime)]
    [InlineData("2026-06-09", "2026-06-20", TimerStatus.DoneLate)]
    [InlineData("", "2026-06-02", TimerStatus.Upcoming)] // 4 working days left
    [InlineData("", "2026-06-04", TimerStatus.DueSoon)] // 2 left: the default "due soon"
    [InlineData("", "2026-06-08", TimerStatus.DueSoon)] // the last day
    [InlineData("", "2026-06-09", TimerStatus.Overdue)]
    [InlineData("", "2026-06-06", TimerStatus.DueSoon)] // Saturday: 1 working day left
    public void DecisionsIssueBy_StatusOnToday(string issued, string today, TimerStatus expected)
    {
        var timer = ReviewCycleTimers.DecisionsIssueBy(D("2026-06-01"), Maybe(issued), D(today), Policy, Calendar);

        Assert.Equal(expected, timer.Status);
        Assert.Equal(expected == TimerStatus.Overdue, timer.IsOverdue);
    }

    [Theory]
    // Each timer with its default (domain reference §1.2, §1.3, §4.1, §4.2), from Monday 1 June 2026 or, for the
    // limits before a review, from a review on Monday 29 June 2026.
    [InlineData(ReviewCycleTimerKind.IroAllocated, "2026-06-01", "2026-06-08")]
    [InlineData(ReviewCycleTimerKind.DecisionsIssued, "2026-06-01", "2026-06-08")]
    [InlineData(ReviewCycleTimerKind.RecordIssued, "2026-06-01", "2026-06-29")]
    [InlineData(ReviewCycleTimerKind.AdjournedReviewReconvened, "2026-06-01", "2026-06-29")]
    [InlineData(ReviewCycleTimerKind.ConsultationSent, "2026-06-29", "2026-06-01")]
    [InlineData(ReviewCycleTimerKind.SocialWorkerReport, "2026-06-29", "2026-06-24")]
    // Counting back over Good Friday and Easter Monday: 20 working days before Tuesday 21 April is 20 March.
    [InlineData(ReviewCycleTimerKind.ConsultationSent, "2026-04-21", "2026-03-20")]
    public void EachTimer_DefaultLastDay(ReviewCycleTimerKind kind, string from, string expected)
    {
        var timer = Timer(kind, D(from), null, D(from), Policy);

        Assert.Equal((kind, D(from), D(expected)), (timer.Timer, timer.CountedFrom, timer.DueOn));
        Assert.Equal(ReviewCyclePolicy.LimitFor(kind).Default, timer.WorkingDays);
    }

    [Theory]
    // A council's own settings (within the guardrails) move the last day.
    [InlineData(ReviewCycleTimerKind.IroAllocated, 10, "2026-06-01", "2026-06-15")]
    [InlineData(ReviewCycleTimerKind.DecisionsIssued, 3, "2026-06-01", "2026-06-04")]
    [InlineData(ReviewCycleTimerKind.RecordIssued, 15, "2026-06-01", "2026-06-22")]
    [InlineData(ReviewCycleTimerKind.AdjournedReviewReconvened, 10, "2026-06-01", "2026-06-15")]
    [InlineData(ReviewCycleTimerKind.ConsultationSent, 25, "2026-06-29", "2026-05-22")] // skips 25 May
    [InlineData(ReviewCycleTimerKind.SocialWorkerReport, 5, "2026-06-29", "2026-06-22")]
    public void EachTimer_UsesTheCouncilsSetting(ReviewCycleTimerKind kind, int days, string from, string expected)
    {
        var policy = kind switch
        {
            ReviewCycleTimerKind.IroAllocated => Policy with { IroAllocatedWithin = days },
            ReviewCycleTimerKind.DecisionsIssued => Policy with { DecisionsIssuedWithin = days },
            ReviewCycleTimerKind.RecordIssued => Policy with { RecordIssuedWithin = days },
            ReviewCycleTimerKind.AdjournedReviewReconvened => Policy with { ReconveneWithin = days },
            ReviewCycleTimerKind.ConsultationSent => Policy with { ConsultationSentBefore = days },
            _ => Policy with { SocialWorkerReportBefore = days },
        };

        var timer = Timer(kind, D(from), null, D(from), policy);

        Assert.Equal((days, D(expected)), (timer.WorkingDays, timer.DueOn));
        Assert.Contains($"This council has set {days} working days", timer.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // Limits before the review: sent on or before the last day is on time; the review day itself is late.
    [InlineData(ReviewCycleTimerKind.ConsultationSent, "2026-06-01", TimerStatus.DoneOnTime)]
    [InlineData(ReviewCycleTimerKind.ConsultationSent, "2026-06-02", TimerStatus.DoneLate)]
    [InlineData(ReviewCycleTimerKind.SocialWorkerReport, "2026-06-24", TimerStatus.DoneOnTime)]
    [InlineData(ReviewCycleTimerKind.SocialWorkerReport, "2026-06-29", TimerStatus.DoneLate)]
    public void BeforeTheReview_DoneOnOrBeforeTheLastDay(ReviewCycleTimerKind kind, string done, TimerStatus expected) =>
        Assert.Equal(expected, Timer(kind, D("2026-06-29"), D(done), D("2026-07-01"), Policy).Status);

    [Theory]
    [InlineData("2026-05-20", TimerStatus.Upcoming, 7)] // the spring bank holiday, 25 May, is not counted
    [InlineData("2026-05-29", TimerStatus.DueSoon, 1)]
    [InlineData("2026-06-03", TimerStatus.Overdue, -2)]
    public void ConsultationSendBy_WorkingDaysLeft(string today, TimerStatus status, int left)
    {
        var timer = ReviewCycleTimers.ConsultationSendBy(D("2026-06-29"), null, D(today), Policy, Calendar);

        Assert.Equal((status, left), (timer.Status, timer.WorkingDaysLeft));
    }

    [Fact]
    public void DecisionsIssueBy_Overdue_ExplainsTheRuleAndItsSource()
    {
        var timer = ReviewCycleTimers.DecisionsIssueBy(D("2026-06-01"), null, D("2026-06-10"), Policy, Calendar);

        Assert.Equal("The review's decisions are issued within 5 working days of the review (IRO Handbook). The " +
            "review was held on Monday 1 June 2026; that day is day 0, so the 5th working day, Monday 8 June 2026, is " +
            "the last day. The decisions have not been issued yet: overdue by 2 working days.", timer.Explanation);
        Assert.Equal((LimitSource.StatutoryGuidance, "IRO Handbook"), (timer.Source, timer.Citation));
    }

    [Fact]
    public void DecisionsIssueBy_CouncilShortened_SaysSo()
    {
        var policy = Policy with { DecisionsIssuedWithin = 3 };

        var timer = ReviewCycleTimers.DecisionsIssueBy(D("2026-06-01"), D("2026-06-05"), D("2026-06-10"), policy,
            Calendar);

        Assert.Equal("The review's decisions are issued within 3 working days of the review (IRO Handbook). The " +
            "review was held on Monday 1 June 2026; that day is day 0, so the 3rd working day, Thursday 4 June 2026, " +
            "is the last day. This council has set 3 working days; the default is 5 working days. The decisions " +
            "were issued on 5 June 2026, 1 working day late.", timer.Explanation);
    }

    [Fact]
    public void ConsultationSendBy_ExplainsCountingBack()
    {
        var timer = ReviewCycleTimers.ConsultationSendBy(D("2026-06-29"), null, D("2026-05-20"), Policy, Calendar);

        Assert.Equal("Consultation is sent 20 working days before the review (council practice). The review is on " +
            "Monday 29 June 2026; 20 working days before it is Monday 1 June 2026, the last day. The consultation " +
            "has not been sent yet; 7 working days left.", timer.Explanation);
        Assert.Equal(LimitSource.LocalPractice, timer.Source);
    }

    [Fact]
    public void ReconveneBy_CitesTheRegulation()
    {
        var timer = ReviewCycleTimers.ReconveneBy(D("2026-06-01"), D("2026-06-29"), D("2026-07-01"), Policy, Calendar);

        Assert.Equal((TimerStatus.DoneOnTime, LimitSource.Regulation), (timer.Status, timer.Source));
        Assert.StartsWith("An adjourned review is reconvened within 20 working days (CPPCR 2010 reg 36).",
            timer.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // CPPCR 2010 reg 36 (domain reference §1.2): a review may be adjourned once.
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void EnsureMayAdjourn_OnceOnly(int timesAlreadyAdjourned, bool refused)
    {
        var error = Record.Exception(() => ReviewCycleTimers.EnsureMayAdjourn(timesAlreadyAdjourned));

        Assert.Equal(refused, error is DomainRuleException);
        Assert.Equal(refused, error is not null);
    }

    [Theory]
    // Council dispute-resolution guidance (domain reference §4.2): issued Monday 8 June 2026, the window closes at
    // the end of Monday 15 June; after that the decision stands.
    [InlineData("", "2026-06-10", DecisionStanding.OpenToContest)]
    [InlineData("", "2026-06-15", DecisionStanding.OpenToContest)]
    [InlineData("", "2026-06-16", DecisionStanding.Stands)]
    [InlineData("2026-06-15", "2026-06-20", DecisionStanding.Contested)]
    [InlineData("2026-06-08", "2026-06-08", DecisionStanding.Contested)]
    [InlineData("2026-06-16", "2026-06-20", DecisionStanding.Stands)]
    public void ContestWindow_DecisionStandsAfterTheWindow(string contested, string today, DecisionStanding expected)
    {
        var window = ReviewCycleTimers.ContestWindow(D("2026-06-08"), Maybe(contested), D(today), Policy, Calendar);

        Assert.Equal((D("2026-06-15"), expected), (window.ClosesOn, window.Standing));
    }

    [Fact]
    public void ContestWindow_LateContest_ExplainsWhyTheDecisionStands()
    {
        var window = ReviewCycleTimers.ContestWindow(D("2026-06-08"), D("2026-06-16"), D("2026-06-20"), Policy,
            Calendar);

        Assert.EndsWith("A manager contested it on 16 June 2026, after the window closed, so the decision stands.",
            window.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ContestWindow_ContestBeforeIssue_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            ReviewCycleTimers.ContestWindow(D("2026-06-08"), D("2026-06-05"), D("2026-06-10"), Policy, Calendar));

    [Fact]
    public void DecisionsIssuedBeforeTheReview_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            ReviewCycleTimers.DecisionsIssueBy(D("2026-06-08"), D("2026-06-05"), D("2026-06-10"), Policy, Calendar));

    [Fact]
    public void InvalidPolicy_Throws() =>
        Assert.Throws<ArgumentException>(() => ReviewCycleTimers.RecordIssueBy(D("2026-06-01"), null, D("2026-06-01"),
            Policy with { RecordIssuedWithin = 30 }, Calendar));

    private static TimerDue Timer(ReviewCycleTimerKind kind, DateOnly from, DateOnly? done, DateOnly today,
        ReviewCyclePolicy policy) => kind switch
        {
            ReviewCycleTimerKind.IroAllocated => ReviewCycleTimers.IroAllocateBy(from, done, today, policy, Calendar),
            ReviewCycleTimerKind.ConsultationSent =>
                ReviewCycleTimers.ConsultationSendBy(from, done, today, policy, Calendar),
            ReviewCycleTimerKind.SocialWorkerReport =>
                ReviewCycleTimers.SocialWorkerReportBy(from, done, today, policy, Calendar),
            ReviewCycleTimerKind.DecisionsIssued =>
                ReviewCycleTimers.DecisionsIssueBy(from, done, today, policy, Calendar),
            ReviewCycleTimerKind.RecordIssued => ReviewCycleTimers.RecordIssueBy(from, done, today, policy, Calendar),
            ReviewCycleTimerKind.AdjournedReviewReconvened =>
                ReviewCycleTimers.ReconveneBy(from, done, today, policy, Calendar),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
}
