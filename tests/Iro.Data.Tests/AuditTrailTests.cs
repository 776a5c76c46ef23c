using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Ssda903;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Iro.Data.Tests;

/// <summary>The audit trail (issue 4, §4) on both databases: who, when, what and why for every change, no personal
/// values, and a hash chain that names the first entry altered, removed, inserted or moved.</summary>
public sealed class AuditTrailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 10, 15, 30, 123, TimeSpan.Zero).AddTicks(4567));
    private static readonly ChangeActor Manager = new(Guid.CreateVersion7().ToString(), "iro-manager", null);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task SaveChanges_WritesAnEntryPerChange_WithActorReasonAndPropertyNames_NeverValues(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("941");
        var child = Builders.LookedAfterChild(council.Id, "Q7741", new DateOnly(2011, 2, 13), new DateOnly(2026, 1, 5));
        child.GivenName = "Zebedee";
        child.FamilyName = "Quillfeather";
        await using (var db = Context(database, ChangeContext.For(Manager, "Registered the child", Clock)))
        {
            db.AddRange(council, child);
            await db.SaveChangesAsync(Ct);
        }
        var changes = ChangeContext.For(Manager, "Corrected the spelling of the name", Clock);
        await using (var db = Context(database, changes))
        {
            var stored = await db.Children.SingleAsync(Ct);
            stored.GivenName = "Zebediah";
            await db.SaveChangesAsync(Ct);
        }

        await using var check = Context(database, ChangeContext.For(ChangeActor.System));
        var entries = await check.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Ct);
        var added = entries.Where(e => e.Action == AuditAction.Added).ToList();
        Assert.Contains(added, e => e.EntityType == nameof(Child) && e.EntityId == child.Id.ToString() && e.ChildId == child.Id);
        Assert.Contains(added, e => e.EntityType == nameof(Episode) && e.ChildId == child.Id);
        Assert.All(added, e => Assert.Equal("Registered the child", e.Reason));

        var modified = Assert.Single(entries, e => e.Action == AuditAction.Modified);
        Assert.Equal(nameof(Child), modified.EntityType);
        Assert.Equal(child.Id, modified.ChildId);
        Assert.Contains("GivenName", modified.Properties!.Split(','));
        Assert.Equal(Manager.Id, modified.Actor);
        Assert.Equal("iro-manager", modified.ActorRole);
        Assert.Equal("Corrected the spelling of the name", modified.Reason);
        Assert.Equal(changes.CorrelationId, modified.CorrelationId);
        Assert.Equal(new DateTime(2026, 11, 23, 10, 15, 30, 123, DateTimeKind.Utc), modified.OccurredAt);
        Assert.Equal(council.Id, modified.CouncilId);

        var everything = string.Join("|", entries.SelectMany(e => new[]
        {
            e.Actor, e.ActorRole, e.EntityType, e.EntityId, e.Properties, e.Reason, e.Detail, e.CorrelationId,
        }));
        foreach (var personal in new[] { "Zebedee", "Zebediah", "Quillfeather", "QUILLFEATHER", "Q7741", "2011-02-13", "13/02/2011" })
        {
            Assert.DoesNotContain(personal, everything, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Null(AuditChain.Verify(council.Id, entries));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ChildView_IsRecorded_AndAChainOfViewsVerifies(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var (council, child) = await ChainOfViewsAsync(database, views: 3);

        var entries = await EntriesAsync(database, council);
        var view = entries.Last();
        Assert.Equal(AuditAction.Viewed, view.Action);
        Assert.Equal(child, view.ChildId);
        Assert.Equal(Manager.Id, view.Actor);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.Null(AuditChain.Verify(council, entries));
    }

    public static TheoryData<string, string> Tampering()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "sqlite", "postgres" })
        {
            foreach (var tamper in new[] { "alter", "alter-and-rehash", "delete", "insert", "reorder" })
            {
                data.Add(kind, tamper);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Verify_AfterTampering_NamesTheFirstBadEntry(string kind, string tamper)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var (council, _) = await ChainOfViewsAsync(database, views: 6);
        var before = await EntriesAsync(database, council);
        Assert.Null(AuditChain.Verify(council, before));
        // A view with two more entries after it.
        var target = before[^3];
        var t = target.Sequence;

        await using (var db = Context(database, ChangeContext.For(ChangeActor.System)))
        {
            await AsTableOwnerAsync(db);
            switch (tamper)
            {
                case "alter":
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Reason" = 'Nothing to see here' WHERE "Id" = {target.Id}""", Ct);
                    break;
                case "alter-and-rehash":
                    // Someone who knows the algorithm re-hashes the entry they changed: the next entry still points at the old hash.
                    var forgedHash = AuditChain.ComputeHash(Copy(target, reason: "Nothing to see here"));
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Reason" = 'Nothing to see here', "Hash" = {forgedHash} WHERE "Id" = {target.Id}""", Ct);
                    break;
                case "delete":
                    await db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "Id" = {target.Id}""", Ct);
                    break;
                case "insert":
                    // A forged entry, correctly hashed onto the one before the target, with the later entries renumbered to make room.
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Sequence" = "Sequence" + 1000 WHERE "CouncilId" = {council.Value} AND "Sequence" >= {t}""", Ct);
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Sequence" = "Sequence" - 999 WHERE "CouncilId" = {council.Value} AND "Sequence" >= 1000""", Ct);
                    var previous = before.Single(e => e.Sequence == t - 1);
                    var forged = Copy(previous, sequence: t, previousHash: previous.Hash, id: Guid.CreateVersion7());
                    db.AuditEntries.Add(Copy(forged, hash: AuditChain.ComputeHash(forged)));
                    await db.SaveChangesAsync(Ct);
                    break;
                case "reorder":
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Sequence" = {-t} WHERE "Id" = {target.Id}""", Ct);
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Sequence" = {t} WHERE "CouncilId" = {council.Value} AND "Sequence" = {t + 1}""", Ct);
                    await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Sequence" = {t + 1} WHERE "Id" = {target.Id}""", Ct);
                    break;
            }
        }

        var broken = AuditChain.Verify(council, await EntriesAsync(database, council));
        Assert.NotNull(broken);
        Assert.Equal(t, broken.Sequence);
        Assert.Equal(tamper switch
        {
            "alter" or "alter-and-rehash" => AuditBreak.Altered,
            "delete" => AuditBreak.Removed,
            "insert" => AuditBreak.Inserted,
            _ => AuditBreak.Reordered,
        }, broken.Kind);
    }

    [Fact]
    public async Task UpdateOrDelete_OnPostgres_IsRefusedByTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var (council, _) = await ChainOfViewsAsync(database, views: 1);
        var count = (await EntriesAsync(database, council)).Count;
        await using var db = Context(database, ChangeContext.For(ChangeActor.System));
        var update = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Reason" = 'x' WHERE "CouncilId" = {council.Value}""", Ct));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        var delete = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEntries" WHERE "CouncilId" = {council.Value}""", Ct));
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(count, await db.AuditEntries.CountAsync(Ct));
    }

    [Fact]
    public async Task AnotherCouncilsTrail_OnPostgres_IsHiddenByRowLevelSecurity_EvenWithoutTheFilter()
    {
        await using var database = await TestDatabase.CreateAsync("postgres", Ct);
        var (council, _) = await ChainOfViewsAsync(database, views: 2);
        var other = Builders.Council("944");
        await using (var db = Context(database, ChangeContext.For(ChangeActor.System)))
        {
            db.Add(other);
            await db.SaveChangesAsync(Ct);
        }
        var options = new DbContextOptionsBuilder<IroDbContext>();
        database.Provider.Configure(options);
        await using var scoped = new IroDbContext(options.Options, CouncilScope.For(other.Id), ChangeContext.For(ChangeActor.System));
        Assert.Equal(0, await scoped.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.CouncilId == council, Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentWriters_NeverForkTheChain(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var (council, childId) = await ChainOfViewsAsync(database, views: 0);
        var created = (await EntriesAsync(database, council)).Count;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await using var db = Context(database, ChangeContext.For(Manager, clock: Clock));
                var child = await db.Children.AsNoTracking().SingleAsync(c => c.Id == childId, Ct);
                await db.RecordChildViewAsync(child, Ct);
            }
        }, Ct)));

        var entries = await EntriesAsync(database, council);
        Assert.Equal(created + 20, entries.Count);
        Assert.Null(AuditChain.Verify(council, entries));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task Import_LeavesAnEntryForTheImport_AndOneForEachChildItCreatedOrChanged(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = Builders.Council("943");
        await using (var db = Context(database, ChangeContext.For(ChangeActor.System)))
        {
            db.Add(council);
            await db.SaveChangesAsync(Ct);
        }
        string[][] header = [["A100", "M", "14/03/2015", "WBRI", "", "", ""], ["A200", "F", "02/07/2012", "WBRI", "", "", ""]];
        string[][] episodes = [["A100", "10/06/2025", "S", "C1", "N1", "U6", "PR1", "", "", "", "", "", ""], ["A200", "01/05/2025", "S", "C2", "N1", "U6", "PR1", "", "", "", "", "", ""]];
        await using (var db = Context(database, ChangeContext.ForCommand("import ssda903", Clock)))
        {
            var report = await Ssda903Import.ImportAsync(db, council.Id, Extract(header, episodes), WorkingDayCalendar.Default, Ct);
            Assert.True(report.Succeeded, string.Join("; ", report.Problems));
        }
        episodes[1][7] = "01/10/2025";
        episodes[1][8] = "E4A";
        await using (var db = Context(database, ChangeContext.ForCommand("import ssda903", Clock)))
        {
            var report = await Ssda903Import.ImportAsync(db, council.Id, Extract(header, episodes), WorkingDayCalendar.Default, Ct);
            Assert.Equal(1, report.ChildrenUpdated);
        }

        var entries = await EntriesAsync(database, council.Id);
        var imports = entries.Where(e => e.Action == AuditAction.Imported && e.ChildId is null).ToList();
        Assert.Equal(2, imports.Count);
        Assert.All(imports, e => Assert.Equal("cli:import ssda903", e.Actor));
        Assert.Contains("2 children added", imports[0].Detail, StringComparison.Ordinal);
        Assert.Contains("1 updated", imports[1].Detail, StringComparison.Ordinal);
        var perChild = entries.Where(e => e.Action == AuditAction.Imported && e.ChildId is not null).ToList();
        Assert.Equal(3, perChild.Count);
        Assert.Equal(2, perChild.Count(e => e.Detail!.EndsWith("added", StringComparison.Ordinal)));
        Assert.Single(perChild, e => e.Detail!.EndsWith("updated", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => (e.Detail ?? "").Contains("A100", StringComparison.Ordinal) || (e.Detail ?? "").Contains("A200", StringComparison.Ordinal));
        Assert.Null(AuditChain.Verify(council.Id, entries));
    }

    /// <summary>A council with one child (an entry for each record added) and then that many views.</summary>
    private static async Task<(CouncilId Council, ChildId Child)> ChainOfViewsAsync(TestDatabase database, int views)
    {
        var council = Builders.Council("942");
        var child = Builders.LookedAfterChild(council.Id, "V1", new DateOnly(2013, 6, 1), new DateOnly(2026, 3, 2));
        await using (var db = Context(database, ChangeContext.For(Manager, "Registered", Clock)))
        {
            db.AddRange(council, child);
            await db.SaveChangesAsync(Ct);
        }
        for (var i = 0; i < views; i++)
        {
            await using var db = Context(database, ChangeContext.For(Manager, clock: Clock));
            await db.RecordChildViewAsync(await db.Children.AsNoTracking().SingleAsync(Ct), Ct);
        }
        return (council.Id, child.Id);
    }

    private static async Task<List<AuditEntry>> EntriesAsync(TestDatabase database, CouncilId council)
    {
        await using var db = Context(database, ChangeContext.For(ChangeActor.System));
        return await db.AuditEntries.AsNoTracking().Where(e => e.CouncilId == council).OrderBy(e => e.Sequence).ToListAsync(Ct);
    }

    private static IroDbContext Context(TestDatabase database, ChangeContext changes)
    {
        var options = new DbContextOptionsBuilder<IroDbContext>();
        database.Provider.Configure(options);
        return new IroDbContext(options.Options, CouncilScope.All(), changes);
    }

    /// <summary>What a database owner can do and the application's role should not: switch off the append-only triggers.</summary>
    private static async Task AsTableOwnerAsync(IroDbContext db)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEntries" DISABLE TRIGGER USER""", Ct);
        }
    }

    private static AuditEntry Copy(AuditEntry e, long? sequence = null, string? previousHash = null, string? hash = null, string? reason = null, Guid? id = null) => new()
    {
        Id = id ?? e.Id, CouncilId = e.CouncilId, Sequence = sequence ?? e.Sequence, OccurredAt = e.OccurredAt, Actor = e.Actor,
        ActorRole = e.ActorRole, Action = e.Action, EntityType = e.EntityType, EntityId = e.EntityId, ChildId = e.ChildId,
        Properties = e.Properties, Reason = reason ?? e.Reason, Detail = e.Detail, CorrelationId = e.CorrelationId,
        PreviousHash = previousHash ?? e.PreviousHash, Hash = hash ?? e.Hash,
    };

    private static Ssda903Return Extract(string[][] header, string[][] episodes)
    {
        var data = new Ssda903Return(new CollectionYear(2025));
        foreach (var (table, rows) in new[] { (Ssda903Table.Header, header), (Ssda903Table.Episodes, episodes) })
        {
            var t = new Ssda903TableData(table, Ssda903Layout.FileName(table), Ssda903Layout.Columns(table));
            for (var i = 0; i < rows.Length; i++)
            {
                t.Add(rows[i], i + 2);
            }
            data.Tables[table] = t;
        }
        return data;
    }
}
