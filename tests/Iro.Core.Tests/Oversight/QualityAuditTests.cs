using Iro.Core.Oversight;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Oversight;

public class QualityAuditTests
{
    private static readonly Dictionary<AuditArea, (QualityGrade, string?)> AllGood = Enum.GetValues<AuditArea>()
        .ToDictionary(a => a, a => (QualityGrade.Good, (string?)$" {a} ok "));

    [Fact]
    public void Complete_GradesEveryArea_ThenTheIroAcknowledges()
    {
        var audit = New();
        audit.Complete(AllGood, " Well done ", D("2026-11-20"));

        Assert.Equal((QualityAuditStatus.Completed, D("2026-11-20"), "Well done"), (audit.Status, audit.CompletedOn, audit.OverallFeedback));
        Assert.All(Enum.GetValues<AuditArea>(), a => Assert.Equal(QualityGrade.Good, audit.GradeOf(a)));
        Assert.Equal("DriftChallenge ok", audit.FeedbackOf(AuditArea.DriftChallenge));

        audit.Acknowledge(D("2026-11-23"), "  ");
        Assert.Equal((QualityAuditStatus.Acknowledged, D("2026-11-23"), null), (audit.Status, audit.AcknowledgedOn, audit.IroResponse));
        var e = Assert.Throws<DomainRuleException>(() => audit.Complete(AllGood, "Again", D("2026-11-24")));
        Assert.Contains("acknowledged", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuditArea.ChildsVoice, "Grade the child's voice.")]
    [InlineData(AuditArea.DriftChallenge, "Grade challenge of drift.")]
    public void Complete_RefusesAMissingArea(AuditArea missing, string message)
    {
        var areas = new Dictionary<AuditArea, (QualityGrade, string?)>(AllGood);
        areas.Remove(missing);
        Assert.Equal(message, Assert.Throws<DomainRuleException>(() => New().Complete(areas, "Fine", D("2026-11-20"))).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Complete_NeedsOverallFeedback(string feedback) =>
        Assert.Throws<DomainRuleException>(() => New().Complete(AllGood, feedback, D("2026-11-20")));

    [Fact]
    public void Acknowledge_OnlyACompletedAudit() =>
        Assert.Throws<DomainRuleException>(() => New().Acknowledge(D("2026-11-23"), null));

    [Fact]
    public void Supervision_RefusesAnActionDueBeforeTheSession()
    {
        var session = new Supervision { CouncilId = CouncilId.New(), IroId = StaffMemberId.New(), ManagerId = StaffMemberId.New(), HeldOn = D("2026-11-20"), Notes = "n" };
        session.AgreeAction(" Review N0001's plan ", D("2026-11-20"));

        Assert.Throws<DomainRuleException>(() => session.AgreeAction("Late", D("2026-11-19")));
        Assert.Throws<DomainRuleException>(() => session.AgreeAction(" ", D("2026-11-30")));
        Assert.Equal("Review N0001's plan", Assert.Single(session.Actions).Text);
    }

    [Theory]
    // A fixed seed gives a fixed draw; already-audited reviews are never drawn; never more than asked or available.
    [InlineData(5, 0, 3, 3)]
    [InlineData(5, 2, 3, 3)]
    [InlineData(5, 4, 3, 1)]
    [InlineData(5, 5, 3, 0)]
    public void Sampling_ChoosesUnauditedReviews(int held, int audited, int asked, int drawn)
    {
        var reviews = Enumerable.Range(1, held).Select(i => new Guid(i, 0, 0, new byte[8])).ToList();
        var done = reviews.Take(audited).ToList();

        var chosen = QualityAuditSampling.Choose(reviews, done, asked, new Random(42));

        Assert.Equal(drawn, chosen.Count);
        Assert.Equal(drawn, chosen.Distinct().Count());
        Assert.DoesNotContain(chosen, done.Contains);
        Assert.Equal(chosen, QualityAuditSampling.Choose(reviews, done, asked, new Random(42)));
    }

    private static QualityAudit New() => new()
    {
        CouncilId = CouncilId.New(), ChildId = ChildId.New(), ReviewId = Guid.NewGuid(), IroId = StaffMemberId.New(),
        AuditorId = StaffMemberId.New(), SampledOn = D("2026-11-19"),
    };
}
