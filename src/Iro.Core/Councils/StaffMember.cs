namespace Iro.Core.Councils;

public enum StaffRole
{
    Iro,
    IroManager,
    SocialWorker,
    PersonalAdviser,
    TeamManager,
    ServiceManager,
    HeadOfService,
    Director,
    Advocate,
}

/// <summary>Someone on the council's staff. Line management (<see cref="LineManagerId"/>) is kept because
/// IRO independence depends on it: an IRO may not manage anyone who plans or manages the child's case
/// (CPPCR 2010 reg 46, unconfirmed numbering; IRO Handbook).</summary>
public sealed class StaffMember : ICouncilOwned
{
    public StaffMemberId Id { get; init; } = StaffMemberId.New();
    public required CouncilId CouncilId { get; init; }
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public StaffRole Role { get; set; }
    public string? JobTitle { get; set; }
    public string? Email { get; set; }
    public StaffMemberId? LineManagerId { get; set; }
    public IroProfile? IroProfile { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}

/// <summary>What only an IRO has: contracted hours and Social Work England registration, which must be
/// active for the IRO to be appointed (Children Act 1989 s.25A; CPPCR 2010 reg 46).</summary>
public sealed class IroProfile : ICouncilOwned
{
    public required StaffMemberId StaffMemberId { get; init; }
    public required CouncilId CouncilId { get; init; }

    /// <summary>Full-time equivalent, 0.1–1.0. The IRO Handbook's benchmark is 50–70 children per FTE.</summary>
    public decimal Fte { get; set; } = 1.0m;

    public required string SweRegistrationNumber { get; set; }
    public DateOnly? RegisteredUntil { get; set; }
}
