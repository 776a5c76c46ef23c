using Iro.Core.Calendar;
using Iro.Core.ReviewCycle;
using Iro.Core.Reviews;
using Iro.Core.WorkLists;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.WorkLists;

/// <summary>Today is Monday 23 November 2026 throughout.</summary>
public class WorkListTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DateOnly Today = D("2026-11-23");
    private static readonly StaffMemberId Ada = StaffMemberId.New();
    private static readonly StaffMemberId Ben = StaffMemberId.New();

    [Theory]
    [InlineData("2026-11-20", 2, WorkItemStatus.Overdue)]
    [InlineData("2026-11-22", 2, WorkItemStatus.Overdue)]
    [InlineData("2026-11-23", 0, WorkItemStatus.DueToday)]
    [InlineData("2026-11-24", 1, WorkItemStatus.DueSoon)]
    [InlineData("2026-11-25", 2, WorkItemStatus.DueSoon)]
    [InlineData("2026-11-26", 2, null)]
    // Reviews: four weeks of working days ahead is due soon, the day after is not.
    [InlineData("2026-12-21", 20, WorkItemStatus.DueSoon)]
    [InlineData("2026-12-22", 20, null)]
    public void StatusOn_ListsOnlyWhatIsOverdueOrWithinTheWindow(string due, int window, WorkItemStatus? expected) =>
        Assert.Equal(expected, WorkItem.StatusOn(D(due), Today, window, Calendar));

    [Theory]
    [InlineData("2026-09-26", DueRule.SecondReview3M, WorkItemStatus.Overdue, "Second review due by 26 September 2026", "reg 33(2)")]
    [InlineData("2026-11-23", DueRule.Subsequent6M, WorkItemStatus.DueToday, "Review due by 23 November 2026", "6 months")]
    [InlineData("2026-12-07", DueRule.FirstReview20WD, WorkItemStatus.DueSoon, "First review due by 7 December 2026", "reg 33(1)")]
    [InlineData("2026-12-01", DueRule.EarlyReview, WorkItemStatus.DueSoon, "Earlier review due by 1 December 2026", "reg 32(2)")]
    public void FromReviews_SaysWhatIsDue_AndTheRule(string due, DueRule rule, WorkItemStatus status, string what, string ruleText)
    {
        var child = Child("Olive");
        var item = Assert.Single(WorkListSources.FromReviews([new ReviewDueFact(child, Ada, D(due), rule)], Today, Calendar));

        Assert.Equal(WorkItemKind.ReviewDue, item.Kind);
        Assert.Equal(status, item.Status);
        Assert.Equal(what, item.What);
        Assert.Contains(ruleText, item.Rule, StringComparison.Ordinal);
        Assert.Equal($"/children/{child.Id}#next-review", item.Link);
        Assert.Equal(Ada, item.Iro);
    }

    [Fact]
    public void FromReviews_LeavesOutAReviewMoreThan20WorkingDaysAway() =>
        Assert.Empty(WorkListSources.FromReviews([new ReviewDueFact(Child("Sky"), Ada, D("2027-03-08"), DueRule.Subsequent6M)], Today, Calendar));

    [Theory]
    [InlineData("2026-11-20", DecisionStatus.Open, true)]
    [InlineData("2026-11-22", DecisionStatus.Open, true)]
    // Due today is not yet overdue.
    [InlineData("2026-11-23", DecisionStatus.Open, false)]
    [InlineData("2026-12-01", DecisionStatus.Open, false)]
    // Marked done and awaiting the IRO, or confirmed: not overdue.
    [InlineData("2026-11-20", DecisionStatus.Completed, false)]
    [InlineData("2026-11-20", DecisionStatus.Confirmed, false)]
    public void FromDecisions_ListsOpenDecisionsPastTheirDate(string due, DecisionStatus status, bool listed)
    {
        var child = Child("Olive");
        var id = Guid.NewGuid();
        var items = WorkListSources.FromDecisions([new DecisionFact(child, Ada, id, DecisionMatter.Education, "Pat Parent", D(due), status)], Today).ToList();

        Assert.Equal(listed, items.Count == 1);
        if (listed)
        {
            Assert.Equal(WorkItemStatus.Overdue, items[0].Status);
            Assert.Equal(WorkItemKind.DecisionOverdue, items[0].Kind);
            Assert.StartsWith("Education decision owned by Pat Parent", items[0].What, StringComparison.Ordinal);
            Assert.Equal($"/children/{child.Id}#decision-{id}", items[0].Link);
        }
    }

    [Theory]
    // Day 0 is the day the child became looked after; the 5th working day is the last (good practice).
    [InlineData("2026-11-13", 5, "2026-11-20", WorkItemStatus.Overdue)]
    [InlineData("2026-11-16", 5, "2026-11-23", WorkItemStatus.DueToday)]
    [InlineData("2026-11-18", 5, "2026-11-25", WorkItemStatus.DueSoon)]
    [InlineData("2026-11-20", 5, "2026-11-27", WorkItemStatus.Upcoming)]
    // The council's own setting is used.
    [InlineData("2026-11-18", 3, "2026-11-23", WorkItemStatus.DueToday)]
    [InlineData("2026-11-13", 10, "2026-11-27", WorkItemStatus.Upcoming)]
    public void FromUnallocated_ListsEveryChildWithNoIro_AgainstTheCouncilsLimit(string since, int days, string lastDay, WorkItemStatus status)
    {
        var child = Child("Nia");
        var policy = new ReviewCyclePolicy { IroAllocatedWithin = days };
        var item = Assert.Single(WorkListSources.FromUnallocated([new UnallocatedFact(child, D(since))], Today, policy, Calendar));

        Assert.Equal(WorkItemKind.IroToAllocate, item.Kind);
        Assert.Equal(D(lastDay), item.DueOn);
        Assert.Equal(status, item.Status);
        Assert.Null(item.Iro);
        Assert.Contains($"within {days} working days", item.Rule, StringComparison.Ordinal);
        Assert.Equal($"/children/{child.Id}/allocate-iro", item.Link);
    }

    [Fact]
    public void Of_PutsOverdueFirst_ThenByDate_ThenKind_ThenName()
    {
        var list = WorkList.Of(
            [Item(WorkItemKind.ReviewDue, "Dara", "2026-12-07", WorkItemStatus.DueSoon, Ada)],
            [
                Item(WorkItemKind.DecisionOverdue, "Olive", "2026-11-20", WorkItemStatus.Overdue, Ada),
                Item(WorkItemKind.ReviewDue, "Olive", "2026-09-26", WorkItemStatus.Overdue, Ada),
                Item(WorkItemKind.ReviewDue, "Bea", "2026-11-23", WorkItemStatus.DueToday, Ben),
                Item(WorkItemKind.IroToAllocate, "Nia", "2026-11-25", WorkItemStatus.DueSoon, null),
                Item(WorkItemKind.DecisionOverdue, "Abe", "2026-11-20", WorkItemStatus.Overdue, Ben),
            ]);

        Assert.Equal(
            ["ReviewDue Olive", "DecisionOverdue Abe", "DecisionOverdue Olive", "ReviewDue Bea", "IroToAllocate Nia", "ReviewDue Dara"],
            list.Items.Select(i => $"{i.Kind} {i.Child.Name}"));
    }

    [Fact]
    public void Groups_FollowTheKindsOrder_WithCountsAndOverdue()
    {
        var list = WorkList.Of([
            Item(WorkItemKind.IroToAllocate, "Nia", "2026-11-25", WorkItemStatus.DueSoon, null),
            Item(WorkItemKind.DecisionOverdue, "Olive", "2026-11-20", WorkItemStatus.Overdue, Ada),
            Item(WorkItemKind.ReviewDue, "Dara", "2026-12-07", WorkItemStatus.DueSoon, Ada),
            Item(WorkItemKind.ReviewDue, "Olive", "2026-09-26", WorkItemStatus.Overdue, Ada),
        ]);

        var groups = list.Groups();

        Assert.Equal([WorkItemKind.ReviewDue, WorkItemKind.DecisionOverdue, WorkItemKind.IroToAllocate], groups.Select(g => g.Kind));
        Assert.Equal([2, 1, 1], groups.Select(g => g.Items.Count));
        Assert.Equal([1, 1, 0], groups.Select(g => g.Overdue));
        Assert.Equal(["Olive", "Dara"], groups[0].Items.Select(i => i.Child.Name));
        Assert.Equal("Reviews due", groups[0].Name);
    }

    [Fact]
    public void CountsByIro_CountsEachKind_WithARowForWorkWithNoIro()
    {
        var list = WorkList.Of([
            Item(WorkItemKind.ReviewDue, "Olive", "2026-09-26", WorkItemStatus.Overdue, Ada),
            Item(WorkItemKind.ReviewDue, "Dara", "2026-12-07", WorkItemStatus.DueSoon, Ada),
            Item(WorkItemKind.DecisionOverdue, "Olive", "2026-11-20", WorkItemStatus.Overdue, Ada),
            Item(WorkItemKind.ReviewDue, "Bea", "2026-11-23", WorkItemStatus.DueToday, Ben),
            Item(WorkItemKind.IroToAllocate, "Nia", "2026-11-25", WorkItemStatus.DueSoon, null),
        ]);

        var counts = list.CountsByIro().ToDictionary(c => c.Iro?.ToString() ?? "none");

        Assert.Equal((2, 1, 0, 3, 2), (counts[Ada.ToString()].Of(WorkItemKind.ReviewDue), counts[Ada.ToString()].Of(WorkItemKind.DecisionOverdue),
            counts[Ada.ToString()].Of(WorkItemKind.IroToAllocate), counts[Ada.ToString()].Total, counts[Ada.ToString()].Overdue));
        Assert.Equal((1, 1, 0), (counts[Ben.ToString()].Of(WorkItemKind.ReviewDue), counts[Ben.ToString()].Total, counts[Ben.ToString()].Overdue));
        Assert.Equal((1, 1), (counts["none"].Of(WorkItemKind.IroToAllocate), counts["none"].Total));
        Assert.Equal(["Dara", "Olive", "Olive"], list.ForIro(Ada).Items.Select(i => i.Child.Name).Order());
        Assert.Equal(["Nia"], list.ForIro(null).Items.Select(i => i.Child.Name));
    }

    private static WorkChild Child(string name) => new(ChildId.New(), name, "N0001");

    private static WorkItem Item(WorkItemKind kind, string child, string due, WorkItemStatus status, StaffMemberId? iro) =>
        new(kind, Child(child), iro, "", D(due), status, "", "");
}
