namespace Iro.Core.WorkLists;

/// <summary>One kind of work on a list, with its items in list order.</summary>
public sealed record WorkGroup(WorkItemKind Kind, string Name, IReadOnlyList<WorkItem> Items)
{
    public int Overdue => Items.Count(i => i.Status == WorkItemStatus.Overdue);
}

/// <summary>Counts of one IRO's work by kind, for a manager's view of the service; <see cref="Iro"/> is null for
/// work that has no IRO (children waiting for one).</summary>
public sealed record IroWorkCounts(StaffMemberId? Iro, IReadOnlyDictionary<WorkItemKind, int> ByKind, int Total, int Overdue)
{
    public int Of(WorkItemKind kind) => ByKind.TryGetValue(kind, out var n) ? n : 0;
}

/// <summary>What needs someone today, composed from any number of sources (<see cref="WorkListSources"/>):
/// overdue first, then by date, so the most pressing thing is always at the top.</summary>
public sealed class WorkList
{
    private WorkList(IReadOnlyList<WorkItem> items) => Items = items;

    public IReadOnlyList<WorkItem> Items { get; }

    public int Count => Items.Count;

    public static WorkList Of(params IEnumerable<WorkItem>[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new(sources.SelectMany(s => s)
            .OrderBy(i => i.Status == WorkItemStatus.Overdue ? 0 : 1)
            .ThenBy(i => i.DueOn)
            .ThenBy(i => i.Kind)
            .ThenBy(i => i.Child.Name, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The groups that have items, in <see cref="WorkItemKind"/> order, each in list order.</summary>
    public IReadOnlyList<WorkGroup> Groups() =>
        Items.GroupBy(i => i.Kind).OrderBy(g => g.Key)
            .Select(g => new WorkGroup(g.Key, WorkItem.Describe(g.Key), g.ToList()))
            .ToList();

    public WorkList ForIro(StaffMemberId? iro) => new(Items.Where(i => i.Iro == iro).ToList());

    /// <summary>Per IRO (and one row for work with no IRO), the number of items of each kind.</summary>
    public IReadOnlyList<IroWorkCounts> CountsByIro() =>
        Items.GroupBy(i => i.Iro)
            .Select(g => new IroWorkCounts(g.Key, g.GroupBy(i => i.Kind).ToDictionary(k => k.Key, k => k.Count()), g.Count(),
                g.Count(i => i.Status == WorkItemStatus.Overdue)))
            .ToList();
}
