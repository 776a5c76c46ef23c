using Iro.Core.Calendar;
using Iro.Core.ReviewCycle;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.ReviewCycle;

public class ReviewTimersTodayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly ReviewCyclePolicy Policy = ReviewCyclePolicy.Default;

    private static DateOnly? Maybe(string iso) => iso == "" ? null : D(iso);

    [Theory]
    // held, adjourned, decisions issued, record issued, today → the outstanding tasks as "Task:due:status", in order.
    // Not held, not adjourned: nothing yet.
    [InlineData("", "", "", "", "2026-06-01", "")]
    // Held Monday 1 June 2026: decisions by 8 June (5 WD), record by 29 June (20 WD).
    [InlineData("2026-06-01", "", "", "", "2026-06-02", "IssueDecisions:2026-06-08:Upcoming|IssueRecord:2026-06-29:Upcoming")]
    [InlineData("2026-06-01", "", "", "", "2026-06-09", "IssueDecisions:2026-06-08:Overdue|IssueRecord:2026-06-29:Upcoming")]
    // "Records to issue": decisions out, record not.
    [InlineData("2026-06-01", "", "2026-06-05", "", "2026-06-26", "IssueRecord:2026-06-29:DueSoon")]
    [InlineData("2026-06-01", "", "2026-06-05", "", "2026-06-30", "IssueRecord:2026-06-29:Overdue")]
    [InlineData("2026-06-01", "", "2026-06-05", "2026-06-20", "2026-07-30", "")]
    // Adjourned Friday 20 November 2026, not reconvened: by Friday 18 December (20 WD, CPPCR 2010 reg 36).
    [InlineData("", "2026-11-20", "", "", "2026-11-23", "Reconvene:2026-12-18:Upcoming")]
    [InlineData("", "2026-11-20", "", "", "2026-12-21", "Reconvene:2026-12-18:Overdue")]
    // Reconvened and held Tuesday 1 December: the reconvene limit is done; the post-review limits count from the day
    // held, the record's over Christmas Day and the Boxing Day substitute (28 December).
    [InlineData("2026-12-01", "2026-11-20", "", "", "2026-12-02", "IssueDecisions:2026-12-08:Upcoming|IssueRecord:2026-12-31:Upcoming")]
    public void Outstanding_ListsWhatIsStillToDo(string held, string adjourned, string decisions, string record, string today,
        string expected)
    {
        var outstanding = ReviewTimersToday.Outstanding(
            new ReviewTimerFacts(Maybe(held), Maybe(adjourned), Maybe(decisions), Maybe(record)), D(today), Policy, Calendar);

        Assert.Equal(expected, string.Join('|', outstanding.Select(t => $"{t.Task}:{t.Due.DueOn:yyyy-MM-dd}:{t.Due.Status}")));
    }

    [Theory]
    // Every timer of the review, done or not, with its status: the page shows them all.
    [InlineData("2026-06-01", "", "2026-06-08", "2026-06-30", "DecisionsIssued:DoneOnTime|RecordIssued:DoneLate")]
    [InlineData("2026-12-01", "2026-11-20", "2026-12-02", "", "AdjournedReviewReconvened:DoneOnTime|DecisionsIssued:DoneOnTime|RecordIssued:Upcoming")]
    [InlineData("2026-12-21", "2026-11-20", "", "", "AdjournedReviewReconvened:DoneLate|DecisionsIssued:Upcoming|RecordIssued:Upcoming")]
    public void For_ListsEveryTimer_DoneOrNot(string held, string adjourned, string decisions, string record, string expected)
    {
        var timers = ReviewTimersToday.For(new ReviewTimerFacts(Maybe(held), Maybe(adjourned), Maybe(decisions), Maybe(record)),
            D("2026-12-21"), Policy, Calendar);

        Assert.Equal(expected, string.Join('|', timers.Select(t => $"{t.Timer}:{t.Status}")));
    }

    [Fact]
    public void Outstanding_UsesTheCouncilsOwnLimits()
    {
        var stricter = Policy with { DecisionsIssuedWithin = 3, RecordIssuedWithin = 10 };

        var outstanding = ReviewTimersToday.Outstanding(new ReviewTimerFacts(D("2026-06-01"), null, null, null), D("2026-06-02"),
            stricter, Calendar);

        Assert.Equal([D("2026-06-04"), D("2026-06-15")], outstanding.Select(t => t.Due.DueOn));
        Assert.Contains("This council has set 3 working days", outstanding[0].Due.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // Issued Monday 23 November 2026: the window closes at the end of Monday 30 November (5 WD).
    [InlineData("", "2026-11-30", DecisionStanding.OpenToContest)]
    [InlineData("", "2026-12-01", DecisionStanding.Stands)]
    [InlineData("2026-11-30", "2026-12-10", DecisionStanding.Contested)]
    public void ContestWindows_OnePerDecision_OnceTheDecisionsAreIssued(string contested, string today, DecisionStanding expected)
    {
        var windows = ReviewTimersToday.ContestWindows(D("2026-11-23"), [Maybe(contested)], D(today), Policy, Calendar);

        Assert.Equal(expected, Assert.Single(windows).Standing);
        Assert.Empty(ReviewTimersToday.ContestWindows(null, [null], D(today), Policy, Calendar));
    }

    [Theory]
    [InlineData(ReviewTask.Reconvene, "Adjourned reviews to reconvene")]
    [InlineData(ReviewTask.IssueDecisions, "Decisions to issue")]
    [InlineData(ReviewTask.IssueRecord, "Records to issue")]
    public void Heading_NamesTheWorkList(ReviewTask task, string expected) => Assert.Equal(expected, ReviewTimersToday.Heading(task));
}
