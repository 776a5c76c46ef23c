using Iro.Core.Councils;

namespace Iro.Core.Children;

/// <summary>An IRO named for a child over a span of dates (Children Act 1989 s.25A).</summary>
public sealed class IroAllocation : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }
    public required StaffMemberId IroId { get; init; }
    public StaffMember? Iro { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? To { get; set; }
    public required string Reason { get; init; }
}
