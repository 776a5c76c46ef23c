namespace Iro.Core.Data;

/// <summary>Whose data a unit of work may touch. The web host resolves it from the signed-in user at the moment
/// a query runs (Identity may create the context before authentication has set the user); the CLI and the
/// demo seeder act for every council. <see cref="IroDbContext"/> applies it to every query through one global
/// filter, so no page has to remember to.</summary>
public sealed class CouncilScope
{
    private Func<(CouncilId? Council, bool All)> _resolve;

    private CouncilScope(Func<(CouncilId?, bool)> resolve) => _resolve = resolve;

    public CouncilId? CouncilId => _resolve().Council;
    public bool AllCouncils => _resolve().All;

    public static CouncilScope All() => new(() => (null, true));

    public static CouncilScope For(CouncilId councilId) => new(() => (councilId, false));

    /// <summary>No council: queries of council-owned rows return nothing.</summary>
    public static CouncilScope None() => new(() => (null, false));

    /// <summary>A scope decided afresh each time it is read, for example from the current request's user.</summary>
    public static CouncilScope Resolving(Func<(CouncilId? Council, bool All)> resolve) => new(resolve);

    public void Set(CouncilId? councilId, bool allCouncils) => _resolve = () => (councilId, allCouncils);
}
