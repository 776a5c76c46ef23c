using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Iro.Core.Audit;

public enum AuditBreak
{
    Altered,
    Removed,
    Inserted,
    Reordered,
}

/// <summary>Where a council's chain first goes wrong: the sequence number of the first bad entry and what
/// happened to it.</summary>
public sealed record AuditChainBreak(CouncilId CouncilId, long Sequence, AuditBreak Kind)
{
    public string Describe() => Kind switch
    {
        AuditBreak.Altered => $"entry {Sequence} was altered: its content no longer matches the hash chain",
        AuditBreak.Removed => $"entry {Sequence} was removed: the chain goes on without it",
        AuditBreak.Inserted => $"entry {Sequence} was inserted: the entry after it is chained to the one before it",
        AuditBreak.Reordered => $"entry {Sequence} is out of order: it is chained to an entry that comes after it",
        _ => $"entry {Sequence} is wrong",
    };
}

/// <summary>The hash chain: how an entry's hash is computed and how a council's chain is checked. Each entry's
/// hash covers its sequence number, its content and the previous entry's hash, so changing, removing, adding or
/// moving any entry other than the newest shows. Anyone who can write the table and knows this algorithm can
/// rewrite the whole chain consistently: keep a copy of the head hash outside the database to catch that.</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of a council's first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const string Version = "iro-audit-v1";

    /// <summary>SHA-256, lower-case hex, over a JSON array of the entry's fields in a fixed order (JSON keeps
    /// null apart from empty and needs no escaping rules of our own).</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string?[] fields =
        [
            Version,
            entry.CouncilId.ToString(),
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            entry.Actor,
            entry.ActorRole,
            entry.Action.ToString(),
            entry.EntityType,
            entry.EntityId,
            entry.ChildId?.ToString(),
            entry.Properties,
            entry.Reason,
            entry.Detail,
            entry.CorrelationId,
            entry.PreviousHash,
        ];
        var canonical = JsonSerializer.SerializeToUtf8Bytes(fields);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>Checks one council's entries, given in sequence order, and returns the first break, or null when
    /// the chain is intact. Reads the entries once, looking one entry ahead.</summary>
    public static AuditChainBreak? Verify(CouncilId councilId, IEnumerable<AuditEntry> inSequenceOrder)
    {
        ArgumentNullException.ThrowIfNull(inSequenceOrder);
        using var entries = inSequenceOrder.GetEnumerator();
        var previousHash = Genesis;
        string? hashBeforePrevious = null;
        var expected = 1L;
        var current = entries.MoveNext() ? entries.Current : null;
        while (current is not null)
        {
            var next = entries.MoveNext() ? entries.Current : null;
            if (current.Sequence > expected)
            {
                return new(councilId, expected, AuditBreak.Removed);
            }
            if (current.Sequence < expected)
            {
                return new(councilId, current.Sequence, AuditBreak.Inserted);
            }
            var contentIntact = ComputeHash(current) == current.Hash;
            var linked = current.PreviousHash == previousHash;
            if (!contentIntact || !linked)
            {
                if (hashBeforePrevious is not null && current.PreviousHash == hashBeforePrevious)
                {
                    return new(councilId, current.Sequence - 1, AuditBreak.Inserted);
                }
                if (next is not null && current.PreviousHash == next.Hash)
                {
                    return new(councilId, current.Sequence, AuditBreak.Reordered);
                }
                if (next is not null && next.PreviousHash == previousHash)
                {
                    return new(councilId, current.Sequence, AuditBreak.Inserted);
                }
                // Intact but chained to something other than its predecessor: the predecessor was changed and
                // re-hashed by someone who knows this algorithm, so it is the first bad entry.
                return contentIntact && current.Sequence > 1
                    ? new(councilId, current.Sequence - 1, AuditBreak.Altered)
                    : new(councilId, current.Sequence, AuditBreak.Altered);
            }
            hashBeforePrevious = previousHash;
            previousHash = current.Hash;
            expected++;
            current = next;
        }
        return null;
    }
}
