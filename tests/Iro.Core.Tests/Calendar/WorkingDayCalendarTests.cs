using Iro.Core.Calendar;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    [Theory]
    // CPPCR 2010 reg 2(1): not a Saturday, Sunday, Christmas Day, Good Friday or bank holiday.
    [InlineData("2026-06-05", true)]  // Friday
    [InlineData("2026-06-06", false)] // Saturday
    [InlineData("2026-06-07", false)] // Sunday
    [InlineData("2026-12-25", false)] // Christmas Day
    [InlineData("2026-12-28", false)] // substitute for Boxing Day
    [InlineData("2026-04-03", false)] // Good Friday
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-08-31", false)] // summer bank holiday
    [InlineData("2027-12-25", false)] // Christmas Day on a Saturday
    [InlineData("2026-12-29", true)]
    public void IsWorkingDay_FollowsRegulation2(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void IsWorkingDay_ChristmasDayAndGoodFridayStayNonWorkingIfRemovedFromBankHolidays()
    {
        // Reg 2(1) names Christmas Day and Good Friday in their own right, not only as bank holidays.
        var calendar = new WorkingDayCalendar(new EnglandBankHolidays(
        [
            new BankHolidayChange(D("2026-12-25"), "", Removed: true),
            new BankHolidayChange(D("2026-04-03"), "", Removed: true),
        ]));

        Assert.False(calendar.IsWorkingDay(D("2026-12-25")));
        Assert.False(calendar.IsWorkingDay(D("2026-04-03")));
    }

    [Theory]
    // §2.6 item 1: the start date is day 0 whatever it is.
    [InlineData("2026-12-05", 0, "2026-12-05")] // n = 0 returns start, even a Saturday
    [InlineData("2026-06-01", 1, "2026-06-02")] // Monday to Tuesday
    [InlineData("2026-06-05", 1, "2026-06-08")] // Friday to Monday
    [InlineData("2026-06-06", 1, "2026-06-08")] // Saturday start: day 1 is Monday
    [InlineData("2026-06-01", 20, "2026-06-29")]
    public void AddWorkingDays_CountsFromDayZero(string start, int n, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));

    [Fact]
    public void AddWorkingDays_SkipsChristmasAndBoxingDay() =>
        // Fri 25 Dec 2026 Christmas Day, weekend, Mon 28 Dec substitute Boxing Day.
        Assert.Equal(D("2026-12-29"), Calendar.AddWorkingDays(D("2026-12-24"), 1));

    [Fact]
    public void AddWorkingDays_SkipsGoodFridayAndEasterMonday() =>
        Assert.Equal(D("2026-04-07"), Calendar.AddWorkingDays(D("2026-04-02"), 1));

    [Fact]
    public void AddWorkingDays_SkipsNewYearsDay() =>
        Assert.Equal(D("2027-01-04"), Calendar.AddWorkingDays(D("2026-12-31"), 1));

    [Theory]
    // A negative n is the |n|th working day before start.
    [InlineData("2026-12-29", -1, "2026-12-24")]
    [InlineData("2026-06-06", -1, "2026-06-05")] // Saturday start
    [InlineData("2026-06-08", -1, "2026-06-05")]
    [InlineData("2026-06-29", -20, "2026-06-01")]
    public void AddWorkingDays_NegativeCountsBackwards(string start, int n, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), n));

    [Theory]
    [InlineData("2100-12-31", 1)]
    [InlineData("2000-01-01", -1)]
    public void AddWorkingDays_BeyondSupportedYears_Throws(string start, int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(start), n));

    [Fact]
    public void AddWorkingDays_HugeN_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2026-01-01"), int.MaxValue));

    [Fact]
    public void IsWorkingDay_BeforeSupportedYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(D("1999-12-31")));

    [Theory]
    // Working days after `from` up to and including `to`; the mirror when `to` is earlier.
    [InlineData("2026-06-05", "2026-06-05", 0)]
    [InlineData("2026-06-05", "2026-06-08", 1)]   // Friday to Monday
    [InlineData("2026-06-06", "2026-06-08", 1)]   // Saturday to Monday
    [InlineData("2026-06-05", "2026-06-07", 0)]   // Friday to Sunday
    [InlineData("2026-12-24", "2026-12-29", 1)]   // over Christmas
    [InlineData("2026-06-08", "2026-06-05", -1)]  // mirror
    [InlineData("2026-06-08", "2026-06-06", -1)]  // mirror of Saturday to Monday
    [InlineData("2025-12-31", "2026-12-31", 253)] // 365 days, 104 weekend days, 8 bank holidays
    public void WorkingDaysBetween_CountsAfterFromUpToAndIncludingTo(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Fact]
    public void NonWorkingDaysBetween_NamesEachDay() =>
        Assert.Equal(
            [
                new NonWorkingDay(D("2026-12-25"), "Christmas Day"),
                new NonWorkingDay(D("2026-12-26"), "Saturday"),
                new NonWorkingDay(D("2026-12-27"), "Sunday"),
                new NonWorkingDay(D("2026-12-28"), "Substitute day for Boxing Day"),
                new NonWorkingDay(D("2027-01-01"), "New Year’s Day"),
                new NonWorkingDay(D("2027-01-02"), "Saturday"),
                new NonWorkingDay(D("2027-01-03"), "Sunday"),
            ],
            Calendar.NonWorkingDaysBetween(D("2026-12-24"), D("2027-01-04")));

    [Fact]
    public void NonWorkingDaysBetween_ChristmasDayOnSaturday_IsNamedChristmasDay() =>
        Assert.Equal("Christmas Day", Calendar.NonWorkingDaysBetween(D("2027-12-24"), D("2027-12-25"))[0].Reason);

    [Fact]
    public void NonWorkingDaysBetween_ExcludesFromAndIncludesTo() =>
        Assert.Equal([new NonWorkingDay(D("2026-06-07"), "Sunday")],
            Calendar.NonWorkingDaysBetween(D("2026-06-06"), D("2026-06-07")));

    [Fact]
    public void NonWorkingDaysBetween_ToNotAfterFrom_IsEmpty() =>
        Assert.Empty(Calendar.NonWorkingDaysBetween(D("2026-06-08"), D("2026-06-06")));
}
