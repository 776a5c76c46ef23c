using Iro.Core.Ssda903;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>Builds a small return whose rows are valid unless a test overrides a field: a Header row per
/// school-age child (UPN UN2, so rule 209 passes), episodes from a care order in a foster placement, reviews with a school-age child's code; Missing,
/// UASC and DoLo rows with the Header's default DOB.</summary>
internal sealed class ReturnBuilder(CollectionYear year)
{
    private readonly Ssda903Return _return = new(year);

    public static ReturnBuilder For(int startYear) => new(new CollectionYear(startYear));

    public ReturnBuilder Header(string child, params (string Column, string Value)[] values) =>
        Add(Ssda903Table.Header, values, ("CHILD", child), ("SEX", year.StartYear >= 2024 ? "M" : "1"),
            ("DOB", "01/01/2015"), ("ETHNIC", "WBRI"), ("UPN", "UN2"));

    public ReturnBuilder Episode(string child, string decom, params (string Column, string Value)[] values) =>
        Add(Ssda903Table.Episodes, values, ("CHILD", child), ("DECOM", decom), ("RNE", "S"), ("LS", "C2"),
            ("CIN", "N1"), ("PLACE", "U4"), ("PLACE_PROVIDER", "PR1"));

    public ReturnBuilder Review(string child, string review, string code, params (string Column, string Value)[] values) =>
        Add(Ssda903Table.Reviews, values, ("CHILD", child), ("DOB", "01/01/2015"), ("REVIEW", review), ("REVIEW_CODE", code));

    public ReturnBuilder Missing(string child, string start, string end, params (string Column, string Value)[] values) =>
        Add(Ssda903Table.Missing, values, ("CHILD", child), ("DOB", "01/01/2015"), ("MISSING", "M"), ("MIS_START", start), ("MIS_END", end));

    public ReturnBuilder Uasc(string child, params (string Column, string Value)[] values) =>
        Add(Ssda903Table.Uasc, values, ("CHILD", child), ("SEX", year.StartYear >= 2024 ? "M" : "1"), ("DOB", "01/01/2015"));

    public ReturnBuilder DoLo(string child, string start, string end, params (string Column, string Value)[] values) =>
        Add(Ssda903Table.DoLo, values, ("CHILD", child), ("DOB", "01/01/2015"), ("DOLO_START", start), ("DOLO_END", end));

    public Ssda903Return Build() => _return;

    private ReturnBuilder Add(Ssda903Table table, (string Column, string Value)[] overrides, params (string Column, string Value)[] defaults)
    {
        if (!_return.Tables.TryGetValue(table, out var data))
        {
            data = new Ssda903TableData(table, Ssda903Layout.FileName(table), Ssda903Layout.Columns(table));
            _return.Tables[table] = data;
        }
        var row = new string[data.Columns.Count];
        Array.Fill(row, "");
        foreach (var (column, value) in defaults.Concat(overrides))
        {
            row[data.ColumnIndex(column)] = value;
        }
        data.Add(row, data.Rows.Count + 2);
        return this;
    }
}

internal static class Failures
{
    public static (string Rule, string Child, Ssda903Table Table, int Row)[] Of(ReturnBuilder builder, string rule) =>
        [.. Ssda903Validator.Validate(builder.Build()).Where(f => f.Rule == rule).Select(f => (f.Rule, f.Child, f.Table, f.Row))];

    public static void AssertOnly(ReturnBuilder builder, string rule, params (string Child, Ssda903Table Table, int Row)[] expected) =>
        Assert.Equal(expected.Select(e => (rule, e.Child, e.Table, e.Row)).ToArray(), Of(builder, rule));

    public static void AssertNone(ReturnBuilder builder, string rule) => Assert.Empty(Of(builder, rule));
}
