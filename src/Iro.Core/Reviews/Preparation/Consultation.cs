using Iro.Core.Councils;
using Iro.Core.Data;

namespace Iro.Core.Reviews.Preparation;

/// <summary>Whose views are sought for the review (CPPCR 2010 reg 37: the child, parents and others with parental
/// responsibility, the carer, and others whose views are relevant; domain reference §4.1).</summary>
public enum ConsultationParty
{
    Child,
    Parent,
    Carer,

    /// <summary>The social worker's report for the review, due with the IRO a few working days before it.</summary>
    SocialWorkerReport,

    School,
    Health,
    Other,
}

/// <summary>A consultation for a review: asked of one party on a date and, once it comes back, received on a date
/// (CPPCR 2010 reg 37).</summary>
public sealed class Consultation : ICouncilOwned, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxNoteLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required Guid ReviewId { get; init; }
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }
    public ConsultationParty Party { get; init; }

    /// <summary>Who, for example "Mother" or "Ash Primary School"; never needed for the child.</summary>
    public string? Name { get; init; }

    public DateOnly RequestedOn { get; init; }
    public DateOnly? ReceivedOn { get; private set; }
    public string? Note { get; private set; }
    public Guid Version { get; set; }

    public static Consultation Request(Review review, ConsultationParty party, string? name, DateOnly requestedOn,
        string? note, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (requestedOn > today)
        {
            throw new DomainRuleException("The date it was requested must be today or in the past");
        }
        var cleanName = name?.Trim();
        if (string.IsNullOrEmpty(cleanName))
        {
            cleanName = null;
        }
        if (cleanName is null && party is ConsultationParty.Other)
        {
            throw new DomainRuleException("Enter who was consulted");
        }
        if (cleanName?.Length > MaxNameLength)
        {
            throw new DomainRuleException("The name must be 200 characters or fewer");
        }
        var consultation = new Consultation
        {
            ReviewId = review.Id, ChildId = review.ChildId, CouncilId = review.CouncilId, Party = party,
            Name = cleanName, RequestedOn = requestedOn,
        };
        consultation.SetNote(note);
        return consultation;
    }

    public void RecordReceived(DateOnly receivedOn, string? note, DateOnly today)
    {
        if (receivedOn > today)
        {
            throw new DomainRuleException("The date it was received must be today or in the past");
        }
        if (receivedOn < RequestedOn)
        {
            throw new DomainRuleException("The date it was received must be on or after the date it was requested");
        }
        ReceivedOn = receivedOn;
        SetNote(note ?? Note);
    }

    public string Describe() => Consultations.Describe(Party) + (Name is null ? "" : $": {Name}");

    private void SetNote(string? note)
    {
        var t = note?.Trim();
        if (t?.Length > MaxNoteLength)
        {
            throw new DomainRuleException("The note must be 2,000 characters or fewer");
        }
        Note = string.IsNullOrEmpty(t) ? null : t;
    }
}

public static class Consultations
{
    public static string Describe(ConsultationParty party) => party switch
    {
        ConsultationParty.Child => "The child",
        ConsultationParty.Parent => "Parent or someone with parental responsibility",
        ConsultationParty.Carer => "Carer",
        ConsultationParty.SocialWorkerReport => "Social worker's report",
        ConsultationParty.School => "School",
        ConsultationParty.Health => "Health",
        ConsultationParty.Other => "Someone else",
        _ => throw new ArgumentOutOfRangeException(nameof(party), party, "Unknown party."),
    };
}
