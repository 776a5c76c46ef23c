using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Validation.Failures;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>ssda903.md §6.2 and §7: the DoLo table's rules 700–710, in the 2026-27 rule set only (public
/// validator, lac2026_27).</summary>
public class DoLoRuleTests
{
    private const Ssda903Table DoLo = Ssda903Table.DoLo;
    private const Ssda903Table Episodes = Ssda903Table.Episodes;

    /// <summary>A child in a children's home (K2) from 1 April 2026, still there.</summary>
    private static ReturnBuilder InHome(int year = 2026) =>
        ReturnBuilder.For(year).Header("C1").Episode("C1", $"01/04/{year}", ("PLACE", "K2"), ("PLACE_PROVIDER", "PR4"));

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
    // 700: DOLO_START a valid date; blank fails.
    [InlineData("700", "01/05/2026", "", false)]
    [InlineData("700", "", "01/06/2026", true)]
    [InlineData("700", "1/5/2026", "", true)]
    // 701: DOLO_END, when given, a valid date.
    [InlineData("701", "01/05/2026", "", false)]
    [InlineData("701", "01/05/2026", "31/09/2026", true)]
    // 702: DOLO_END before DOLO_START; the same day passes (DfE wording).
    [InlineData("702", "01/05/2026", "01/05/2026", false)]
    [InlineData("702", "01/05/2026", "30/04/2026", true)]
    // 703: DOLO_START after 31 March.
    [InlineData("703", "31/03/2027", "", false)]
    [InlineData("703", "01/04/2027", "", true)]
    // 704: DOLO_END within the collection year.
    [InlineData("704", "01/03/2026", "01/04/2026", false)]
    [InlineData("704", "01/03/2026", "31/03/2026", true)]
    [InlineData("704", "01/03/2027", "01/04/2027", true)]
    // 708: DOLO_START on or before the DOB (01/01/2015).
    [InlineData("708", "02/01/2015", "", false)]
    [InlineData("708", "01/01/2015", "", true)]
    public void DoLoDates(string rule, string start, string end, bool fails) =>
        Check(InHome().DoLo("C1", "01/04/2026", "10/04/2026").DoLo("C1", start, end), rule, fails, (DoLo, 2));

    [Theory]
    // 705: an earlier order still open, or ending after this one starts; the day it ended passes.
    [InlineData("01/05/2026", "10/05/2026", "10/05/2026", "", false)]
    [InlineData("01/05/2026", "10/05/2026", "09/05/2026", "", true)]
    [InlineData("01/05/2026", "", "01/08/2026", "02/08/2026", true)]
    public void Rule705_OrdersDoNotOverlap(string firstStart, string firstEnd, string secondStart, string secondEnd, bool fails) =>
        Check(InHome().DoLo("C1", secondStart, secondEnd).DoLo("C1", firstStart, firstEnd), "705", fails, (DoLo, 1));

    [Theory]
    // 707: an open order when the child's last episode has ended.
    [InlineData("", "", false)]
    [InlineData("01/09/2026", "", true)]
    [InlineData("01/09/2026", "01/09/2026", false)]
    public void Rule707_OpenOrderWhenCareEnded(string dec, string doloEnd, bool fails) =>
        Check(ReturnBuilder.For(2026).Header("C1")
                .Episode("C1", "01/04/2026", ("PLACE", "K2"), ("PLACE_PROVIDER", "PR4"), ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : ""))
                .DoLo("C1", "01/05/2026", doloEnd),
            "707", fails, (DoLo, 1));

    [Theory]
    // 709: an order overlapping an episode not in K2, Z12 or Z13 (open episodes count).
    [InlineData("K2", "", false)]
    [InlineData("Z13", "", false)]
    [InlineData("U4", "", true)]
    [InlineData("U4", "01/05/2026", true)]
    [InlineData("U4", "30/04/2026", false)]
    public void Rule709_ExpectedPlacementTypes(string place, string dec, bool fails) =>
        Check(ReturnBuilder.For(2026).Header("C1")
                .Episode("C1", "01/04/2026", ("PLACE", place), ("DEC", dec), ("REC", dec.Length > 0 ? "E8" : ""))
                .DoLo("C1", "01/05/2026", "01/06/2026"),
            "709", fails, (DoLo, 1));

    [Fact]
    public void Rule709_OpenOrdersAreNotChecked() =>
        AssertNone(ReturnBuilder.For(2026).Header("C1").Episode("C1", "01/04/2026").DoLo("C1", "01/05/2026", ""), "709");

    [Theory]
    // 710: an order overlapping an episode in K1, P1, R5 or K3 flags both, once each.
    [InlineData("K3", true)]
    [InlineData("R5", true)]
    [InlineData("K2", false)]
    public void Rule710_PlacementsNotAllowed(string place, bool fails) =>
        Check(ReturnBuilder.For(2026).Header("C1")
                .Episode("C1", "01/04/2026", ("PLACE", place), ("DEC", "01/07/2026"), ("REC", "X1"))
                .Episode("C1", "01/07/2026", ("RNE", "P"), ("PLACE", "K2"))
                .DoLo("C1", "01/05/2026", "01/06/2026")
                .DoLo("C1", "10/06/2026", "20/06/2026"),
            "710", fails, (Episodes, 1), (DoLo, 1), (DoLo, 2));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void DoLoRules_OnlyIn2026To27(int year)
    {
        var data = InHome(year).DoLo("C1", "", "31/02/2026");
        string[] expected = year == 2026 ? ["700", "701"] : [];
        Assert.Equal(expected, Ssda903Validator.Validate(data.Build()).Select(f => f.Rule));
    }
}
