namespace Iro.Core.Data;

/// <summary>Whose data a unit of work may touch. The web host sets it from the signed-in user; the CLI and
/// the demo seeder act for every council. <see cref="IroDbContext"/> applies it to every query through one
/// global filter, so no page has to remember to.</summary>
public sealed class CouncilScope
{
    public CouncilId? CouncilId { get; private set; }
    public bool AllCouncils { get; private set; }

    public static CouncilScope All() => new() { AllCouncils = true };

    public static CouncilScope For(CouncilId councilId) => new() { CouncilId = councilId };

    /// <summary>No council yet: queries of council-owned rows return nothing until <see cref="Set"/>.</summary>
    public static CouncilScope None() => new();

    public void Set(CouncilId? councilId, bool allCouncils)
    {
        CouncilId = councilId;
        AllCouncils = allCouncils;
    }
}
