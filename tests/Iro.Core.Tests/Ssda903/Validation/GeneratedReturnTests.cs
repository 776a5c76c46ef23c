using Iro.Core.Ssda903;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>The generator's fictional returns are valid by default: every rule of the year passes, so a failure
/// in a demo or benchmark is one that was injected on purpose.</summary>
public class GeneratedReturnTests
{
    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Validate_GeneratedReturn_PassesEveryRule(int year)
    {
        var data = Ssda903Generator.Generate(4_000, 17, new CollectionYear(year));

        var failures = Ssda903Validator.Validate(data);

        Assert.Empty(failures.Take(20).Select(f => $"{f.Rule} {f.Child} {f.Table} row {f.Row}"));
    }

    [Theory]
    [InlineData(2025, false)]
    [InlineData(2026, true)]
    public void Generate_DoLoTable_From2026To27_WithOrdersDuringTheYear(int year, bool hasDoLo)
    {
        var data = Ssda903Generator.Generate(4_000, 17, new CollectionYear(year));

        Assert.Equal(hasDoLo, data.Tables.ContainsKey(Ssda903Table.DoLo));
        if (hasDoLo)
        {
            var rows = data[Ssda903Table.DoLo]!.Rows;
            Assert.InRange(rows.Count, 4, 400);
            Assert.Contains(rows, r => r[3].Length == 0);
            Assert.Contains(rows, r => r[3].Length > 0);
        }
    }
}
