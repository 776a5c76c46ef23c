namespace Iro.Core.Allocation;

/// <summary>What about a child makes them more work for their IRO.</summary>
/// <param name="OutOfAreaPlacement">Placed outside the council's area: travel to see the child and to reviews.
/// </param>
/// <param name="CourtWork">In care proceedings: the IRO's view goes to court and reviews follow the court's
/// timetable.</param>
/// <param name="SiblingGroup">One of a group of looked-after siblings: more people to consult and often joint
/// reviews.</param>
public sealed record CaseloadChild(ChildId ChildId, bool OutOfAreaPlacement = false, bool CourtWork = false,
    bool SiblingGroup = false);

/// <summary>How much each child counts towards an IRO's caseload, set by the council.</summary>
/// <remarks>
/// <para>The IRO Handbook's benchmark is 50–70 looked-after children per full-time IRO (domain reference §1.3),
/// counting every child once. No source sets weights, so by default every child counts 1 and the weighted caseload
/// is the Handbook's count (and matches the service overview). A council that finds some children take more time
/// adds an extra amount for each feature: with <see cref="OutOfAreaPlacement"/> = 0.5 a child placed out of area
/// counts 1.5. Extras add up: a child placed out of area and in court work counts
/// <see cref="Standard"/> + both extras.</para>
/// </remarks>
/// <param name="Standard">What every child counts; more than 0.</param>
/// <param name="OutOfAreaPlacement">Added for a child placed out of area; 0 or more.</param>
/// <param name="CourtWork">Added for a child in care proceedings; 0 or more.</param>
/// <param name="SiblingGroup">Added for a child in a looked-after sibling group; 0 or more.</param>
public sealed record CaseloadWeighting(
    decimal Standard = 1m,
    decimal OutOfAreaPlacement = 0m,
    decimal CourtWork = 0m,
    decimal SiblingGroup = 0m)
{
    /// <summary>The most any one weight may be: one child counting as more than 5 would make the benchmark
    /// meaningless.</summary>
    public const decimal MaxWeight = 5m;

    public static CaseloadWeighting Default { get; } = new();

    /// <summary>Every problem with the weights, in plain English; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Standard <= 0)
        {
            problems.Add("Every child must count for more than 0.");
        }
        foreach (var (name, value) in new[]
        {
            ("A child placed out of area", OutOfAreaPlacement),
            ("A child in court work", CourtWork),
            ("A child in a sibling group", SiblingGroup),
        })
        {
            if (value < 0)
            {
                problems.Add($"{name} cannot count for less than other children: the extra must be 0 or more.");
            }
        }
        foreach (var (name, value) in new[]
        {
            ("Every child", Standard),
            ("The extra for a child placed out of area", OutOfAreaPlacement),
            ("The extra for a child in court work", CourtWork),
            ("The extra for a child in a sibling group", SiblingGroup),
        })
        {
            if (value > MaxWeight)
            {
                problems.Add($"{name} must be {MaxWeight} or less.");
            }
        }
        return problems;
    }

    /// <exception cref="ArgumentException">The weights are not valid; the message lists every problem.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }

    /// <summary>What one child counts.</summary>
    public decimal WeightOf(CaseloadChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return Standard
            + (child.OutOfAreaPlacement ? OutOfAreaPlacement : 0m)
            + (child.CourtWork ? CourtWork : 0m)
            + (child.SiblingGroup ? SiblingGroup : 0m);
    }

    /// <summary>The sum of what each child counts.</summary>
    public decimal WeightOf(IEnumerable<CaseloadChild> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        return children.Sum(WeightOf);
    }
}
