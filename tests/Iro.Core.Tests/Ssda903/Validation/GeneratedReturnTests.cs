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
}
