using Iro.Core.Calendar;
using Iro.Core.Reviews;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Reviews;

public class ReviewScheduleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    // CPPCR 2010 reg 33(1): first review within 20 working days; §2.6 item 1: the start date is day 0.
    [InlineData("2026-06-01", "2026-06-29")] // Monday start, no holidays: 4 weeks
    [InlineData("2026-06-06", "2026-07-03")] // Saturday start: day 1 is Monday 8 June
    [InlineData("2026-12-02", "2027-01-04")] // over Christmas, Boxing Day substitute and New Year
    [InlineData("2026-03-20", "2026-04-21")] // over Good Friday and Easter Monday
    [InlineData("2026-12-25", "2027-01-26")] // start on Christmas Day
    [InlineData("2026-01-05", "2026-02-02")]
    public void FirstReviewDue_Is20WorkingDaysAfterBecomingLookedAfter(string start, string expected) =>
        Assert.Equal(D(expected), ReviewSchedule.FirstReviewDue(D(start), Calendar));

    [Theory]
    // CPPCR 2010 reg 33(2): second review within 3 months; §2.6 item 2: a short month clamps to its last day.
    [InlineData("2026-01-15", "2026-04-15")]
    [InlineData("2026-11-30", "2027-02-28")]
    [InlineData("2027-11-30", "2028-02-29")] // leap year
    [InlineData("2026-03-31", "2026-06-30")]
    [InlineData("2026-05-31", "2026-08-31")]
    public void SecondReviewDue_IsThreeCalendarMonthsAfterTheFirst(string firstHeld, string expected) =>
        Assert.Equal(D(expected), ReviewSchedule.SecondReviewDue(D(firstHeld)));

    [Theory]
    // CPPCR 2010 reg 33(2): later reviews within 6 months; §2.6 item 2: a short month clamps to its last day.
    [InlineData("2026-01-15", "2026-07-15")]
    [InlineData("2026-08-31", "2027-02-28")]
    [InlineData("2027-08-31", "2028-02-29")] // leap year
    [InlineData("2026-12-31", "2027-06-30")]
    public void SubsequentReviewDue_IsSixCalendarMonthsAfterThePrevious(string previousHeld, string expected) =>
        Assert.Equal(D(expected), ReviewSchedule.SubsequentReviewDue(D(previousHeld)));

    [Theory]
    // §2.6 item 5: first, second, then subsequent.
    [InlineData(1, ReviewKind.First)]
    [InlineData(2, ReviewKind.Second)]
    [InlineData(3, ReviewKind.Subsequent)]
    [InlineData(12, ReviewKind.Subsequent)]
    public void KindOf_FollowsTheReviewNumber(int number, ReviewKind expected) =>
        Assert.Equal(expected, ReviewSchedule.KindOf(number));

    [Fact]
    public void KindOf_Zero_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => ReviewSchedule.KindOf(0));

    [Theory]
    // §2.6 item 3: on or before the due date is on time.
    [InlineData("2026-04-14", true)]
    [InlineData("2026-04-15", true)]
    [InlineData("2026-04-16", false)]
    public void IsOnTime_OnOrBeforeTheDueDate(string held, bool expected) =>
        Assert.Equal(expected, ReviewSchedule.IsOnTime(D(held), D("2026-04-15")));
}
