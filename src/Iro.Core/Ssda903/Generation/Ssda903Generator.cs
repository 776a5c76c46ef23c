namespace Iro.Core.Ssda903;

/// <summary>Synthetic SSDA903 returns: a whole council's (or the whole country's) children looked after at some
/// time in a collection year, valid by default, with national-looking mixes (iro-statutory-rules.md §10) and
/// review dates that follow the statutory cadence (§2). With an error rate, a share of the children each break
/// exactly one DfE rule on purpose, to exercise validators. Synthetic data: never present it as official figures.
/// </summary>
public static class Ssda903Generator
{
    /// <summary>The most children one call makes: about the national number looked after in a year.</summary>
    public const int MaxChildren = 100_000;

    /// <summary>The DfE rule codes a deliberate error may break (one per altered child).</summary>
    public static IReadOnlyList<string> InjectedRuleCodes { get; } =
        ["166", "440", "441", "146", "365", "103", "INT08", "INT17", "399", "101", "144"];

    /// <summary>A return for <paramref name="children"/> children looked after at some time in
    /// <paramref name="year"/>; the same arguments always give the same tables.</summary>
    /// <param name="children">1 to <see cref="MaxChildren"/>.</param>
    /// <param name="seed">Any integer.</param>
    /// <param name="year">A collection year Iro holds rules for (2023-24 to 2026-27).</param>
    /// <param name="errorRate">The share of children (0 to 1) given one deliberate error from
    /// <see cref="InjectedRuleCodes"/>; 0 makes a valid return.</param>
    public static Ssda903Return Generate(int children, int seed, CollectionYear year, double errorRate = 0) =>
        Run(children, seed, year, errorRate).Return;

    /// <summary>As <see cref="Generate"/>, also listing which child was given which deliberate error.</summary>
    internal static Ssda903Generation Run(int children, int seed, CollectionYear year, double errorRate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(children, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(children, MaxChildren);
        if (double.IsNaN(errorRate) || errorRate < 0 || errorRate > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(errorRate), errorRate, "The error rate must be between 0 and 1.");
        }
        if (year < CollectionYear.Earliest || year > CollectionYear.Latest)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Iro holds 903 rules for {CollectionYear.Earliest} to {CollectionYear.Latest} only.");
        }
        return new Ssda903GenerationRun(children, seed, year, errorRate).Run();
    }
}

/// <summary>A generated return and the deliberate errors in it (for tests and tooling).</summary>
internal sealed record Ssda903Generation(Ssda903Return Return, IReadOnlyList<InjectedError> Injected);

/// <summary>One deliberate error: the child altered and the DfE rule it breaks.</summary>
internal readonly record struct InjectedError(string Child, string Rule);
