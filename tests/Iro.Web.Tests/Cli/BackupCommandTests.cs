using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro backup</c> and <c>iro restore</c> on SQLite, run as a person would run them.</summary>
public sealed class BackupCommandTests : CliDatabaseTest
{
    [Fact]
    public async Task Backup_WhileAWriteIsInProgress_CopiesOnlyWhatWasCommitted_AndRestoreRefusesToOverwrite()
    {
        await CreateDatabaseWithAUserAsync("first@backup.test");
        var backup = Path.Combine(Folder, "backup.db");
        await using (var writer = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            await writer.OpenAsync(Ct);
            await using var transaction = await writer.BeginTransactionAsync(Ct);
            await using var insert = writer.CreateCommand();
            insert.CommandText = "CREATE TABLE UncommittedProbe (X INTEGER)";
            await insert.ExecuteNonQueryAsync(Ct);

            var online = await IroCli.RunAsync(Ct, "backup", backup, "--db", $"sqlite:{Db}");
            Assert.True(online.ExitCode == 0, online.Error);
            Assert.Equal("", online.Out);
            await transaction.RollbackAsync(Ct);
        }
        Assert.Equal(["first@backup.test"], await UsersInAsync(backup));
        Assert.False(await HasTableAsync(backup, "UncommittedProbe"));
        Assert.False(File.Exists(backup + "-wal"));

        var again = await IroCli.RunAsync(Ct, "backup", backup, "--db", $"sqlite:{Db}");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);

        var restored = Path.Combine(Folder, "restored.db");
        var fresh = await IroCli.RunAsync(Ct, "restore", backup, "--db", $"sqlite:{restored}");
        Assert.True(fresh.ExitCode == 0, fresh.Error);
        Assert.Equal(["first@backup.test"], await UsersInAsync(restored));

        await AddUserAsync("second@backup.test");
        var refused = await IroCli.RunAsync(Ct, "restore", backup, "--db", $"sqlite:{Db}");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(["first@backup.test", "second@backup.test"], await UsersInAsync(Db));

        var forced = await IroCli.RunAsync(Ct, "restore", backup, "--force", "--db", $"sqlite:{Db}");
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(["first@backup.test"], await UsersInAsync(Db));
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNotAnIroDatabase_IsRefused_AndChangesNothing()
    {
        var text = Path.Combine(Folder, "notes.db");
        await File.WriteAllTextAsync(text, "This is not a database, just some notes.", Ct);
        var other = Path.Combine(Folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE Recipes (Name TEXT)";
            await create.ExecuteNonQueryAsync(Ct);
        }

        foreach (var (file, reason) in new[] { (text, "is not a SQLite database"), (other, "is not an Iro database") })
        {
            var target = Path.Combine(Folder, "target.db");
            var result = await IroCli.RunAsync(Ct, "restore", file, "--db", $"sqlite:{target}");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(reason, result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(target));
        }
    }

    [Fact]
    public async Task Backup_OfPostgres_PointsToPgDump()
    {
        var result = await IroCli.RunAsync(Ct, "backup", Path.Combine(Folder, "pg.db"), "--db", "postgres:Host=127.0.0.1;Database=iro");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.Error, StringComparison.Ordinal);
    }
}
