namespace Iro.Core.Data;

/// <summary>An editable record whose every save changes <see cref="Version"/>, its optimistic concurrency token:
/// when two people save the same record, the second is told instead of overwriting the first (issue 4 §5).
/// <see cref="IroDbContext"/> marks the token and changes it on each save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
