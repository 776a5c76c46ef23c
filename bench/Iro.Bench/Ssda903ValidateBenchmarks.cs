using System.Globalization;
using BenchmarkDotNet.Attributes;
using Iro.Core.Ssda903;

namespace Iro.Bench;

/// <summary>Validating a national-sized 903 extract (85k children, ~300k episodes, ~250k reviews), built here
/// in memory: fictional, plausible rows with a sprinkling of errors, so every rule does real work.</summary>
[MemoryDiagnoser]
public class Ssda903ValidateBenchmarks
{
    private const int Children = 85_000;
    private Ssda903Return _return = null!;

    [GlobalSetup]
    public void Setup() => _return = Build(new CollectionYear(2025), Children);

    [Benchmark]
    public int ValidateNationalExtract() => Ssda903Validator.Validate(_return).Count;

    public static Ssda903Return Build(CollectionYear year, int children)
    {
        var random = new Random(903);
        var data = new Ssda903Return(year);
        var header = Table(data, Ssda903Table.Header);
        var episodes = Table(data, Ssda903Table.Episodes);
        var reviews = Table(data, Ssda903Table.Reviews);
        string[] places = ["U1", "U3", "U4", "U6", "U6", "U6", "K2", "R1", "P1", "K3", "Z11"];
        string[] legal = ["C1", "C2", "C2", "C2", "V2", "E1", "J1"];
        string[] reasons = ["CARPL", "CLOSE", "CREQB", "CHILD", "LAREQ", "OTHER"];
        string[] ethnic = ["WBRI", "WOTH", "MWBC", "AOTH", "BAFR", "NOBT"];

        for (var c = 0; c < children; c++)
        {
            var child = "C" + c.ToString("D7", CultureInfo.InvariantCulture);
            var dob = year.Start.AddDays(-random.Next(200, 6500));
            var respite = c % 40 == 0;
            header.Add(Fresh(
            [
                child, c % 2 == 0 ? "M" : "F", Date(dob), ethnic[c % ethnic.Length],
                c % 3 == 0 ? "UN1" : "A" + random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture),
                c % 50 == 0 ? "0" : "", "",
            ]), c + 2);

            // Episodes: back to back from a start before or in the year; the last one open for most children.
            var count = respite ? 4 : 1 + random.Next(6) switch { 0 => 0, 1 or 2 => 2, 3 or 4 => 3, _ => 5 };
            var start = year.Start.AddDays(random.Next(-700, 300));
            for (var e = 0; e < count; e++)
            {
                var last = e == count - 1;
                var length = respite ? random.Next(1, 20) : random.Next(5, 160);
                var end = start.AddDays(length);
                var open = last && !respite && c % 3 != 0;
                episodes.Add(Fresh(
                [
                    child, Date(start), e == 0 || respite ? "S" : "P", respite ? "V3" : legal[random.Next(legal.Length)],
                    "N1", respite ? "U6" : places[random.Next(places.Length)], "PR1",
                    open ? "" : Date(end), open ? "" : last || respite ? "E4A" : "X1",
                    open || last || respite ? "" : reasons[random.Next(reasons.Length)], "", "", "",
                ]), episodes.Rows.Count + 2);
                start = respite ? end.AddDays(random.Next(10, 40)) : end;
            }

            // Reviews: about three a child in the year.
            if (!respite)
            {
                var reviewCount = random.Next(7);
                for (var r = 0; r < reviewCount; r++)
                {
                    var held = year.Start.AddDays(random.Next(0, 365));
                    var code = held < dob.AddYears(4) ? "PN0" : "PN" + random.Next(1, 8).ToString(CultureInfo.InvariantCulture);
                    reviews.Add(Fresh([child, Date(dob), Date(held), code]), reviews.Rows.Count + 2);
                }
            }
        }
        return data;
    }

    /// <summary>A reader allocates every value afresh; so does this, or codes would share literal instances.</summary>
    private static string[] Fresh(string[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new string(values[i].AsSpan());
        }
        return values;
    }

    private static Ssda903TableData Table(Ssda903Return data, Ssda903Table table)
    {
        var result = new Ssda903TableData(table, Ssda903Layout.FileName(table), Ssda903Layout.Columns(table));
        data.Tables[table] = result;
        return result;
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
