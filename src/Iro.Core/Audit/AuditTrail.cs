using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Iro.Core.Audit;

/// <summary>What one audit entry will say, before it takes its place in the chain.</summary>
public sealed record AuditDraft(CouncilId CouncilId, AuditAction Action, string EntityType, string? EntityId, ChildId? ChildId,
    string? Properties = null, string? Detail = null);

/// <summary>Writes the audit trail (issue 4, §4): one entry per change saved through <see cref="IroDbContext"/>,
/// per view of a child's record and per bulk import. Entries are appended to their council's chain inside the
/// writing transaction, under a lock, so two writers never take the same sequence number and the chain never
/// forks.</summary>
/// <remarks>One chain per council rather than one per deployment: councils are tenants (and on PostgreSQL
/// row-level security may hide one council's rows from another's session), so a council's chain can be appended
/// to, read and verified without touching another council's entries, and councils do not queue behind one
/// another's lock. The unique index on (CouncilId, Sequence) backs the lock: a fork would fail to insert.</remarks>
public static class AuditTrail
{
    // pg_advisory_xact_lock's first key: "IROA", so the audit lock cannot collide with other advisory locks.
    private const int PostgresLockClass = 0x49524F41;

    /// <summary>Records that the signed-in user viewed a child's record.</summary>
    public static Task RecordChildViewAsync(this IroDbContext db, Child child, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(child);
        return AppendAsync(db, [new AuditDraft(child.CouncilId, AuditAction.Viewed, nameof(Child), child.Id.ToString(), child.Id)], ct);
    }

    /// <summary>Records an administrator's change to a council user's account (added, deactivated, reactivated,
    /// two-factor reset) in that council's trail: the names of what changed, never their values. Accounts are not
    /// council-owned records, so saving them is not audited by itself; and sign-in's own bookkeeping (a failed
    /// attempt counted) happens before anyone is signed in, with no council to write to. A system administrator's
    /// account belongs to no council, so it has no trail to join.</summary>
    public static Task RecordAccountChangeAsync(this IroDbContext db, IroUser user, AuditAction action, string? properties,
        string? detail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        return user.CouncilId is { } council
            ? AppendAsync(db, [new AuditDraft(council, action, nameof(IroUser), user.Id.ToString(), null, properties, detail)], ct)
            : Task.CompletedTask;
    }

    /// <summary>For bulk imports, which insert without change tracking: one entry for the import (what and how many)
    /// and one for each child it created or changed, to be chained with <see cref="ReserveChainAsync"/>.</summary>
    public static List<AuditDraft> ImportDrafts(CouncilId councilId, string what, string counts,
        IEnumerable<ChildId> created, IEnumerable<ChildId> changed)
    {
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(changed);
        List<AuditDraft> drafts = [new(councilId, AuditAction.Imported, what, null, null, null, counts)];
        drafts.AddRange(created.Select(id => new AuditDraft(councilId, AuditAction.Imported, nameof(Child), id.ToString(), id, null, $"{what}: added")));
        drafts.AddRange(changed.Select(id => new AuditDraft(councilId, AuditAction.Imported, nameof(Child), id.ToString(), id, null, $"{what}: updated")));
        return drafts;
    }

    /// <summary>For a bulk import: locks the council's chain and reads its head now, inside the import's
    /// transaction, and returns what chains and prepares the entries later, off the connection, so that hashing a
    /// national import's entries overlaps with its last inserts (<see cref="BulkInsert.InsertInTurnAsync"/>). No
    /// other writer can append to the chain in between: the lock is held until the transaction ends.</summary>
    public static async Task<Func<IReadOnlyList<AuditDraft>, PreparedRows>> ReserveChainAsync(IroDbContext db, CouncilId councilId,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A chain is reserved inside the writing transaction.");
        }
        var link = await NextLinkAsync(db, councilId, ct);
        var stamp = Stamp.Of(db);
        return drafts => BulkInsert.Prepare(db, Chain(link, drafts, stamp));
    }

    /// <summary>One draft per council-owned entity about to be added, modified or deleted: its type, id, child and
    /// the names of the properties that changed. Read before saving, while the states are still known.</summary>
    internal static List<AuditDraft> Describe(ChangeTracker tracker)
    {
        var drafts = new List<AuditDraft>();
        foreach (var entry in tracker.Entries())
        {
            var councilId = entry.Entity switch
            {
                AuditEntry => (CouncilId?)null,
                ICouncilOwned owned => owned.CouncilId,
                // A change to a council's own settings (its review-cycle and dispute policies) joins its trail.
                Council council when entry.State == EntityState.Modified => council.Id,
                _ => null,
            };
            if (councilId is null)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Modified => AuditAction.Modified,
                EntityState.Deleted => AuditAction.Deleted,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }
            var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture));
            ChildId? childId = entry.Entity switch
            {
                Child child => child.Id,
                _ => entry.Metadata.FindProperty("ChildId") is { } p && entry.Property(p.Name).CurrentValue is ChildId id ? id : null,
            };
            var properties = action == AuditAction.Modified
                ? string.Join(",", entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name))
                : null;
            drafts.Add(new AuditDraft(councilId.Value, action.Value, entry.Metadata.ClrType.Name, string.Join("/", key), childId, properties));
        }
        return drafts;
    }

    /// <summary>Appends the drafts to their councils' chains, in the current transaction or a new one.</summary>
    internal static async Task AppendAsync(IroDbContext db, IReadOnlyList<AuditDraft> drafts, CancellationToken ct)
    {
        if (drafts.Count == 0)
        {
            return;
        }
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var stamp = Stamp.Of(db);
            var entries = new List<AuditEntry>(drafts.Count);
            // Councils in a fixed order, so that two transactions never wait for each other's locks.
            foreach (var council in drafts.GroupBy(d => d.CouncilId).OrderBy(g => g.Key.Value))
            {
                entries.AddRange(Chain(await NextLinkAsync(db, council.Key, ct), [.. council], stamp));
            }
            await BulkInsert.InsertAsync(db, entries, ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Who, when, why and in which request: the same for every entry one save or import writes.</summary>
    private sealed record Stamp(string Actor, string? ActorRole, DateTime At, string? Reason, string? CorrelationId)
    {
        public static Stamp Of(IroDbContext db)
        {
            var changes = db.Changes;
            return new Stamp(changes.Actor.Id, changes.Actor.Role, Truncate(changes.Clock.GetUtcNow().UtcDateTime), changes.Reason, changes.CorrelationId);
        }
    }

    /// <summary>Locks the council's chain for the rest of the transaction and reads its last entry.</summary>
    private static async Task<(CouncilId Council, long Sequence, string Hash)> NextLinkAsync(IroDbContext db, CouncilId councilId, CancellationToken ct)
    {
        await LockChainAsync(db, councilId, ct);
        var head = await db.AuditEntries.Where(e => e.CouncilId == councilId).OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        return (councilId, head?.Sequence ?? 0, head?.Hash ?? AuditChain.Genesis);
    }

    /// <summary>The drafts as entries of one council's chain, each hashed over the one before.</summary>
    private static List<AuditEntry> Chain((CouncilId Council, long Sequence, string Hash) link, IReadOnlyList<AuditDraft> drafts, Stamp stamp)
    {
        var entries = new List<AuditEntry>(drafts.Count);
        var (sequence, previous) = (link.Sequence, link.Hash);
        foreach (var draft in drafts)
        {
            var entry = new AuditEntry
            {
                CouncilId = link.Council, Sequence = ++sequence, OccurredAt = stamp.At, Actor = stamp.Actor, ActorRole = stamp.ActorRole,
                Action = draft.Action, EntityType = draft.EntityType, EntityId = draft.EntityId, ChildId = draft.ChildId,
                Properties = draft.Properties, Reason = stamp.Reason, Detail = draft.Detail,
                CorrelationId = stamp.CorrelationId, PreviousHash = previous, Hash = "",
            }.WithHash();
            previous = entry.Hash;
            entries.Add(entry);
        }
        return entries;
    }

    /// <summary>PostgreSQL: a transaction-scoped advisory lock per council chain, released at commit or rollback.
    /// SQLite needs none: EF Core begins its transactions with BEGIN IMMEDIATE, which holds the database's one
    /// write lock from the start, so the chain head read here cannot go stale before the insert.</summary>
    private static async Task LockChainAsync(IroDbContext db, CouncilId councilId, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        var bytes = councilId.Value.ToByteArray();
        var key = BitConverter.ToInt32(bytes, 0) ^ BitConverter.ToInt32(bytes, 4) ^ BitConverter.ToInt32(bytes, 8) ^ BitConverter.ToInt32(bytes, 12);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockClass}, {key})", ct);
    }

    // Both databases must give back exactly the instant that was hashed: PostgreSQL keeps microseconds, .NET ticks.
    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    private static AuditEntry WithHash(this AuditEntry entry) => new()
    {
        Id = entry.Id, CouncilId = entry.CouncilId, Sequence = entry.Sequence, OccurredAt = entry.OccurredAt, Actor = entry.Actor,
        ActorRole = entry.ActorRole, Action = entry.Action, EntityType = entry.EntityType, EntityId = entry.EntityId,
        ChildId = entry.ChildId, Properties = entry.Properties, Reason = entry.Reason, Detail = entry.Detail,
        CorrelationId = entry.CorrelationId, PreviousHash = entry.PreviousHash, Hash = AuditChain.ComputeHash(entry),
    };
}
