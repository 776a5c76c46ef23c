using System.Diagnostics;
using Iro.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Tests.Cli;

/// <summary>The 903 round trip as a person runs it: generate, validate, import, import again, export.</summary>
public sealed class Ssda903CommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"iro-903-{Guid.NewGuid():N}");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Ssda903CommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task GenerateValidateImportExport_GivesBackTheSameRows()
    {
        var extract = Path.Combine(_folder, "extract");
        var db = $"sqlite:{Path.Combine(_folder, "iro.db")}";
        Assert.Equal(0, (await IroCli.RunAsync(Ct, "generate", "ssda903", extract, "--children", "300", "--seed", "5", "--year", "2025-26")).ExitCode);

        var validate = await IroCli.RunAsync(Ct, "validate", "ssda903", extract, "--year", "2025-26");
        Assert.Equal(0, validate.ExitCode);
        Assert.Equal("", validate.Out);

        var first = await IroCli.RunAsync(Ct, "import", "ssda903", extract, "--year", "2025-26", "--council", "990", "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("300 children added", first.Out, StringComparison.Ordinal);
        var again = await IroCli.RunAsync(Ct, "import", "ssda903", extract, "--year", "2025-26", "--council", "990", "--db", db);
        Assert.Contains("0 children added, 0 updated, 300 unchanged; 0 episodes added, 0 updated, 0 removed; 0 reviews added; 0 rows of other tables written", again.Out, StringComparison.Ordinal);

        var held = await IroCli.RunAsync(Ct, "validate", "ssda903", "--held", "--year", "2025-26", "--db", db);
        Assert.Equal(0, held.ExitCode);
        Assert.Equal("", held.Out);

        var exported = Path.Combine(_folder, "exported");
        Assert.Equal(0, (await IroCli.RunAsync(Ct, "export", "ssda903", exported, "--year", "2025-26", "--db", db)).ExitCode);
        foreach (var table in new[] { "header.csv", "episodes.csv", "reviews.csv" })
        {
            Assert.Equal(SortedLines(Path.Combine(extract, table)), SortedLines(Path.Combine(exported, table)));
        }
    }

    [Fact]
    public async Task Validate_WithDeliberateErrors_ReportsTsvRowsWithRuleCodes()
    {
        var extract = Path.Combine(_folder, "errors");
        await IroCli.RunAsync(Ct, "generate", "ssda903", extract, "--children", "400", "--seed", "9", "--year", "2024-25", "--error-rate", "0.1");
        var result = await IroCli.RunAsync(Ct, "validate", "ssda903", extract, "--year", "2024-25");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            var fields = line.Split('\t');
            Assert.Equal(5, fields.Length);
            Assert.True(int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        });
    }

    [Fact]
    public async Task Validate_Json_ListsEachFailureAsAnObject()
    {
        var extract = Path.Combine(_folder, "json");
        await IroCli.RunAsync(Ct, "generate", "ssda903", extract, "--children", "300", "--seed", "11", "--year", "2025-26", "--error-rate", "0.2");
        var result = await IroCli.RunAsync(Ct, "validate", "ssda903", extract, "--year", "2025-26", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var first = json.RootElement.EnumerateArray().First();
        Assert.False(string.IsNullOrEmpty(first.GetProperty("rule").GetString()));
        Assert.True(first.GetProperty("row").GetInt32() >= 1);
    }

    [Fact]
    public async Task Validate_UnreadableInput_ExitsNonZero()
    {
        var result = await IroCli.RunAsync(Ct, "validate", "ssda903", Path.Combine(_folder, "no-such-folder"), "--year", "2025-26");
        Assert.NotEqual(0, result.ExitCode);
    }

    [Fact]
    public async Task KillingAnImport_LeavesAllOfItOrNoneOfIt()
    {
        var extract = Path.Combine(_folder, "big");
        await IroCli.RunAsync(Ct, "generate", "ssda903", extract, "--children", "1500", "--seed", "3", "--year", "2025-26");
        foreach (var delay in new[] { 400, 1200, 2500, 4000 })
        {
            var path = Path.Combine(_folder, $"killed-{delay}.db");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { IroCli.CliDll(), "import", "ssda903", extract, "--year", "2025-26", "--council", "990", "--db", $"sqlite:{path}" })
            {
                start.ArgumentList.Add(arg);
            }
            using var process = Process.Start(start)!;
            await Task.Delay(delay, Ct);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Ct);
            if (!File.Exists(path))
            {
                continue;
            }
            await using var db = IroDbContextFactory.Create(DatabaseProvider.Sqlite(path), CouncilScope.All());
            // Killed while the schema was being created: the import starts only after the last migration, so
            // there is nothing of it to find (and a half-built schema cannot be queried for children).
            if ((await db.Database.GetPendingMigrationsAsync(Ct)).Any())
            {
                continue;
            }
            var children = await db.Children.CountAsync(Ct);
            Assert.True(children is 0 or 1500, $"Killed after {delay} ms, the database holds {children} children: part of an import.");
            if (children == 1500)
            {
                Assert.Equal(1500, await db.Children.CountAsync(c => c.PeriodsOfCare.Any(), Ct));
            }
        }
    }

    private static List<string> SortedLines(string path) => File.ReadAllLines(path).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
