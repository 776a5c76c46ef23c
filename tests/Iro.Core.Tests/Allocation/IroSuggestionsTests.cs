using Iro.Core.Allocation;
using Iro.Core.Caseloads;
using static Iro.Core.Tests.Allocation.IroIndependenceTests;

namespace Iro.Core.Tests.Allocation;

public class IroSuggestionsTests
{
    private static readonly CaseloadChild NewChild = new(ChildId.New());

    private static List<CaseloadChild> Children(int count, int outOfArea = 0) =>
        [.. Enumerable.Range(0, count).Select(i => new CaseloadChild(ChildId.New(), OutOfAreaPlacement: i < outOfArea))];

    private static StaffMemberId Who(string name) => name switch
    {
        "Ivy" => Ivy,
        "Ian" => Ian,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static AllocationRequest Request(string siblingWith = "", string earlier = "") => new(
        NewChild,
        Case,
        siblingWith == "" ? [] : [new SiblingIro("Amy", Who(siblingWith))],
        earlier == "" ? [] : [Who(earlier)]);

    [Theory]
    // Caseload per FTE with the child, lower first (IRO Handbook 50–70 benchmark).
    [InlineData(60, 1.0, 0, 40, 1.0, "", "", 0.0, "Ian")]
    [InlineData(40, 1.0, 0, 60, 1.0, "", "", 0.0, "Ivy")]
    // FTE matters: 30 children at 0.5 FTE is 62 per FTE, more than 55 at 1.0.
    [InlineData(30, 0.5, 0, 55, 1.0, "", "", 0.0, "Ian")]
    // IRO Handbook: siblings share an IRO, ahead of a lighter caseload.
    [InlineData(60, 1.0, 0, 40, 1.0, "Ivy", "", 0.0, "Ivy")]
    // IRO Handbook: the same IRO when the child returns to care, ahead of a lighter caseload.
    [InlineData(60, 1.0, 0, 40, 1.0, "", "Ivy", 0.0, "Ivy")]
    [InlineData(40, 1.0, 0, 60, 1.0, "", "Ian", 0.0, "Ian")]
    // Siblings together ranks ahead of continuity.
    [InlineData(60, 1.0, 0, 40, 1.0, "Ivy", "Ian", 0.0, "Ivy")]
    // With this child Ivy would be at 70 per FTE, within the ceiling: siblings still win.
    [InlineData(69, 1.0, 0, 40, 1.0, "Ivy", "", 0.0, "Ivy")]
    // At 71 per FTE Ivy is over the ceiling: the IRO who stays within it ranks first, siblings or not.
    [InlineData(70, 1.0, 0, 40, 1.0, "Ivy", "", 0.0, "Ian")]
    // Council weighting: 20 out-of-area children counting 1.5 take Ivy from 51 to 61 per FTE, past Ian's 59.
    [InlineData(50, 1.0, 20, 58, 1.0, "", "", 0.0, "Ivy")]
    [InlineData(50, 1.0, 20, 58, 1.0, "", "", 0.5, "Ian")]
    public void Rank_PutsTheBestIroFirst(int ivyChildren, double ivyFte, int ivyOutOfArea, int ianChildren,
        double ianFte, string siblingWith, string earlier, double outOfAreaWeight, string expectedFirst)
    {
        IroCandidate[] candidates =
        [
            new(Ivy, (decimal)ivyFte, Children(ivyChildren, ivyOutOfArea)),
            new(Ian, (decimal)ianFte, Children(ianChildren)),
        ];
        var weighting = new CaseloadWeighting(OutOfAreaPlacement: (decimal)outOfAreaWeight);

        var ranked = IroSuggestions.Rank(Request(siblingWith, earlier), candidates, Staff, weighting).Ranked;

        Assert.Equal([Who(expectedFirst)], ranked.Take(1).Select(s => s.IroId));
        Assert.Equal([1, 2], ranked.Select(s => s.Rank));
        // The input order must not decide the answer.
        var reversed = IroSuggestions.Rank(Request(siblingWith, earlier), candidates.Reverse(), Staff, weighting);
        Assert.Equal(ranked.Select(s => s.IroId), reversed.Ranked.Select(s => s.IroId));
    }

    [Fact]
    public void Rank_LeavesOutBlockedCandidates_WithTheirReasons()
    {
        // CPPCR 2010 reg 46(2)(b) blocks the social worker; the IRO Handbook blocks the parent's IRO.
        var request = Request() with
        {
            CaseRoles = Case with { LookedAfterParentsAndChildren = [new(ChildId.New(), FamilyLink.Parent, Ivy)] },
        };
        IroCandidate[] candidates = [new(Ivy, 1m, Children(10)), new(Ian, 1m, Children(60)), new(Sara, 1m, [])];

        var list = IroSuggestions.Rank(request, candidates, Staff, CaseloadWeighting.Default);

        Assert.Equal([Ian], list.Ranked.Select(s => s.IroId));
        Assert.Equal([Ivy, Sara], list.Blocked.Select(b => b.IroId));
        Assert.Equal(ConflictKind.SharedWithParentOrChild, Assert.Single(list.Blocked[0].Conflicts).Kind);
    }

    [Fact]
    public void Rank_ExplainsEachRank()
    {
        IroCandidate[] candidates = [new(Ivy, 0.8m, Children(44)), new(Ian, 1m, Children(40))];
        var request = Request(siblingWith: "Ivy") with
        {
            Siblings = [new SiblingIro("Amy", Ivy), new SiblingIro("Ben", Ivy)],
        };

        var ranked = IroSuggestions.Rank(request, candidates, Staff, CaseloadWeighting.Default).Ranked;

        Assert.Equal(
        [
            "Already the IRO of the child's siblings Amy and Ben, so the siblings would share an IRO (IRO Handbook: " +
                "siblings should share an IRO).",
            "With this child the caseload would count 45 at 0.8 FTE, 56.3 per FTE: within the IRO Handbook's 50–70 " +
                "per FTE.",
        ], ranked[0].Reasons);
        Assert.Equal(
        [
            "Ranked below Ivy Rowe, who is already the IRO of the child's siblings Amy and Ben.",
            "With this child the caseload would count 41 at 1.0 FTE, 41.0 per FTE: below the IRO Handbook's 50–70 " +
                "per FTE, so there is room.",
        ], ranked[1].Reasons);
        Assert.Equal(["Amy", "Ben"], ranked[0].SiblingsShared);
        Assert.Equal((56.3m, CaseloadBand.Within), (ranked[0].PerFte, ranked[0].Band));
    }

    [Theory]
    // The reason a suggestion ranks below the one above names the rule that separated them.
    [InlineData(20, 70, "", "", "Ranked below Ivy Rowe, who would stay within the Handbook's 70 children per FTE.")]
    [InlineData(20, 10, "Ivy", "", "Ranked below Ivy Rowe, who is already the IRO of the child's sibling Amy.")]
    [InlineData(20, 10, "", "Ivy", "Ranked below Ivy Rowe, who was the child's IRO in an earlier period of care.")]
    [InlineData(10, 20, "", "", "Ranked below Ivy Rowe, whose caseload would be lower (11.0 per FTE against 21.0).")]
    [InlineData(20, 20, "", "", "Level with Ian Reed on siblings, continuity and caseload; listed by name.")]
    public void Rank_SaysWhyTheSecondIsSecond(int ivyChildren, int ianChildren, string siblingWith, string earlier,
        string expected)
    {
        IroCandidate[] candidates = [new(Ivy, 1m, Children(ivyChildren)), new(Ian, 1m, Children(ianChildren))];

        var ranked = IroSuggestions.Rank(Request(siblingWith, earlier), candidates, Staff, CaseloadWeighting.Default)
            .Ranked;

        Assert.Equal(expected, ranked[1].Reasons[0]);
    }

    [Fact]
    public void Rank_CurrentIro_DoesNotCountTheChildTwice()
    {
        var current = new IroCandidate(Ivy, 1m, [.. Children(49), NewChild]);

        var suggestion = IroSuggestions.Rank(Request(), [current], Staff, CaseloadWeighting.Default).Ranked[0];

        Assert.Equal(50m, suggestion.WeightedCaseload);
    }

    [Fact]
    public void Rank_ZeroFte_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            IroSuggestions.Rank(Request(), [new(Ivy, 0m, [])], Staff, CaseloadWeighting.Default));

    [Fact]
    public void Rank_InvalidWeighting_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            IroSuggestions.Rank(Request(), [new(Ivy, 1m, [])], Staff, new CaseloadWeighting(CourtWork: -1m)));

    [Theory]
    // Extras add up on top of the standard count.
    [InlineData(false, false, false, 1.0)]
    [InlineData(true, false, false, 1.5)]
    [InlineData(true, true, false, 2.25)]
    [InlineData(true, true, true, 2.35)]
    public void WeightOf_AddsEachExtra(bool outOfArea, bool court, bool siblings, double expected)
    {
        var weighting = new CaseloadWeighting(1m, 0.5m, 0.75m, 0.1m);

        Assert.Equal((decimal)expected, weighting.WeightOf(new CaseloadChild(ChildId.New(), outOfArea, court, siblings)));
    }

    [Theory]
    // The council's weights: no negative weights, every child counts something, none absurdly large.
    [InlineData(1.0, 0.0, 0.0, 0.0, 0)]
    [InlineData(1.0, 0.5, 1.0, 0.25, 0)]
    [InlineData(1.0, -0.5, 0.0, 0.0, 1)]
    [InlineData(1.0, -0.5, -1.0, -0.1, 3)]
    [InlineData(0.0, 0.0, 0.0, 0.0, 1)]
    [InlineData(-1.0, 0.0, 0.0, 0.0, 1)]
    [InlineData(1.0, 6.0, 0.0, 0.0, 1)]
    public void Validate_FindsEveryProblem(double standard, double outOfArea, double court, double siblings,
        int problems)
    {
        var weighting = new CaseloadWeighting((decimal)standard, (decimal)outOfArea, (decimal)court, (decimal)siblings);

        Assert.Equal(problems, weighting.Validate().Count);
    }
}
