using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §2 and §3.1: episode dates (valid, in order, within the year, not overlapping, not before
/// birth) and the Header's integrity with the Episodes table.</summary>
public class EpisodeDateRuleTests
{
    private const Ssda903Table Header = Ssda903Table.Header;
    private const Ssda903Table Episodes = Ssda903Table.Episodes;

    private static void Check(ReturnBuilder data, string rule, bool fails, params (Ssda903Table Table, int Row)[] rows)
    {
        if (fails)
        {
            AssertOnly(data, rule, [.. rows.Select(r => ("C1", r.Table, r.Row))]);
        }
        else
        {
            AssertNone(data, rule);
        }
    }

    [Theory]
    // 141: DECOM, when given, a valid date.
    [InlineData("141", "01/05/2025", "", false)]
    [InlineData("141", "", "", false)]
    [InlineData("141", "32/05/2025", "", true)]
    // 147: DEC, when given, a valid date.
    [InlineData("147", "01/05/2025", "", false)]
    [InlineData("147", "01/05/2025", "2025-06-01", true)]
    // 356: DEC before DECOM; the same day is 355's.
    [InlineData("356", "01/05/2025", "01/05/2025", false)]
    [InlineData("356", "01/05/2025", "30/04/2025", true)]
    // 385: DEC after 31 March.
    [InlineData("385", "01/05/2025", "31/03/2026", false)]
    [InlineData("385", "01/05/2025", "01/04/2026", true)]
    public void EpisodeDates(string rule, string decom, string dec, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1")
                .Episode("C1", "01/04/2025", ("DEC", "10/04/2025"), ("REC", "E8"))
                .Episode("C1", decom, ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : "")),
            rule, fails, (Episodes, 2));

    [Theory]
    // 148: DEC and REC both given or both blank.
    [InlineData("01/06/2025", "E8", false)]
    [InlineData("", "", false)]
    [InlineData("01/06/2025", "", true)]
    [InlineData("", "E8", true)]
    [InlineData("31/06/2025", "", true)]
    public void Rule148_EndDateAndReasonTogether(string dec, string rec, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025", ("DEC", dec), ("REC", rec)), "148", fails, (Episodes, 1));

    [Theory]
    // 354: DECOM after 31 March.
    [InlineData("31/03/2026", false)]
    [InlineData("01/04/2026", true)]
    public void Rule354_EpisodeStartsWithinTheYear(string decom, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1").Episode("C1", decom), "354", fails, (Episodes, 1));

    [Theory]
    // 142: every episode but the child's last must have ended, with a reason.
    [InlineData("01/06/2025", "X1", false)]
    [InlineData("", "", true)]
    [InlineData("01/06/2025", "", true)]
    public void Rule142_APreviousEpisodeHasEnded(string dec, string rec, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1")
                .Episode("C1", "01/06/2025", ("RNE", "P"), ("PLACE", "U6"))
                .Episode("C1", "01/05/2025", ("DEC", dec), ("REC", rec), ("REASON_PLACE_CHANGE", "CARPL")),
            "142", fails, (Episodes, 2));

    [Fact]
    public void Rule142_TheLastEpisodeMayBeOpen() =>
        AssertNone(ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025"), "142");

    [Theory]
    // 301: DOB after 31 March.
    [InlineData("31/03/2026", false)]
    [InlineData("01/04/2026", true)]
    public void Rule301_BornByTheEndOfTheYear(string dob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1", ("DOB", dob)), "301", fails, (Header, 1));

    [Theory]
    // 431: a new period of care (S) starting the day the previous episode ended; 433: a continuation (P, L,
    // T, U, B) not starting that day.
    [InlineData("431", "S", "01/06/2025", true)]
    [InlineData("431", "S", "02/06/2025", false)]
    [InlineData("431", "P", "01/06/2025", false)]
    [InlineData("433", "P", "02/06/2025", true)]
    [InlineData("433", "L", "01/06/2025", false)]
    [InlineData("433", "S", "02/06/2025", false)]
    public void Rules431And433_NewPeriodOrContinuation(string rule, string rne, string decom, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1")
                .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", rne == "S" ? "E8" : "X1"))
                .Episode("C1", decom, ("RNE", rne)),
            rule, fails, (Episodes, 2));

    [Fact]
    public void Rule433_AContinuationAfterAnOpenEpisodeFails() =>
        Check(ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025").Episode("C1", "01/06/2025", ("RNE", "P")),
            "433", true, (Episodes, 2));

    [Theory]
    // 501: an episode starting before the previous one (in DECOM order) ended; starting on its DEC passes.
    [InlineData("01/06/2025", false)]
    [InlineData("31/05/2025", true)]
    public void Rule501_EpisodesDoNotOverlap(string secondDecom, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C1")
                .Episode("C1", secondDecom, ("RNE", "P"), ("PLACE", "U6"))
                .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", "X1"), ("REASON_PLACE_CHANGE", "CARPL")),
            "501", fails, (Episodes, 1));

    [Fact]
    public void Rule501_AnOpenPreviousEpisodeIsNotChecked() =>
        AssertNone(ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025").Episode("C1", "01/06/2025", ("RNE", "P")), "501");

    [Theory]
    // 302: the earliest episode starts before the Header DOB; flags the episode and the Header row.
    [InlineData("01/05/2025", false)]
    [InlineData("30/04/2025", false)]
    [InlineData("02/05/2025", true)]
    public void Rule302_FirstEpisodeNotBeforeBirth(string dob, bool fails) =>
        Check(ReturnBuilder.For(2025).Header("C0").Header("C1", ("DOB", dob))
                .Episode("C1", "01/06/2025", ("RNE", "P"))
                .Episode("C1", "01/05/2025", ("DEC", "01/06/2025"), ("REC", "X1"), ("REASON_PLACE_CHANGE", "CARPL")),
            "302", fails, (Header, 2), (Episodes, 2));

    [Theory]
    [InlineData("C1", false)]
    [InlineData("C9", true)]
    public void RuleInt03_EpisodeChildMustBeInTheHeader(string child, bool fails)
    {
        var data = ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025").Episode(child, "01/05/2025");
        if (fails)
        {
            AssertOnly(data, "INT03", (child, Episodes, 2));
        }
        else
        {
            AssertNone(data, "INT03");
        }
    }

    [Fact]
    public void RuleInt03_NotCheckedWithoutAHeaderTable() =>
        AssertNone(ReturnBuilder.For(2025).Episode("C9", "01/05/2025"), "INT03");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RuleInt32_AChildOnceInTheHeader(bool twice)
    {
        var data = ReturnBuilder.For(2025).Header("C1").Header("C2");
        if (twice)
        {
            data.Header("C1");
        }
        Check(data, "INT32", twice, (Header, 1), (Header, 3));
    }
}
