namespace Iro.Core.ReviewCycle;

/// <summary>Where a time limit comes from, which decides how far a council may change it.</summary>
public enum LimitSource
{
    /// <summary>Set by regulations: a council may shorten it but not lengthen it.</summary>
    Regulation,

    /// <summary>Set by the IRO Handbook, statutory guidance a council must follow unless it has good reason
    /// (Children Act 1989 s.25B(2)): a council may shorten it but not lengthen it.</summary>
    StatutoryGuidance,

    /// <summary>Common council practice, not law: a council may set it within a sensible range.</summary>
    LocalPractice,
}

/// <summary>A time limit in the review cycle.</summary>
public enum ReviewCycleTimerKind
{
    /// <summary>An IRO allocated within 5 working days of the child becoming looked after.</summary>
    IroAllocated,

    /// <summary>Consultation sent about 20 working days before the review.</summary>
    ConsultationSent,

    /// <summary>The social worker's report with the IRO a few working days before the review.</summary>
    SocialWorkerReport,

    /// <summary>The review's decisions issued within 5 working days of the review.</summary>
    DecisionsIssued,

    /// <summary>The full review record issued within 20 working days of the review.</summary>
    RecordIssued,

    /// <summary>A manager may contest a decision within 5 working days of its issue, after which it stands.
    /// </summary>
    DecisionContestWindow,

    /// <summary>An adjourned review reconvened within 20 working days.</summary>
    AdjournedReviewReconvened,
}

/// <summary>What the law or practice says about one time limit, and the range a council may set.</summary>
/// <param name="Timer">The time limit.</param>
/// <param name="Source">Regulation, statutory guidance or local practice.</param>
/// <param name="Citation">Where it comes from, for explanations, for example "CPPCR 2010 reg 36".</param>
/// <param name="Default">Working days, as the source sets it.</param>
/// <param name="Minimum">The fewest working days a council may set.</param>
/// <param name="Maximum">The most a council may set: the default for a statutory limit.</param>
public sealed record PolicyLimit(ReviewCycleTimerKind Timer, LimitSource Source, string Citation, int Default,
    int Minimum, int Maximum);

/// <summary>One council's review-cycle time limits, in working days (CPPCR 2010 reg 2(1)).</summary>
/// <remarks>Defaults and sources follow the domain reference (§1.3, §4.1, §4.2, §1.2); <see cref="Limits"/> says
/// which are statutory and which are practice, and <see cref="Validate"/> keeps a council within them. The
/// domain reference marks the Handbook paragraph for the 5- and 20-working-day limits, and the number of the
/// adjournment regulation, as unconfirmed: both are configurable defaults, never hard-coded.</remarks>
public sealed record ReviewCyclePolicy
{
    public int IroAllocatedWithin { get; init; } = 5;
    public int ConsultationSentBefore { get; init; } = 20;
    public int SocialWorkerReportBefore { get; init; } = 3;
    public int DecisionsIssuedWithin { get; init; } = 5;
    public int RecordIssuedWithin { get; init; } = 20;
    public int ContestWithin { get; init; } = 5;
    public int ReconveneWithin { get; init; } = 20;

    /// <summary>An open timer is "due soon" when this many working days or fewer are left (a project choice: the
    /// IRO's work list needs warning before a 5-day limit runs out).</summary>
    public int DueSoonWithin { get; init; } = 2;

    public const int MaxDueSoonWithin = 10;

    public static ReviewCyclePolicy Default { get; } = new();

    /// <summary>Every time limit: its source, default and the range a council may set.</summary>
    public static IReadOnlyList<PolicyLimit> Limits { get; } =
    [
        // Children Act 1989 s.25A: an IRO before the first review, which is due by working day 20 (CPPCR 2010
        // reg 33(1)); 5 working days is good practice in council procedures (domain reference §1.3).
        new(ReviewCycleTimerKind.IroAllocated, LimitSource.LocalPractice,
            "good practice in council procedures; Children Act 1989 s.25A requires an IRO before the first review",
            5, 1, 20),
        // Reg 37 requires consultation but sets no time; "about a month before" is council practice (§4.1).
        new(ReviewCycleTimerKind.ConsultationSent, LimitSource.LocalPractice, "council practice", 20, 5, 60),
        // A few working days before the meeting, typically 3–5 (§4.1, unconfirmed).
        new(ReviewCycleTimerKind.SocialWorkerReport, LimitSource.LocalPractice, "council practice", 3, 1, 20),
        // IRO Handbook, as transcribed in council procedures (§4.2; paragraph unconfirmed).
        new(ReviewCycleTimerKind.DecisionsIssued, LimitSource.StatutoryGuidance, "IRO Handbook", 5, 1, 5),
        new(ReviewCycleTimerKind.RecordIssued, LimitSource.StatutoryGuidance, "IRO Handbook", 20, 1, 20),
        // Council dispute-resolution guidance for practitioners (§4.2).
        new(ReviewCycleTimerKind.DecisionContestWindow, LimitSource.LocalPractice,
            "council dispute-resolution guidance", 5, 1, 20),
        // The IRO may adjourn once, for no more than 20 working days (§1.2; regulation number unconfirmed).
        new(ReviewCycleTimerKind.AdjournedReviewReconvened, LimitSource.Regulation, "CPPCR 2010 reg 36", 20, 1, 20),
    ];

    public static PolicyLimit LimitFor(ReviewCycleTimerKind timer) =>
        Limits.FirstOrDefault(l => l.Timer == timer)
        ?? throw new ArgumentOutOfRangeException(nameof(timer), timer, "Unknown review-cycle timer.");

    /// <summary>The council's setting for <paramref name="timer"/>, in working days.</summary>
    public int WorkingDaysFor(ReviewCycleTimerKind timer) => timer switch
    {
        ReviewCycleTimerKind.IroAllocated => IroAllocatedWithin,
        ReviewCycleTimerKind.ConsultationSent => ConsultationSentBefore,
        ReviewCycleTimerKind.SocialWorkerReport => SocialWorkerReportBefore,
        ReviewCycleTimerKind.DecisionsIssued => DecisionsIssuedWithin,
        ReviewCycleTimerKind.RecordIssued => RecordIssuedWithin,
        ReviewCycleTimerKind.DecisionContestWindow => ContestWithin,
        ReviewCycleTimerKind.AdjournedReviewReconvened => ReconveneWithin,
        _ => throw new ArgumentOutOfRangeException(nameof(timer), timer, "Unknown review-cycle timer."),
    };

    /// <summary>These settings with <paramref name="timer"/> set to <paramref name="workingDays"/>; not validated
    /// (call <see cref="Validate"/>).</summary>
    public ReviewCyclePolicy With(ReviewCycleTimerKind timer, int workingDays) => timer switch
    {
        ReviewCycleTimerKind.IroAllocated => this with { IroAllocatedWithin = workingDays },
        ReviewCycleTimerKind.ConsultationSent => this with { ConsultationSentBefore = workingDays },
        ReviewCycleTimerKind.SocialWorkerReport => this with { SocialWorkerReportBefore = workingDays },
        ReviewCycleTimerKind.DecisionsIssued => this with { DecisionsIssuedWithin = workingDays },
        ReviewCycleTimerKind.RecordIssued => this with { RecordIssuedWithin = workingDays },
        ReviewCycleTimerKind.DecisionContestWindow => this with { ContestWithin = workingDays },
        ReviewCycleTimerKind.AdjournedReviewReconvened => this with { ReconveneWithin = workingDays },
        _ => throw new ArgumentOutOfRangeException(nameof(timer), timer, "Unknown review-cycle timer."),
    };

    /// <summary>Every problem with the settings, in plain English; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var limit in Limits)
        {
            var value = WorkingDaysFor(limit.Timer);
            var what = Describe(limit.Timer);
            if (value < limit.Minimum)
            {
                problems.Add($"{what} must be at least {limit.Minimum} working days.");
            }
            else if (value > limit.Maximum)
            {
                problems.Add(limit.Source == LimitSource.LocalPractice
                    ? $"{what} must be {limit.Maximum} working days or fewer ({limit.Citation})."
                    : $"{what} cannot be longer than {limit.Maximum} working days ({limit.Citation}); a council may " +
                        "shorten it but not lengthen it.");
            }
        }
        if (RecordIssuedWithin < DecisionsIssuedWithin)
        {
            problems.Add("The full review record cannot be due before the decisions it contains.");
        }
        if (DueSoonWithin is < 0 or > MaxDueSoonWithin)
        {
            problems.Add($"\"Due soon\" must be between 0 and {MaxDueSoonWithin} working days.");
        }
        return problems;
    }

    /// <exception cref="ArgumentException">The settings are not valid; the message lists every problem.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }

    public static string Describe(ReviewCycleTimerKind timer) => timer switch
    {
        ReviewCycleTimerKind.IroAllocated => "The time to allocate an IRO",
        ReviewCycleTimerKind.ConsultationSent => "The time consultation is sent before the review",
        ReviewCycleTimerKind.SocialWorkerReport => "The time the social worker's report is due before the review",
        ReviewCycleTimerKind.DecisionsIssued => "The time to issue the review's decisions",
        ReviewCycleTimerKind.RecordIssued => "The time to issue the full review record",
        ReviewCycleTimerKind.DecisionContestWindow => "The time a manager has to contest a decision",
        ReviewCycleTimerKind.AdjournedReviewReconvened => "The time to reconvene an adjourned review",
        _ => throw new ArgumentOutOfRangeException(nameof(timer), timer, "Unknown review-cycle timer."),
    };
}
