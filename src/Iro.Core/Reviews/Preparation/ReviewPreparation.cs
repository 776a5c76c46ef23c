using Iro.Core.Councils;
using Iro.Core.Data;

namespace Iro.Core.Reviews.Preparation;

/// <summary>What happened when the IRO tried to speak to the child alone before the review (CPPCR 2010 reg 36).
/// </summary>
public enum PrivateConversationOutcome
{
    /// <summary>The IRO spoke to the child in private.</summary>
    Held,

    /// <summary>The child, of sufficient understanding, refused (reg 36: the IRO need not then speak to them).</summary>
    DeclinedByChild,

    /// <summary>The IRO judged it inappropriate given the child's age and understanding (reg 36).</summary>
    JudgedInappropriate,
}

/// <summary>A right the IRO makes sure the child has been told about, having regard to their age and understanding.
/// </summary>
public enum ChildRight
{
    /// <summary>Advocacy help under Children Act 1989 s.26A (CPPCR 2010 reg 45; domain reference §8.1).</summary>
    Advocate,

    /// <summary>The s.26 representations and complaints procedure (CPPCR 2010 reg 45).</summary>
    Complain,

    /// <summary>To apply, with leave, for a s.8 order (CPPCR 2010 reg 45).</summary>
    ApplyForSection8Order,

    /// <summary>To apply to discharge a care order (CPPCR 2010 reg 45); only for a child on a care order.</summary>
    ApplyToDischargeCareOrder,

    /// <summary>To see their records (practice; UK GDPR art. 15 subject access).</summary>
    SeeRecords,

    /// <summary>To speak to the IRO in private (CPPCR 2010 reg 36).</summary>
    SpeakToIroPrivately,

    /// <summary>What to do if unhappy with the plan or the review (IRO Handbook; dispute resolution).</summary>
    ChallengeThePlan,
}

/// <summary>The rights checklist, in the order the IRO goes through it.</summary>
public static class ChildRights
{
    public static IReadOnlyList<ChildRight> Checklist { get; } = Enum.GetValues<ChildRight>();

    /// <summary>The checklist for a child with this 903 legal status: applying to discharge a care order applies
    /// only to a child on an interim or full care order (C1, C2).</summary>
    public static IReadOnlyList<ChildRight> ChecklistFor(string? legalStatus) => legalStatus is "C1" or "C2"
        ? Checklist
        : [.. Checklist.Where(r => r != ChildRight.ApplyToDischargeCareOrder)];

    public static string Describe(ChildRight right) => right switch
    {
        ChildRight.Advocate => "The right to an advocate",
        ChildRight.Complain => "How to complain",
        ChildRight.ApplyForSection8Order => "The right to apply, with the court's leave, for a section 8 order",
        ChildRight.ApplyToDischargeCareOrder => "The right to apply to end a care order",
        ChildRight.SeeRecords => "The right to see their records",
        ChildRight.SpeakToIroPrivately => "The right to speak to the IRO in private",
        ChildRight.ChallengeThePlan => "What to do if they are unhappy with their plan or review",
        _ => throw new ArgumentOutOfRangeException(nameof(right), right, "Unknown right."),
    };
}

/// <summary>The preparation for one review (issue 5 §2): who the child wants there and where, the IRO's private
/// conversation with the child (CPPCR 2010 reg 36), advocacy (reg 45, Children Act 1989 s.26A) and the child's
/// rights explained (reg 45). Consultations are separate rows, <see cref="Consultation"/>. Created on the first
/// save; one per review.</summary>
public sealed class ReviewPreparation : ICouncilOwned, IVersioned
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required Guid ReviewId { get; init; }
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }

    /// <summary>Who the child wants invited, one per line, in the child's choice (domain reference §4.1: who
    /// attends is agreed with the child).</summary>
    public string? Invitees { get; private set; }

    /// <summary>Where the child wants the meeting held.</summary>
    public string? Venue { get; private set; }

    /// <summary>The date planned for the meeting; the preparation dates count back from it, or from the due date
    /// while there is none.</summary>
    public DateOnly? MeetingOn { get; private set; }

    /// <summary>Whether the meeting is held in parts (domain reference §4.1, Isle of Wight procedure).</summary>
    public bool? HeldInParts { get; private set; }

    /// <summary>What each part is for and who attends it, one per line.</summary>
    public string? Parts { get; private set; }

    public PrivateConversationOutcome? PrivateConversation { get; private set; }

    /// <summary>The day the conversation was held, the child declined, or the IRO decided.</summary>
    public DateOnly? PrivateConversationOn { get; private set; }

    /// <summary>Why it did not happen; required unless it was held (reg 36).</summary>
    public string? PrivateConversationReason { get; private set; }

    public DateOnly? ToldAboutAdvocacyOn { get; private set; }
    public DateOnly? AdvocateOfferedOn { get; private set; }
    public bool? AdvocateAccepted { get; private set; }

    /// <summary>Each right on <see cref="ChildRights.Checklist"/> explained, with the day.</summary>
    public Dictionary<ChildRight, DateOnly> RightsExplained { get; private set; } = [];

    public Guid Version { get; set; }

    public bool InvitationsStarted => Invitees is not null || Venue is not null || HeldInParts is not null || MeetingOn is not null;

    public bool InvitationsComplete => Invitees is not null && Venue is not null && HeldInParts is { } parts && (!parts || Parts is not null);

    /// <summary>Who the child wants invited, where, when and whether in parts; any of it may be left for later.
    /// </summary>
    public void RecordInvitations(string? invitees, string? venue, DateOnly? meetingOn, bool? heldInParts, string? parts)
    {
        var cleanParts = heldInParts == true ? Clean(parts, "the parts of the meeting") : null;
        if (heldInParts == true && cleanParts is null)
        {
            throw new DomainRuleException("Say what each part of the meeting is for");
        }
        Invitees = Clean(invitees, "the people invited");
        Venue = Clean(venue, "where the meeting is held");
        MeetingOn = meetingOn;
        HeldInParts = heldInParts;
        Parts = cleanParts;
    }

    /// <summary>The IRO's private conversation with the child (CPPCR 2010 reg 36): held on a date, or not held
    /// because a child of sufficient understanding declined or the IRO judged it inappropriate, with the reason.
    /// </summary>
    public void RecordPrivateConversation(PrivateConversationOutcome outcome, DateOnly on, string? reason, DateOnly today)
    {
        if (on > today)
        {
            throw new DomainRuleException("The date must be today or in the past");
        }
        var cleaned = Clean(reason, "the reason");
        if (outcome != PrivateConversationOutcome.Held && cleaned is null)
        {
            throw new DomainRuleException(outcome == PrivateConversationOutcome.DeclinedByChild
                ? "Say why the child declined to speak to the IRO in private"
                : "Say why speaking to the child in private was inappropriate");
        }
        PrivateConversation = outcome;
        PrivateConversationOn = on;
        PrivateConversationReason = outcome == PrivateConversationOutcome.Held ? null : cleaned;
    }

    /// <summary>The child told that advocacy is available and offered an advocate (CPPCR 2010 reg 45; Children Act
    /// 1989 s.26A).</summary>
    public void RecordAdvocacy(DateOnly? toldOn, DateOnly? offeredOn, bool? accepted, DateOnly today)
    {
        if (toldOn > today || offeredOn > today)
        {
            throw new DomainRuleException("The dates must be today or in the past");
        }
        if (offeredOn is null && accepted is not null)
        {
            throw new DomainRuleException("Enter the date an advocate was offered");
        }
        ToldAboutAdvocacyOn = toldOn;
        AdvocateOfferedOn = offeredOn;
        AdvocateAccepted = offeredOn is null ? null : accepted;
    }

    /// <summary>Replaces the rights explained: each right with the day it was explained (CPPCR 2010 reg 45).</summary>
    public void RecordRightsExplained(IReadOnlyDictionary<ChildRight, DateOnly> explained, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(explained);
        if (explained.Values.Any(d => d > today))
        {
            throw new DomainRuleException("The dates must be today or in the past");
        }
        RightsExplained = new Dictionary<ChildRight, DateOnly>(explained);
    }

    private static string? Clean(string? text, string what)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }
        if (t.Length > MaxTextLength)
        {
            throw new DomainRuleException($"{char.ToUpperInvariant(what[0])}{what[1..]} must be 2,000 characters or fewer");
        }
        return t;
    }
}
