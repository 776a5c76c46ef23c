using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Reviews;

public class ReviewMeetingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly ReviewCyclePolicy Policy = ReviewCyclePolicy.Default;

    private static ReviewMeeting Meeting(ParticipationCode code = ParticipationCode.PN1) => new()
    {
        HeldOn = D("2026-11-20"), Code = code, Mode = MeetingMode.InPerson, Venue = "School",
        Attendees = [new("Tam", "The child", null)], WishesAndFeelings = "I like it here.", PlanView = CarePlanView.Endorsed,
    };

    [Theory]
    // PN2 and PN5 need who spoke for the child (domain reference §8); the others do not.
    [InlineData(ParticipationCode.PN2, null, null, "SpokenForBy")]
    [InlineData(ParticipationCode.PN5, null, null, "SpokenForBy")]
    [InlineData(ParticipationCode.PN5, ChildSpokenForBy.Advocate, null, "AdvocateName")]
    [InlineData(ParticipationCode.PN5, ChildSpokenForBy.Advocate, "Avery", "")]
    [InlineData(ParticipationCode.PN2, ChildSpokenForBy.Iro, null, "")]
    [InlineData(ParticipationCode.PN1, null, null, "")]
    [InlineData(ParticipationCode.PN7, null, null, "")]
    public void Check_Pn2AndPn5_NeedWhoSpokeForTheChild(ParticipationCode code, ChildSpokenForBy? by, string? advocate, string expected)
    {
        var problems = ReviewMeetingRules.Check(Meeting(code) with { SpokenForBy = by, AdvocateName = advocate }, ageOnDay: 11);

        Assert.Equal(expected, string.Join(',', problems.Select(p => p.Field)));
    }

    [Theory]
    // venue, attendees, wishes, plan view, reason → the fields with problems
    [InlineData(MeetingMode.InPerson, "", 1, "words", CarePlanView.Endorsed, "", "Venue")]
    [InlineData(MeetingMode.Remote, "", 1, "words", CarePlanView.Endorsed, "", "")]
    [InlineData(MeetingMode.Hybrid, "", 1, "words", CarePlanView.Endorsed, "", "Venue")]
    [InlineData(MeetingMode.Remote, "", 0, "words", CarePlanView.Endorsed, "", "Attendees")]
    [InlineData(MeetingMode.Remote, "", 1, " ", CarePlanView.Endorsed, "", "WishesAndFeelings")]
    [InlineData(MeetingMode.Remote, "", 1, "words", CarePlanView.PartlyEndorsed, "", "PlanViewReason")]
    [InlineData(MeetingMode.Remote, "", 1, "words", CarePlanView.NotEndorsed, "No plan for school", "")]
    public void Check_TheMeetingRecord(MeetingMode mode, string venue, int attendees, string wishes, CarePlanView view, string reason,
        string expected)
    {
        var meeting = Meeting() with
        {
            Mode = mode, Venue = venue, Attendees = [.. Enumerable.Repeat(new AttendeeEntry("Tam", "The child", null), attendees)],
            WishesAndFeelings = wishes, PlanView = view, PlanViewReason = reason,
        };

        Assert.Equal(expected, string.Join(',', ReviewMeetingRules.Check(meeting, ageOnDay: 11).Select(p => p.Field)));
    }

    [Theory]
    [InlineData(ParticipationCode.PN0, 3, "")]
    [InlineData(ParticipationCode.PN0, 4, "Code")]
    [InlineData(ParticipationCode.PN1, 3, "Code")]
    public void Check_GuardsTheCodeByAge(ParticipationCode code, int age, string expected) =>
        Assert.Equal(expected, string.Join(',', ReviewMeetingRules.Check(Meeting(code), age).Select(p => p.Field)));

    [Fact]
    public void RecordReviewHeld_KeepsTheMeeting_AndTheNextDueDateUpdatesAtOnce()
    {
        var child = LookedAfterChild();
        var review = child.RecordReviewHeld(Meeting(ParticipationCode.PN5) with
        {
            SpokenForBy = ChildSpokenForBy.Advocate, AdvocateName = "Avery", PlanView = CarePlanView.PartlyEndorsed,
            PlanViewReason = "Contact", Attendees = [new("Tam", "The child", "Part 1"), new("Jo", "Carer", null)],
        }, Calendar);

        Assert.Equal(D("2026-11-20"), review.HeldOn);
        Assert.Equal(["Tam", "Jo"], review.Attendees.OrderBy(a => a.Position).Select(a => a.Name));
        Assert.Equal("Avery", review.AdvocateName);
        // Second review: within 3 months of the first (CPPCR 2010 reg 33(2)).
        Assert.Equal(D("2027-02-20"), child.NextReviewDue(Calendar)!.DueOn);
    }

    [Fact]
    public void RecordReviewHeld_ForgetsWhoSpokeForTheChild_WhenTheCodeDoesNotSaySo()
    {
        var review = LookedAfterChild().RecordReviewHeld(Meeting() with { SpokenForBy = ChildSpokenForBy.Advocate, AdvocateName = "Avery" }, Calendar);

        Assert.Null(review.SpokenForBy);
        Assert.Null(review.AdvocateName);
    }

    [Fact]
    public void AdjournReview_Once_ThenASecondIsRefused_AndTheReconvenedMeetingCannotPredateIt()
    {
        var child = LookedAfterChild();
        var review = child.AdjournReview(D("2026-11-20"), "Report not ready");
        var dueBefore = review.DueOn;

        var again = Assert.Throws<DomainRuleException>(() => child.AdjournReview(D("2026-11-27"), "Again"));
        Assert.Contains("CPPCR 2010 reg 36", again.Message, StringComparison.Ordinal);
        Assert.Equal(dueBefore, review.DueOn);
        Assert.Throws<DomainRuleException>(() => child.RecordReviewHeld(Meeting() with { HeldOn = D("2026-11-19") }, Calendar));

        var held = child.RecordReviewHeld(Meeting() with { HeldOn = D("2026-12-01") }, Calendar);
        Assert.Same(review, held);
        Assert.Equal(TimerStatus.DoneOnTime,
            held.TimersOn(D("2026-12-02"), Policy, Calendar).Single(t => t.Timer == ReviewCycleTimerKind.AdjournedReviewReconvened).Status);
    }

    [Fact]
    public void IssueAndSignOff_InOrder()
    {
        var child = LookedAfterChild();
        var review = child.RecordReviewHeld(Meeting(), Calendar);

        Assert.Throws<DomainRuleException>(() => review.IssueRecord(D("2026-11-23")));
        Assert.Throws<DomainRuleException>(() => review.IssueDecisions(D("2026-11-19")));
        review.IssueDecisions(D("2026-11-23"));
        Assert.Throws<DomainRuleException>(() => review.IssueDecisions(D("2026-11-24")));
        Assert.Throws<DomainRuleException>(() => review.SignOff(D("2026-11-24"), null, "Morgan"));
        review.IssueRecord(D("2026-11-30"));
        review.SignOff(D("2026-12-01"), null, "Morgan");

        Assert.Equal("Morgan", review.SignedOffByName);
        Assert.Empty(ReviewTimersToday.Outstanding(review.Facts, D("2026-12-01"), Policy, Calendar));
    }

    [Theory]
    // Decisions issued Monday 23 November 2026: a manager may contest up to Monday 30 November.
    [InlineData("2026-11-30", true)]
    [InlineData("2026-12-01", false)]
    public void ContestDecision_OnlyWithinTheWindow(string on, bool allowed)
    {
        var child = LookedAfterChild();
        var review = child.RecordReviewHeld(Meeting(), Calendar);
        var decision = child.AddDecision(review.Id, DecisionMatter.Contact, "Weekly calls", null, "Sara", D("2027-01-15"));
        Assert.Throws<DomainRuleException>(() => child.ContestDecision(decision.Id, D("2026-11-23"), null, "Morgan", "Why", Policy, Calendar));
        review.IssueDecisions(D("2026-11-23"));

        if (allowed)
        {
            child.ContestDecision(decision.Id, D(on), null, "Morgan", "Not agreed with the family", Policy, Calendar);
            Assert.Equal(DecisionStanding.Contested, decision.ContestWindowOn(review.DecisionsIssuedOn, D(on), Policy, Calendar)!.Standing);
            Assert.Throws<DomainRuleException>(() => child.ContestDecision(decision.Id, D(on), null, "Morgan", "Again", Policy, Calendar));
        }
        else
        {
            var e = Assert.Throws<DomainRuleException>(() => child.ContestDecision(decision.Id, D(on), null, "Morgan", "Late", Policy, Calendar));
            Assert.Contains("the decision stands", e.Message, StringComparison.Ordinal);
            Assert.Null(decision.ContestedOn);
        }
    }

    [Fact]
    public void ContestDecision_NeedsAReason()
    {
        var child = LookedAfterChild();
        var review = child.RecordReviewHeld(Meeting(), Calendar);
        var decision = child.AddDecision(review.Id, DecisionMatter.Contact, "Weekly calls", null, "Sara", D("2027-01-15"));
        review.IssueDecisions(D("2026-11-23"));

        Assert.Throws<DomainRuleException>(() => child.ContestDecision(decision.Id, D("2026-11-24"), null, "Morgan", " ", Policy, Calendar));
    }

    private static Child LookedAfterChild()
    {
        var child = new Child
        {
            CouncilId = CouncilId.New(), ChildNumber = "T1", GivenName = "Tam", FamilyName = "Test", Sex = "F",
            DateOfBirth = D("2015-01-01"), Ethnicity = "WBRI",
        };
        child.StartPeriodOfCare(D("2026-11-02"));
        child.RecomputeReviewSchedule(Calendar);
        return child;
    }
}
