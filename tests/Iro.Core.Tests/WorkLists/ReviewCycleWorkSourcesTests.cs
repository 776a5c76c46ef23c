using Iro.Core.Calendar;
using Iro.Core.DisputeResolution;
using Iro.Core.Monitoring;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews.Preparation;
using Iro.Core.WorkLists;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.WorkLists;

/// <summary>The work-list sources fed by the review cycle: preparation, the private conversation, records to issue,
/// escalations, midway checks and significant events. Today is Monday 23 November 2026.</summary>
public sealed class ReviewCycleWorkSourcesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DateOnly Today = D("2026-11-23");
    private static readonly ReviewCyclePolicy Policy = ReviewCyclePolicy.Default;
    private static readonly StaffMemberId Ada = StaffMemberId.New();
    private static readonly WorkChild Olive = new(ChildId.New(), "Olive Test", "C001");

    private static PreparationFact Preparation(string meetingOn)
    {
        var review = Guid.NewGuid();
        return new(Olive, Ada, review, D(meetingOn), PreparationTasks.For(D(meetingOn), null, [], Policy, Calendar, Today));
    }

    [Theory]
    // Consultation is sent 20 working days before: for a meeting on 21 December that is today.
    [InlineData("2026-12-21", "Consultation", WorkItemStatus.DueToday)]
    // A meeting 10 working days away: consultation is overdue.
    [InlineData("2026-12-07", "Consultation", WorkItemStatus.Overdue)]
    // Two working days away: the social worker's report (3 before) is overdue; invitations due by the meeting soon.
    [InlineData("2026-11-25", "Social worker's report", WorkItemStatus.Overdue)]
    public void FromPreparation_ListsTheReminders(string meetingOn, string titleStart, WorkItemStatus status)
    {
        var fact = Preparation(meetingOn);
        var items = WorkListSources.FromPreparation([fact], Today, Calendar).Where(i => i.Kind == WorkItemKind.PreparationTask).ToList();

        var item = Assert.Single(items, i => i.What.StartsWith(titleStart, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(status, item.Status);
        Assert.Equal($"/children/{Olive.Id}/reviews/{fact.ReviewId}/preparation", item.Link);
    }

    [Fact]
    public void FromPreparation_NothingWhenTheMeetingIsFarOff() =>
        Assert.Empty(WorkListSources.FromPreparation([Preparation("2027-05-03")], Today, Calendar));

    [Theory]
    // The private conversation is its own kind once the review is within 20 working days, and not before.
    [InlineData("2026-12-21", true)]
    [InlineData("2026-12-22", false)]
    [InlineData("2026-11-20", true)]
    public void FromPreparation_ListsNoPrivateConversation_AsTheReviewNears(string meetingOn, bool listed)
    {
        var items = WorkListSources.FromPreparation([Preparation(meetingOn)], Today, Calendar)
            .Where(i => i.Kind == WorkItemKind.PrivateConversation).ToList();

        Assert.Equal(listed, items.Count == 1);
        Assert.DoesNotContain(WorkListSources.FromPreparation([Preparation(meetingOn)], Today, Calendar),
            i => i.Kind == WorkItemKind.PreparationTask && i.What.Contains("private", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void FromPreparation_AHeldConversationIsNotListed()
    {
        var prep = new ReviewPreparation { CouncilId = CouncilId.New(), ReviewId = Guid.NewGuid(), ChildId = Olive.Id };
        prep.RecordPrivateConversation(PrivateConversationOutcome.Held, D("2026-11-20"), null, Today);
        var fact = new PreparationFact(Olive, Ada, prep.ReviewId, D("2026-12-01"),
            PreparationTasks.For(D("2026-12-01"), prep, [], Policy, Calendar, Today));

        Assert.DoesNotContain(WorkListSources.FromPreparation([fact], Today, Calendar), i => i.Kind == WorkItemKind.PrivateConversation);
    }

    [Theory]
    // Held 16 November: decisions by 23 November (5 working days) are due today; the record by 14 December.
    [InlineData("2026-11-16", null, null, null, "Issue the review's decisions by 23 November 2026", WorkItemStatus.DueToday, 2)]
    [InlineData("2026-11-09", null, null, null, "Issue the review's decisions by 16 November 2026", WorkItemStatus.Overdue, 2)]
    [InlineData("2026-11-09", null, "2026-11-12", null, "Issue the full review record by 7 December 2026", WorkItemStatus.Upcoming, 1)]
    [InlineData("2026-11-09", null, "2026-11-12", "2026-11-20", "", WorkItemStatus.Upcoming, 0)]
    // Adjourned 2 November and not reconvened: by 30 November (20 working days).
    [InlineData(null, "2026-11-02", null, null, "Reconvene the adjourned review by 30 November 2026", WorkItemStatus.Upcoming, 1)]
    public void FromReviewRecords_ListsWhatTheReviewStillNeeds(string? held, string? adjourned, string? decisions, string? record,
        string firstWhat, WorkItemStatus firstStatus, int count)
    {
        var review = Guid.NewGuid();
        var facts = new ReviewTimerFacts(N(held), N(adjourned), N(decisions), N(record));
        var items = WorkListSources.FromReviewRecords([new ReviewRecordFact(Olive, Ada, review, facts)], Today, Policy, Calendar).ToList();

        Assert.Equal(count, items.Count);
        if (count > 0)
        {
            Assert.Equal(firstWhat, items[0].What);
            Assert.Equal(firstStatus, items[0].Status);
            Assert.Equal(WorkItemKind.RecordToIssue, items[0].Kind);
            Assert.Equal($"/children/{Olive.Id}/reviews/{review}", items[0].Link);
        }
    }

    [Theory]
    // Raised 16 November to the team manager (5 working days): due today; raised 9 November: late.
    [InlineData("2026-11-16", WorkItemStatus.DueToday, 1)]
    [InlineData("2026-11-09", WorkItemStatus.Overdue, 1)]
    // Raised 12 October: late, and the whole process (20 working days, to 9 November) is past its limit too.
    [InlineData("2026-10-12", WorkItemStatus.Overdue, 2)]
    public void FromDisputes_ListsTheStageAwaited_AndAProcessPastItsLimit(string raisedOn, WorkItemStatus status, int count)
    {
        var issue = new DisputeIssue
        {
            CouncilId = CouncilId.New(), ChildId = Olive.Id, Category = DisputeCategory.DriftAndDelay, Summary = "Drift",
            RaisedOn = D(raisedOn),
        };
        issue.RaiseStage("Team manager", "Terry Manager", D(raisedOn), DisputeResolutionPolicy.Default, Calendar);
        var items = WorkListSources.FromDisputes([new DisputeFact(Olive, Ada, issue)], Today, DisputeResolutionPolicy.Default, Policy, Calendar)
            .ToList();

        Assert.Equal(count, items.Count);
        Assert.All(items, i => Assert.Equal(WorkItemKind.Escalation, i.Kind));
        Assert.Equal(status, items[0].Status);
        Assert.StartsWith("Team manager (Terry Manager) to respond by", items[0].What, StringComparison.Ordinal);
        Assert.Equal($"/children/{Olive.Id}/disputes/{issue.Id}", items[0].Link);
    }

    [Theory]
    [InlineData("2026-11-23", true, WorkItemStatus.DueToday)]
    [InlineData("2026-11-02", true, WorkItemStatus.Overdue)]
    [InlineData("2026-12-02", false, WorkItemStatus.Overdue)]
    public void FromMidwayChecks_ListsADueCheck(string dueOn, bool isDue, WorkItemStatus status)
    {
        var check = new MidwayCheckStatus(D("2026-09-01"), D("2027-03-01"), D(dueOn), null, isDue);
        var items = WorkListSources.FromMidwayChecks([new MidwayFact(Olive, Ada, check)], Today).ToList();

        Assert.Equal(isDue, items.Count == 1);
        if (isDue)
        {
            Assert.Equal(status, items[0].Status);
            Assert.Equal(WorkItemKind.MidwayCheck, items[0].Kind);
        }
    }

    [Theory]
    // Happened: due the day recorded. Proposed: due by the day it takes effect.
    [InlineData(true, "2026-11-20", "2026-11-20", WorkItemStatus.Overdue, "Change of placement on 20 November 2026: acknowledge it")]
    [InlineData(true, "2026-11-18", "2026-11-23", WorkItemStatus.DueToday, "Change of placement on 18 November 2026: acknowledge it")]
    [InlineData(false, "2026-11-25", "2026-11-23", WorkItemStatus.DueSoon, "Change of placement proposed for 25 November 2026: acknowledge it")]
    [InlineData(false, "2027-01-25", "2026-11-23", WorkItemStatus.Upcoming, "Change of placement proposed for 25 January 2027: acknowledge it")]
    public void FromSignificantEvents_ListsEachUnacknowledgedEvent(bool happened, string changeOn, string recordedOn, WorkItemStatus status,
        string what)
    {
        var item = Assert.Single(WorkListSources.FromSignificantEvents(
            [new SignificantEventFact(Olive, Ada, SignificantEventKind.PlacementChange, D(changeOn), happened, D(recordedOn))],
            Today, Policy, Calendar));

        Assert.Equal(status, item.Status);
        Assert.Equal(what, item.What);
        Assert.Equal(WorkItemKind.SignificantEvent, item.Kind);
    }

    private static DateOnly? N(string? date) => date is null ? null : D(date);
}
