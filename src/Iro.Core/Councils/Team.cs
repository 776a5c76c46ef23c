namespace Iro.Core.Councils;

public enum TeamKind
{
    IroService,
    SocialWork,
    LeavingCare,
    Management,
}

public sealed class Team : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required string Name { get; set; }
    public TeamKind Kind { get; set; }
}
