using Iro.Core.Calendar;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Calendar;

public class EnglandBankHolidaysTests
{
    private static readonly EnglandBankHolidays Holidays = EnglandBankHolidays.Default;

    private static DateOnly[] InMonth(int year, int month) =>
        [.. Holidays.For(year).Where(h => h.Date.Month == month).Select(h => h.Date)];

    [Theory]
    // §3.2: 25 December Monday to Thursday: 25 and 26 December.
    [InlineData(2023, "2023-12-25", "2023-12-26")] // Monday
    [InlineData(2024, "2024-12-25", "2024-12-26")] // Tuesday
    [InlineData(2019, "2019-12-25", "2019-12-26")] // Wednesday
    [InlineData(2025, "2025-12-25", "2025-12-26")] // Thursday
    // §3.2: Friday: 25 December and Monday 28 December.
    [InlineData(2026, "2026-12-25", "2026-12-28")]
    [InlineData(2015, "2015-12-25", "2015-12-28")]
    // §3.2: Saturday: Monday 27 and Tuesday 28 December.
    [InlineData(2027, "2027-12-27", "2027-12-28")]
    [InlineData(2021, "2021-12-27", "2021-12-28")]
    // §3.2: Sunday: Monday 26 and Tuesday 27 December.
    [InlineData(2022, "2022-12-26", "2022-12-27")]
    [InlineData(2016, "2016-12-26", "2016-12-27")]
    public void ChristmasAndBoxingDay_FollowTheWeekdayOf25December(int year, string first, string second) =>
        Assert.Equal([D(first), D(second)], InMonth(year, 12));

    [Theory]
    // §3.2: 25 December on a Saturday or Sunday is not itself a bank holiday; the substitutes are.
    [InlineData("2021-12-25")]
    [InlineData("2021-12-26")]
    [InlineData("2022-12-25")]
    public void ChristmasAtWeekend_WeekendDateIsNotTheBankHoliday(string date) =>
        Assert.False(Holidays.IsBankHoliday(D(date)));

    [Theory]
    // §3.2: New Year's Day, or the following Monday when 1 January is a Saturday or Sunday.
    [InlineData(2026, "2026-01-01")] // Thursday
    [InlineData(2024, "2024-01-01")] // Monday
    [InlineData(2022, "2022-01-03")] // Saturday
    [InlineData(2011, "2011-01-03")] // Saturday
    [InlineData(2023, "2023-01-02")] // Sunday
    [InlineData(2017, "2017-01-02")] // Sunday
    [InlineData(2000, "2000-01-03")] // Saturday
    public void NewYearsDay_MovesToMondayWhenAtWeekend(int year, string expected) =>
        Assert.Equal([D(expected)], InMonth(year, 1));

    [Theory]
    // §3.2: Good Friday is 2 days before Easter Sunday (Western computus); Easter Monday the day after.
    [InlineData("2000-04-23")]
    [InlineData("2008-03-23")] // earliest Easter in 2000–2100
    [InlineData("2011-04-24")]
    [InlineData("2013-03-31")] // Easter Monday in April, Good Friday in March
    [InlineData("2016-03-27")]
    [InlineData("2018-04-01")] // Good Friday in March
    [InlineData("2019-04-21")]
    [InlineData("2024-03-31")]
    [InlineData("2026-04-05")]
    [InlineData("2027-03-28")]
    [InlineData("2038-04-25")] // latest possible Easter
    [InlineData("2100-03-28")]
    public void GoodFridayAndEasterMonday_FollowEasterSunday(string easterSunday)
    {
        var easter = D(easterSunday);
        Assert.Equal("Good Friday", Holidays.NameOf(easter.AddDays(-2)));
        Assert.Equal("Easter Monday", Holidays.NameOf(easter.AddDays(1)));
    }

    [Fact]
    public void EasterSunday_StaysBetween22MarchAnd25AprilForEveryYear()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var easter = EnglandBankHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    // §3.2: early May bank holiday is the first Monday in May.
    [InlineData("2026-05-04")]
    [InlineData("2021-05-03")]
    [InlineData("2019-05-06")]
    [InlineData("2028-05-01")]
    [InlineData("2027-05-03")]
    public void EarlyMayBankHoliday_IsFirstMondayInMay(string date) =>
        Assert.Equal("Early May bank holiday", Holidays.NameOf(D(date)));

    [Theory]
    // §3.2: spring bank holiday is the last Monday in May (Banking and Financial Dealings Act 1971 Sch 1).
    [InlineData("2026-05-25")]
    [InlineData("2021-05-31")]
    [InlineData("2025-05-26")]
    [InlineData("2027-05-31")]
    public void SpringBankHoliday_IsLastMondayInMay(string date) =>
        Assert.Equal("Spring bank holiday", Holidays.NameOf(D(date)));

    [Theory]
    // §3.2: summer bank holiday is the last Monday in August (Banking and Financial Dealings Act 1971 Sch 1).
    [InlineData("2026-08-31")]
    [InlineData("2025-08-25")]
    [InlineData("2021-08-30")]
    [InlineData("2027-08-30")]
    public void SummerBankHoliday_IsLastMondayInAugust(string date) =>
        Assert.Equal("Summer bank holiday", Holidays.NameOf(D(date)));

    [Theory]
    // §3.3 one-off changes, plus the 2002 Golden Jubilee.
    [InlineData("2002-06-03", "Golden Jubilee bank holiday")]
    [InlineData("2002-06-04", "Spring bank holiday")]
    [InlineData("2011-04-29", "Royal wedding")]
    [InlineData("2012-06-04", "Spring bank holiday")]
    [InlineData("2012-06-05", "Queen’s Diamond Jubilee")]
    [InlineData("2020-05-08", "Early May bank holiday (VE day)")]
    [InlineData("2022-06-02", "Spring bank holiday")]
    [InlineData("2022-06-03", "Platinum Jubilee bank holiday")]
    [InlineData("2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II")]
    [InlineData("2023-05-08", "Bank holiday for the coronation of King Charles III")]
    public void OneOffHoliday_IsABankHoliday(string date, string name) =>
        Assert.Equal(name, Holidays.NameOf(D(date)));

    [Theory]
    // §3.3: a moved holiday's original date is an ordinary working day.
    [InlineData("2002-05-27")]
    [InlineData("2012-05-28")]
    [InlineData("2020-05-04")]
    [InlineData("2022-05-30")]
    public void MovedHoliday_OriginalDateIsAWorkingDay(string date)
    {
        Assert.False(Holidays.IsBankHoliday(D(date)));
        Assert.True(WorkingDayCalendar.Default.IsWorkingDay(D(date)));
    }

    [Theory]
    // §3.2 + §3.3 reproduce the GOV.UK england-and-wales list exactly.
    [InlineData(2002, "01-01", "03-29", "04-01", "05-06", "06-03", "06-04", "08-26", "12-25", "12-26")]
    [InlineData(2011, "01-03", "04-22", "04-25", "04-29", "05-02", "05-30", "08-29", "12-26", "12-27")]
    [InlineData(2012, "01-02", "04-06", "04-09", "05-07", "06-04", "06-05", "08-27", "12-25", "12-26")]
    [InlineData(2013, "01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26")]
    [InlineData(2014, "01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26")]
    [InlineData(2015, "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28")]
    [InlineData(2016, "01-01", "03-25", "03-28", "05-02", "05-30", "08-29", "12-26", "12-27")]
    [InlineData(2017, "01-02", "04-14", "04-17", "05-01", "05-29", "08-28", "12-25", "12-26")]
    [InlineData(2018, "01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26")]
    [InlineData(2019, "01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26")]
    [InlineData(2020, "01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28")]
    [InlineData(2021, "01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28")]
    [InlineData(2022, "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27")]
    [InlineData(2023, "01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26")]
    [InlineData(2024, "01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26")]
    [InlineData(2025, "01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26")]
    [InlineData(2026, "01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28")]
    [InlineData(2027, "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28")]
    public void For_MatchesGovUkList(int year, params string[] monthDays) =>
        Assert.Equal(monthDays.Select(md => D($"{year}-{md}")), Holidays.For(year).Select(h => h.Date));

    [Fact]
    public void For_EveryYearIsInDateOrderAndWithinTheYear()
    {
        for (var year = 2000; year <= 2100; year++)
        {
            var dates = Holidays.For(year).Select(h => h.Date).ToList();
            Assert.Equal(dates.Order(), dates);
            Assert.All(dates, d => Assert.Equal(year, d.Year));
            Assert.InRange(dates.Count, 8, 10);
        }
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void For_OutsideSupportedYears_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Holidays.For(year));

    [Fact]
    public void IsBankHoliday_OutsideSupportedYears_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Holidays.IsBankHoliday(D("1999-12-31")));

    [Theory]
    [InlineData("2026-12-25", "Christmas Day")]
    [InlineData("2026-12-28", "Substitute day for Boxing Day")]
    [InlineData("2022-12-27", "Substitute day for Christmas Day")]
    [InlineData("2022-01-03", "Substitute day for New Year’s Day")]
    [InlineData("2026-01-01", "New Year’s Day")]
    public void NameOf_NamesTheHoliday(string date, string name) =>
        Assert.Equal(name, Holidays.NameOf(D(date)));

    [Fact]
    public void NameOf_OrdinaryDay_IsNull() => Assert.Null(Holidays.NameOf(D("2026-12-29")));

    [Fact]
    public void AddedChange_MakesTheDayABankHoliday()
    {
        var holidays = new EnglandBankHolidays([new BankHolidayChange(D("2027-06-07"), "Extra bank holiday")]);

        Assert.Equal("Extra bank holiday", holidays.NameOf(D("2027-06-07")));
        Assert.False(new WorkingDayCalendar(holidays).IsWorkingDay(D("2027-06-07")));
        Assert.Contains(holidays.For(2027), h => h.Date == D("2027-06-07"));
    }

    [Fact]
    public void RemovedChange_MakesTheDayAWorkingDay()
    {
        var holidays = new EnglandBankHolidays([new BankHolidayChange(D("2027-08-30"), "", Removed: true)]);

        Assert.False(holidays.IsBankHoliday(D("2027-08-30")));
        Assert.True(new WorkingDayCalendar(holidays).IsWorkingDay(D("2027-08-30")));
    }

    [Fact]
    public void MovedHolidayChange_RemovesTheOriginalAndAddsTheNewDate()
    {
        var holidays = new EnglandBankHolidays(
        [
            new BankHolidayChange(D("2028-05-01"), "Early May bank holiday", Removed: true),
            new BankHolidayChange(D("2028-05-08"), "Early May bank holiday"),
        ]);

        Assert.False(holidays.IsBankHoliday(D("2028-05-01")));
        Assert.True(holidays.IsBankHoliday(D("2028-05-08")));
        Assert.Equal(8, holidays.For(2028).Count);
    }

    [Fact]
    public void AddedChange_DoesNotAffectTheDefault()
    {
        _ = new EnglandBankHolidays([new BankHolidayChange(D("2027-06-07"), "Extra bank holiday")]);

        Assert.False(EnglandBankHolidays.Default.IsBankHoliday(D("2027-06-07")));
    }

    [Fact]
    public void AddedChange_WithoutName_Throws() =>
        Assert.Throws<ArgumentException>(() => new EnglandBankHolidays([new BankHolidayChange(D("2027-06-07"), " ")]));

    [Fact]
    public void Change_OutsideSupportedYears_Throws() =>
        Assert.Throws<ArgumentException>(() => new EnglandBankHolidays([new BankHolidayChange(D("1999-12-31"), "Millennium")]));
}
