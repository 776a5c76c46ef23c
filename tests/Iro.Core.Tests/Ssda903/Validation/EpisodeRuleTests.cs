using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §6.2: episode structure, placement reasons, legal status limits, short breaks.</summary>
public class EpisodeRuleTests
{
    private const Ssda903Table Episodes = Ssda903Table.Episodes;

    private static ReturnBuilder Year(int start) => ReturnBuilder.For(start).Header("C1");

    private static void Check(ReturnBuilder data, string rule, bool fails, params int[] rows)
    {
        if (fails)
        {
            AssertOnly(data, rule, [.. rows.Select(r => ("C1", Episodes, r))]);
        }
        else
        {
            AssertNone(data, rule);
        }
    }

    [Theory]
    // 217t (2023-24 only): P2 on an episode ending after 28 Oct 2023 or still open.
    [InlineData(2023, "28/10/2023", false)]
    [InlineData(2023, "29/10/2023", true)]
    [InlineData(2023, "", true)]
    [InlineData(2024, "", false)]
    public void Rule217t_P2AfterSupportedAccommodationBegan(int year, string dec, bool fails) =>
        Check(Year(year).Episode("C1", "01/06/2023", ("PLACE", "P2"), ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : "")), "217t", fails, 1);

    [Theory]
    // 230 (2023-24 only): an English H5 placement open after 28 Oct 2023 needs a URN.
    [InlineData(2023, "", "", true)]
    [InlineData(2023, "", "XXXXXXX", true)]
    [InlineData(2023, "", "1234567", false)]
    [InlineData(2023, "28/10/2023", "", false)]
    [InlineData(2023, "29/10/2023", "", true)]
    [InlineData(2024, "", "", false)]
    public void Rule230_H5NeedsUrn(int year, string dec, string urn, bool fails) =>
        Check(Year(year).Episode("C1", "01/06/2023", ("PLACE", "H5"), ("DEC", dec), ("URN", urn), ("REC", dec.Length > 0 ? "E8" : "")), "230", fails, 1);

    [Theory]
    [InlineData("", "P", "U6", true)]
    [InlineData("CARPL", "P", "U6", false)]
    [InlineData("", "L", "U4", false)]
    [InlineData("", "B", "T1", false)]
    public void Rule225_PlacementChangeNeedsAReason(string reason, string nextRne, string nextPlace, bool fails) =>
        Check(Year(2025)
            .Episode("C1", "01/06/2025", ("RNE", nextRne), ("PLACE", nextPlace)) // row 1 sorts after row 2
            .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", "X1"), ("REASON_PLACE_CHANGE", reason)), "225", fails, 2);

    [Theory]
    [InlineData("CARPL", "", true)]
    [InlineData("", "OTHER", true)]
    [InlineData("", "", false)]
    public void Rule226_NoReasonAroundTemporaryPlacements(string previousReason, string ownReason, bool fails) =>
        Check(Year(2025)
            .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", "X1"), ("REASON_PLACE_CHANGE", previousReason))
            .Episode("C1", "01/06/2025", ("RNE", "T"), ("PLACE", "T1"), ("PLACE_PROVIDER", ""), ("REASON_PLACE_CHANGE", ownReason)), "226", fails, 2);

    [Theory]
    // 233 (from 2025-26): no reason for placement change on an open episode.
    [InlineData(2025, "", true)]
    [InlineData(2026, "", true)]
    [InlineData(2025, "01/06/2025", false)]
    [InlineData(2024, "", false)]
    public void Rule233_NoReasonOnAnOpenEpisode(int year, string dec, bool fails) =>
        Check(Year(year).Episode("C1", $"01/05/{year}", ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : ""), ("REASON_PLACE_CHANGE", "CARPL")), "233", fails, 1);

    [Theory]
    // 234 (from 2025-26): CUSTOD when under 10 on the day of the change (DEC); the 10th birthday passes.
    [InlineData(2025, "02/06/2015", true)]
    [InlineData(2025, "01/06/2015", false)]
    [InlineData(2024, "02/06/2015", false)]
    public void Rule234_NoCustodyChangeUnderTen(int year, string dob, bool fails)
    {
        var data = ReturnBuilder.For(year).Header("C1", ("DOB", dob))
            .Episode("C1", $"01/05/{year}", ("DEC", $"01/06/{year}"), ("REC", "E9"), ("REASON_PLACE_CHANGE", "CUSTOD"));
        if (year == 2024)
        {
            AssertNone(data, "234");
            return;
        }
        Check(data, "234", fails, 1);
    }

    [Theory]
    [InlineData("01/05/2025", true)]
    [InlineData("02/05/2025", false)]
    [InlineData("", false)]
    public void Rule355_EpisodeShorterThanADay(string dec, bool fails) =>
        Check(Year(2025).Episode("C1", "01/05/2025", ("DEC", dec), ("REC", "E8")), "355", fails, 1);

    [Fact]
    public void Rule357_FirstEpisodeMustStartAPeriodOfCare()
    {
        // The earliest by DECOM is row 2, whatever the row order.
        Check(Year(2025).Episode("C1", "01/07/2025", ("RNE", "P")).Episode("C1", "01/05/2025", ("RNE", "L")), "357", true, 2);
        Check(Year(2025).Episode("C1", "01/07/2025", ("RNE", "P")).Episode("C1", "01/05/2025"), "357", false);
        // An earliest episode before 1 April may continue a period of care reported last year.
        Check(Year(2025).Episode("C1", "01/02/2025", ("RNE", "P")), "357", false);
    }

    [Theory]
    [InlineData("X1", "01/06/2025", "01/06/2025", false)]
    [InlineData("X1", "01/06/2025", "02/06/2025", true)] // no episode starts the day this one ended
    [InlineData("E4A", "01/06/2025", "01/06/2025", true)] // continues the same day, so it should be X1
    [InlineData("E4A", "01/06/2025", "05/06/2025", false)]
    public void Rule388_X1NeedsAContinuationEpisode(string rec, string dec, string nextDecom, bool fails) =>
        Check(Year(2025).Episode("C1", "01/05/2025", ("DEC", dec), ("REC", rec)).Episode("C1", nextDecom, ("RNE", "P")), "388", fails, 1);

    [Fact]
    public void Rule388_LastEpisodeEndingX1_Fails() =>
        Check(Year(2025).Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", "X1")), "388", true, 1);

    [Theory]
    // 361: 72 hours read as 3 days between first DECOM and last DEC; open runs to 31 March.
    [InlineData("01/05/2025", "04/05/2025", false)]
    [InlineData("01/05/2025", "05/05/2025", true)]
    [InlineData("28/03/2026", "", false)]
    [InlineData("27/03/2026", "", true)]
    public void Rule361_PoliceProtectionOver72Hours(string decom, string dec, bool fails) =>
        Check(Year(2025).Episode("C1", decom, ("LS", "L1"), ("DEC", dec), ("REC", dec.Length > 0 ? "E4A" : "")), "361", fails, 1);

    [Fact]
    public void Rule361_BackToBackL1Episodes_CountAsOneRun()
    {
        var data = Year(2025)
            .Episode("C1", "01/05/2025", ("LS", "L1"), ("DEC", "03/05/2025"), ("REC", "X1"))
            .Episode("C1", "03/05/2025", ("RNE", "P"), ("LS", "L1"), ("DEC", "05/05/2025"), ("REC", "E4A"));
        Check(data, "361", true, 1, 2);
        // A gap breaks the run: two 2-day spells pass.
        Check(Year(2025)
            .Episode("C1", "01/05/2025", ("LS", "L1"), ("DEC", "03/05/2025"), ("REC", "E4A"))
            .Episode("C1", "10/05/2025", ("LS", "L1"), ("DEC", "12/05/2025"), ("REC", "E4A")), "361", false);
    }

    [Theory]
    [InlineData("L2", "362", "22/05/2025", false)]
    [InlineData("L2", "362", "23/05/2025", true)]
    [InlineData("L3", "363", "08/05/2025", false)]
    [InlineData("L3", "363", "09/05/2025", true)]
    public void Rules362And363_OrderDurationLimits(string ls, string rule, string dec, bool fails) =>
        Check(Year(2025).Episode("C1", "01/05/2025", ("LS", ls), ("DEC", dec), ("REC", "E4A")), rule, fails, 1);

    [Theory]
    // 365: a V3 break longer than 17 days (DEC more than 17 days after DECOM).
    [InlineData("18/05/2025", false)]
    [InlineData("19/05/2025", true)]
    public void Rule365_ShortBreakOver17Days(string dec, bool fails) =>
        Check(Year(2025).Episode("C1", "01/05/2025", ("LS", "V3"), ("DEC", dec), ("REC", "E4A")), "365", fails, 1);

    [Fact]
    public void Rule367_V3DaysInTheYearOver75_FlagsEveryCountedV3Episode()
    {
        var data = Year(2025);
        foreach (var month in new[] { "05", "06", "07", "08", "09" })
        {
            data.Episode("C1", $"01/{month}/2025", ("LS", "V3"), ("DEC", $"16/{month}/2025"), ("REC", "E4A"));
        }
        Check(data, "367", false); // 5 × 15 = 75 days

        data.Episode("C1", "01/10/2025", ("LS", "V3"), ("DEC", "02/10/2025"), ("REC", "E4A"));
        Check(data, "367", true, 1, 2, 3, 4, 5, 6); // 76 days
    }

    [Fact]
    public void Rule367_ClipsToTheCollectionYear()
    {
        // Only 1–11 April counts of a break from 1 January (10 days); an open break from 1 January 2026 runs
        // to 31 March 2026 (89 days).
        Check(Year(2025).Episode("C1", "01/01/2025", ("LS", "V3"), ("DEC", "11/04/2025"), ("REC", "E4A")), "367", false);
        Check(Year(2025).Episode("C1", "01/01/2026", ("LS", "V3")), "367", true, 1);
    }

    [Theory]
    [InlineData("V3", "T0", "382", true)]
    [InlineData("V4", "T4", "382", true)]
    [InlineData("V3", "U6", "382", false)]
    [InlineData("C2", "T0", "382", false)]
    [InlineData("V4", "U1", "384", true)]
    [InlineData("V3", "U4", "384", true)]
    [InlineData("V3", "U6", "384", false)]
    [InlineData("C2", "U1", "384", false)]
    public void Rules382And384_RespitePlacementTypes(string ls, string place, string rule, bool fails) =>
        Check(Year(2025).Episode("C1", "01/05/2025", ("LS", ls), ("PLACE", place), ("DEC", "03/05/2025"), ("REC", "E4A")), rule, fails, 1);

    [Fact]
    public void Rule426_V3AndV4ForOneChild_FlagsBoth()
    {
        var both = Year(2025)
            .Episode("C1", "01/05/2025", ("LS", "V3"), ("DEC", "03/05/2025"), ("REC", "E4A"))
            .Episode("C1", "01/06/2025", ("LS", "V4"), ("DEC", "03/06/2025"), ("REC", "E4A"));
        Check(both, "426", true, 1, 2);
        Check(Year(2025)
            .Episode("C1", "01/05/2025", ("LS", "V3"), ("DEC", "03/05/2025"), ("REC", "E4A"))
            .Episode("C1", "01/06/2025", ("LS", "V3"), ("DEC", "03/06/2025"), ("REC", "E4A")), "426", false);
    }

    [Fact]
    public void InvalidDecom_SkipsTheDateRules()
    {
        var data = Year(2025).Episode("C1", "31/13/2025", ("LS", "L1"), ("DEC", "01/01/2026"), ("REC", "X1"));
        var failures = Ssda903Validator.Validate(data.Build());
        Assert.DoesNotContain(failures, f => f.Rule is "357" or "361" or "388" or "355");
    }
}
