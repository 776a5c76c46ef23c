using System.Collections.Frozen;

namespace Iro.Core.Ssda903;

/// <summary>Validates an SSDA903 return against the DfE rules Iro implements, with the rule set of the return's
/// collection year (ssda903.md §6, §7): a year's set is the previous year's set with rules added or deleted,
/// and the code lists come from <see cref="Ssda903CodeSets"/> for that year.</summary>
/// <remarks>Built for a national extract (85k children, ~300k episodes, ~250k reviews): one pass builds the
/// shared index (<see cref="Ssda903ReturnIndex"/>), then each rule is a tight loop over arrays. A date that is
/// not a valid dd/mm/yyyy date fails only the rule about that field (102, 166); every other rule skips it.
/// Failures come out rule by rule in <see cref="RulesFor"/> order, rows ascending within a rule and table.</remarks>
public sealed class Ssda903Validator
{
    private Ssda903Validator()
    {
    }

    public static IReadOnlyList<ValidationFailure> Validate(Ssda903Return data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var index = new Ssda903ReturnIndex(data);
        var rules = Applicable(data.Year);
        // Rules only read the index, so they run side by side, each with its own failures: at national scale each
        // is a loop over hundreds of thousands of rows, and running (and compiling) well over a hundred of them is
        // half of a one-shot validation.
        var found = new List<ValidationFailure>[rules.Length];
        Parallel.For(0, rules.Length, i =>
        {
            var context = new RuleContext(index, rules[i].Info);
            rules[i].Check(context);
            context.Failures.Sort(TableThenRow.Instance);
            found[i] = context.Failures;
        });
        return [.. found.SelectMany(f => f)];
    }

    /// <summary>The rules checked for <paramref name="year"/>, in the order their failures are reported.</summary>
    public static IReadOnlyList<RuleInfo> RulesFor(CollectionYear year) => [.. Applicable(year).Select(r => r.Info)];

    private static Ssda903Rule[] Applicable(CollectionYear year) => [.. Ssda903Rules.All.Where(r => r.AppliesTo(year))];
}

/// <summary>A rule in the catalogue: its description, the collection years it belongs to (inclusive) and the
/// check.</summary>
internal sealed record Ssda903Rule(RuleInfo Info, int FromYear, int ToYear, Action<RuleContext> Check)
{
    public bool AppliesTo(CollectionYear year) => year.StartYear >= FromYear && year.StartYear <= ToYear;
}

/// <summary>One rule's run: what it reads, and the failures it finds.</summary>
internal sealed class RuleContext(Ssda903ReturnIndex index, RuleInfo rule)
{
    public Ssda903ReturnIndex X { get; } = index;
    public List<ValidationFailure> Failures { get; } = [];
    public RuleInfo Rule { get; } = rule;

    public FrozenDictionary<string, CodeEntry> Codes(CodeSet set) => Ssda903CodeSets.Resolve(set, X.Year);

    /// <param name="row">The 0-based row index; the failure carries the 1-based data row.</param>
    public void Fail(Ssda903Table table, string child, int row) =>
        Failures.Add(new ValidationFailure(Rule.Code, child, table, row + 1, Rule.Message));

    public void FailEpisode(int row) => Fail(Ssda903Table.Episodes, X.EpisodeChild(row), row);
}

internal sealed class TableThenRow : IComparer<ValidationFailure>
{
    public static readonly TableThenRow Instance = new();

    public int Compare(ValidationFailure? x, ValidationFailure? y)
    {
        if (x is null || y is null)
        {
            return (x is null).CompareTo(y is null);
        }
        var byTable = ((int)x.Table).CompareTo((int)y.Table);
        return byTable != 0 ? byTable : x.Row.CompareTo(y.Row);
    }
}
