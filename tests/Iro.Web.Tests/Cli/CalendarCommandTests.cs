namespace Iro.Web.Tests.Cli;

/// <summary>`iro calendar …` prints exactly the answer on standard output, and nothing else.</summary>
public sealed class CalendarCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BankHolidays_2026_PrintsTheEnglandAndWalesList()
    {
        var result = await IroCli.RunAsync(Ct, "calendar", "bank-holidays", "2026");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-01-01\n2026-04-03\n2026-04-06\n2026-05-04\n2026-05-25\n2026-08-31\n2026-12-25\n2026-12-28\n", result.Out);
    }

    [Fact]
    public async Task BankHolidays_2022_IncludesTheJubileeAndTheStateFuneral()
    {
        var result = await IroCli.RunAsync(Ct, "calendar", "bank-holidays", "2022");
        Assert.Equal(
            "2022-01-03\n2022-04-15\n2022-04-18\n2022-05-02\n2022-06-02\n2022-06-03\n2022-08-29\n2022-09-19\n2022-12-26\n2022-12-27\n",
            result.Out);
    }

    [Theory]
    [InlineData("2026-12-18", "20", "2027-01-20")] // skips Christmas, the Boxing Day substitute and New Year's Day
    [InlineData("2026-11-23", "0", "2026-11-23")]   // day 0 is the date itself
    [InlineData("2026-11-28", "1", "2026-11-30")]   // a Saturday start: day 1 is Monday
    [InlineData("2027-01-20", "-20", "2026-12-18")]
    public async Task AddWorkingDays_PrintsTheDate(string date, string n, string expected)
    {
        var result = await IroCli.RunAsync(Ct, "calendar", "add-working-days", date, n);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + "\n", result.Out);
    }

    [Theory]
    [InlineData("2026-12-18", "2027-01-20", "20")]
    [InlineData("2026-11-23", "2026-11-23", "0")]
    [InlineData("2026-12-24", "2026-12-28", "0")]  // Christmas Day, a weekend, and the Boxing Day substitute
    public async Task WorkingDays_PrintsTheCount(string from, string to, string expected)
    {
        var result = await IroCli.RunAsync(Ct, "calendar", "working-days", from, to);
        Assert.Equal(expected + "\n", result.Out);
    }

    [Theory]
    [InlineData("23/11/2026", "add-working-days", "23/11/2026", "5")]
    [InlineData("five", "add-working-days", "2026-11-23", "five")]
    [InlineData("1999", "bank-holidays", "1999")]
    [InlineData("2026-02-30", "working-days", "2026-02-01", "2026-02-30")]
    public async Task BadInput_SaysWhatIsWrong_OnStandardError(string badValue, params string[] args)
    {
        var result = await IroCli.RunAsync(Ct, ["calendar", .. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("iro: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(badValue, result.Error, StringComparison.Ordinal);
    }
}
