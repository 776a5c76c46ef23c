using System.Globalization;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;

namespace Iro.Core.WorkLists;

/// <summary>The child's next review, as a page loads it: its stored due date and the rule that set it.</summary>
public sealed record ReviewDueFact(WorkChild Child, StaffMemberId? Iro, DateOnly DueOn, DueRule Rule);

/// <summary>A review decision, as a page loads it (only the columns a work list needs).</summary>
public sealed record DecisionFact(WorkChild Child, StaffMemberId? Iro, Guid DecisionId, DecisionMatter Matter, string OwnerName,
    DateOnly DueOn, DecisionStatus Status);

/// <summary>A child in care today with no IRO, and the day the current period of care began.</summary>
public sealed record UnallocatedFact(WorkChild Child, DateOnly LookedAfterSince);

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
            var status = timer.Status switch
            {
                TimerStatus.Overdue => WorkItemStatus.Overdue,
                _ when timer.DueOn == today => WorkItemStatus.DueToday,
                TimerStatus.DueSoon => WorkItemStatus.DueSoon,
                _ => WorkItemStatus.Upcoming,
            };
            yield return new WorkItem(WorkItemKind.IroToAllocate, c.Child, null,
                $"Allocate an IRO: looked after since {Long(c.LookedAfterSince)}", timer.DueOn, status,
                $"{timer.Rule} ({timer.Citation})", $"/children/{c.Child.Id}/allocate-iro");
        }
    }

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

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
