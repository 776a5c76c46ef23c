using Iro.Core.ReviewCycle;

namespace Iro.Core.Tests.ReviewCycle;

public class ReviewCyclePolicyTests
{
    [Fact]
    public void Default_IsValid() => Assert.Empty(ReviewCyclePolicy.Default.Validate());

    [Fact]
    public void Limits_CoverEveryTimer_WithTheirDefaults()
    {
        Assert.Equal(Enum.GetValues<ReviewCycleTimerKind>(), ReviewCyclePolicy.Limits.Select(l => l.Timer));
        foreach (var limit in ReviewCyclePolicy.Limits)
        {
            Assert.Equal(limit.Default, ReviewCyclePolicy.Default.WorkingDaysFor(limit.Timer));
            Assert.InRange(limit.Default, limit.Minimum, limit.Maximum);
        }
    }

    [Theory]
    // Regulation and statutory guidance: a council may shorten, never lengthen. Local practice: a range.
    [InlineData(ReviewCycleTimerKind.DecisionsIssued, LimitSource.StatutoryGuidance)]
    [InlineData(ReviewCycleTimerKind.RecordIssued, LimitSource.StatutoryGuidance)]
    [InlineData(ReviewCycleTimerKind.AdjournedReviewReconvened, LimitSource.Regulation)]
    [InlineData(ReviewCycleTimerKind.IroAllocated, LimitSource.LocalPractice)]
    [InlineData(ReviewCycleTimerKind.ConsultationSent, LimitSource.LocalPractice)]
    [InlineData(ReviewCycleTimerKind.SocialWorkerReport, LimitSource.LocalPractice)]
    [InlineData(ReviewCycleTimerKind.DecisionContestWindow, LimitSource.LocalPractice)]
    public void Limits_SayWhichAreStatutory(ReviewCycleTimerKind timer, LimitSource expected)
    {
        var limit = ReviewCyclePolicy.LimitFor(timer);

        Assert.Equal(expected, limit.Source);
        Assert.Equal(expected != LimitSource.LocalPractice, limit.Maximum == limit.Default);
    }

    [Theory]
    // Decisions and record: IRO Handbook 5 and 20 working days; shorter allowed, longer refused.
    [InlineData(nameof(ReviewCyclePolicy.DecisionsIssuedWithin), 3, 0)]
    [InlineData(nameof(ReviewCyclePolicy.DecisionsIssuedWithin), 6, 1)]
    [InlineData(nameof(ReviewCyclePolicy.RecordIssuedWithin), 15, 0)]
    [InlineData(nameof(ReviewCyclePolicy.RecordIssuedWithin), 21, 1)]
    // The full record cannot be due before the decisions in it.
    [InlineData(nameof(ReviewCyclePolicy.RecordIssuedWithin), 4, 1)]
    // CPPCR 2010 reg 36: reconvened within 20 working days.
    [InlineData(nameof(ReviewCyclePolicy.ReconveneWithin), 10, 0)]
    [InlineData(nameof(ReviewCyclePolicy.ReconveneWithin), 21, 1)]
    // Allocation: practice is 5, but never beyond the first review on working day 20 (s.25A; reg 33(1)).
    [InlineData(nameof(ReviewCyclePolicy.IroAllocatedWithin), 10, 0)]
    [InlineData(nameof(ReviewCyclePolicy.IroAllocatedWithin), 20, 0)]
    [InlineData(nameof(ReviewCyclePolicy.IroAllocatedWithin), 21, 1)]
    // Council practice: a sensible range.
    [InlineData(nameof(ReviewCyclePolicy.ConsultationSentBefore), 40, 0)]
    [InlineData(nameof(ReviewCyclePolicy.ConsultationSentBefore), 4, 1)]
    [InlineData(nameof(ReviewCyclePolicy.ConsultationSentBefore), 61, 1)]
    [InlineData(nameof(ReviewCyclePolicy.SocialWorkerReportBefore), 5, 0)]
    [InlineData(nameof(ReviewCyclePolicy.SocialWorkerReportBefore), 0, 1)]
    [InlineData(nameof(ReviewCyclePolicy.ContestWithin), 10, 0)]
    [InlineData(nameof(ReviewCyclePolicy.ContestWithin), 0, 1)]
    [InlineData(nameof(ReviewCyclePolicy.DecisionsIssuedWithin), 0, 1)]
    [InlineData(nameof(ReviewCyclePolicy.DueSoonWithin), 0, 0)]
    [InlineData(nameof(ReviewCyclePolicy.DueSoonWithin), -1, 1)]
    [InlineData(nameof(ReviewCyclePolicy.DueSoonWithin), 11, 1)]
    public void Validate_KeepsTheCouncilWithinTheGuardrails(string setting, int value, int problems)
    {
        var policy = setting switch
        {
            nameof(ReviewCyclePolicy.DecisionsIssuedWithin) => ReviewCyclePolicy.Default with { DecisionsIssuedWithin = value },
            nameof(ReviewCyclePolicy.RecordIssuedWithin) => ReviewCyclePolicy.Default with { RecordIssuedWithin = value },
            nameof(ReviewCyclePolicy.ReconveneWithin) => ReviewCyclePolicy.Default with { ReconveneWithin = value },
            nameof(ReviewCyclePolicy.IroAllocatedWithin) => ReviewCyclePolicy.Default with { IroAllocatedWithin = value },
            nameof(ReviewCyclePolicy.ConsultationSentBefore) =>
                ReviewCyclePolicy.Default with { ConsultationSentBefore = value },
            nameof(ReviewCyclePolicy.SocialWorkerReportBefore) =>
                ReviewCyclePolicy.Default with { SocialWorkerReportBefore = value },
            nameof(ReviewCyclePolicy.ContestWithin) => ReviewCyclePolicy.Default with { ContestWithin = value },
            nameof(ReviewCyclePolicy.DueSoonWithin) => ReviewCyclePolicy.Default with { DueSoonWithin = value },
            _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
        };

        Assert.Equal(problems, policy.Validate().Count);
    }

    [Fact]
    public void Validate_LengtheningAStatutoryLimit_SaysItMayOnlyBeShortened()
    {
        var problem = Assert.Single((ReviewCyclePolicy.Default with { ReconveneWithin = 25 }).Validate());

        Assert.Equal("The time to reconvene an adjourned review cannot be longer than 20 working days (CPPCR 2010 " +
            "reg 36); a council may shorten it but not lengthen it.", problem);
    }

    [Fact]
    public void EnsureValid_ListsEveryProblem()
    {
        var policy = ReviewCyclePolicy.Default with { DecisionsIssuedWithin = 6, ReconveneWithin = 30 };

        var error = Assert.Throws<ArgumentException>(policy.EnsureValid);

        Assert.Contains("decisions", error.Message, StringComparison.Ordinal);
        Assert.Contains("adjourned", error.Message, StringComparison.Ordinal);
    }
}
