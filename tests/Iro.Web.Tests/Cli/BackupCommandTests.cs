using Microsoft.Data.Sqlite;

namespace Iro.Web.Tests.Cli;

/// <summary><c>iro backup</c> and <c>iro restore</c> on SQLite, run as a person would run them.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _folder = Directory.CreateTempSubdirectory("iro-backup-").FullName;

    private string Db => Path.Combine(_folder, "iro.db");

    [Fact]
    public async Task Backup_WhileAWriteIsInProgress_CopiesOnlyWhatWasCommitted_AndRestoreRefusesToOverwrite()
    {
        await CreateDatabaseWithAUserAsync("first@backup.test");
        var backup = Path.Combine(_folder, "backup.db");
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

        var restored = Path.Combine(_folder, "restored.db");
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
        var text = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(text, "This is not a database, just some notes.", Ct);
        var other = Path.Combine(_folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE Recipes (Name TEXT)";
            await create.ExecuteNonQueryAsync(Ct);
        }

        foreach (var (file, reason) in new[] { (text, "is not a SQLite database"), (other, "is not an Iro database") })
        {
            var target = Path.Combine(_folder, "target.db");
            var result = await IroCli.RunAsync(Ct, "restore", file, "--db", $"sqlite:{target}");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(reason, result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(target));
        }
    }

    [Fact]
    public async Task Backup_OfPostgres_PointsToPgDump()
    {
        var result = await IroCli.RunAsync(Ct, "backup", Path.Combine(_folder, "pg.db"), "--db", "postgres:Host=127.0.0.1;Database=iro");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_WithACommonPassword_IsRefused()
    {
        var result = await IroCli.RunWithEnvironmentAsync(new Dictionary<string, string> { ["IRO_NEW_PASSWORD"] = "Password-1234" }, Ct,
            "users", "add", "--email", "weak@backup.test", "--role", "system-administrator", "--db", $"sqlite:{Db}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("common passwords", result.Error, StringComparison.Ordinal);
        Assert.Empty(await UsersInAsync(Db));
    }

    private async Task CreateDatabaseWithAUserAsync(string email)
    {
        var migrate = await IroCli.RunAsync(Ct, "migrate", "--db", $"sqlite:{Db}");
        Assert.True(migrate.ExitCode == 0, migrate.Error);
        await AddUserAsync(email);
    }

    private async Task AddUserAsync(string email)
    {
        var add = await IroCli.RunWithEnvironmentAsync(new Dictionary<string, string> { ["IRO_NEW_PASSWORD"] = "a-long-enough-passphrase" }, Ct,
            "users", "add", "--email", email, "--role", "system-administrator", "--db", $"sqlite:{Db}");
        Assert.True(add.ExitCode == 0, add.Error);
    }

    private static async Task<List<string>> UsersInAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT Email FROM AspNetUsers ORDER BY Email";
        var emails = new List<string>();
        await using var reader = await query.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            emails.Add(reader.GetString(0));
        }
        return emails;
    }

    private static async Task<bool> HasTableAsync(string path, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = $name";
        query.Parameters.AddWithValue("$name", table);
        return (long)(await query.ExecuteScalarAsync(Ct))! > 0;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
