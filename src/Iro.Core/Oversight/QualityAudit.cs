using Iro.Core.Councils;
using Iro.Core.Data;

namespace Iro.Core.Oversight;

/// <summary>Ofsted's four-point judgement scale (ILACS), used for each area of a quality audit.</summary>
public enum QualityGrade
{
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

/// <summary>The areas a manager grades in a review record: those Ofsted found weak in IRO practice (issue 5 §7;
/// IRO Handbook ch.2 and ch.3 on the child's participation, the plan and challenge).</summary>
public enum AuditArea
{
    /// <summary>The child's wishes and feelings are heard and recorded in their words (Children Act 1989 s.25B(1)(c)).</summary>
    ChildsVoice,

    /// <summary>The care plan meets the child's needs (IRO Handbook para 1.22).</summary>
    PlanQuality,

    /// <summary>Each decision says who will do what by when (CPPCR 2010 reg 36).</summary>
    DecisionsClarity,

    /// <summary>The IRO noticed and challenged drift and delay (Children Act 1989 s.25B(3); IRO Handbook ch.6).</summary>
    DriftChallenge,
}

public enum QualityAuditStatus
{
    /// <summary>Chosen for audit; the manager has not finished the form.</summary>
    Sampled,

    /// <summary>Graded, with feedback the IRO has still to read and acknowledge.</summary>
    Completed,

    /// <summary>The IRO has read the feedback.</summary>
    Acknowledged,
}

/// <summary>An IRO manager's quality assurance of one held review: each area graded with feedback, overall
/// feedback to the IRO, and the IRO's acknowledgement (issue 5 §7; Ofsted 2013 found IROs' work poorly overseen).
/// </summary>
public sealed class QualityAudit : ICouncilOwned, IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }
    public required Guid ReviewId { get; init; }

    /// <summary>The IRO whose work is audited: the review's chair.</summary>
    public required StaffMemberId IroId { get; init; }

    public required StaffMemberId AuditorId { get; init; }
    public DateOnly SampledOn { get; init; }
    public QualityAuditStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public QualityGrade? ChildsVoice { get; private set; }
    public string? ChildsVoiceFeedback { get; private set; }
    public QualityGrade? PlanQuality { get; private set; }
    public string? PlanQualityFeedback { get; private set; }
    public QualityGrade? DecisionsClarity { get; private set; }
    public string? DecisionsClarityFeedback { get; private set; }
    public QualityGrade? DriftChallenge { get; private set; }
    public string? DriftChallengeFeedback { get; private set; }
    public string? OverallFeedback { get; private set; }
    public DateOnly? AcknowledgedOn { get; private set; }

    /// <summary>What the IRO says back, if anything.</summary>
    public string? IroResponse { get; private set; }

    public Guid Version { get; set; }

    public const int FeedbackMaxLength = 2000;

    public QualityGrade? GradeOf(AuditArea area) => area switch
    {
        AuditArea.ChildsVoice => ChildsVoice,
        AuditArea.PlanQuality => PlanQuality,
        AuditArea.DecisionsClarity => DecisionsClarity,
        _ => DriftChallenge,
    };

    public string? FeedbackOf(AuditArea area) => area switch
    {
        AuditArea.ChildsVoice => ChildsVoiceFeedback,
        AuditArea.PlanQuality => PlanQualityFeedback,
        AuditArea.DecisionsClarity => DecisionsClarityFeedback,
        _ => DriftChallengeFeedback,
    };

    /// <summary>Grades every area and gives feedback; a completed audit can be corrected until the IRO
    /// acknowledges it.</summary>
    /// <exception cref="DomainRuleException">An area is missing, feedback is too long, or the IRO has acknowledged it.</exception>
    public void Complete(IReadOnlyDictionary<AuditArea, (QualityGrade Grade, string? Feedback)> areas, string overallFeedback, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(areas);
        if (Status == QualityAuditStatus.Acknowledged)
        {
            throw new DomainRuleException("The IRO has acknowledged this audit: it can no longer be changed.");
        }
        foreach (var area in Enum.GetValues<AuditArea>())
        {
            if (!areas.TryGetValue(area, out var a))
            {
                throw new DomainRuleException($"Grade {AuditAreas.Name(area).ToLowerInvariant()}.");
            }
            if (a.Feedback?.Length > FeedbackMaxLength)
            {
                throw new DomainRuleException($"Feedback must be {FeedbackMaxLength:N0} characters or fewer.");
            }
        }
        if (string.IsNullOrWhiteSpace(overallFeedback))
        {
            throw new DomainRuleException("Enter your feedback to the IRO.");
        }
        (ChildsVoice, ChildsVoiceFeedback) = (areas[AuditArea.ChildsVoice].Grade, Clean(areas[AuditArea.ChildsVoice].Feedback));
        (PlanQuality, PlanQualityFeedback) = (areas[AuditArea.PlanQuality].Grade, Clean(areas[AuditArea.PlanQuality].Feedback));
        (DecisionsClarity, DecisionsClarityFeedback) = (areas[AuditArea.DecisionsClarity].Grade, Clean(areas[AuditArea.DecisionsClarity].Feedback));
        (DriftChallenge, DriftChallengeFeedback) = (areas[AuditArea.DriftChallenge].Grade, Clean(areas[AuditArea.DriftChallenge].Feedback));
        OverallFeedback = overallFeedback.Trim();
        Status = QualityAuditStatus.Completed;
        CompletedOn = on;
    }

    /// <summary>The IRO confirms they have read the feedback, optionally replying.</summary>
    /// <exception cref="DomainRuleException">The audit is not completed, or is already acknowledged.</exception>
    public void Acknowledge(DateOnly on, string? response)
    {
        if (Status != QualityAuditStatus.Completed)
        {
            throw new DomainRuleException("Only a completed audit can be acknowledged.");
        }
        if (response?.Length > FeedbackMaxLength)
        {
            throw new DomainRuleException($"Your reply must be {FeedbackMaxLength:N0} characters or fewer.");
        }
        Status = QualityAuditStatus.Acknowledged;
        AcknowledgedOn = on;
        IroResponse = Clean(response);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public static class AuditAreas
{
    public static string Name(AuditArea area) => area switch
    {
        AuditArea.ChildsVoice => "The child's voice",
        AuditArea.PlanQuality => "The plan's quality",
        AuditArea.DecisionsClarity => "The decisions' clarity",
        _ => "Challenge of drift",
    };

    public static string Question(AuditArea area) => area switch
    {
        AuditArea.ChildsVoice => "Are the child's wishes and feelings heard, and recorded in their own words?",
        AuditArea.PlanQuality => "Does the care plan meet the child's needs, and did the IRO test it?",
        AuditArea.DecisionsClarity => "Does each decision say who will do what, by when?",
        _ => "Did the IRO notice drift or delay and challenge it?",
    };

    public static string Grade(QualityGrade grade) => grade switch
    {
        QualityGrade.Outstanding => "Outstanding",
        QualityGrade.Good => "Good",
        QualityGrade.RequiresImprovement => "Requires improvement",
        _ => "Inadequate",
    };
}
