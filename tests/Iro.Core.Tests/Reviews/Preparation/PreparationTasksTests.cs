using Iro.Core.Calendar;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Core.Reviews.Preparation;
using static Iro.Core.Tests.Dates;
using S = Iro.Core.Reviews.Preparation.PreparationTaskStatus;

namespace Iro.Core.Tests.Reviews.Preparation;

/// <summary>The preparation task list (issue 5 §2). The review is due on Monday 29 June 2026: consultation is due
/// 20 working days before, Monday 1 June; the social worker's report 3 working days before, Wednesday 24 June
/// (council practice, domain reference §4.1).</summary>
public class PreparationTasksTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly Review Review = new()
    {
        ChildId = new ChildId(Guid.CreateVersion7()), CouncilId = new CouncilId(Guid.CreateVersion7()),
        PeriodOfCareId = Guid.CreateVersion7(), DueOn = D("2026-06-29"),
    };
    private static readonly DateOnly Early = D("2026-05-01");

    /// <summary>A preparation and consultations built from a short description, so that each row of a table says
    /// in words what was done.</summary>
    private static (ReviewPreparation Preparation, List<Consultation> Consultations) Given(string what)
    {
        var p = new ReviewPreparation { ReviewId = Review.Id, ChildId = Review.ChildId, CouncilId = Review.CouncilId };
        var c = new List<Consultation>();
        foreach (var step in what.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (step)
            {
                case "invitees": p.RecordInvitations("Sam, carer", null, null, null, null); break;
                case "invitations": p.RecordInvitations("Sam, carer", "School", null, false, null); break;
                case "invitations in parts": p.RecordInvitations("Sam, carer", "School", null, true, "Child and IRO first"); break;
                case "child asked": c.Add(Consultation.Request(Review, ConsultationParty.Child, null, Early, null, Early)); break;
                case "child received":
                    var child = Consultation.Request(Review, ConsultationParty.Child, null, Early, null, Early);
                    child.RecordReceived(Early, null, Early);
                    c.Add(child);
                    break;
                case "parent asked": c.Add(Consultation.Request(Review, ConsultationParty.Parent, "Mother", Early, null, Early)); break;
                case "parent received":
                    var parent = Consultation.Request(Review, ConsultationParty.Parent, "Mother", Early, null, Early);
                    parent.RecordReceived(Early, null, Early);
                    c.Add(parent);
                    break;
                case "report asked": c.Add(Consultation.Request(Review, ConsultationParty.SocialWorkerReport, null, Early, null, Early)); break;
                case "report received":
                    var report = Consultation.Request(Review, ConsultationParty.SocialWorkerReport, null, Early, null, Early);
                    report.RecordReceived(Early, null, Early);
                    c.Add(report);
                    break;
                case "spoke": p.RecordPrivateConversation(PrivateConversationOutcome.Held, Early, null, Early); break;
                case "declined": p.RecordPrivateConversation(PrivateConversationOutcome.DeclinedByChild, Early, "Did not want to", Early); break;
                case "told": p.RecordAdvocacy(Early, null, null, Early); break;
                case "offered": p.RecordAdvocacy(Early, Early, null, Early); break;
                case "accepted": p.RecordAdvocacy(Early, Early, true, Early); break;
                case "declined advocate": p.RecordAdvocacy(Early, Early, false, Early); break;
                case "one right": p.RecordRightsExplained(new Dictionary<ChildRight, DateOnly> { [ChildRight.Advocate] = Early }, Early); break;
                case "all rights": p.RecordRightsExplained(ChildRights.Checklist.ToDictionary(r => r, _ => Early), Early); break;
                default: throw new ArgumentException($"Unknown step '{step}'.", nameof(what));
            }
        }
        return (p, c);
    }

    private static PreparationTask Task(string what, string today, PreparationTaskKind kind, ReviewCyclePolicy? policy = null)
    {
        var (p, c) = Given(what);
        return PreparationTasks.For(Review, p, c, policy ?? ReviewCyclePolicy.Default, Calendar, D(today)).Single(t => t.Kind == kind);
    }

    [Theory]
    // Nothing done, well ahead: nothing started, nothing to remind.
    [InlineData("", "2026-05-01", PreparationTaskKind.Invitations, S.NotStarted, false)]
    [InlineData("", "2026-05-01", PreparationTaskKind.Consultation, S.NotStarted, false)]
    [InlineData("", "2026-05-01", PreparationTaskKind.SocialWorkerReport, S.NotStarted, false)]
    [InlineData("", "2026-05-01", PreparationTaskKind.PrivateConversation, S.NotStarted, false)]
    // Friday 29 May: 1 working day before consultation is due, within the default "due soon" of 2.
    [InlineData("", "2026-05-29", PreparationTaskKind.Consultation, S.NotStarted, true)]
    [InlineData("", "2026-05-29", PreparationTaskKind.Invitations, S.NotStarted, true)]
    [InlineData("", "2026-05-29", PreparationTaskKind.Advocacy, S.NotStarted, false)]
    // Tuesday 2 June: consultation not sent is overdue; the report is not due yet.
    [InlineData("", "2026-06-02", PreparationTaskKind.Consultation, S.Overdue, true)]
    [InlineData("", "2026-06-02", PreparationTaskKind.Invitations, S.Overdue, true)]
    [InlineData("", "2026-06-02", PreparationTaskKind.SocialWorkerReport, S.NotStarted, false)]
    // Consultation sent in time: a view still to come is late only once the meeting has passed.
    [InlineData("child asked", "2026-06-02", PreparationTaskKind.Consultation, S.InProgress, false)]
    [InlineData("child asked", "2026-06-26", PreparationTaskKind.Consultation, S.InProgress, true)]
    [InlineData("child asked", "2026-06-30", PreparationTaskKind.Consultation, S.Overdue, true)]
    [InlineData("child received", "2026-06-30", PreparationTaskKind.Consultation, S.Done, false)]
    [InlineData("child received; parent asked", "2026-06-02", PreparationTaskKind.Consultation, S.InProgress, false)]
    [InlineData("child received; parent received", "2026-06-02", PreparationTaskKind.Consultation, S.Done, false)]
    // Reg 37: the child's own views are needed; a parent's alone do not complete it.
    [InlineData("parent received", "2026-06-02", PreparationTaskKind.Consultation, S.InProgress, false)]
    // The social worker's report is separate from the views: it does not count as the consultation sent.
    [InlineData("report received", "2026-06-02", PreparationTaskKind.Consultation, S.Overdue, true)]
    [InlineData("report asked", "2026-06-22", PreparationTaskKind.SocialWorkerReport, S.InProgress, true)]
    [InlineData("report asked", "2026-06-25", PreparationTaskKind.SocialWorkerReport, S.Overdue, true)]
    [InlineData("report received", "2026-06-25", PreparationTaskKind.SocialWorkerReport, S.Done, false)]
    [InlineData("", "2026-06-25", PreparationTaskKind.SocialWorkerReport, S.Overdue, true)]
    // Invitations: anything saved starts it; who, where and whether in parts completes it.
    [InlineData("invitees", "2026-05-01", PreparationTaskKind.Invitations, S.InProgress, false)]
    [InlineData("invitations", "2026-06-02", PreparationTaskKind.Invitations, S.Done, false)]
    [InlineData("invitations in parts", "2026-06-02", PreparationTaskKind.Invitations, S.Done, false)]
    // Reg 36: held, or not held for a recorded reason, completes the task; it is due by the meeting.
    [InlineData("", "2026-06-26", PreparationTaskKind.PrivateConversation, S.NotStarted, true)]
    [InlineData("", "2026-06-30", PreparationTaskKind.PrivateConversation, S.Overdue, true)]
    [InlineData("spoke", "2026-06-30", PreparationTaskKind.PrivateConversation, S.Done, false)]
    [InlineData("declined", "2026-06-30", PreparationTaskKind.PrivateConversation, S.Done, false)]
    // Reg 45: told about advocacy and offered an advocate, with the child's answer.
    [InlineData("told", "2026-05-01", PreparationTaskKind.Advocacy, S.InProgress, false)]
    [InlineData("offered", "2026-05-01", PreparationTaskKind.Advocacy, S.InProgress, false)]
    [InlineData("accepted", "2026-06-30", PreparationTaskKind.Advocacy, S.Done, false)]
    [InlineData("declined advocate", "2026-06-30", PreparationTaskKind.Advocacy, S.Done, false)]
    [InlineData("told", "2026-06-30", PreparationTaskKind.Advocacy, S.Overdue, true)]
    // Reg 45: every right on the checklist explained.
    [InlineData("one right", "2026-05-01", PreparationTaskKind.Rights, S.InProgress, false)]
    [InlineData("all rights", "2026-06-30", PreparationTaskKind.Rights, S.Done, false)]
    [InlineData("one right", "2026-06-30", PreparationTaskKind.Rights, S.Overdue, true)]
    public void Status(string done, string today, PreparationTaskKind kind, PreparationTaskStatus expected, bool reminder)
    {
        var task = Task(done, today, kind);

        Assert.Equal((expected, reminder), (task.Status, task.IsReminder));
    }

    [Theory]
    [InlineData(PreparationTaskKind.Invitations, "2026-06-01")]
    [InlineData(PreparationTaskKind.Consultation, "2026-06-01")]
    [InlineData(PreparationTaskKind.SocialWorkerReport, "2026-06-24")]
    [InlineData(PreparationTaskKind.PrivateConversation, "2026-06-29")]
    [InlineData(PreparationTaskKind.Advocacy, "2026-06-29")]
    [InlineData(PreparationTaskKind.Rights, "2026-06-29")]
    public void DueOn_CountsBackFromTheReview(PreparationTaskKind kind, string expected) =>
        Assert.Equal(D(expected), Task("", "2026-05-01", kind).DueOn);

    [Theory]
    // The council's own settings: consultation 10 working days before, the report 5 before.
    [InlineData(PreparationTaskKind.Consultation, "2026-06-15")]
    [InlineData(PreparationTaskKind.SocialWorkerReport, "2026-06-22")]
    public void DueOn_FollowsTheCouncilsSettings(PreparationTaskKind kind, string expected)
    {
        var policy = ReviewCyclePolicy.Default with { ConsultationSentBefore = 10, SocialWorkerReportBefore = 5 };

        var task = Task("", "2026-05-01", kind, policy);

        Assert.Equal(D(expected), task.DueOn);
        Assert.Contains("This council has set", task.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void DueOn_CountsBackFromThePlannedMeeting_WhenThereIsOne()
    {
        var p = new ReviewPreparation { ReviewId = Review.Id, ChildId = Review.ChildId, CouncilId = Review.CouncilId };
        // Planned for Tuesday 21 April 2026: 20 working days back over Easter is Friday 20 March.
        p.RecordInvitations(null, null, D("2026-04-21"), null, null);

        var tasks = PreparationTasks.For(Review, p, [], ReviewCyclePolicy.Default, Calendar, Early);

        Assert.Equal(D("2026-03-20"), tasks.Single(t => t.Kind == PreparationTaskKind.Consultation).DueOn);
        Assert.Equal(D("2026-04-21"), tasks.Single(t => t.Kind == PreparationTaskKind.PrivateConversation).DueOn);
    }

    [Fact]
    public void NoPreparationYet_GivesEveryTaskNotStarted_InTheTaskListOrder()
    {
        var tasks = PreparationTasks.For(Review, null, [], ReviewCyclePolicy.Default, Calendar, Early);

        Assert.Equal(Enum.GetValues<PreparationTaskKind>(), tasks.Select(t => t.Kind));
        Assert.All(tasks, t => Assert.Equal(S.NotStarted, t.Status));
        Assert.Empty(PreparationTasks.Reminders(tasks));
    }

    [Fact]
    public void Reminders_AreTheTasksOverdueOrDueSoon()
    {
        var (p, c) = Given("invitations; child asked");

        var reminders = PreparationTasks.Reminders(PreparationTasks.For(Review, p, c, ReviewCyclePolicy.Default, Calendar, D("2026-06-25")));

        Assert.Equal([PreparationTaskKind.SocialWorkerReport, PreparationTaskKind.PrivateConversation, PreparationTaskKind.Advocacy,
            PreparationTaskKind.Rights], reminders.Where(t => t.Status == S.Overdue || t.Status == S.NotStarted).Select(t => t.Kind));
        Assert.Contains(reminders, t => t.Kind == PreparationTaskKind.Consultation && t.Status == S.InProgress);
        Assert.DoesNotContain(reminders, t => t.Kind == PreparationTaskKind.Invitations);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("spoke", true)]
    // Declined or judged inappropriate completes the task but is not a conversation: the work list says so.
    [InlineData("declined", false)]
    public void HadPrivateConversation(string done, bool expected) =>
        Assert.Equal(expected, PreparationTasks.HadPrivateConversation(Given(done).Preparation));

    [Theory]
    // Reg 45: applying to discharge a care order is on the checklist only for a child on a care order.
    [InlineData("C2", true)]
    [InlineData("C1", true)]
    [InlineData("V2", false)]
    [InlineData(null, false)]
    public void RightsChecklist_DependsOnLegalStatus(string? legalStatus, bool includesDischarge)
    {
        var checklist = ChildRights.ChecklistFor(legalStatus);

        Assert.Equal(includesDischarge, checklist.Contains(ChildRight.ApplyToDischargeCareOrder));
        Assert.Contains(ChildRight.Advocate, checklist);
        Assert.Contains(ChildRight.Complain, checklist);
    }

    [Fact]
    public void Rights_AreDoneWhenTheChildsOwnChecklistIsExplained()
    {
        var p = new ReviewPreparation { ReviewId = Review.Id, ChildId = Review.ChildId, CouncilId = Review.CouncilId };
        var checklist = ChildRights.ChecklistFor("V2");
        p.RecordRightsExplained(checklist.ToDictionary(r => r, _ => Early), Early);

        var task = PreparationTasks.For(Review, p, [], ReviewCyclePolicy.Default, Calendar, Early, checklist)
            .Single(t => t.Kind == PreparationTaskKind.Rights);

        Assert.Equal(S.Done, task.Status);
        Assert.Equal(S.InProgress, PreparationTasks.For(Review, p, [], ReviewCyclePolicy.Default, Calendar, Early)
            .Single(t => t.Kind == PreparationTaskKind.Rights).Status);
    }
}

/// <summary>The rules the preparation's records keep (CPPCR 2010 reg 36, reg 37, reg 45).</summary>
public class ReviewPreparationRulesTests
{
    private static readonly DateOnly Today = D("2026-06-10");

    private static ReviewPreparation New() => new()
    {
        ReviewId = Guid.CreateVersion7(), ChildId = new ChildId(Guid.CreateVersion7()), CouncilId = new CouncilId(Guid.CreateVersion7()),
    };

    [Theory]
    [InlineData(PrivateConversationOutcome.Held, null, true)]
    [InlineData(PrivateConversationOutcome.DeclinedByChild, "The child said no", true)]
    [InlineData(PrivateConversationOutcome.DeclinedByChild, null, false)]
    [InlineData(PrivateConversationOutcome.DeclinedByChild, "  ", false)]
    [InlineData(PrivateConversationOutcome.JudgedInappropriate, null, false)]
    [InlineData(PrivateConversationOutcome.JudgedInappropriate, "Aged 2", true)]
    public void PrivateConversation_NeedsAReasonUnlessHeld(PrivateConversationOutcome outcome, string? reason, bool allowed)
    {
        var p = New();

        var error = Record.Exception(() => p.RecordPrivateConversation(outcome, Today, reason, Today));

        Assert.Equal(allowed, error is null);
        if (!allowed)
        {
            Assert.IsType<DomainRuleException>(error);
            Assert.Null(p.PrivateConversation);
        }
    }

    [Fact]
    public void PrivateConversation_HeldDropsAnEarlierReason()
    {
        var p = New();
        p.RecordPrivateConversation(PrivateConversationOutcome.DeclinedByChild, Today, "Not today", Today);

        p.RecordPrivateConversation(PrivateConversationOutcome.Held, Today, "ignored", Today);

        Assert.Equal((PrivateConversationOutcome.Held, (string?)null), (p.PrivateConversation!.Value, p.PrivateConversationReason));
    }

    [Fact]
    public void Dates_InTheFuture_AreRefused()
    {
        var p = New();
        var tomorrow = Today.AddDays(1);

        Assert.Throws<DomainRuleException>(() => p.RecordPrivateConversation(PrivateConversationOutcome.Held, tomorrow, null, Today));
        Assert.Throws<DomainRuleException>(() => p.RecordAdvocacy(tomorrow, null, null, Today));
        Assert.Throws<DomainRuleException>(() => p.RecordRightsExplained(new Dictionary<ChildRight, DateOnly> { [ChildRight.Complain] = tomorrow }, Today));
    }

    [Fact]
    public void Advocacy_AnAnswerNeedsAnOffer()
    {
        Assert.Throws<DomainRuleException>(() => New().RecordAdvocacy(Today, null, true, Today));
    }

    [Fact]
    public void Invitations_InPartsNeedTheParts()
    {
        var p = New();

        Assert.Throws<DomainRuleException>(() => p.RecordInvitations("Sam", "School", null, true, " "));
        Assert.False(p.InvitationsStarted);
        p.RecordInvitations("Sam", "School", null, false, "dropped");
        Assert.Null(p.Parts);
        Assert.True(p.InvitationsComplete);
    }

    [Fact]
    public void Consultation_ReceivedBeforeRequested_IsRefused()
    {
        var review = new Review { ChildId = new ChildId(Guid.CreateVersion7()), CouncilId = new CouncilId(Guid.CreateVersion7()), PeriodOfCareId = Guid.CreateVersion7() };
        var c = Consultation.Request(review, ConsultationParty.School, "Ash Primary", Today, null, Today);

        Assert.Throws<DomainRuleException>(() => c.RecordReceived(Today.AddDays(-1), null, Today));
        Assert.Throws<DomainRuleException>(() => Consultation.Request(review, ConsultationParty.Other, " ", Today, null, Today));
        Assert.Equal("School: Ash Primary", c.Describe());
    }
}
