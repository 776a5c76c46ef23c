using Iro.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Iro.Data.Tests;

/// <summary>On PostgreSQL the database itself keeps councils apart (issue 4 §2): these tests go around
/// <see cref="IroDbContext"/>'s query filter and write check, as a bug in the app would, and must still fail.</summary>
public sealed class RowLevelSecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task QueriesThatSkipTheFilter_StillSeeOnlyTheSessionsCouncil()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var (north, _, _, southChild) = await TwoCouncilsAsync(database);

        await using var scoped = database.Context(CouncilScope.For(north.Id));
        Assert.Equal(["N1"], await scoped.Children.IgnoreQueryFilters().Select(c => c.ChildNumber).ToListAsync(Ct));
        Assert.Null(await scoped.Children.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Id == southChild.Id, Ct));
        Assert.Equal(1, await scoped.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "Episodes" """).SingleAsync(Ct));
        Assert.Equal(1, await scoped.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM "Reviews" """).SingleAsync(Ct));

        await using var none = database.Context(CouncilScope.None());
        Assert.Equal(0, await none.Children.IgnoreQueryFilters().CountAsync(Ct));
        await using var all = database.Context(CouncilScope.All());
        Assert.Equal(2, await all.Children.CountAsync(Ct));
    }

    [Fact]
    public async Task RawWritesToAnotherCouncil_AreRefusedByTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var (north, south, _, southChild) = await TwoCouncilsAsync(database);

        await using var scoped = database.Context(CouncilScope.For(north.Id));
        var updated = await scoped.Database.ExecuteSqlRawAsync(
            """UPDATE "Children" SET "GivenName" = 'Changed' WHERE "Id" = {0}""", [southChild.Id.Value], Ct);
        Assert.Equal(0, updated);
        var deleted = await scoped.Database.ExecuteSqlRawAsync("""DELETE FROM "Reviews" """, Ct);
        Assert.Equal(1, deleted);
        var insert = await Assert.ThrowsAsync<PostgresException>(() => scoped.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "Children" ("Id", "CouncilId", "ChildNumber", "GivenName", "FamilyName", "FamilyNameKey", "Sex",
                "DateOfBirth", "Ethnicity", "IsRestricted", "Version")
            VALUES (gen_random_uuid(), {0}, 'X1', '', 'X', 'X', 'F', DATE '2015-01-01', 'WBRI', false, gen_random_uuid())
            """, [south.Id.Value], Ct));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, insert.SqlState);

        await using var check = database.Context(CouncilScope.All());
        Assert.Equal("Sam", (await check.Children.SingleAsync(c => c.Id == southChild.Id, Ct)).GivenName);
        Assert.Equal(1, await check.Reviews.CountAsync(Ct));
    }

    [Fact]
    public async Task AnotherConnection_WithoutACouncil_SeesNothing()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        await TwoCouncilsAsync(database);

        await using var connection = new NpgsqlConnection(database.Provider.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "Children" """, connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task ScopeChangedAfterARollback_IsAppliedAgain()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var (north, _, _, _) = await TwoCouncilsAsync(database);

        await using var scoped = database.Context(CouncilScope.For(north.Id));
        await using (var transaction = await scoped.Database.BeginTransactionAsync(Ct))
        {
            Assert.Equal(1, await scoped.Children.IgnoreQueryFilters().CountAsync(Ct));
            await transaction.RollbackAsync(Ct);
        }
        await using (var transaction = await scoped.Database.BeginTransactionAsync(Ct))
        {
            Assert.Equal(1, await scoped.Children.IgnoreQueryFilters().CountAsync(Ct));
        }
    }

    private static async Task<(Core.Councils.Council North, Core.Councils.Council South, Core.Children.Child NorthChild, Core.Children.Child SouthChild)>
        TwoCouncilsAsync(TestDatabase database)
    {
        var north = Builders.Council("931");
        var south = Builders.Council("932");
        var northChild = Builders.LookedAfterChild(north.Id, "N1", new DateOnly(2012, 1, 1), new DateOnly(2026, 1, 5));
        var southChild = Builders.LookedAfterChild(south.Id, "S1", new DateOnly(2012, 1, 1), new DateOnly(2026, 1, 5));
        await using var db = database.Context(CouncilScope.All());
        db.AddRange(north, south, northChild, southChild);
        await db.SaveChangesAsync(Ct);
        return (north, south, northChild, southChild);
    }
}
