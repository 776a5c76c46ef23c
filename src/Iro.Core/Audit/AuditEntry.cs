namespace Iro.Core.Audit;

public enum AuditAction
{
    Viewed,
    Added,
    Modified,
    Deleted,
    Imported,
}

/// <summary>One link of a council's audit chain: who did what to which record, when and why. It names the
/// properties that changed, never their values, so that the trail itself holds no personal data beyond the
/// record ids. <see cref="Hash"/> is SHA-256 over the entry's canonical content and the previous entry's hash
/// (<see cref="AuditChain"/>), so altering, removing, inserting or reordering an entry breaks the chain.</summary>
/// <remarks>Council-owned like the records it describes, so the council filter and, on PostgreSQL, row-level
/// security keep one council's trail from another; <see cref="AuditTrail"/> never audits its own entries.</remarks>
public sealed class AuditEntry : Councils.ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }

    /// <summary>1, 2, 3… within the council's chain, with no gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>UTC, to whole milliseconds, so that both databases give back exactly what was hashed.</summary>
    public required DateTime OccurredAt { get; init; }

    /// <summary>The user's id, or <c>cli:COMMAND</c>, or <c>system</c>.</summary>
    public required string Actor { get; init; }
    public string? ActorRole { get; init; }
    public required AuditAction Action { get; init; }

    /// <summary>The entity's type name, for example <c>Child</c> or <c>Review</c>; <c>Ssda903Import</c> for an import.</summary>
    public required string EntityType { get; init; }
    public string? EntityId { get; init; }
    public ChildId? ChildId { get; init; }

    /// <summary>The names of the properties that changed, comma-separated; never their values.</summary>
    public string? Properties { get; init; }
    public string? Reason { get; init; }

    /// <summary>Facts without personal data, for example an import's counts.</summary>
    public string? Detail { get; init; }
    public string? CorrelationId { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }
}
