namespace Iro.Web.Tests.Cli;

/// <summary>`iro schedule` prints the last on-time date and the kind of review, then the explanation
/// (CPPCR 2010 regs 33 and 48).</summary>
public sealed class ScheduleCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(new[] { "--looked-after-on", "2026-12-18" }, "2027-01-20 first")]
    [InlineData(new[] { "--looked-after-on", "2026-06-01", "--held", "2026-06-26" }, "2026-09-26 second")]
    [InlineData(new[] { "--looked-after-on", "2026-06-01", "--held", "2026-06-26", "--held", "2026-08-31" }, "2027-02-28 subsequent")]
    [InlineData(new[] { "--looked-after-on", "2026-01-10", "--short-breaks" }, "2026-04-10 first")]
    [InlineData(new[] { "--looked-after-on", "2026-01-10", "--short-breaks", "--held", "2026-04-01" }, "2026-10-01 second")]
    public async Task Schedule_PrintsDateAndKindThenTheExplanation(string[] args, string firstLine)
    {
        var result = await IroCli.RunAsync(Ct, ["schedule", .. args]);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal(firstLine, lines[0]);
        Assert.Contains("reg ", result.Out[firstLine.Length..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_FirstReview_ExplainsTheSkippedDays()
    {
        var result = await IroCli.RunAsync(Ct, "schedule", "--looked-after-on", "2026-12-18");
        Assert.Contains("reg 33(1)", result.Out, StringComparison.Ordinal);
        Assert.Contains("25 December 2026", result.Out, StringComparison.Ordinal);
        Assert.Contains("Christmas Day", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_HeldBeforeLookedAfter_IsAClearError()
    {
        var result = await IroCli.RunAsync(Ct, "schedule", "--looked-after-on", "2026-06-01", "--held", "2026-05-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("2026-05-01", result.Error, StringComparison.Ordinal);
    }
}
