using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Monitoring;
using Iro.Core.Reviews;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Monitoring;

public sealed class SignificantEventTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    private static Child LookedAfterChild()
    {
        var child = new Child
        {
            CouncilId = CouncilId.New(), ChildNumber = "T1", GivenName = "Tam", FamilyName = "Test", Sex = "F",
            DateOfBirth = D("2015-01-01"), Ethnicity = "WBRI",
        };
        var period = child.StartPeriodOfCare(D("2026-06-01"));
        period.AddEpisode(new Episode
        {
            ChildId = child.Id, CouncilId = child.CouncilId, StartedOn = D("2026-06-01"), ReasonForNewEpisode = "S",
            LegalStatus = "C1", CategoryOfNeed = "N1", Placement = "U6", PlacementProvider = "PR1",
        });
        child.RecordReviewHeld(D("2026-06-26"), null, ParticipationCode.PN1, Calendar);
        // Next review due 8 March 2027.
        child.RecordReviewHeld(D("2026-09-08"), null, ParticipationCode.PN1, Calendar);
        return child;
    }

    [Theory]
    // CPPCR 2010 reg 32(2): the review comes before the change; the last working day before it, never before today.
    [InlineData("2026-11-23", "2026-12-07", "2026-12-04")] // Monday change: review by the Friday before
    [InlineData("2026-11-23", "2026-11-25", "2026-11-24")]
    [InlineData("2026-11-23", "2026-11-24", "2026-11-23")] // tomorrow: review today
    [InlineData("2026-12-18", "2026-12-28", "2026-12-24")] // Christmas and Boxing Day (28th is the substitute) skipped
    [InlineData("2026-11-23", "2026-11-23", null)] // takes effect today: a review first is no longer practicable
    [InlineData("2026-11-23", "2026-11-20", null)]
    public void ReviewByForCarePlanChange_IsTheLastWorkingDayBeforeTheChange(string today, string change, string? reviewBy) =>
        Assert.Equal(reviewBy is null ? null : D(reviewBy), SignificantEvent.ReviewByForCarePlanChange(D(today), D(change), Calendar));

    [Fact]
    public void Record_AProposedSignificantCarePlanChange_RaisesAReviewTrigger_AndBringsTheReviewForward()
    {
        var child = LookedAfterChild();
        var recorded = SignificantEvent.Record(child, SignificantEventKind.PlacementChange, D("2026-12-07"), hasHappened: false,
            isSignificantCarePlanChange: true, "Move to foster carers", D("2026-11-23"), null, Calendar);

        var trigger = Assert.Single(child.Triggers);
        Assert.Equal((ReviewTriggerType.SignificantCarePlanChange, D("2026-12-04")), (trigger.Type, trigger.ReviewBy));
        Assert.Equal(trigger.Id, recorded.ReviewTriggerId);
        Assert.Equal(D("2026-12-04"), child.NextReviewDue(Calendar)!.DueOn);
    }

    [Theory]
    [InlineData(false, "2026-12-07", false)] // proposed, not a care-plan change: no trigger
    [InlineData(true, "2026-11-20", false)] // happened
    public void Record_WithoutReg32_RaisesNoTrigger(bool happened, string change, bool carePlanChange)
    {
        var child = LookedAfterChild();
        var recorded = SignificantEvent.Record(child, SignificantEventKind.SocialWorkerChange, D(change), happened, carePlanChange,
            null, D("2026-11-23"), null, Calendar);

        Assert.Empty(child.Triggers);
        Assert.Null(recorded.ReviewTriggerId);
    }

    [Theory]
    [InlineData(true, "2026-11-30", false)] // happened, but dated in the future
    [InlineData(false, "2026-11-23", false)] // proposed, but takes effect today
    [InlineData(true, "2026-11-20", true)] // reg 32(2) change that has already happened
    public void Record_RefusesImpossibleEvents(bool happened, string change, bool carePlanChange) =>
        Assert.Throws<DomainRuleException>(() => SignificantEvent.Record(LookedAfterChild(), SignificantEventKind.PlacementChange,
            D(change), happened, carePlanChange, null, D("2026-11-23"), null, Calendar));

    [Fact]
    public void Acknowledge_Twice_IsRefused()
    {
        var recorded = SignificantEvent.Record(LookedAfterChild(), SignificantEventKind.Other, D("2026-11-20"), true, false, null,
            D("2026-11-23"), null, Calendar);
        recorded.Acknowledge(D("2026-11-23"), null);
        Assert.Throws<DomainRuleException>(() => recorded.Acknowledge(D("2026-11-24"), null));
    }
}
