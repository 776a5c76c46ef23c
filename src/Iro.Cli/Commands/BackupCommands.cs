using System.CommandLine;
using Iro.Core.Data;
using Iro.Web.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Iro.Cli.Commands;

/// <summary><c>iro backup OUT</c> and <c>iro restore IN</c> for SQLite. The backup is taken with SQLite's
/// online backup API while Iro keeps serving: it copies one consistent snapshot (WAL readers are not blocked,
/// and a write that has not committed is not in it). PostgreSQL deployments use pg_dump and pg_restore
/// (README, Security).</summary>
internal static class BackupCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Backup();
        yield return Restore();
    }

    private static Command Backup()
    {
        var output = new Argument<string>("OUT") { Description = "The backup file to write (a SQLite database)." };
        var force = new Option<bool>("--force") { Description = "Replace OUT if it exists." };
        var db = HostCommands.DbOption();
        var command = new Command("backup", "Copy a SQLite database to a file while Iro runs (online and consistent).") { output, force, db };
        command.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            if (!IsSqlite(database, "backup"))
            {
                return 2;
            }
            var source = SqlitePath(database);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            if (!File.Exists(source))
            {
                Console.Error.WriteLine($"iro: there is no database at {source}.");
                return 2;
            }
            if (File.Exists(target) && !parse.GetValue(force))
            {
                Console.Error.WriteLine($"iro: {target} exists; use --force to replace it.");
                return 2;
            }
            if (await IroDatabaseProblemAsync(source, ct) is { } problem)
            {
                Console.Error.WriteLine($"iro: {source} {problem}; nothing was written.");
                return 1;
            }

            // Into a temporary file beside OUT, then renamed, so that OUT is never half written.
            var partial = target + $".partial-{Environment.ProcessId}";
            try
            {
                await using (var from = Open(source, SqliteOpenMode.ReadWrite))
                await using (var to = Open(partial, SqliteOpenMode.ReadWriteCreate))
                {
                    from.BackupDatabase(to);
                    // One self-contained file: no write-ahead log beside it to lose when it is copied away.
                    await using var journal = to.CreateCommand();
                    journal.CommandText = "PRAGMA journal_mode=DELETE";
                    await journal.ExecuteNonQueryAsync(ct);
                }
                if (await IroDatabaseProblemAsync(partial, ct) is { } copied)
                {
                    Console.Error.WriteLine($"iro: the backup {copied}; nothing was written.");
                    return 1;
                }
                File.Move(partial, target, overwrite: true);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                File.Delete(partial);
            }
            Console.Error.WriteLine($"Backed up {database.Describe()} to {target} ({new FileInfo(target).Length:N0} bytes).");
            return 0;
        });
        return command;
    }

    private static Command Restore()
    {
        var input = new Argument<string>("IN") { Description = "A backup made by `iro backup`." };
        var force = new Option<bool>("--force") { Description = "Replace the database if it exists (stop Iro first)." };
        var db = HostCommands.DbOption();
        var command = new Command("restore", "Replace a SQLite database with a backup; refuses to overwrite without --force.") { input, force, db };
        command.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            if (!IsSqlite(database, "restore"))
            {
                return 2;
            }
            var backup = Path.GetFullPath(parse.GetValue(input)!);
            var target = SqlitePath(database);
            if (!File.Exists(backup))
            {
                Console.Error.WriteLine($"iro: there is no backup at {backup}.");
                return 2;
            }
            if (await IroDatabaseProblemAsync(backup, ct) is { } problem)
            {
                Console.Error.WriteLine($"iro: {backup} {problem}; nothing was restored.");
                return 1;
            }
            if (File.Exists(target) && !parse.GetValue(force))
            {
                Console.Error.WriteLine($"iro: {target} exists; restoring would overwrite it. Stop Iro, then use --force.");
                return 2;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                // Through SQLite, not a file copy: the target's write-ahead log and locks are honoured.
                await using var from = Open(backup, SqliteOpenMode.ReadWrite);
                await using var to = Open(target, SqliteOpenMode.ReadWriteCreate);
                from.BackupDatabase(to);
            }
            finally
            {
                SqliteConnection.ClearAllPools();
            }
            Console.Error.WriteLine($"Restored {database.Describe()} from {backup}.");
            return 0;
        });
        return command;
    }

    private static bool IsSqlite(DatabaseProvider database, string verb)
    {
        if (database.Kind == DatabaseKind.Sqlite)
        {
            return true;
        }
        Console.Error.WriteLine($"iro: {verb} is for SQLite; for PostgreSQL use pg_dump and pg_restore (see README, Security).");
        return false;
    }

    private static string SqlitePath(DatabaseProvider database) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Why a file is not a whole Iro database, or null if it is: it must be SQLite, pass SQLite's
    /// integrity check, and hold Iro's migration history with only migrations this version of Iro knows.</summary>
    private static async Task<string?> IroDatabaseProblemAsync(string path, CancellationToken ct)
    {
        List<string> applied;
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadWrite);
            await using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA integrity_check";
                if (await check.ExecuteScalarAsync(ct) is not "ok")
                {
                    return "fails SQLite's integrity check";
                }
            }
            await using var history = connection.CreateCommand();
            history.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'AspNetUsers')";
            var tables = new List<string>();
            await using (var reader = await history.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    tables.Add(reader.GetString(0));
                }
            }
            if (tables.Count != 2)
            {
                return "is not an Iro database";
            }
            history.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
            applied = [];
            await using (var reader = await history.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    applied.Add(reader.GetString(0));
                }
            }
        }
        catch (SqliteException)
        {
            return "is not a SQLite database";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        await using var context = IroDbContextFactory.Create(DatabaseProvider.Sqlite(path), CouncilScope.None());
        var known = context.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (applied.Count == 0 || !applied.All(known.Contains))
        {
            return applied.Count == 0 ? "is not an Iro database" : "was made by a newer version of Iro";
        }
        return null;
    }
}
