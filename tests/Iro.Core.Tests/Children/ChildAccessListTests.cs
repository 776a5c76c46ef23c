using Iro.Core;
using Iro.Core.Children;

namespace Iro.Core.Tests.Children;

public sealed class ChildAccessListTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Child NewChild() => new()
    {
        CouncilId = CouncilId.New(), ChildNumber = "T1", GivenName = "Tam", FamilyName = "Test", Sex = "F",
        DateOfBirth = new DateOnly(2015, 1, 1), Ethnicity = "WBRI",
    };

    [Fact]
    public void Restrict_NamesWhoeverRestrictedIt_SoSomeoneCanAlwaysSeeIt()
    {
        var child = NewChild();
        var manager = Guid.NewGuid();
        child.Restrict(manager, Today);
        Assert.True(child.IsRestricted);
        Assert.Equal([manager], child.NamedAccess.Select(a => a.UserId));
    }

    [Fact]
    public void RemoveNamedUser_TheLastOne_IsRefused()
    {
        var child = NewChild();
        var manager = Guid.NewGuid();
        child.Restrict(manager, Today);
        Assert.Throws<DomainRuleException>(() => child.RemoveNamedUser(manager));
        var other = Guid.NewGuid();
        child.NameUser(other, Today);
        child.RemoveNamedUser(manager);
        Assert.Equal([other], child.NamedAccess.Select(a => a.UserId));
    }

    [Fact]
    public void NameUser_OnARecordThatIsNotRestricted_IsRefused() =>
        Assert.Throws<DomainRuleException>(() => NewChild().NameUser(Guid.NewGuid(), Today));

    [Fact]
    public void Unrestrict_ForgetsTheNamedUsers()
    {
        var child = NewChild();
        child.Restrict(Guid.NewGuid(), Today);
        child.Unrestrict();
        Assert.False(child.IsRestricted);
        Assert.Empty(child.NamedAccess);
    }

    [Fact]
    public void ReferToAdvocate_Twice_IsRefused_UntilTheFirstEnds()
    {
        var child = NewChild();
        var advocate = StaffMemberId.New();
        var referral = child.ReferToAdvocate(advocate, Today);
        Assert.Throws<DomainRuleException>(() => child.ReferToAdvocate(advocate, Today));
        Assert.Throws<DomainRuleException>(() => child.EndAdvocacy(referral.Id, Today.AddDays(-1)));
        child.EndAdvocacy(referral.Id, Today);
        Assert.Throws<DomainRuleException>(() => child.EndAdvocacy(referral.Id, Today));
        child.ReferToAdvocate(advocate, Today);
        Assert.Single(child.AdvocacyReferrals, r => r.EndedOn is null);
    }
}
