using Iro.Core.Calendar;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Calendar;

public class GovUkJsonTests
{
    // A cut-down https://www.gov.uk/bank-holidays.json (domain reference §3.4). 2031 is invented so that the
    // imported data visibly differs from the rules: no summer bank holiday, and an extra day in June.
    private const string Json = """
        {
          "england-and-wales": {
            "division": "england-and-wales",
            "events": [
              { "title": "New Year\u2019s Day", "date": "2022-01-03", "notes": "Substitute day", "bunting": true },
              { "title": "Good Friday", "date": "2022-04-15", "notes": "", "bunting": false },
              { "title": "Easter Monday", "date": "2022-04-18", "notes": "", "bunting": true },
              { "title": "Early May bank holiday", "date": "2022-05-02", "notes": "", "bunting": true },
              { "title": "Spring bank holiday", "date": "2022-06-02", "notes": "", "bunting": true },
              { "title": "Platinum Jubilee bank holiday", "date": "2022-06-03", "notes": "", "bunting": true },
              { "title": "Summer bank holiday", "date": "2022-08-29", "notes": "", "bunting": true },
              { "title": "Boxing Day", "date": "2022-12-26", "notes": "", "bunting": true },
              { "title": "Christmas Day", "date": "2022-12-27", "notes": "Substitute day", "bunting": true },
              { "title": "New Year\u2019s Day", "date": "2031-01-01", "notes": "", "bunting": true },
              { "title": "Extra bank holiday", "date": "2031-06-09", "notes": "", "bunting": true },
              { "title": "Christmas Day", "date": "2031-12-25", "notes": "", "bunting": true }
            ]
          },
          "scotland": {
            "division": "scotland",
            "events": [
              { "title": "St Andrew\u2019s Day", "date": "2022-11-30", "notes": "", "bunting": true }
            ]
          }
        }
        """;

    [Fact]
    public void FromGovUkJson_ImportedYearUsesTheImportedDates()
    {
        var holidays = EnglandBankHolidays.FromGovUkJson(Json);

        Assert.Equal(
            [D("2022-01-03"), D("2022-04-15"), D("2022-04-18"), D("2022-05-02"), D("2022-06-02"),
                D("2022-06-03"), D("2022-08-29"), D("2022-12-26"), D("2022-12-27")],
            holidays.For(2022).Select(h => h.Date));
    }

    [Fact]
    public void FromGovUkJson_ImportedYearOverridesTheRulesAndBuiltInChanges()
    {
        var holidays = EnglandBankHolidays.FromGovUkJson(Json);

        Assert.False(holidays.IsBankHoliday(D("2022-09-19")));
        Assert.False(holidays.IsBankHoliday(D("2031-08-25")));
        Assert.True(holidays.IsBankHoliday(D("2031-06-09")));
    }

    [Fact]
    public void FromGovUkJson_YearNotInTheFileUsesTheRules() =>
        Assert.Equal(EnglandBankHolidays.Default.For(2026), EnglandBankHolidays.FromGovUkJson(Json).For(2026));

    [Fact]
    public void FromGovUkJson_IgnoresOtherDivisions() =>
        Assert.False(EnglandBankHolidays.FromGovUkJson(Json).IsBankHoliday(D("2022-11-30")));

    [Fact]
    public void FromGovUkJson_NamesSubstituteDays() =>
        Assert.Equal("Substitute day for Christmas Day",
            EnglandBankHolidays.FromGovUkJson(Json).NameOf(D("2022-12-27")));

    [Fact]
    public void FromGovUkJson_AppliesAdditionalChangesOnTop()
    {
        var holidays = EnglandBankHolidays.FromGovUkJson(Json,
            [new BankHolidayChange(D("2022-06-03"), "", Removed: true)]);

        Assert.False(holidays.IsBankHoliday(D("2022-06-03")));
    }

    [Fact]
    public void FromGovUkJson_ReadsOlderDayMonthYearDates()
    {
        const string older = """
            { "england-and-wales": { "events": [ { "title": "Christmas Day", "date": "25/12/2030", "notes": "" } ] } }
            """;

        Assert.Equal([new BankHoliday(D("2030-12-25"), "Christmas Day")], EnglandBankHolidays.FromGovUkJson(older).For(2030));
    }

    [Fact]
    public void FromGovUkJson_WithoutEnglandAndWales_Throws() =>
        Assert.Throws<FormatException>(() => EnglandBankHolidays.FromGovUkJson("""{ "scotland": { "events": [] } }"""));

    [Fact]
    public void FromGovUkJson_BadDate_Throws() =>
        Assert.Throws<FormatException>(() => EnglandBankHolidays.FromGovUkJson(
            """{ "england-and-wales": { "events": [ { "title": "X", "date": "2030-13-01" } ] } }"""));
}
