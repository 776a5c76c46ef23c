using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro audit verify</c> as a person runs it: exit 0 on an intact trail, 1 naming the first bad entry.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iro-audit-").FullName;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DbPath => Path.Combine(_folder, "iro.db");

    [Fact]
    public async Task Verify_IntactThenTampered_ExitsZeroThenOneNamingTheEntry()
    {
        var extract = Path.Combine(_folder, "extract");
        var db = $"sqlite:{DbPath}";
        Assert.Equal(0, (await IroCli.RunAsync(Ct, "generate", "ssda903", extract, "--children", "5", "--seed", "3", "--year", "2025-26")).ExitCode);
        var import = await IroCli.RunAsync(Ct, "import", "ssda903", extract, "--year", "2025-26", "--council", "993", "--db", db);
        Assert.True(import.ExitCode == 0, import.Error);

        var intact = await IroCli.RunAsync(Ct, "audit", "verify", "--db", db, "--show-heads");
        Assert.True(intact.ExitCode == 0, intact.Out + intact.Error);
        var lines = intact.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Audit trail intact: 6 entries", lines[0], StringComparison.Ordinal);
        Assert.Matches("^993:6:[0-9a-f]{64}$", lines[1]);
        var anchored = await IroCli.RunAsync(Ct, "audit", "verify", "--db", db, "--anchor", lines[1]);
        Assert.True(anchored.ExitCode == 0, anchored.Out + anchored.Error);
        var rewritten = await IroCli.RunAsync(Ct, "audit", "verify", "--db", db, "--anchor", $"993:6:{new string('a', 64)}");
        Assert.Equal(1, rewritten.ExitCode);
        Assert.Contains("entry 6 does not match the anchor", rewritten.Out, StringComparison.Ordinal);
        var cutShort = await IroCli.RunAsync(Ct, "audit", "verify", "--db", db, "--anchor", $"993:7:{new string('a', 64)}");
        Assert.Equal(1, cutShort.ExitCode);
        Assert.Contains("entry 7 of the anchor is missing", cutShort.Out, StringComparison.Ordinal);

        await ExecuteAsync("""UPDATE "AuditEntries" SET "Actor" = 'someone-else' WHERE "Sequence" = 3""");
        var broken = await IroCli.RunAsync(Ct, "audit", "verify", "--db", db);
        Assert.Equal(1, broken.ExitCode);
        Assert.Equal("Audit trail broken for council 993: entry 3 was altered: its content no longer matches the hash chain.", broken.Out.Trim());
    }

    [Fact]
    public async Task Verify_EntryDeleted_ExitsOneNamingTheMissingEntry()
    {
        var extract = Path.Combine(_folder, "extract");
        var db = $"sqlite:{DbPath}";
        Assert.Equal(0, (await IroCli.RunAsync(Ct, "generate", "ssda903", extract, "--children", "4", "--seed", "4", "--year", "2025-26")).ExitCode);
        Assert.Equal(0, (await IroCli.RunAsync(Ct, "import", "ssda903", extract, "--year", "2025-26", "--council", "994", "--db", db)).ExitCode);

        await ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2""");
        var broken = await IroCli.RunAsync(Ct, "audit", "verify", "--db", db);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("entry 2 was removed", broken.Out, StringComparison.Ordinal);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
