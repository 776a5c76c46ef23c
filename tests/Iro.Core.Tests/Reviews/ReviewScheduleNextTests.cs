using Iro.Core.Calendar;
using Iro.Core.Reviews;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Reviews;

public class ReviewScheduleNextTests
{
    private static readonly DateOnly Start = D("2026-01-05");

    private static ReviewDue Next(DateOnly start, string[] held, bool shortBreaks = false,
        params ReviewTriggerFact[] triggers) =>
        ReviewSchedule.Next(start, [.. held.Select(D)], shortBreaks, triggers, WorkingDayCalendar.Default);

    private static ReviewTriggerFact Trigger(ReviewTriggerType type, string raised, string by) =>
        new(type, D(raised), D(by));

    [Theory]
    // CPPCR 2010 reg 33(1) and (2); §2.6 items 4 and 5: counted from the most recent review held.
    [InlineData(new string[0], "2026-02-02", ReviewKind.First, DueRule.FirstReview20WD)]
    [InlineData(new[] { "2026-01-20" }, "2026-04-20", ReviewKind.Second, DueRule.SecondReview3M)]
    [InlineData(new[] { "2026-01-20", "2026-04-15" }, "2026-10-15", ReviewKind.Subsequent, DueRule.Subsequent6M)]
    [InlineData(new[] { "2026-01-20", "2026-04-15", "2026-10-01" }, "2027-04-01", ReviewKind.Subsequent,
        DueRule.Subsequent6M)]
    public void Next_FollowsTheStatutorySequence(string[] held, string expected, ReviewKind kind, DueRule rule)
    {
        var due = Next(Start, held);

        Assert.Equal((D(expected), kind, rule), (due.DueOn, due.Kind, due.Rule));
    }

    [Fact]
    public void Next_EarlyReviewResetsTheClock()
    {
        // §2.6 item 4: the second review was held early (due 20 April), so 6 months run from 2 March.
        var due = Next(Start, ["2026-01-20", "2026-03-02"]);

        Assert.Equal(D("2026-09-02"), due.DueOn);
    }

    [Fact]
    public void Next_HeldReviewsInAnyOrder_AreSorted() =>
        Assert.Equal(D("2026-10-15"), Next(Start, ["2026-04-15", "2026-01-20"]).DueOn);

    [Fact]
    public void Next_ShortBreaks_FirstReviewIsThreeMonthsFromTheFirstBreak()
    {
        // CPPCR 2010 reg 48; §2.6 item 6: 30 November + 3 months clamps to 28 February.
        var due = Next(D("2026-11-30"), [], shortBreaks: true);

        Assert.Equal((D("2027-02-28"), ReviewKind.First, DueRule.ShortBreakFirst3M), (due.DueOn, due.Kind, due.Rule));
    }

    [Theory]
    // CPPCR 2010 reg 48; §2.6 item 6: then 6 months after each review held.
    [InlineData(new[] { "2027-02-20" }, "2027-08-20", ReviewKind.Second)]
    [InlineData(new[] { "2027-02-20", "2027-08-31" }, "2028-02-29", ReviewKind.Subsequent)]
    public void Next_ShortBreaks_LaterReviewsAreSixMonthsApart(string[] held, string expected, ReviewKind kind)
    {
        var due = Next(D("2026-11-30"), held, shortBreaks: true);

        Assert.Equal((D(expected), kind, DueRule.ShortBreak6M), (due.DueOn, due.Kind, due.Rule));
    }

    [Fact]
    public void Next_OpenTriggerBeforeTheStatutoryDate_BringsTheReviewForward()
    {
        // CPPCR 2010 reg 33(3)(a): the IRO asks for a review before the second review's 20 April due date.
        var due = Next(Start, ["2026-01-20"], false, Trigger(ReviewTriggerType.IroRequest, "2026-02-10", "2026-03-01"));

        Assert.Equal((D("2026-03-01"), ReviewKind.Second, DueRule.EarlyReview), (due.DueOn, due.Kind, due.Rule));
    }

    [Fact]
    public void Next_TriggerBeforeTheFirstReview_BringsTheFirstReviewForward()
    {
        // CPPCR 2010 reg 32(2): a significant change to the care plan is reviewed first.
        var due = Next(Start, [], false,
            Trigger(ReviewTriggerType.SignificantCarePlanChange, "2026-01-06", "2026-01-15"));

        Assert.Equal((D("2026-01-15"), ReviewKind.First, DueRule.EarlyReview), (due.DueOn, due.Kind, due.Rule));
    }

    [Fact]
    public void Next_TriggerSatisfiedByALaterReview_NoLongerApplies()
    {
        var due = Next(Start, ["2026-01-20", "2026-02-25"], false,
            Trigger(ReviewTriggerType.IroRequest, "2026-02-10", "2026-03-01"));

        Assert.Equal((D("2026-08-25"), DueRule.Subsequent6M), (due.DueOn, due.Rule));
    }

    [Fact]
    public void Next_TriggerSatisfiedByAReviewOnTheDayItWasRaised()
    {
        var due = Next(Start, ["2026-01-20", "2026-02-10"], false,
            Trigger(ReviewTriggerType.Reg30Concern, "2026-02-10", "2026-02-20"));

        Assert.Equal((D("2026-08-10"), DueRule.Subsequent6M), (due.DueOn, due.Rule));
    }

    [Fact]
    public void Next_TriggerLaterThanTheStatutoryDate_DoesNotChangeIt()
    {
        var due = Next(Start, ["2026-01-20"], false, Trigger(ReviewTriggerType.ChildRequest, "2026-02-10", "2026-05-01"));

        Assert.Equal((D("2026-04-20"), DueRule.SecondReview3M), (due.DueOn, due.Rule));
    }

    [Fact]
    public void Next_SeveralOpenTriggers_TheEarliestReviewByApplies()
    {
        var due = Next(Start, ["2026-01-20"], false,
            Trigger(ReviewTriggerType.IroRequest, "2026-02-10", "2026-03-10"),
            Trigger(ReviewTriggerType.Reg30Concern, "2026-02-12", "2026-03-01"),
            Trigger(ReviewTriggerType.ChildRequest, "2026-02-14", "2026-03-20"));

        Assert.Equal((D("2026-03-01"), DueRule.EarlyReview), (due.DueOn, due.Rule));
        Assert.Equal("CPPCR 2010 reg 33(3)(b)", due.Explanation.Regulation);
        Assert.Contains("There are 3 open early-review triggers", due.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_TriggerOnTheStatutoryDate_KeepsTheStatutoryRule()
    {
        var due = Next(Start, ["2026-01-20"], false, Trigger(ReviewTriggerType.IroRequest, "2026-02-10", "2026-04-20"));

        Assert.Equal((D("2026-04-20"), DueRule.SecondReview3M), (due.DueOn, due.Rule));
        Assert.Contains("also needs a review by this date", due.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ReviewHeldBeforeThePeriodStarted_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Next(Start, ["2026-01-01"]));

        Assert.Contains("1 January 2026", error.Message, StringComparison.Ordinal);
        Assert.Contains("5 January 2026", error.Message, StringComparison.Ordinal);
        Assert.Equal("heldInPeriod", error.ParamName);
    }

    [Fact]
    public void Next_TriggerDueBeforeItWasRaised_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            Next(Start, [], false, Trigger(ReviewTriggerType.IroRequest, "2026-02-10", "2026-02-09")));
}
