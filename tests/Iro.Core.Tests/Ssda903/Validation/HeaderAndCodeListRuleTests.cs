using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §4, §5 and §6.2 (code-list and format rules).</summary>
public class HeaderAndCodeListRuleTests
{
    private const Ssda903Table Header = Ssda903Table.Header;
    private const Ssda903Table Episodes = Ssda903Table.Episodes;

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Validate_CleanReturn_HasNoFailures(int year)
    {
        var data = ReturnBuilder.For(year)
            .Header("C1")
            .Episode("C1", $"01/05/{year}", ("DEC", $"01/06/{year}"), ("REC", "X1"), ("REASON_PLACE_CHANGE", "CARPL"))
            .Episode("C1", $"01/06/{year}", ("RNE", "P"), ("PLACE", "U6"))
            .Review("C1", $"10/06/{year}", "PN1");

        Assert.Empty(Ssda903Validator.Validate(data.Build()));
    }

    [Theory]
    // §5.1: 1/2 up to 2023-24, M/F/U from 2024-25; blank fails.
    [InlineData(2023, "1", false)]
    [InlineData(2023, "2", false)]
    [InlineData(2023, "M", true)]
    [InlineData(2023, "U", true)]
    [InlineData(2024, "M", false)]
    [InlineData(2024, "F", false)]
    [InlineData(2024, "U", false)]
    [InlineData(2024, "1", true)]
    [InlineData(2025, "m", true)]
    [InlineData(2026, "", true)]
    public void Rule101_SexMustBeInTheYearsList(int year, string sex, bool fails)
    {
        var data = ReturnBuilder.For(year).Header("C0").Header("C1", ("SEX", sex));
        if (fails)
        {
            AssertOnly(data, "101", ("C1", Header, 2));
        }
        else
        {
            AssertNone(data, "101");
        }
    }

    [Theory]
    [InlineData("28/02/2015", false)]
    [InlineData("29/02/2016", false)]
    [InlineData("29/02/2015", true)]
    [InlineData("31/04/2015", true)]
    [InlineData("1/1/2015", true)]
    [InlineData("2015-01-01", true)]
    [InlineData("", true)]
    public void Rule102_DobMustBeAValidDate(string dob, bool fails)
    {
        var data = ReturnBuilder.For(2025).Header("C1", ("DOB", dob));
        if (fails)
        {
            AssertOnly(data, "102", ("C1", Header, 1));
        }
        else
        {
            AssertNone(data, "102");
        }
    }

    [Theory]
    [InlineData("WBRI", false)]
    [InlineData("NOBT", false)]
    [InlineData("wbri", true)]
    [InlineData("WBR", true)]
    [InlineData("", true)]
    public void Rule103_EthnicMustBeAValidCode(string ethnic, bool fails)
    {
        var data = ReturnBuilder.For(2025).Header("C1", ("ETHNIC", ethnic));
        if (fails)
        {
            AssertOnly(data, "103", ("C1", Header, 1));
        }
        else
        {
            AssertNone(data, "103");
        }
    }

    [Theory]
    // §4: a letter other than I, O, S; then 12 digits or 11 digits and a letter; or UN1–UN5. Blank is not 168's.
    [InlineData("A123456789012", false)]
    [InlineData("Z12345678901B", false)]
    [InlineData("UN1", false)]
    [InlineData("UN5", false)]
    [InlineData("", false)]
    [InlineData("UN6", true)]
    [InlineData("UN0", true)]
    [InlineData("I123456789012", true)]
    [InlineData("O123456789012", true)]
    [InlineData("S123456789012", true)]
    [InlineData("a123456789012", true)]
    [InlineData("A12345678901b", true)]
    [InlineData("A1234567890123", true)]
    [InlineData("A12345678901", true)]
    [InlineData("A1234567890A2", true)]
    public void Rule168_UpnFormat(string upn, bool fails)
    {
        var data = ReturnBuilder.For(2025).Header("C1", ("UPN", upn));
        if (fails)
        {
            AssertOnly(data, "168", ("C1", Header, 1));
        }
        else
        {
            AssertNone(data, "168");
        }
    }

    [Fact]
    public void Rule232_SexUnknown_WarnsFrom2024()
    {
        AssertOnly(ReturnBuilder.For(2024).Header("C1").Header("C2", ("SEX", "U")), "232", ("C2", Header, 2));
        AssertNone(ReturnBuilder.For(2024).Header("C1", ("SEX", "F")), "232");
        // 2023-24 had no U: 101 rejects it and 232 does not exist.
        var old = ReturnBuilder.For(2023).Header("C1", ("SEX", "U"));
        AssertNone(old, "232");
        AssertOnly(old, "101", ("C1", Header, 1));
    }

    [Theory]
    [InlineData("143", "RNE", "X", true)]
    [InlineData("143", "RNE", "U", false)]
    [InlineData("143", "RNE", "", false)]
    [InlineData("144", "LS", "C3", true)]
    [InlineData("144", "LS", "J3", false)]
    [InlineData("145", "CIN", "N9", true)]
    [InlineData("145", "CIN", "N8", false)]
    [InlineData("146", "PLACE", "Q1", true)]
    [InlineData("146", "PLACE", "R5", false)]
    [InlineData("149", "REC", "E43", true)]
    [InlineData("149", "REC", "E99", true)]
    [InlineData("149", "REC", "E4A", false)]
    [InlineData("149", "REC", "", false)]
    [InlineData("1009", "REASON_PLACE_CHANGE", "CUSTODY", true)]
    [InlineData("1009", "REASON_PLACE_CHANGE", "CUSTOD", false)]
    public void EpisodeCodeLists_WhenGivenMustBeValid(string rule, string column, string value, bool fails)
    {
        var data = ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025").Episode("C1", "01/01/2026", (column, value));
        if (fails)
        {
            AssertOnly(data, rule, ("C1", Episodes, 2));
        }
        else
        {
            AssertNone(data, rule);
        }
    }

    [Theory]
    // §5.6: K3 from 2024-25 (upper case only); H5, P2, Z1 out and Z11–Z14 in from 2025-26.
    [InlineData(2023, "K3", true)]
    [InlineData(2024, "K3", false)]
    [InlineData(2024, "k3", true)]
    [InlineData(2025, "K3", false)]
    [InlineData(2023, "H5", false)]
    [InlineData(2024, "H5", false)]
    [InlineData(2025, "H5", true)]
    [InlineData(2024, "P2", false)]
    [InlineData(2025, "P2", true)]
    [InlineData(2024, "Z1", false)]
    [InlineData(2025, "Z1", true)]
    [InlineData(2024, "Z11", true)]
    [InlineData(2025, "Z11", false)]
    [InlineData(2026, "Z14", false)]
    [InlineData(2026, "Z15", true)]
    public void Rule146_PlaceListByYear(int year, string place, bool fails)
    {
        var data = ReturnBuilder.For(year).Header("C1").Episode("C1", $"01/05/{year}", ("PLACE", place), ("PLACE_PROVIDER", ""));
        if (fails)
        {
            AssertOnly(data, "146", ("C1", Episodes, 1));
        }
        else
        {
            AssertNone(data, "146");
        }
    }

    [Theory]
    // §5.7: provider valid, and blank for T0–T4 and Z1 up to 2024-25, T0–T3 and Z11–Z14 from 2025-26.
    [InlineData(2025, "U4", "PR1", false)]
    [InlineData(2025, "U4", "", false)]
    [InlineData(2025, "U4", "PR6", true)]
    [InlineData(2025, "U4", "pr1", true)]
    [InlineData(2025, "T0", "", false)]
    [InlineData(2025, "T0", "PR1", true)]
    [InlineData(2025, "T4", "PR1", false)]
    [InlineData(2024, "T4", "PR1", true)]
    [InlineData(2024, "Z1", "PR4", true)]
    [InlineData(2025, "Z12", "PR4", true)]
    [InlineData(2025, "Z12", "", false)]
    public void Rule178_ProviderValidAndBlankWhereNoProvider(int year, string place, string provider, bool fails)
    {
        var data = ReturnBuilder.For(year).Header("C1").Episode("C1", $"01/05/{year}", ("PLACE", place), ("PLACE_PROVIDER", provider));
        if (fails)
        {
            AssertOnly(data, "178", ("C1", Episodes, 1));
        }
        else
        {
            AssertNone(data, "178");
        }
    }
}
