using Iro.Core.DisputeResolution;
using Iro.Core.ReviewCycle;

namespace Iro.Core.Councils;

/// <summary>A local authority: the tenant. Every record a council owns carries its <see cref="CouncilId"/>.</summary>
public sealed class Council
{
    public CouncilId Id { get; init; } = CouncilId.New();

    /// <summary>The DfE's three-digit local authority code (as used in the SSDA903 return).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The council's review-cycle time limits, kept within the law by <see cref="ReviewCyclePolicy.Validate"/>.
    /// </summary>
    public ReviewCyclePolicy ReviewCycle { get; set; } = ReviewCyclePolicy.Default;

    /// <summary>The council's formal dispute-resolution ladder (IRO Handbook 2010 §6.2).</summary>
    public DisputeResolutionPolicy DisputeResolution { get; set; } = DisputeResolutionPolicy.Default;
}

/// <summary>Marks a row that belongs to one council, so that one global filter scopes it.</summary>
public interface ICouncilOwned
{
    CouncilId CouncilId { get; }
}
