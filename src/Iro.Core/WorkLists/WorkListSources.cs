using System.Globalization;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.DisputeResolution;
using Iro.Core.Monitoring;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Core.Reviews.Preparation;

namespace Iro.Core.WorkLists;

/// <summary>The child's next review, as a page loads it: its stored due date and the rule that set it.</summary>
public sealed record ReviewDueFact(WorkChild Child, StaffMemberId? Iro, DateOnly DueOn, DueRule Rule);

/// <summary>A review decision, as a page loads it (only the columns a work list needs).</summary>
public sealed record DecisionFact(WorkChild Child, StaffMemberId? Iro, Guid DecisionId, DecisionMatter Matter, string OwnerName,
    DateOnly DueOn, DecisionStatus Status);

/// <summary>A child in care today with no IRO, and the day the current period of care began.</summary>
public sealed record UnallocatedFact(WorkChild Child, DateOnly LookedAfterSince);

/// <summary>The next review's preparation tasks, as <see cref="PreparationTasks.For(DateOnly, ReviewPreparation?, IEnumerable{Consultation}, ReviewCyclePolicy, IWorkingDayCalendar, DateOnly, IReadOnlyCollection{ChildRight}?)"/>
/// worked them out for the meeting date.</summary>
public sealed record PreparationFact(WorkChild Child, StaffMemberId? Iro, Guid ReviewId, DateOnly MeetingOn,
    IReadOnlyList<PreparationTask> Tasks);

/// <summary>A review held or adjourned whose decisions or record are not yet issued, or that is not reconvened.</summary>
public sealed record ReviewRecordFact(WorkChild Child, StaffMemberId? Iro, Guid ReviewId, ReviewTimerFacts Facts);

/// <summary>An open dispute-resolution issue with its formal stages.</summary>
public sealed record DisputeFact(WorkChild Child, StaffMemberId? Iro, DisputeIssue Issue);

/// <summary>The midway check between the child's last review and the next.</summary>
public sealed record MidwayFact(WorkChild Child, StaffMemberId? Iro, MidwayCheckStatus Check);

/// <summary>A significant event the IRO has not acknowledged.</summary>
public sealed record SignificantEventFact(WorkChild Child, StaffMemberId? Iro, SignificantEventKind Kind, DateOnly ChangeOn,
    bool HasHappened, DateOnly RecordedOn);

/// <summary>Each source of work items is a pure function from facts a page loaded to the items that need someone
/// today; a work list is the union of the sources (issue 5 §6). To add a source (preparation tasks outstanding,
/// records to issue, escalations awaiting a response, no private conversation before the next review): add its
/// kind to <see cref="WorkItemKind"/>, a fact record and a <c>From…</c> function here, and one line in each page
/// that builds a list.</summary>
public static class WorkListSources
{
    /// <summary>A review overdue, due today, or due within <see cref="ReviewStatusRule.DueSoonWorkingDays"/>
    /// working days: the time a council needs to invite, consult and prepare.</summary>
    public static IEnumerable<WorkItem> FromReviews(IEnumerable<ReviewDueFact> reviews, DateOnly today, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        foreach (var r in reviews)
        {
            if (WorkItem.StatusOn(r.DueOn, today, ReviewStatusRule.DueSoonWorkingDays, calendar) is { } status)
            {
                yield return new WorkItem(WorkItemKind.ReviewDue, r.Child, r.Iro, $"{ReviewName(r.Rule)} due by {Long(r.DueOn)}",
                    r.DueOn, status, ReviewRule(r.Rule), $"/children/{r.Child.Id}#next-review");
            }
        }
    }

    /// <summary>An open decision past its date (<see cref="ReviewDecision.IsOverdueOn"/>): the IRO follows it up
    /// and may escalate (CPPCR 2010 reg 38 requires the council to implement the review's decisions). A decision
    /// marked done and awaiting the IRO's confirmation is not overdue.</summary>
    public static IEnumerable<WorkItem> FromDecisions(IEnumerable<DecisionFact> decisions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return decisions
            .Where(d => d.Status == DecisionStatus.Open && today > d.DueOn)
            .Select(d => new WorkItem(WorkItemKind.DecisionOverdue, d.Child, d.Iro,
                $"{d.Matter} decision owned by {d.OwnerName}, due {Long(d.DueOn)}", d.DueOn, WorkItemStatus.Overdue,
                "Each decision of a review is done by its date; the IRO follows it up and escalates when it is not (CPPCR 2010 reg 38; IRO Handbook)",
                $"/children/{d.Child.Id}#decision-{d.DecisionId}"));
    }

    /// <summary>Every child in care with no IRO, against the council's allocation limit
    /// (<see cref="ReviewCycleTimers.IroAllocateBy"/>): all are listed, since the window is short.</summary>
    public static IEnumerable<WorkItem> FromUnallocated(IEnumerable<UnallocatedFact> children, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(children);
        foreach (var c in children)
        {
            var timer = ReviewCycleTimers.IroAllocateBy(c.LookedAfterSince, null, today, policy, calendar);
            yield return new WorkItem(WorkItemKind.IroToAllocate, c.Child, null,
                $"Allocate an IRO: looked after since {Long(c.LookedAfterSince)}", timer.DueOn, StatusOf(timer, today),
                $"{timer.Rule} ({timer.Citation})", $"/children/{c.Child.Id}/allocate-iro");
        }
    }

    /// <summary>The next review's preparation tasks that are overdue or due within the council's "due soon" days
    /// (<see cref="PreparationTasks.Reminders"/>), and, as its own kind, a next review within
    /// <see cref="ReviewStatusRule.DueSoonWorkingDays"/> working days with no private conversation held, declined
    /// or judged inappropriate (CPPCR 2010 reg 36: the IRO speaks to the child in private first).</summary>
    public static IEnumerable<WorkItem> FromPreparation(IEnumerable<PreparationFact> reviews, DateOnly today, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        foreach (var r in reviews)
        {
            var link = $"/children/{r.Child.Id}/reviews/{r.ReviewId}/preparation";
            foreach (var task in PreparationTasks.Reminders(r.Tasks).Where(t => t.Kind != PreparationTaskKind.PrivateConversation))
            {
                var status = task.Status == PreparationTaskStatus.Overdue ? WorkItemStatus.Overdue
                    : task.DueOn == today ? WorkItemStatus.DueToday : WorkItemStatus.DueSoon;
                yield return new WorkItem(WorkItemKind.PreparationTask, r.Child, r.Iro, $"{task.Title} by {Long(task.DueOn)}",
                    task.DueOn, status, task.Why, link);
            }
            if (r.Tasks.FirstOrDefault(t => t.Kind == PreparationTaskKind.PrivateConversation) is { IsDone: false } talk
                && WorkItem.StatusOn(r.MeetingOn, today, ReviewStatusRule.DueSoonWorkingDays, calendar) is { } near)
            {
                yield return new WorkItem(WorkItemKind.PrivateConversation, r.Child, r.Iro,
                    $"Speak to the child privately before the review on {Long(r.MeetingOn)}", r.MeetingOn, near, talk.Why,
                    $"{link}/private-conversation");
            }
        }
    }

    /// <summary>What a held or adjourned review still needs (<see cref="ReviewTimersToday.Outstanding"/>): decisions
    /// and the full record issued within the council's limits, an adjourned review reconvened. All are listed, since
    /// the windows are short.</summary>
    public static IEnumerable<WorkItem> FromReviewRecords(IEnumerable<ReviewRecordFact> reviews, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        foreach (var r in reviews)
        {
            foreach (var task in ReviewTimersToday.Outstanding(r.Facts, today, policy, calendar))
            {
                var what = task.Task switch
                {
                    ReviewTask.Reconvene => $"Reconvene the adjourned review by {Long(task.Due.DueOn)}",
                    ReviewTask.IssueDecisions => $"Issue the review's decisions by {Long(task.Due.DueOn)}",
                    _ => $"Issue the full review record by {Long(task.Due.DueOn)}",
                };
                yield return new WorkItem(WorkItemKind.RecordToIssue, r.Child, r.Iro, what, task.Due.DueOn, StatusOf(task.Due, today),
                    $"{task.Due.Rule} ({task.Due.Citation})", $"/children/{r.Child.Id}/reviews/{r.ReviewId}");
            }
        }
    }

    /// <summary>Each open issue's formal stage awaiting its response (late ones overdue), and each issue past the
    /// council's whole-process limit (<see cref="DisputeWorkList"/>; IRO Handbook 2010 §6.2).</summary>
    public static IEnumerable<WorkItem> FromDisputes(IReadOnlyCollection<DisputeFact> issues, DateOnly today,
        DisputeResolutionPolicy policy, ReviewCyclePolicy reviewCycle, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(reviewCycle);
        var byId = issues.ToDictionary(i => i.Issue.Id);
        foreach (var waiting in DisputeWorkList.AwaitingResponse(issues.Select(i => i.Issue), today))
        {
            var fact = byId[waiting.IssueId];
            var status = waiting.IsLate ? WorkItemStatus.Overdue
                : WorkItem.StatusOn(waiting.ResponseDueOn, today, reviewCycle.DueSoonWithin, calendar) ?? WorkItemStatus.Upcoming;
            yield return new WorkItem(WorkItemKind.Escalation, fact.Child, fact.Iro,
                $"{waiting.Stage} ({waiting.Addressee}) to respond by {Long(waiting.ResponseDueOn)}", waiting.ResponseDueOn, status,
                $"Each formal stage of dispute resolution has a response time set by the council ({DisputeResolutionPolicy.HandbookCitation})",
                $"/children/{fact.Child.Id}/disputes/{waiting.IssueId}");
        }
        foreach (var past in DisputeWorkList.PastWholeProcessLimit(issues.Select(i => i.Issue), today, policy, calendar))
        {
            var fact = byId[past.IssueId];
            yield return new WorkItem(WorkItemKind.Escalation, fact.Child, fact.Iro,
                $"Dispute resolution {past.WorkingDaysOver} working days past its limit of {Long(past.DueOn)}", past.DueOn,
                WorkItemStatus.Overdue,
                $"The whole formal process takes no more than {policy.WholeProcessWithin} working days ({DisputeResolutionPolicy.HandbookCitation})",
                $"/children/{fact.Child.Id}/disputes/{past.IssueId}");
        }
    }

    /// <summary>A midway check that has come due and is not recorded (<see cref="MidwayCheck"/>).</summary>
    public static IEnumerable<WorkItem> FromMidwayChecks(IEnumerable<MidwayFact> checks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return checks.Where(c => c.Check.IsDue)
            .Select(c => new WorkItem(WorkItemKind.MidwayCheck, c.Child, c.Iro,
                $"Midway check between the review of {Long(c.Check.LastReviewOn)} and the next, due {Long(c.Check.NextReviewDueOn)}",
                c.Check.DueOn, c.Check.DueOn < today ? WorkItemStatus.Overdue : WorkItemStatus.DueToday,
                "The IRO checks the case halfway between reviews, so that drift is caught before the next review (IRO Handbook 2010 §3.74–3.76; local practice)",
                $"/children/{c.Child.Id}/monitoring/contact"));
    }

    /// <summary>A significant event not yet acknowledged: one that has happened is due the day it was recorded; a
    /// proposed one by the day it takes effect, when a change to the care plan needs a review first (CPPCR 2010
    /// reg 32(2)).</summary>
    public static IEnumerable<WorkItem> FromSignificantEvents(IEnumerable<SignificantEventFact> events, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var e in events)
        {
            var due = e.HasHappened ? e.RecordedOn : e.ChangeOn;
            var status = WorkItem.StatusOn(due, today, policy.DueSoonWithin, calendar) ?? WorkItemStatus.Upcoming;
            var when = e.HasHappened ? $"on {Long(e.ChangeOn)}" : $"proposed for {Long(e.ChangeOn)}";
            yield return new WorkItem(WorkItemKind.SignificantEvent, e.Child, e.Iro,
                $"{SignificantEvent.Describe(e.Kind)} {when}: acknowledge it", due, status,
                "The IRO is told of significant changes and considers whether a review is needed (CPPCR 2010 reg 32(2), reg 33(3))",
                $"/children/{e.Child.Id}/monitoring/significant-event");
        }
    }

    /// <summary>A review-cycle timer's standing as a work item's: the whole window is listed, so an open timer not
    /// yet due soon is upcoming.</summary>
    private static WorkItemStatus StatusOf(TimerDue timer, DateOnly today) => timer.Status switch
    {
        TimerStatus.Overdue => WorkItemStatus.Overdue,
        _ when timer.DueOn == today => WorkItemStatus.DueToday,
        TimerStatus.DueSoon => WorkItemStatus.DueSoon,
        _ => WorkItemStatus.Upcoming,
    };

    private static string ReviewName(DueRule rule) => rule switch
    {
        DueRule.FirstReview20WD or DueRule.ShortBreakFirst3M => "First review",
        DueRule.SecondReview3M => "Second review",
        DueRule.EarlyReview => "Earlier review",
        _ => "Review",
    };

    private static string ReviewRule(DueRule rule) => rule switch
    {
        DueRule.FirstReview20WD => "The first review is held within 20 working days of the child becoming looked after (CPPCR 2010 reg 33(1))",
        DueRule.SecondReview3M => "The second review is held within 3 months of the first (CPPCR 2010 reg 33(2))",
        DueRule.Subsequent6M => "Each later review is held within 6 months of the one before (CPPCR 2010 reg 33(2))",
        DueRule.ShortBreakFirst3M => "For short breaks, the first review is held within 3 months of the first break (CPPCR 2010 reg 48)",
        DueRule.ShortBreak6M => "For short breaks, each later review is held within 6 months of the one before (CPPCR 2010 reg 48)",
        DueRule.EarlyReview => "Something has happened that needs a review before the usual date (CPPCR 2010 reg 33(3), reg 32(2))",
        _ => "CPPCR 2010 reg 33",
    };

    private static string Long(DateOnly date) => DateText.Long(date);
}
