using System.Text;

namespace Iro.Core.Allocation;

/// <summary>Why someone may not be a child's IRO.</summary>
/// <remarks>CPPCR 2010 reg 46(2) (numbering unconfirmed: domain reference §1.2 gives reg 46, some guidance reg 45
/// or 44; the Welsh equivalent, SI 2015/1818 reg 54(3), has the same list), and the IRO Handbook (domain reference
/// §1.3) for a parent and child who are both looked after.</remarks>
public enum ConflictKind
{
    /// <summary>Involved in preparing the child's care plan (CPPCR 2010 reg 46(2)(a)).</summary>
    PreparedCarePlan,

    /// <summary>Involved in managing the child's case (CPPCR 2010 reg 46(2)(a)).</summary>
    ManagesCase,

    /// <summary>The child's social worker, the council's representative "R" who visits the child (CPPCR 2010
    /// reg 46(2)(b)).</summary>
    SocialWorker,

    /// <summary>The child's personal adviser (CPPCR 2010 reg 46(2)(c)).</summary>
    PersonalAdviser,

    /// <summary>Has management responsibility, directly or further up the line, for someone in one of the four
    /// roles above (CPPCR 2010 reg 46(2)(d)).</summary>
    ManagesSomeoneOnTheCase,

    /// <summary>Controls the resources allocated to the case: a budget holder (CPPCR 2010 reg 46(2)(e)).</summary>
    ControlsResources,

    /// <summary>Already the IRO of the child's looked-after parent, or of the looked-after child of a child who is
    /// a parent: they should have different IROs (IRO Handbook; domain reference §1.3).</summary>
    SharedWithParentOrChild,
}

/// <summary>How a looked-after person is related to the child whose IRO is being chosen.</summary>
public enum FamilyLink
{
    /// <summary>The child's parent, who is also looked after.</summary>
    Parent,

    /// <summary>The child's own child, who is also looked after (the child is a young parent in care).</summary>
    Child,
}

/// <summary>A looked-after parent or child of the child, and that person's IRO (if any).</summary>
public sealed record LinkedLookedAfterPerson(ChildId ChildId, FamilyLink Link, StaffMemberId? IroId);

/// <summary>Who holds each role on the child's case that an IRO must be independent of. Each role may be held by
/// several people (a care plan prepared by a social worker and a team manager, say); empty when nobody holds it.
/// </summary>
public sealed record CaseRoles
{
    public IReadOnlyCollection<StaffMemberId> SocialWorkers { get; init; } = [];
    public IReadOnlyCollection<StaffMemberId> PersonalAdvisers { get; init; } = [];
    public IReadOnlyCollection<StaffMemberId> CarePlanPreparedBy { get; init; } = [];
    public IReadOnlyCollection<StaffMemberId> CaseManagedBy { get; init; } = [];
    public IReadOnlyCollection<StaffMemberId> ResourcesControlledBy { get; init; } = [];
    public IReadOnlyCollection<LinkedLookedAfterPerson> LookedAfterParentsAndChildren { get; init; } = [];
}

/// <summary>One reason the candidate may not be the child's IRO, in plain English, with its source.</summary>
/// <param name="Kind">Which rule.</param>
/// <param name="Reason">For the allocation page, for example "Sam Patel manages Jo Lee, the child's social worker,
/// through Alex Green."</param>
/// <param name="Source">For example "CPPCR 2010 reg 46(2)(d)".</param>
/// <param name="Through">For a management conflict, the person on the case whom the candidate manages.</param>
public sealed record IndependenceConflict(ConflictKind Kind, string Reason, string Source, StaffMemberId? Through = null);

/// <summary>Whether a candidate may be the child's IRO, with every reason they may not.</summary>
public sealed record IndependenceCheck(StaffMemberId CandidateId, IReadOnlyList<IndependenceConflict> Conflicts)
{
    public bool IsBlocked => Conflicts.Count > 0;
}

/// <summary>The independence rules for allocating an IRO, driven by the case's roles and the staff structure.
/// </summary>
/// <remarks>
/// <para>CPPCR 2010 reg 46(2) (domain reference §1.2; regulation number unconfirmed): the council must not appoint
/// as IRO (a) a person involved in preparing the care plan or managing the case, (b) the child's social worker
/// "R", (c) the child's personal adviser, (d) a person with management responsibilities for anyone in (a) to (c),
/// or (e) a person with control over the resources allocated to the case. "Management responsibilities" is read
/// as the whole line upwards, not only the direct line manager: a head of service manages every social worker
/// below them.</para>
/// <para>IRO Handbook (domain reference §1.3): when a parent and their child are both looked after, the child
/// should have a different IRO from the parent. Iro blocks it as well, so the reason is always shown.</para>
/// </remarks>
public static class IroIndependence
{
    public const string Reg46_2a = "CPPCR 2010 reg 46(2)(a)";
    public const string Reg46_2b = "CPPCR 2010 reg 46(2)(b)";
    public const string Reg46_2c = "CPPCR 2010 reg 46(2)(c)";
    public const string Reg46_2d = "CPPCR 2010 reg 46(2)(d)";
    public const string Reg46_2e = "CPPCR 2010 reg 46(2)(e)";
    public const string HandbookParentAndChild = "IRO Handbook (a parent and child both looked after)";

    /// <summary>Every reason <paramref name="candidateId"/> may not be the child's IRO; none means the allocation
    /// is not blocked by independence.</summary>
    public static IndependenceCheck Check(StaffMemberId candidateId, CaseRoles caseRoles, StaffStructure staff)
    {
        ArgumentNullException.ThrowIfNull(caseRoles);
        ArgumentNullException.ThrowIfNull(staff);

        // An id the structure does not hold still gets a sentence that starts with a capital.
        var name = staff.Contains(candidateId) ? staff.NameOf(candidateId) : "Someone not on the staff list";
        var conflicts = new List<IndependenceConflict>();
        var roles = new (IReadOnlyCollection<StaffMemberId> Holders, ConflictKind Kind, string Role, string Source)[]
        {
            (caseRoles.CarePlanPreparedBy, ConflictKind.PreparedCarePlan, "prepared the child's care plan", Reg46_2a),
            (caseRoles.CaseManagedBy, ConflictKind.ManagesCase, "manages the child's case", Reg46_2a),
            (caseRoles.SocialWorkers, ConflictKind.SocialWorker, "is the child's social worker", Reg46_2b),
            (caseRoles.PersonalAdvisers, ConflictKind.PersonalAdviser, "is the child's personal adviser", Reg46_2c),
        };

        foreach (var (holders, kind, role, source) in roles)
        {
            if (holders.Contains(candidateId))
            {
                conflicts.Add(new(kind, $"{name} {role}, so may not be the child's IRO.", source));
            }
        }

        foreach (var (holders, _, role, _) in roles)
        {
            foreach (var holder in holders.Distinct())
            {
                if (holder == candidateId)
                {
                    continue;
                }
                var above = staff.ManagersAbove(holder);
                var at = IndexOf(above, candidateId);
                if (at < 0)
                {
                    continue;
                }
                var reason = new StringBuilder()
                    .Append(name).Append(" manages ").Append(staff.NameOf(holder)).Append(", who ").Append(role);
                if (at > 0)
                {
                    reason.Append(", through ").Append(JoinNames(above.Take(at).Reverse(), staff));
                }
                reason.Append(", so may not be the child's IRO.");
                conflicts.Add(new(ConflictKind.ManagesSomeoneOnTheCase, reason.ToString(), Reg46_2d, holder));
            }
        }

        if (caseRoles.ResourcesControlledBy.Contains(candidateId))
        {
            conflicts.Add(new(ConflictKind.ControlsResources,
                $"{name} controls the resources allocated to the child's case, so may not be the child's IRO.",
                Reg46_2e));
        }

        foreach (var person in caseRoles.LookedAfterParentsAndChildren)
        {
            if (person.IroId == candidateId)
            {
                var whose = person.Link == FamilyLink.Parent
                    ? "the child's parent, who is also looked after"
                    : "the child's own child, who is also looked after";
                conflicts.Add(new(ConflictKind.SharedWithParentOrChild,
                    $"{name} is already the IRO of {whose}; a parent and their child should have different IROs.",
                    HandbookParentAndChild));
            }
        }

        return new IndependenceCheck(candidateId, conflicts);
    }

    private static int IndexOf(IReadOnlyList<StaffMemberId> chain, StaffMemberId id)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] == id)
            {
                return i;
            }
        }
        return -1;
    }

    private static string JoinNames(IEnumerable<StaffMemberId> ids, StaffStructure staff)
    {
        var names = ids.Select(staff.NameOf).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }
}
