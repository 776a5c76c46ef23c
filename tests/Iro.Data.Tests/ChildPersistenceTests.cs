using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Iro.Data.Tests;

public sealed class ChildPersistenceTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Child_RoundTripsWithPeriodsEpisodesAndReviews(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("901");
        var iro = Builders.Iro(council.Id);
        var child = Builders.LookedAfterChild(council.Id, "C001", new DateOnly(2015, 2, 28), new DateOnly(2026, 8, 31));
        child.AllocateIro(iro.Id, new DateOnly(2026, 9, 2), "First allocation");
        child.RecordReviewHeld(new DateOnly(2026, 9, 25), iro.Id, ParticipationCode.PN1, Calendar);
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(council, iro, child);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.Context(CouncilScope.All()))
        {
            var loaded = await db.Children.Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
                .Include(c => c.Reviews).Include(c => c.Allocations).SingleAsync(Ct);
            Assert.Equal(child.Id, loaded.Id);
            Assert.Equal(new DateOnly(2015, 2, 28), loaded.DateOfBirth);
            Assert.Equal("TESTCHILD", loaded.FamilyNameKey);
            Assert.Equal(iro.Id, loaded.AllocatedIroId);
            Assert.Equal("C2", Assert.Single(Assert.Single(loaded.PeriodsOfCare).Episodes).LegalStatus);
            var held = Assert.Single(loaded.Reviews, r => r.HeldOn is not null);
            Assert.Equal(ParticipationCode.PN1, held.ParticipationCode);
            Assert.Equal(ReviewKind.First, held.Kind);
            Assert.True(held.IsOnTime);
            // Second review: 3 months after the first held (reg 33(2)), stored, not computed in SQL.
            var next = Assert.Single(loaded.Reviews, r => r.HeldOn is null);
            Assert.Equal(new DateOnly(2026, 12, 25), next.DueOn);
            Assert.Equal(ReviewKind.Second, next.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OverdueQuery_ComparesStoredDates_SameOnBothProviders(string kind)
    {
        // 31 Aug + 6 months is 28 Feb in .NET; SQLite's date() would say 3 March. Storing the C# date keeps
        // both providers right (architecture guide §7).
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("902");
        var child = Builders.LookedAfterChild(council.Id, "C002", new DateOnly(2012, 5, 1), new DateOnly(2026, 1, 5));
        child.RecordReviewHeld(new DateOnly(2026, 2, 2), null, ParticipationCode.PN1, Calendar);
        child.RecordReviewHeld(new DateOnly(2026, 5, 1), null, ParticipationCode.PN1, Calendar);
        child.RecordReviewHeld(new DateOnly(2026, 8, 31), null, ParticipationCode.PN6, Calendar);
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(council, child);
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = database.Context(CouncilScope.All()))
        {
            var onTheDay = new DateOnly(2027, 2, 28);
            var dayAfter = new DateOnly(2027, 3, 1);
            Assert.False(await db.Reviews.AnyAsync(r => r.HeldOn == null && r.DueOn < onTheDay, Ct));
            Assert.True(await db.Reviews.AnyAsync(r => r.HeldOn == null && r.DueOn < dayAfter, Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task SavingAStaleChild_IsRefused_NotSilentlyOverwritten(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("903");
        var child = Builders.LookedAfterChild(council.Id, "C003", new DateOnly(2014, 3, 3), new DateOnly(2026, 3, 2));
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(council, child);
            await db.SaveChangesAsync(Ct);
        }

        await using var first = database.Context(CouncilScope.All());
        await using var second = database.Context(CouncilScope.All());
        var a = await first.Children.SingleAsync(Ct);
        var b = await second.Children.SingleAsync(Ct);
        a.Upn = "A123456789012";
        await first.SaveChangesAsync(Ct);
        b.Upn = "B123456789012";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TwoPeopleSavingTheSameReview_TheSecondIsRefused(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("904");
        var child = Builders.LookedAfterChild(council.Id, "C004", new DateOnly(2014, 3, 3), new DateOnly(2026, 3, 2));
        await using (var db = database.Context(CouncilScope.All()))
        {
            db.AddRange(council, child);
            await db.SaveChangesAsync(Ct);
        }

        await using var first = database.Context(CouncilScope.For(council.Id));
        await using var second = database.Context(CouncilScope.For(council.Id));
        var a = await first.Reviews.SingleAsync(Ct);
        var b = await second.Reviews.SingleAsync(Ct);
        a.ParticipationCode = ParticipationCode.PN1;
        await first.SaveChangesAsync(Ct);
        b.ParticipationCode = ParticipationCode.PN3;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));

        await using var check = database.Context(CouncilScope.For(council.Id));
        Assert.Equal(ParticipationCode.PN1, (await check.Reviews.SingleAsync(Ct)).ParticipationCode);
    }
}
