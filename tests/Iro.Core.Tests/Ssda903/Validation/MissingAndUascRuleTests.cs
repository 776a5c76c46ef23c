using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §2 and §5.12: the rules on the Missing and UASC tables, and their checks against the
/// Header (public validator, lac2022_23 rules carried into every later year).</summary>
public class MissingAndUascRuleTests
{
    private const Ssda903Table Missing = Ssda903Table.Missing;
    private const Ssda903Table Uasc = Ssda903Table.Uasc;

    private static ReturnBuilder Year2025() => ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/04/2025");

    private static void Check(ReturnBuilder data, string rule, Ssda903Table table, bool fails, params int[] rows)
    {
        if (fails)
        {
            AssertOnly(data, rule, [.. rows.Select(r => ("C1", table, r))]);
        }
        else
        {
            AssertNone(data, rule);
        }
    }

    [Theory]
    // 1004: MIS_START must be a valid date; blank fails.
    [InlineData("1004", "01/06/2025", "02/06/2025", false)]
    [InlineData("1004", "31/06/2025", "02/07/2025", true)]
    [InlineData("1004", "", "02/06/2025", true)]
    // 1005: MIS_END, when given, must be a valid date.
    [InlineData("1005", "01/06/2025", "", false)]
    [InlineData("1005", "01/06/2025", "02/06/25", true)]
    // 567: MIS_END before MIS_START; the same day passes.
    [InlineData("567", "01/06/2025", "01/06/2025", false)]
    [InlineData("567", "02/06/2025", "01/06/2025", true)]
    // 570: MIS_START after 31 March.
    [InlineData("570", "31/03/2026", "", false)]
    [InlineData("570", "01/04/2026", "", true)]
    // 571: MIS_END within 1 April to 31 March.
    [InlineData("571", "30/03/2025", "01/04/2025", false)]
    [InlineData("571", "30/03/2025", "31/03/2025", true)]
    [InlineData("571", "30/03/2026", "01/04/2026", true)]
    // 586: MIS_START on or before the DOB (01/01/2015).
    [InlineData("586", "02/01/2015", "03/01/2015", false)]
    [InlineData("586", "01/01/2015", "03/01/2015", true)]
    public void MissingDates(string rule, string start, string end, bool fails) =>
        Check(Year2025().Missing("C1", "01/05/2025", "02/05/2025").Missing("C1", start, end), rule, Missing, fails, 2);

    [Theory]
    // 1006: M or A exactly as sent; blank is 565/566's.
    [InlineData("1006", "A", "01/06/2025", "", false)]
    [InlineData("1006", "", "01/06/2025", "", false)]
    [InlineData("1006", "X", "01/06/2025", "", true)]
    [InlineData("1006", "m", "01/06/2025", "", true)]
    // 564: missing or away with no start date.
    [InlineData("564", "M", "", "", true)]
    [InlineData("564", "", "", "", false)]
    // 565: a start date without MISSING.
    [InlineData("565", "", "01/06/2025", "", true)]
    [InlineData("565", "", "", "", false)]
    // 566: an end date without MISSING.
    [InlineData("566", "", "", "02/06/2025", true)]
    [InlineData("566", "A", "01/06/2025", "02/06/2025", false)]
    public void MissingCodeAndItsDates(string rule, string missing, string start, string end, bool fails) =>
        Check(Year2025().Missing("C1", start, end, ("MISSING", missing)), rule, Missing, fails, 1);

    [Theory]
    // 574: an earlier period still open, or ending after this one starts; the day it ended passes.
    [InlineData("01/06/2025", "05/06/2025", "05/06/2025", "06/06/2025", false)]
    [InlineData("01/06/2025", "05/06/2025", "04/06/2025", "06/06/2025", true)]
    [InlineData("01/06/2025", "", "10/06/2025", "11/06/2025", true)]
    public void Rule574_MissingPeriodsDoNotOverlap(string firstStart, string firstEnd, string secondStart, string secondEnd, bool fails) =>
        // The later period is sent first: the order is by MIS_START, not by row.
        Check(Year2025().Missing("C1", secondStart, secondEnd).Missing("C1", firstStart, firstEnd), "574", Missing, fails, 1);

    [Fact]
    public void Rule574_APeriodInsideALongEarlierOneFails_EvenAfterAShortOne()
    {
        var data = Year2025()
            .Missing("C1", "01/06/2025", "30/06/2025")
            .Missing("C1", "02/06/2025", "03/06/2025")
            .Missing("C1", "10/06/2025", "11/06/2025")
            .Header("C2").Missing("C2", "10/06/2025", "11/06/2025");
        AssertOnly(data, "574", ("C1", Missing, 2), ("C1", Missing, 3));
    }

    /// <summary>C1 in placement from 1 April to 1 June 2025 (X1), then in another placement until 1 September 2025
    /// or still open.</summary>
    private static ReturnBuilder TwoPlacements(string lastDec) =>
        ReturnBuilder.For(2025).Header("C1")
            .Episode("C1", "01/04/2025", ("DEC", "01/06/2025"), ("REC", "X1"), ("REASON_PLACE_CHANGE", "CARPL"))
            .Episode("C1", "01/06/2025", ("RNE", "P"), ("PLACE", "U6"), ("DEC", lastDec), ("REC", lastDec.Length > 0 ? "E8" : ""));

    [Theory]
    // 575: an open period that started during a placement that has ended.
    [InlineData("575", "", "10/05/2025", "", true)]
    [InlineData("575", "", "01/06/2025", "", true)]
    [InlineData("575", "", "10/05/2025", "12/05/2025", false)]
    [InlineData("575", "", "02/06/2025", "", false)]
    // 577: an open period when the child's last episode has ended.
    [InlineData("577", "01/09/2025", "10/08/2025", "", true)]
    [InlineData("577", "01/09/2025", "10/08/2025", "12/08/2025", false)]
    [InlineData("577", "", "10/08/2025", "", false)]
    // 578: a start after the child's last episode ended.
    [InlineData("578", "01/09/2025", "02/09/2025", "03/09/2025", true)]
    [InlineData("578", "01/09/2025", "01/09/2025", "03/09/2025", false)]
    [InlineData("578", "", "02/09/2025", "03/09/2025", false)]
    // 581: a start on no day of the child's episodes.
    [InlineData("581", "01/09/2025", "31/03/2025", "01/04/2025", true)]
    [InlineData("581", "01/09/2025", "02/09/2025", "03/09/2025", true)]
    [InlineData("581", "01/09/2025", "01/04/2025", "02/04/2025", false)]
    [InlineData("581", "", "30/03/2026", "31/03/2026", false)]
    public void MissingDuringCare(string rule, string lastDec, string start, string end, bool fails) =>
        Check(TwoPlacements(lastDec).Missing("C1", start, end), rule, Missing, fails, 1);

    [Theory]
    // 580: missing until the 18th birthday, the day care ended, needs REC E8.
    [InlineData("E8", "10/08/2025", false)]
    [InlineData("E17", "10/08/2025", true)]
    [InlineData("E17", "09/08/2025", false)]
    public void Rule580_MissingWhenCareEndedAt18(string rec, string misEnd, bool fails)
    {
        var data = ReturnBuilder.For(2025).Header("C1", ("DOB", "10/08/2007"))
            .Episode("C1", "01/04/2025", ("DEC", "10/08/2025"), ("REC", rec))
            .Missing("C1", "01/08/2025", misEnd, ("DOB", "10/08/2007"));
        Check(data, "580", Ssda903Table.Episodes, fails, 1);
    }

    [Fact]
    public void Rule581_NotCheckedWhenAnEpisodeDateIsNotValid() =>
        AssertNone(ReturnBuilder.For(2025).Header("C1").Episode("C1", "01/05/2025", ("DEC", "31/06/2025"), ("REC", "E8"))
            .Missing("C1", "10/08/2025", "11/08/2025"), "581");

    [Theory]
    [InlineData("C1", false)]
    [InlineData("C9", true)]
    public void RuleInt04_MissingChildMustBeInTheHeader(string child, bool fails)
    {
        var data = Year2025().Missing(child, "01/06/2025", "02/06/2025");
        if (fails)
        {
            AssertOnly(data, "INT04", (child, Missing, 1));
        }
        else
        {
            AssertNone(data, "INT04");
        }
    }

    [Theory]
    // INT13: both DOBs valid and different; a blank DOB is not compared.
    [InlineData("01/01/2015", false)]
    [InlineData("", false)]
    [InlineData("02/01/2015", true)]
    public void RuleInt13_MissingDobMatchesTheHeader(string dob, bool fails) =>
        Check(Year2025().Missing("C1", "01/06/2025", "02/06/2025", ("DOB", dob)), "INT13", Missing, fails, 1);

    [Theory]
    // 104: DUC a valid date, not before 1 April of the collection year; blank passes.
    [InlineData("104", "", false)]
    [InlineData("104", "01/04/2025", false)]
    [InlineData("104", "31/03/2025", true)]
    [InlineData("104", "2025-06-01", true)]
    // 304: DUC on or before the 18th birthday (DOB 01/01/2008).
    [InlineData("304", "01/01/2026", false)]
    [InlineData("304", "02/01/2026", true)]
    public void UascCeasedDate(string rule, string duc, bool fails) =>
        Check(Year2025().Uasc("C1", ("DOB", "01/01/2008"), ("DUC", duc)), rule, Uasc, fails, 1);

    [Theory]
    [InlineData("C1", false)]
    [InlineData("C9", true)]
    public void RuleInt09_UascChildMustBeInTheHeader(string child, bool fails)
    {
        var data = Year2025().Uasc(child);
        if (fails)
        {
            AssertOnly(data, "INT09", (child, Uasc, 1));
        }
        else
        {
            AssertNone(data, "INT09");
        }
    }

    [Theory]
    [InlineData("01/01/2015", false)]
    [InlineData("31/02/2015", false)]
    [InlineData("01/01/2016", true)]
    public void RuleInt18_UascDobMatchesTheHeader(string dob, bool fails) =>
        Check(Year2025().Uasc("C1", ("DOB", dob)), "INT18", Uasc, fails, 1);

    [Theory]
    [InlineData("M", false)]
    [InlineData("", false)]
    [InlineData("F", true)]
    public void RuleInt21_UascSexMatchesTheHeader(string sex, bool fails) =>
        Check(Year2025().Uasc("C1", ("SEX", sex)), "INT21", Uasc, fails, 1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RuleInt36_AChildOnceInUasc(bool twice)
    {
        var data = Year2025().Header("C2").Uasc("C1").Uasc("C2");
        if (twice)
        {
            data.Uasc("C1");
        }
        Check(data, "INT36", Uasc, twice, 1, 3);
    }

    [Fact]
    public void MissingAndUascTables_AreOptional()
    {
        var data = ReturnBuilder.For(2026).Header("C1").Episode("C1", "01/04/2026");
        Assert.Empty(Ssda903Validator.Validate(data.Build()));
    }
}
