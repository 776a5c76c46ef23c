using System.Globalization;
using Iro.Core.Caseloads;

namespace Iro.Core.Allocation;

/// <summary>An IRO who could be allocated: their contracted hours and the children already allocated to them.
/// </summary>
/// <param name="Fte">Full-time equivalent, more than 0.</param>
public sealed record IroCandidate(StaffMemberId Id, decimal Fte, IReadOnlyCollection<CaseloadChild> Caseload);

/// <summary>A looked-after sibling of the child, and the IRO allocated to them now.</summary>
/// <param name="SiblingName">As the allocation page shows it, for example "Amy".</param>
public sealed record SiblingIro(string SiblingName, StaffMemberId IroId);

/// <summary>The child who needs an IRO and what the suggestion weighs.</summary>
/// <param name="Child">The child, with what makes them more work (<see cref="CaseloadWeighting"/>).</param>
/// <param name="CaseRoles">Who holds each role on the child's case, for the independence rules.</param>
/// <param name="Siblings">The IROs of the child's looked-after siblings.</param>
/// <param name="EarlierIros">The child's IROs in earlier periods of care with this council, most recent first.
/// </param>
public sealed record AllocationRequest(
    CaseloadChild Child,
    CaseRoles CaseRoles,
    IReadOnlyCollection<SiblingIro> Siblings,
    IReadOnlyList<StaffMemberId> EarlierIros);

/// <summary>A suggested IRO, where they rank and why.</summary>
/// <param name="Rank">1 is the best suggestion.</param>
/// <param name="SiblingsShared">The child's siblings who already have this IRO.</param>
/// <param name="EarlierIro">This IRO was the child's IRO in an earlier period of care.</param>
/// <param name="WeightedCaseload">What the IRO's caseload would count with this child, weighted.</param>
/// <param name="PerFte">The weighted caseload per FTE with this child, to one decimal place.</param>
/// <param name="Band">Where <see cref="PerFte"/> falls against the Handbook's 50–70 benchmark.</param>
/// <param name="Reasons">Why the IRO ranks where they do, in plain English, most important first.</param>
public sealed record IroSuggestion(
    int Rank,
    StaffMemberId IroId,
    string Name,
    IReadOnlyList<string> SiblingsShared,
    bool EarlierIro,
    decimal WeightedCaseload,
    decimal PerFte,
    CaseloadBand Band,
    IReadOnlyList<string> Reasons);

/// <summary>A candidate the independence rules rule out, with every reason.</summary>
public sealed record BlockedCandidate(StaffMemberId IroId, string Name, IReadOnlyList<IndependenceConflict> Conflicts);

/// <summary>The ranked suggestions and the candidates who may not be the child's IRO.</summary>
public sealed record IroSuggestionList(IReadOnlyList<IroSuggestion> Ranked, IReadOnlyList<BlockedCandidate> Blocked);

/// <summary>Ranks the IROs who could be allocated to a child.</summary>
/// <remarks>
/// <para>First, anyone the independence rules block is left out (CPPCR 2010 reg 46(2); <see cref="IroIndependence"/>).
/// The rest are ranked by, in order:</para>
/// <list type="number">
/// <item>staying within the Handbook's ceiling of 70 children per FTE with this child (IRO Handbook 2010, domain
/// reference §1.3): an IRO already full ranks after every IRO who is not, because siblings share an IRO "unless the
/// group is too large" and a further child harms every child on that caseload;</item>
/// <item>siblings together: the IRO already allocated to more of the child's looked-after siblings (IRO Handbook,
/// §1.3);</item>
/// <item>continuity: the child's IRO in an earlier period of care, the most recent first (IRO Handbook, §1.3);</item>
/// <item>the lower weighted caseload per FTE with this child (<see cref="CaseloadWeighting"/>);</item>
/// <item>then by name, so the order never depends on the order of the input.</item>
/// </list>
/// <para>Ranking only suggests: the IRO manager chooses.</para>
/// </remarks>
public static class IroSuggestions
{
    private const string SiblingsSource = "IRO Handbook: siblings should share an IRO";
    private const string ContinuitySource = "IRO Handbook: the same IRO should continue when a child returns to care";

    public static IroSuggestionList Rank(AllocationRequest request, IEnumerable<IroCandidate> candidates,
        StaffStructure staff, CaseloadWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(weighting);
        weighting.EnsureValid();

        var blocked = new List<BlockedCandidate>();
        var open = new List<Standing>();
        foreach (var candidate in candidates.DistinctBy(c => c.Id))
        {
            var name = staff.NameOf(candidate.Id);
            if (candidate.Fte <= 0)
            {
                throw new ArgumentException($"{name}'s FTE must be more than 0.", nameof(candidates));
            }
            var check = IroIndependence.Check(candidate.Id, request.CaseRoles, staff);
            if (check.IsBlocked)
            {
                blocked.Add(new BlockedCandidate(candidate.Id, name, check.Conflicts));
                continue;
            }

            // Re-ranking the current IRO must not count the child twice.
            var weighted = weighting.WeightOf(candidate.Caseload.Where(c => c.ChildId != request.Child.ChildId))
                + weighting.WeightOf(request.Child);
            var perFte = Math.Round(weighted / candidate.Fte, 1, MidpointRounding.AwayFromZero);
            var siblings = request.Siblings.Where(s => s.IroId == candidate.Id).Select(s => s.SiblingName).ToList();
            var earlier = IndexOf(request.EarlierIros, candidate.Id);
            open.Add(new Standing(candidate, name, siblings, earlier, weighted, perFte));
        }

        open.Sort(Compare);
        var ranked = new List<IroSuggestion>(open.Count);
        for (var i = 0; i < open.Count; i++)
        {
            var s = open[i];
            var reasons = Reasons(s, request.EarlierIros.Count);
            if (i > 0)
            {
                reasons.Insert(0, BelowBecause(open[i - 1], s));
            }
            ranked.Add(new IroSuggestion(i + 1, s.Candidate.Id, s.Name, s.Siblings, s.EarlierIndex >= 0, s.Weighted,
                s.PerFte, CaseloadBenchmark.BandOf(s.PerFte), reasons));
        }
        return new IroSuggestionList(ranked, blocked);
    }

    private sealed record Standing(IroCandidate Candidate, string Name, List<string> Siblings, int EarlierIndex,
        decimal Weighted, decimal PerFte)
    {
        public bool WithinCeiling => PerFte <= CaseloadBenchmark.Upper;

        // Not an earlier IRO sorts after every earlier one.
        public int ContinuityOrder => EarlierIndex < 0 ? int.MaxValue : EarlierIndex;
    }

    private static int Compare(Standing a, Standing b)
    {
        var c = b.WithinCeiling.CompareTo(a.WithinCeiling);
        if (c == 0)
        {
            c = b.Siblings.Count.CompareTo(a.Siblings.Count);
        }
        if (c == 0)
        {
            c = a.ContinuityOrder.CompareTo(b.ContinuityOrder);
        }
        if (c == 0)
        {
            c = a.PerFte.CompareTo(b.PerFte);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Name, b.Name);
        }
        return c != 0 ? c : a.Candidate.Id.Value.CompareTo(b.Candidate.Id.Value);
    }

    private static string BelowBecause(Standing above, Standing s)
    {
        var lead = $"Ranked below {above.Name}";
        if (above.WithinCeiling != s.WithinCeiling)
        {
            return $"{lead}, who would stay within the Handbook's 70 children per FTE.";
        }
        if (above.Siblings.Count != s.Siblings.Count)
        {
            return s.Siblings.Count == 0
                ? $"{lead}, who is already the IRO of the child's {Siblings(above.Siblings)}."
                : $"{lead}, who is already the IRO of more of the child's siblings.";
        }
        if (above.ContinuityOrder != s.ContinuityOrder)
        {
            return s.EarlierIndex < 0
                ? $"{lead}, who was the child's IRO in an earlier period of care."
                : $"{lead}, who was the child's IRO more recently.";
        }
        if (above.PerFte != s.PerFte)
        {
            return $"{lead}, whose caseload would be lower ({Number(above.PerFte)} per FTE against " +
                $"{Number(s.PerFte)}).";
        }
        return $"Level with {above.Name} on siblings, continuity and caseload; listed by name.";
    }

    private static List<string> Reasons(Standing s, int earlierCount)
    {
        var reasons = new List<string>();
        if (s.Siblings.Count > 0)
        {
            reasons.Add($"Already the IRO of the child's {Siblings(s.Siblings)}, so the siblings would share an IRO " +
                $"({SiblingsSource}).");
        }
        if (s.EarlierIndex == 0)
        {
            reasons.Add(earlierCount == 1
                ? $"Was the child's IRO in an earlier period of care ({ContinuitySource})."
                : $"Was the child's IRO in the most recent earlier period of care ({ContinuitySource}).");
        }
        else if (s.EarlierIndex > 0)
        {
            reasons.Add($"Was the child's IRO in an earlier period of care, though not the most recent " +
                $"({ContinuitySource}).");
        }

        var load = $"With this child the caseload would count {Count(s.Weighted)} at " +
            $"{s.Candidate.Fte.ToString("0.0#", CultureInfo.InvariantCulture)} FTE, {Number(s.PerFte)} per FTE";
        reasons.Add(CaseloadBenchmark.BandOf(s.PerFte) switch
        {
            CaseloadBand.Above => $"{load}: above the IRO Handbook's 70 per FTE, so ranked after every IRO who " +
                "would stay within it.",
            CaseloadBand.High => $"{load}: within the IRO Handbook's 50–70 per FTE, but above 60.",
            CaseloadBand.Within => $"{load}: within the IRO Handbook's 50–70 per FTE.",
            _ => $"{load}: below the IRO Handbook's 50–70 per FTE, so there is room.",
        });
        return reasons;
    }

    private static string Siblings(List<string> names) => names.Count == 1
        ? $"sibling {names[0]}"
        : $"siblings {string.Join(", ", names[..^1])} and {names[^1]}";

    private static string Number(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Count(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static int IndexOf(IReadOnlyList<StaffMemberId> ids, StaffMemberId id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }
        return -1;
    }
}
