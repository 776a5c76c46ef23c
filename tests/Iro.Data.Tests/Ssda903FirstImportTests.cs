using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Ssda903;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Iro.Data.Tests;

/// <summary>A first import into an empty PostgreSQL database sets the tables' foreign keys and indexes aside while
/// it loads and makes them again before it commits (<see cref="BulkInsert.SetAsideChecksWhileEmptyAsync"/>). These
/// tests hold it to leaving the schema exactly as the migrations made it, however the import ends.</summary>
public sealed class Ssda903FirstImportTests
{
    private static readonly CollectionYear Year = new(2025);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstImport_SetsAsideKeysAndIndexes_AndMakesTheSameOnesAgain()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var council = await AddCouncilAsync(database, "971");
        var migrated = await KeysAndIndexesAsync(database);
        Assert.Contains(migrated, d => d.Contains("FK_Episodes_PeriodsOfCare_PeriodOfCareId", StringComparison.Ordinal));

        await using (var db = database.Context(CouncilScope.For(council)))
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            var checks = await BulkInsert.SetAsideChecksWhileEmptyAsync(db, Ssda903Import.ImportedTables, Ct);
            Assert.True(checks.Any);
            var during = await KeysAndIndexesAsync(db);
            foreach (var table in new[] { "Children", "PeriodsOfCare", "Episodes", "Reviews", "ReviewTriggers", "Ssda903Records" })
            {
                Assert.DoesNotContain(during, d => d.StartsWith($"\"{table}\" FK_", StringComparison.Ordinal));
                Assert.DoesNotContain(during, d => d.StartsWith($"CREATE INDEX \"IX_{table}_", StringComparison.Ordinal));
            }
            Assert.Contains(during, d => d.StartsWith("\"AdvocacyReferrals\" FK_AdvocacyReferrals_Children_", StringComparison.Ordinal));
            Assert.Contains(during, d => d.Contains("PK_Episodes", StringComparison.Ordinal));
            await checks.RestoreAsync(Ct);
            await transaction.CommitAsync(Ct);
        }
        Assert.Equal(migrated, await KeysAndIndexesAsync(database));

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, Ssda903Generator.Generate(300, 4, Year), WorkingDayCalendar.Default, Ct);
            Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        }
        Assert.Equal(migrated, await KeysAndIndexesAsync(database));
        await using var check = database.Context(CouncilScope.For(council));
        Assert.Equal(300, await check.Children.CountAsync(Ct));
    }

    [Fact]
    public async Task ARowThatBreaksAKey_FailsWhenTheKeysAreMadeAgain_AndTheRollbackPutsThemBack()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var council = await AddCouncilAsync(database, "972");
        var migrated = await KeysAndIndexesAsync(database);

        await using (var db = database.Context(CouncilScope.For(council)))
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            var checks = await BulkInsert.SetAsideChecksWhileEmptyAsync(db, Ssda903Import.ImportedTables, Ct);
            Assert.True(checks.Any);
            // A period of care for a child who does not exist: nothing stops it until the keys are made again.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "PeriodsOfCare" ("Id", "ChildId", "CouncilId", "StartedOn") VALUES (gen_random_uuid(), gen_random_uuid(), {council.Value}, DATE '2025-06-01')""", Ct);
            var failure = await Assert.ThrowsAsync<PostgresException>(() => checks.RestoreAsync(Ct));
            Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, failure.SqlState);
            await transaction.RollbackAsync(Ct);
        }
        Assert.Equal(migrated, await KeysAndIndexesAsync(database));
    }

    [Fact]
    public async Task NothingIsSetAside_WhenAnotherCouncilSharesTheDatabase_OrTheCouncilHasChildren()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var council = await AddCouncilAsync(database, "973");
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, Ssda903Generator.Generate(20, 5, Year), WorkingDayCalendar.Default, Ct);
            Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        }
        var other = await AddCouncilAsync(database, "974");

        foreach (var scope in new[] { council, other })
        {
            await using var db = database.Context(CouncilScope.For(scope));
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var checks = await BulkInsert.SetAsideChecksWhileEmptyAsync(db, Ssda903Import.ImportedTables, Ct);
            Assert.False(checks.Any);
        }
    }

    [Fact]
    public async Task NothingIsSetAside_OnSqlite()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite", Ct);
        var council = await AddCouncilAsync(database, "975");
        await using var db = database.Context(CouncilScope.For(council));
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        Assert.False((await BulkInsert.SetAsideChecksWhileEmptyAsync(db, Ssda903Import.ImportedTables, Ct)).Any);
    }

    /// <summary>The importing session is ended by the server while its keys are set aside, as when the importing
    /// process is killed or its connection lost: the server rolls the transaction back, schema changes and all.</summary>
    [Fact]
    public async Task EndingTheSessionMidImport_LeavesNoneOfIt_AndEveryKeyAndIndex()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var council = await AddCouncilAsync(database, "976");
        var migrated = await KeysAndIndexesAsync(database);
        var extract = Ssda903Generator.Generate(4_000, 6, Year);

        var import = Task.Run(async () =>
        {
            await using var db = database.Context(CouncilScope.For(council));
            return await Ssda903Import.ImportAsync(db, council, extract, WorkingDayCalendar.Default, Ct);
        }, Ct);
        await using (var watcher = database.Context(CouncilScope.All()))
        {
            int? importer = null;
            while (importer is null && !import.IsCompleted)
            {
                // The import holds the Episodes table alone from the moment it sets the keys aside until it commits.
                importer = await watcher.Database.SqlQueryRaw<int>(
                    """SELECT pid AS "Value" FROM pg_locks WHERE relation = '"Episodes"'::regclass AND mode = 'AccessExclusiveLock' AND granted AND pid <> pg_backend_pid()""")
                    .FirstOrDefaultAsync(Ct) is var pid and > 0 ? pid : null;
                await Task.Delay(10, Ct);
            }
            Assert.NotNull(importer);
            await watcher.Database.SqlQuery<bool>($"SELECT pg_terminate_backend({importer.Value}) AS \"Value\"").SingleAsync(Ct);
        }
        await Assert.ThrowsAnyAsync<Exception>(() => import);

        NpgsqlConnection.ClearAllPools();
        Assert.Equal(migrated, await KeysAndIndexesAsync(database));
        await using var check = database.Context(CouncilScope.All());
        Assert.Equal(0, await check.Children.CountAsync(Ct));
        Assert.Equal(0, await check.Episodes.CountAsync(Ct));
    }

    private static async Task<CouncilId> AddCouncilAsync(TestDatabase database, string code)
    {
        var council = new Council { Code = code, Name = $"First Import {code}" };
        await using var db = database.Context(CouncilScope.All());
        db.Councils.Add(council);
        await db.SaveChangesAsync(Ct);
        return council.Id;
    }

    private static async Task<List<string>> KeysAndIndexesAsync(TestDatabase database)
    {
        await using var db = database.Context(CouncilScope.All());
        return await KeysAndIndexesAsync(db);
    }

    /// <summary>Every constraint and index on every table, as the catalogue defines them.</summary>
    private static async Task<List<string>> KeysAndIndexesAsync(IroDbContext db) =>
        await db.Database.SqlQueryRaw<string>("""
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS "Value"
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL
            SELECT pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            WHERE c.relnamespace = 'public'::regnamespace
            ORDER BY 1
            """).ToListAsync(Ct);
}
