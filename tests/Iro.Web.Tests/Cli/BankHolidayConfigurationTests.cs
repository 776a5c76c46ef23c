using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Tests.Cli;

/// <summary>A one-off bank holiday announced after a release is added through configuration, and
/// `iro recompute-due-dates` moves the stored due dates it affects.</summary>
public sealed class BankHolidayConfigurationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string> ExtraHoliday = new()
    {
        ["IRO_Calendar__BankHolidayChanges__0__Date"] = "2026-12-01",
        ["IRO_Calendar__BankHolidayChanges__0__Name"] = "Fictional extra bank holiday",
    };

    [Fact]
    public async Task ConfiguredHoliday_IsListed_AndSkipped()
    {
        var list = await IroCli.RunWithEnvironmentAsync(ExtraHoliday, Ct, "calendar", "bank-holidays", "2026");
        Assert.Contains("2026-12-01\n", list.Out, StringComparison.Ordinal);
        var next = await IroCli.RunWithEnvironmentAsync(ExtraHoliday, Ct, "calendar", "add-working-days", "2026-11-30", "1");
        Assert.Equal("2026-12-02\n", next.Out);
    }

    [Fact]
    public async Task RecomputeDueDates_AfterAConfiguredHoliday_MovesTheFirstReviewByAWorkingDay()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iro-recompute-{Guid.NewGuid():N}.db");
        var database = DatabaseProvider.Sqlite(path);
        var council = new TestCouncil();
        try
        {
            await using (var db = IroDbContextFactory.Create(database, CouncilScope.All()))
            {
                await db.Database.MigrateAsync(Ct);
                db.AddRange(council.Entities());
                await db.SaveChangesAsync(Ct);
            }

            var result = await IroCli.RunWithEnvironmentAsync(ExtraHoliday, Ct, "recompute-due-dates", "--db", $"sqlite:{path}");
            Assert.Equal(0, result.ExitCode);

            await using var check = IroDbContextFactory.Create(database, CouncilScope.All());
            var due = await check.Reviews.Where(r => r.ChildId == council.DueSoon.Id && r.HeldOn == null).SingleAsync(Ct);
            // Looked after 9 November 2026: the 20th working day was 7 December; with 1 December a holiday, 8 December.
            Assert.Equal(new DateOnly(2026, 12, 8), due.DueOn);
            Assert.Equal(DueRule.FirstReview20WD, due.DueRule);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }
}
