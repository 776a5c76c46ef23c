using Iro.Core.Councils;

namespace Iro.Core.Monitoring;

/// <summary>How the IRO kept in touch with the case between reviews.</summary>
public enum MonitoringContactKind
{
    SpokeToChild,
    VisitedChild,
    SpokeToSocialWorker,
    SpokeToCarer,
    ReadCaseRecord,
    MidwayCheck,
    Other,
}

/// <summary>One contact or check the IRO made between reviews. The IRO monitors the case between reviews, not
/// only at them (Children Act 1989 s.25B(1)(a); IRO Handbook 2010 ch. 3; domain reference §1.3).</summary>
public sealed class MonitoringContact : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }
    public DateOnly On { get; init; }
    public MonitoringContactKind Kind { get; init; }

    /// <summary>The member of staff who made the contact, usually the child's IRO.</summary>
    public StaffMemberId? ById { get; init; }

    public string? Note { get; init; }

    public static string Describe(MonitoringContactKind kind) => kind switch
    {
        MonitoringContactKind.SpokeToChild => "Spoke to the child",
        MonitoringContactKind.VisitedChild => "Visited the child",
        MonitoringContactKind.SpokeToSocialWorker => "Spoke to the social worker",
        MonitoringContactKind.SpokeToCarer => "Spoke to the carer",
        MonitoringContactKind.ReadCaseRecord => "Read the case record",
        MonitoringContactKind.MidwayCheck => "Midway check",
        _ => "Other",
    };
}
