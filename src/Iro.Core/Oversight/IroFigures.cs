using Iro.Core.Caseloads;
using Iro.Core.Reviews;

namespace Iro.Core.Oversight;

/// <summary>An IRO, their contracted hours and the children allocated to them today.</summary>
public sealed record IroFact(StaffMemberId Id, string Name, decimal Fte, int Caseload);

/// <summary>A held review: who chaired it, when it was due and held, and the child's participation code.</summary>
public sealed record HeldReviewFact(StaffMemberId? ChairId, DateOnly DueOn, DateOnly HeldOn, ParticipationCode? Code);

/// <summary>A review decision, attributed to the IRO who chaired the review it was made at.</summary>
public sealed record DecisionFollowUpFact(StaffMemberId? IroId, DateOnly DueOn, DecisionStatus Status, DateOnly? CompletedOn);

/// <summary>The grades of one completed quality audit.</summary>
public sealed record AuditGradesFact(StaffMemberId IroId, IReadOnlyList<QualityGrade> Grades);

/// <summary>One IRO's figures over a period, side by side with the others' (issue 5 §7). Percentages are whole
/// numbers, rounded half away from zero, and null when there is nothing to divide by.</summary>
public sealed record IroFigures(
    StaffMemberId Id,
    string Name,
    decimal Fte,
    int Caseload,
    decimal? PerFte,
    CaseloadBand? Band,
    int ReviewsHeld,
    int ReviewsOnTime,
    int? ReviewsOnTimePercent,
    int ReviewsAgedFourPlus,
    int ChildParticipated,
    int? ParticipationPercent,
    int DecisionsDue,
    int DecisionsConfirmed,
    int? DecisionsConfirmedPercent,
    int DecisionsDoneOnTime,
    int? DecisionsDoneOnTimePercent,
    int AuditsCompleted,
    int GradesGoodOrBetter,
    int GradesRequiresImprovement,
    int GradesInadequate);

/// <summary>The figures an IRO manager compares across IROs: caseload per FTE against the IRO Handbook's 50–70,
/// reviews on time (CPPCR 2010 reg 33), the child's participation and the decisions followed up, the measures
/// of the IRO annual report (IRO Handbook ch.7; domain reference §6), and quality-audit grades.</summary>
public static class IroFiguresRule
{
    /// <summary>Reviews held and decisions due from <paramref name="from"/> to <paramref name="to"/>, both
    /// included. A review is on time when held on or before its due date (domain reference §2.6 item 3).
    /// Participation is the share of reviews of children aged 4 or over (codes PN1–PN7) where the child took part
    /// (PN1–PN6), as the IRO annual report measures it (domain reference §6); PN0 and reviews with no code are left
    /// out. A decision is followed up when the IRO has confirmed it done; done on time when also completed on or
    /// before its date.</summary>
    public static IReadOnlyList<IroFigures> Compute(IEnumerable<IroFact> iros, IEnumerable<HeldReviewFact> reviews,
        IEnumerable<DecisionFollowUpFact> decisions, IEnumerable<AuditGradesFact> audits, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(iros);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(audits);
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }
        var held = reviews.Where(r => r.ChairId is not null && r.HeldOn >= from && r.HeldOn <= to).ToLookup(r => r.ChairId!.Value);
        var due = decisions.Where(d => d.IroId is not null && d.DueOn >= from && d.DueOn <= to).ToLookup(d => d.IroId!.Value);
        var graded = audits.ToLookup(a => a.IroId);

        return iros.Select(i =>
        {
            var perFte = i.Fte > 0 ? CaseloadBenchmark.PerFte(i.Caseload, i.Fte) : (decimal?)null;
            var mine = held[i.Id].ToList();
            var onTime = mine.Count(r => ReviewSchedule.IsOnTime(r.HeldOn, r.DueOn));
            var agedFourPlus = mine.Count(r => r.Code is not null and not ParticipationCode.PN0);
            var participated = mine.Count(r => r.Code is not null and not ParticipationCode.PN0 and not ParticipationCode.PN7);
            var decided = due[i.Id].ToList();
            var confirmed = decided.Count(d => d.Status == DecisionStatus.Confirmed);
            var doneOnTime = decided.Count(d => d.Status == DecisionStatus.Confirmed && d.CompletedOn <= d.DueOn);
            var grades = graded[i.Id].SelectMany(a => a.Grades).ToList();
            return new IroFigures(i.Id, i.Name, i.Fte, i.Caseload, perFte, perFte is { } p ? CaseloadBenchmark.BandOf(p) : null,
                mine.Count, onTime, Percent(onTime, mine.Count),
                agedFourPlus, participated, Percent(participated, agedFourPlus),
                decided.Count, confirmed, Percent(confirmed, decided.Count), doneOnTime, Percent(doneOnTime, decided.Count),
                graded[i.Id].Count(),
                grades.Count(g => g is QualityGrade.Outstanding or QualityGrade.Good),
                grades.Count(g => g == QualityGrade.RequiresImprovement),
                grades.Count(g => g == QualityGrade.Inadequate));
        }).ToList();
    }

    public static int? Percent(int part, int whole) =>
        whole == 0 ? null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);
}

/// <summary>Choosing held reviews for quality assurance.</summary>
public static class QualityAuditSampling
{
    /// <summary>How far back a sample reaches by default: recent work, so the feedback is still useful.</summary>
    public const int DefaultMonths = 3;

    public const int MaxSample = 10;

    /// <summary>Up to <paramref name="count"/> of <paramref name="candidates"/> chosen at random, none already
    /// audited, in the order drawn. The random source is passed in so that a test can fix it.</summary>
    public static IReadOnlyList<Guid> Choose(IEnumerable<Guid> candidates, IEnumerable<Guid> alreadyAudited, int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(alreadyAudited);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var audited = alreadyAudited.ToHashSet();
        var pool = candidates.Where(c => !audited.Contains(c)).Distinct().OrderBy(c => c).ToArray();
        random.Shuffle(pool);
        return pool.Take(count).ToList();
    }
}
