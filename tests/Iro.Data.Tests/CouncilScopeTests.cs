using Iro.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Iro.Data.Tests;

/// <summary>Councils are tenants: one filter in the context scopes every council-owned query.</summary>
public sealed class CouncilScopeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Queries_SeeOnlyTheScopedCouncil(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var north = Builders.Council("911");
        var south = Builders.Council("912");
        var northChild = Builders.LookedAfterChild(north.Id, "N1", new DateOnly(2012, 1, 1), new DateOnly(2026, 1, 5));
        var southChild = Builders.LookedAfterChild(south.Id, "S1", new DateOnly(2012, 1, 1), new DateOnly(2026, 1, 5));
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(north, south, northChild, southChild);
            await db.SaveChangesAsync(Ct);
        }

        await using var scoped = database.Context(CouncilScope.For(north.Id));
        Assert.Equal("N1", (await scoped.Children.SingleAsync(Ct)).ChildNumber);
        Assert.Null(await scoped.Children.SingleOrDefaultAsync(c => c.Id == southChild.Id, Ct));
        Assert.Equal(1, await scoped.Episodes.CountAsync(Ct));
        Assert.Equal(1, await scoped.Reviews.CountAsync(Ct));
        Assert.Equal(1, await scoped.PeriodsOfCare.CountAsync(Ct));

        await using var none = database.Context(CouncilScope.None());
        Assert.Equal(0, await none.Children.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Writes_ToAnotherCouncil_AreRefused(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var north = Builders.Council("921");
        var south = Builders.Council("922");
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(north, south);
            await db.SaveChangesAsync(Ct);
        }

        await using var scoped = database.Context(CouncilScope.For(north.Id));
        scoped.Add(Builders.LookedAfterChild(south.Id, "S9", new DateOnly(2012, 1, 1), new DateOnly(2026, 1, 5)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => scoped.SaveChangesAsync(Ct));
        await using var check = database.Context(CouncilScope.All());
        Assert.Equal(0, await check.Children.CountAsync(Ct));
    }
}
