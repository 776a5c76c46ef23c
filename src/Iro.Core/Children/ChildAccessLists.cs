using Iro.Core.Councils;

namespace Iro.Core.Children;

/// <summary>A referral of the child to an independent advocate. While it is open the advocate may see what
/// advocacy needs of the child's record, and nothing of any other child (Children Act 1989 s.26A; IRO Handbook:
/// the IRO makes sure the child knows about advocacy and is helped to get an advocate).</summary>
public sealed class AdvocacyReferral : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }
    public required StaffMemberId AdvocateId { get; init; }
    public StaffMember? Advocate { get; private set; }
    public DateOnly ReferredOn { get; init; }
    public DateOnly? EndedOn { get; set; }
}

/// <summary>A user named on a restricted record (for example a child whose whereabouts are confidential):
/// only named users see it, and still only if their role would let them.</summary>
public sealed class NamedAccess : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }
    public required Guid UserId { get; init; }
    public DateOnly NamedOn { get; init; }
}

public sealed partial class Child
{
    private readonly List<AdvocacyReferral> _advocacyReferrals = [];
    private readonly List<NamedAccess> _namedAccess = [];

    public IReadOnlyList<AdvocacyReferral> AdvocacyReferrals => _advocacyReferrals;
    public IReadOnlyList<NamedAccess> NamedAccess => _namedAccess;

    public AdvocacyReferral ReferToAdvocate(StaffMemberId advocateId, DateOnly on)
    {
        if (_advocacyReferrals.Any(r => r.AdvocateId == advocateId && r.EndedOn is null))
        {
            throw new DomainRuleException("The child is already referred to this advocate.");
        }
        var referral = new AdvocacyReferral { CouncilId = CouncilId, ChildId = Id, AdvocateId = advocateId, ReferredOn = on };
        _advocacyReferrals.Add(referral);
        return referral;
    }

    public void EndAdvocacy(Guid referralId, DateOnly on)
    {
        var referral = _advocacyReferrals.SingleOrDefault(r => r.Id == referralId && r.EndedOn is null)
            ?? throw new DomainRuleException("There is no open advocacy referral to end.");
        if (on < referral.ReferredOn)
        {
            throw new DomainRuleException("An advocacy referral cannot end before it was made.");
        }
        referral.EndedOn = on;
    }

    /// <summary>Restricts the record to named users. The person restricting it is named first, so that a
    /// restricted record always has someone who can see it.</summary>
    public void Restrict(Guid namedBy, DateOnly on)
    {
        IsRestricted = true;
        NameUser(namedBy, on);
    }

    public void Unrestrict()
    {
        IsRestricted = false;
        _namedAccess.Clear();
    }

    public void NameUser(Guid userId, DateOnly on)
    {
        if (!IsRestricted)
        {
            throw new DomainRuleException("Only a restricted record has named users.");
        }
        if (_namedAccess.All(a => a.UserId != userId))
        {
            _namedAccess.Add(new NamedAccess { CouncilId = CouncilId, ChildId = Id, UserId = userId, NamedOn = on });
        }
    }

    public void RemoveNamedUser(Guid userId)
    {
        if (!_namedAccess.Any(a => a.UserId != userId))
        {
            throw new DomainRuleException("A restricted record needs at least one named user: unrestrict it instead.");
        }
        _namedAccess.RemoveAll(a => a.UserId == userId);
    }
}
