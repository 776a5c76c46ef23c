using Iro.Core.Ssda903;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §7: a year's rule set is the previous year's with changes; code lists by year.</summary>
public class YearVersioningTests
{
    /// <summary>2026-27 adds the DoLo table's rules; 706 needs last year's return, which Iro does not read.</summary>
    private static readonly string[] DoLoRules = ["700", "701", "702", "703", "704", "705", "707", "708", "709", "710"];

    private static string[] Codes(int year) => [.. Ssda903Validator.RulesFor(new CollectionYear(year)).Select(r => r.Code)];

    [Theory]
    [InlineData("217t", 2023, 2023)]
    [InlineData("230", 2023, 2023)]
    [InlineData("232", 2024, 2026)]
    [InlineData("233", 2025, 2026)]
    [InlineData("234", 2025, 2026)]
    [InlineData("101", 2023, 2026)]
    [InlineData("399", 2023, 2026)]
    [InlineData("574", 2023, 2026)]
    [InlineData("INT36", 2023, 2026)]
    [InlineData("501", 2023, 2026)]
    [InlineData("700", 2026, 2026)]
    [InlineData("705", 2026, 2026)]
    [InlineData("710", 2026, 2026)]
    public void RulesFor_IncludesARuleOnlyInItsYears(string rule, int from, int to)
    {
        for (var year = CollectionYear.Earliest.StartYear; year <= CollectionYear.Latest.StartYear; year++)
        {
            Assert.Equal(year >= from && year <= to, Codes(year).Contains(rule));
        }
    }

    [Fact]
    public void RulesFor_EachYearIsThePreviousPlusAndMinusItsChanges()
    {
        Assert.Equal(Codes(2023).Except(["217t", "230"]).Append("232").Order(), Codes(2024).Order());
        Assert.Equal(Codes(2024).Append("233").Append("234").Order(), Codes(2025).Order());
        Assert.Equal(Codes(2025).Concat(DoLoRules).Order(), Codes(2026).Order());
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2026)]
    public void RulesFor_EachCodeOnce(int year) => Assert.Equal(Codes(year).Distinct(), Codes(year));

    [Fact]
    public void RulesFor_EveryRuleIsDescribed()
    {
        foreach (var rule in Ssda903Validator.RulesFor(CollectionYear.Latest))
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Message), rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.Explanation), rule.Code);
            Assert.NotEmpty(rule.Tables);
        }
    }

    [Theory]
    [InlineData(CodeSet.Sex, "1", 2023, true)]
    [InlineData(CodeSet.Sex, "1", 2024, false)]
    [InlineData(CodeSet.Sex, "M", 2023, false)]
    [InlineData(CodeSet.Sex, "U", 2024, true)]
    [InlineData(CodeSet.Place, "K3", 2023, false)]
    [InlineData(CodeSet.Place, "K3", 2024, true)]
    [InlineData(CodeSet.Place, "k3", 2024, false)]
    [InlineData(CodeSet.Place, "Z1", 2024, true)]
    [InlineData(CodeSet.Place, "Z1", 2025, false)]
    [InlineData(CodeSet.Place, "Z11", 2024, false)]
    [InlineData(CodeSet.Place, "Z11", 2025, true)]
    [InlineData(CodeSet.Place, "Z14", 2026, true)]
    [InlineData(CodeSet.Place, "H5", 2025, false)]
    [InlineData(CodeSet.Place, "P2", 2024, true)]
    [InlineData(CodeSet.PlaceWithoutProvider, "T4", 2024, true)]
    [InlineData(CodeSet.PlaceWithoutProvider, "T4", 2025, false)]
    [InlineData(CodeSet.ReasonEpisodeCeased, "E43", 2025, false)]
    [InlineData(CodeSet.ReviewCode, "PN0", 2025, true)]
    [InlineData(CodeSet.UpnUnknown, "UN5", 2025, true)]
    [InlineData(CodeSet.SocialWorkerChangeReason, "ORGRST", 2023, true)]
    [InlineData(CodeSet.Missing, "A", 2023, true)]
    public void CodeSets_AreKeyedByCollectionYear(CodeSet set, string code, int year, bool valid)
    {
        Assert.Equal(valid, Ssda903CodeSets.IsValid(set, code, new CollectionYear(year)));
        Assert.Equal(valid, Ssda903CodeSets.Meaning(set, code, new CollectionYear(year)) is not null);
        Assert.Equal(valid, Ssda903CodeSets.Codes(set, new CollectionYear(year)).Contains(code));
    }

    [Fact]
    public void CodeSets_PlaceList_MatchesTheDocumentPerYear()
    {
        string[] base2223 = ["A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
            "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"];
        string[] from2526 = ["A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
            "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14"];

        Assert.Equal(base2223.Order(), Place(2023).Order());
        Assert.Equal(base2223.Append("K3").Order(), Place(2024).Order());
        Assert.Equal(from2526.Order(), Place(2025).Order());
        Assert.Equal(from2526.Order(), Place(2026).Order());

        static IEnumerable<string> Place(int year) => Ssda903CodeSets.Entries(CodeSet.Place, new CollectionYear(year)).Select(e => e.Code);
    }

    [Fact]
    public void CodeSets_Meaning() =>
        Assert.Equal("Registered supported accommodation", Ssda903CodeSets.Meaning(CodeSet.Place, "K3", new CollectionYear(2025)));
}
