using Iro.Core.Caseloads;
using Iro.Core.Oversight;
using Iro.Core.Reviews;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Oversight;

public class IroFiguresTests
{
    private static readonly StaffMemberId Ada = StaffMemberId.New();
    private static readonly StaffMemberId Ben = StaffMemberId.New();
    private static readonly DateOnly From = D("2025-11-24");
    private static readonly DateOnly To = D("2026-11-23");

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(1, 3, 33)]
    [InlineData(2, 3, 67)]
    [InlineData(1, 8, 13)] // 12.5 rounds half away from zero
    [InlineData(3, 3, 100)]
    public void Percent_IsWhole_AndNullWithNothingToDivideBy(int part, int whole, int? expected) =>
        Assert.Equal(expected, IroFiguresRule.Percent(part, whole));

    [Theory]
    // Held on the due date is on time (domain reference §2.6 item 3); a day after is late.
    [InlineData("2026-06-26", "2026-06-26", 1)]
    [InlineData("2026-06-26", "2026-06-20", 1)]
    [InlineData("2026-06-26", "2026-06-27", 0)]
    public void ReviewsOnTime_CountHeldOnOrBeforeTheDueDate(string due, string held, int onTime)
    {
        var f = Single([new HeldReviewFact(Ada, D(due), D(held), ParticipationCode.PN1)]);
        Assert.Equal((1, onTime, onTime * 100), (f.ReviewsHeld, f.ReviewsOnTime, f.ReviewsOnTimePercent!.Value));
    }

    [Theory]
    // Of children aged 4 and over (PN1–PN7), those who took part (PN1–PN6); PN0 and no code are left out.
    [InlineData(new[] { "PN1", "PN7" }, 2, 1, 50)]
    [InlineData(new[] { "PN2", "PN3", "PN4", "PN5", "PN6" }, 5, 5, 100)]
    [InlineData(new[] { "PN0", "PN7" }, 1, 0, 0)]
    [InlineData(new[] { "PN0", "" }, 0, 0, null)]
    public void Participation_IsTheShareOfChildrenAgedFourPlusWhoTookPart(string[] codes, int agedFourPlus, int participated, int? percent)
    {
        var f = Single(codes.Select(c => new HeldReviewFact(Ada, D("2026-06-26"), D("2026-06-26"),
            c == "" ? null : Enum.Parse<ParticipationCode>(c))));
        Assert.Equal((agedFourPlus, participated, percent), (f.ReviewsAgedFourPlus, f.ChildParticipated, f.ParticipationPercent));
    }

    [Theory]
    // Reviews held and decisions due inside the period count, both ends included.
    [InlineData("2025-11-23", 0)]
    [InlineData("2025-11-24", 1)]
    [InlineData("2026-11-23", 1)]
    [InlineData("2026-11-24", 0)]
    public void OnlyThePeriodCounts(string date, int counted)
    {
        var f = Single([new HeldReviewFact(Ada, D(date), D(date), ParticipationCode.PN1)],
            [new DecisionFollowUpFact(Ada, D(date), DecisionStatus.Open, null)]);
        Assert.Equal((counted, counted), (f.ReviewsHeld, f.DecisionsDue));
    }

    [Fact]
    public void Decisions_AreFollowedUpWhenConfirmed_AndOnTimeWhenDoneByTheirDate()
    {
        var f = Single([], [
            new DecisionFollowUpFact(Ada, D("2026-06-01"), DecisionStatus.Confirmed, D("2026-05-30")),
            new DecisionFollowUpFact(Ada, D("2026-06-01"), DecisionStatus.Confirmed, D("2026-06-01")),
            new DecisionFollowUpFact(Ada, D("2026-06-01"), DecisionStatus.Confirmed, D("2026-06-02")),
            // Marked done but not yet confirmed by the IRO: not followed up.
            new DecisionFollowUpFact(Ada, D("2026-06-01"), DecisionStatus.Completed, D("2026-05-30")),
            new DecisionFollowUpFact(Ada, D("2026-06-01"), DecisionStatus.Open, null),
            // Another IRO's review.
            new DecisionFollowUpFact(Ben, D("2026-06-01"), DecisionStatus.Confirmed, D("2026-05-30")),
        ]);

        Assert.Equal((5, 3, 60, 2, 40), (f.DecisionsDue, f.DecisionsConfirmed, f.DecisionsConfirmedPercent!.Value, f.DecisionsDoneOnTime,
            f.DecisionsDoneOnTimePercent!.Value));
    }

    [Theory]
    [InlineData(30, 0.5, 60.0, CaseloadBand.Within)]
    [InlineData(35, 0.5, 70.0, CaseloadBand.High)]
    [InlineData(36, 0.5, 72.0, CaseloadBand.Above)]
    [InlineData(45, 1.0, 45.0, CaseloadBand.Below)]
    public void Caseload_IsPerFte_AgainstTheBenchmark(int children, double fte, double perFte, CaseloadBand band)
    {
        var f = IroFiguresRule.Compute([new IroFact(Ada, "Ada", (decimal)fte, children)], [], [], [], From, To).Single();
        Assert.Equal(((decimal)perFte, band), (f.PerFte!.Value, f.Band!.Value));
    }

    [Fact]
    public void Caseload_WithNoHoursRecorded_HasNoRate()
    {
        var f = IroFiguresRule.Compute([new IroFact(Ada, "Ada", 0m, 10)], [], [], [], From, To).Single();
        Assert.Equal((10, null, null), (f.Caseload, f.PerFte, f.Band));
    }

    [Fact]
    public void Audits_CountGradesAcrossAreas_ForTheAuditedIroOnly()
    {
        var f = IroFiguresRule.Compute([new IroFact(Ada, "Ada", 1m, 0), new IroFact(Ben, "Ben", 1m, 0)], [], [], [
            new AuditGradesFact(Ada, [QualityGrade.Outstanding, QualityGrade.Good, QualityGrade.RequiresImprovement, QualityGrade.Inadequate]),
            new AuditGradesFact(Ada, [QualityGrade.Good, QualityGrade.Good, QualityGrade.Good, QualityGrade.RequiresImprovement]),
            new AuditGradesFact(Ben, [QualityGrade.Inadequate]),
        ], From, To);

        Assert.Equal((2, 5, 2, 1), (f[0].AuditsCompleted, f[0].GradesGoodOrBetter, f[0].GradesRequiresImprovement, f[0].GradesInadequate));
        Assert.Equal((1, 0, 0, 1), (f[1].AuditsCompleted, f[1].GradesGoodOrBetter, f[1].GradesRequiresImprovement, f[1].GradesInadequate));
    }

    [Fact]
    public void Compute_RefusesAPeriodThatEndsBeforeItStarts() =>
        Assert.Throws<ArgumentException>(() => IroFiguresRule.Compute([], [], [], [], To, From));

    private static IroFigures Single(IEnumerable<HeldReviewFact> reviews, IEnumerable<DecisionFollowUpFact>? decisions = null) =>
        IroFiguresRule.Compute([new IroFact(Ada, "Ada", 1m, 0)], reviews, decisions ?? [], [], From, To).Single();
}
