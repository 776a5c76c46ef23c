using Iro.Core.Allocation;
using Iro.Core.Councils;

namespace Iro.Core.Tests.Allocation;

public class IroIndependenceTests
{
    // A fictional council's line management:
    //   Director Dana Ward
    //   └ Head of service Hal Ince
    //     ├ Service manager Sue Mann
    //     │ └ Team manager Tom Mayo
    //     │   ├ Social worker Sara Wells
    //     │   └ Personal adviser Pat Ames
    //     └ IRO manager Ira Moss
    //       └ IRO Ivy Rowe, IRO Ian Reed
    //   Budget holder Bea Holt (no line manager)
    internal static readonly StaffMemberId Dana = Id(1), Hal = Id(2), Sue = Id(3), Tom = Id(4), Sara = Id(5),
        Pat = Id(6), Ira = Id(7), Ivy = Id(8), Ian = Id(9), Bea = Id(10);

    internal static readonly StaffStructure Staff = new(
    [
        new(Dana, "Dana Ward", null),
        new(Hal, "Hal Ince", Dana),
        new(Sue, "Sue Mann", Hal),
        new(Tom, "Tom Mayo", Sue),
        new(Sara, "Sara Wells", Tom),
        new(Pat, "Pat Ames", Tom),
        new(Ira, "Ira Moss", Hal),
        new(Ivy, "Ivy Rowe", Ira),
        new(Ian, "Ian Reed", Ira),
        new(Bea, "Bea Holt", null),
    ]);

    internal static readonly CaseRoles Case = new()
    {
        SocialWorkers = [Sara],
        PersonalAdvisers = [Pat],
        CarePlanPreparedBy = [Sara],
        CaseManagedBy = [Tom],
        ResourcesControlledBy = [Bea],
    };

    internal static StaffMemberId Id(int n) => new(new Guid(n, 0, 0, new byte[8]));

    public static TheoryData<int, ConflictKind[]> Candidates => new()
    {
        // CPPCR 2010 reg 46(2): IROs in the IRO service, outside the case's line, are independent.
        { 8, [] },
        { 9, [] },
        { 7, [] },
        // reg 46(2)(a) and (b): the social worker who also prepared the plan; (d) nobody below her is on the case.
        { 5, [ConflictKind.PreparedCarePlan, ConflictKind.SocialWorker] },
        // reg 46(2)(c).
        { 6, [ConflictKind.PersonalAdviser] },
        // reg 46(2)(a) manages the case; (d) line manager of the social worker (twice: plan and visits) and the PA.
        { 4, [ConflictKind.ManagesCase, ConflictKind.ManagesSomeoneOnTheCase, ConflictKind.ManagesSomeoneOnTheCase,
            ConflictKind.ManagesSomeoneOnTheCase] },
        // reg 46(2)(d) up the line: the service manager manages the plan-writer, the case manager, the SW and the PA.
        { 3, [ConflictKind.ManagesSomeoneOnTheCase, ConflictKind.ManagesSomeoneOnTheCase,
            ConflictKind.ManagesSomeoneOnTheCase, ConflictKind.ManagesSomeoneOnTheCase] },
        { 1, [ConflictKind.ManagesSomeoneOnTheCase, ConflictKind.ManagesSomeoneOnTheCase,
            ConflictKind.ManagesSomeoneOnTheCase, ConflictKind.ManagesSomeoneOnTheCase] },
        // reg 46(2)(e).
        { 10, [ConflictKind.ControlsResources] },
    };

    [Theory]
    [MemberData(nameof(Candidates))]
    public void Check_FindsEveryConflictFromTheStructure(int candidate, ConflictKind[] expected)
    {
        var check = IroIndependence.Check(Id(candidate), Case, Staff);

        Assert.Equal(expected, check.Conflicts.Select(c => c.Kind));
        Assert.Equal(expected.Length > 0, check.IsBlocked);
    }

    [Theory]
    // Plain-English reasons name the person, the role and the chain, and cite reg 46(2).
    [InlineData(5, "Sara Wells is the child's social worker, so may not be the child's IRO.", IroIndependence.Reg46_2b)]
    [InlineData(6, "Pat Ames is the child's personal adviser, so may not be the child's IRO.", IroIndependence.Reg46_2c)]
    [InlineData(4, "Tom Mayo manages Pat Ames, who is the child's personal adviser, so may not be the child's IRO.",
        IroIndependence.Reg46_2d)]
    [InlineData(1, "Dana Ward manages Pat Ames, who is the child's personal adviser, through Hal Ince, Sue Mann and " +
        "Tom Mayo, so may not be the child's IRO.", IroIndependence.Reg46_2d)]
    [InlineData(10, "Bea Holt controls the resources allocated to the child's case, so may not be the child's IRO.",
        IroIndependence.Reg46_2e)]
    public void Check_GivesTheReasonAndItsSource(int candidate, string reason, string source)
    {
        var conflict = IroIndependence.Check(Id(candidate), Case, Staff).Conflicts[^1];

        Assert.Equal((reason, source), (conflict.Reason, conflict.Source));
    }

    [Fact]
    public void Check_ManagerOfTheCaseManager_NamesWhoTheyManage()
    {
        // reg 46(2)(d) covers managers of anyone in (a): Sue manages Tom, who manages the case.
        var conflicts = IroIndependence.Check(Sue, Case, Staff).Conflicts;

        Assert.Equal([Sara, Tom, Sara, Pat], conflicts.Select(c => c.Through));
        Assert.Contains(conflicts, c => c.Reason == "Sue Mann manages Tom Mayo, who manages the child's case, so may " +
            "not be the child's IRO.");
    }

    [Fact]
    public void Check_StructureDrivesTheAnswer_NotTheJobTitle()
    {
        // Move the social worker under the IRO manager: Ira becomes her manager and is blocked; Tom is not.
        var moved = new StaffStructure(
        [
            new(Hal, "Hal Ince", null),
            new(Ira, "Ira Moss", Hal),
            new(Tom, "Tom Mayo", Hal),
            new(Sara, "Sara Wells", Ira),
        ]);
        var roles = new CaseRoles { SocialWorkers = [Sara] };

        Assert.True(IroIndependence.Check(Ira, roles, moved).IsBlocked);
        Assert.False(IroIndependence.Check(Tom, roles, moved).IsBlocked);
    }

    [Theory]
    // IRO Handbook: a looked-after parent and their looked-after child should have different IROs, either way round.
    [InlineData(FamilyLink.Parent, 8, true, "the child's parent")]
    [InlineData(FamilyLink.Child, 8, true, "the child's own child")]
    [InlineData(FamilyLink.Parent, 9, false, "")]
    public void Check_ParentAndChildMayNotShareAnIro(FamilyLink link, int theirIro, bool blocked, string whose)
    {
        var roles = Case with { LookedAfterParentsAndChildren = [new(ChildId.New(), link, Id(theirIro))] };

        var check = IroIndependence.Check(Ivy, roles, Staff);

        Assert.Equal(blocked, check.IsBlocked);
        if (blocked)
        {
            var conflict = Assert.Single(check.Conflicts);
            Assert.Equal(ConflictKind.SharedWithParentOrChild, conflict.Kind);
            Assert.Contains(whose, conflict.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_ParentWithNoIro_DoesNotBlock()
    {
        var roles = Case with { LookedAfterParentsAndChildren = [new(ChildId.New(), FamilyLink.Parent, null)] };

        Assert.False(IroIndependence.Check(Ivy, roles, Staff).IsBlocked);
    }

    [Fact]
    public void Check_CaseWorkerNotOnTheStaffList_StillBlocksThemselves()
    {
        // An agency social worker outside the council's structure: no managers to find, but she is still R.
        var agency = Id(99);
        var roles = new CaseRoles { SocialWorkers = [agency] };

        var check = IroIndependence.Check(agency, roles, Staff);

        Assert.Equal([ConflictKind.SocialWorker], check.Conflicts.Select(c => c.Kind));
        Assert.StartsWith("Someone not on the staff list", check.Conflicts[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StaffStructure_FromEntities_UsesLineManagerId()
    {
        var council = CouncilId.New();
        var manager = new StaffMember { CouncilId = council, GivenName = "Ira", FamilyName = "Moss" };
        var worker = new StaffMember
        {
            CouncilId = council, GivenName = "Sara", FamilyName = "Wells", LineManagerId = manager.Id,
        };

        var structure = StaffStructure.From([manager, worker]);

        Assert.Equal([manager.Id], structure.ManagersAbove(worker.Id));
        Assert.Equal("Sara Wells", structure.NameOf(worker.Id));
    }

    [Fact]
    public void StaffStructure_CircularLineManagement_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new StaffStructure(
        [
            new(Id(1), "A One", Id(2)),
            new(Id(2), "B Two", Id(1)),
        ]));

        Assert.Contains("round in a circle", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void StaffStructure_BadList_Throws(bool duplicate)
    {
        StaffPost[] staff = duplicate
            ? [new(Id(1), "A One", null), new(Id(1), "A One", null)]
            : [new(Id(1), "A One", Id(2))];

        Assert.Throws<ArgumentException>(() => new StaffStructure(staff));
    }
}
