using Iro.Core.Calendar;

namespace Iro.Core.WorkLists;

/// <summary>What kind of thing needs doing. The order here is the order the IRO's home page shows the groups in.
/// A new source adds its kind here and a <c>From…</c> function in <see cref="WorkListSources"/> (issue 5 §6).</summary>
public enum WorkItemKind
{
    /// <summary>The child's next review is overdue or due soon (CPPCR 2010 reg 33).</summary>
    ReviewDue,

    /// <summary>A task preparing the next review is overdue or due soon (issue 5 §2; consultation and the social
    /// worker's report by council practice, CPPCR 2010 reg 37).</summary>
    PreparationTask,

    /// <summary>The next review is near and the IRO has not spoken to the child privately (CPPCR 2010 reg 36).
    /// </summary>
    PrivateConversation,

    /// <summary>A held review's decisions or record not issued, or an adjourned review to reconvene (IRO Handbook;
    /// CPPCR 2010 reg 36).</summary>
    RecordToIssue,

    /// <summary>A decision of a review is past its date and not done (CPPCR 2010 reg 38; IRO Handbook: the IRO
    /// follows decisions up between reviews).</summary>
    DecisionOverdue,

    /// <summary>A formal dispute-resolution stage awaits its response, or the whole process is past its limit
    /// (IRO Handbook 2010 §6.2).</summary>
    Escalation,

    /// <summary>The midway check between reviews is due (IRO Handbook 2010 §3.74–3.76; local practice).</summary>
    MidwayCheck,

    /// <summary>A significant event recorded for the child that the IRO has not yet acknowledged (CPPCR 2010
    /// reg 32(2) when it changes the care plan).</summary>
    SignificantEvent,

    /// <summary>A child looked after has no IRO (Children Act 1989 s.25A; 5 working days is good practice).</summary>
    IroToAllocate,
}

/// <summary>Where a work item stands today.</summary>
public enum WorkItemStatus
{
    Overdue,
    DueToday,
    DueSoon,

    /// <summary>Not yet near its date, but listed because the whole window is short (a child with no IRO).</summary>
    Upcoming,
}

/// <summary>The child a work item is about, as a list shows them. A page passes
/// the restricted-record placeholder in place of the name and number when the user is not named on the record.</summary>
public sealed record WorkChild(ChildId Id, string Name, string Number);

/// <summary>One thing that needs someone: what, for which child, by when, where it stands, the rule in plain
/// words and where to go to do it.</summary>
/// <param name="Iro">The child's IRO, whose list the item is on; none when the child has no IRO.</param>
/// <param name="Link">The page to open, for example <c>/children/{id}</c>.</param>
public sealed record WorkItem(
    WorkItemKind Kind,
    WorkChild Child,
    StaffMemberId? Iro,
    string What,
    DateOnly DueOn,
    WorkItemStatus Status,
    string Rule,
    string Link)
{
    /// <summary>Where something due on <paramref name="dueOn"/> stands today, or null when it is further off than
    /// <paramref name="dueSoonWorkingDays"/> working days and need not be listed yet. Due on the day is on time
    /// (domain reference §2.6).</summary>
    public static WorkItemStatus? StatusOn(DateOnly dueOn, DateOnly today, int dueSoonWorkingDays, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return dueOn < today ? WorkItemStatus.Overdue
            : dueOn == today ? WorkItemStatus.DueToday
            : calendar.WorkingDaysBetween(today, dueOn) <= dueSoonWorkingDays ? WorkItemStatus.DueSoon
            : null;
    }

    public static string Describe(WorkItemKind kind) => kind switch
    {
        WorkItemKind.ReviewDue => "Reviews due",
        WorkItemKind.PreparationTask => "Preparation for reviews",
        WorkItemKind.PrivateConversation => "No private conversation before the next review",
        WorkItemKind.RecordToIssue => "Records to issue",
        WorkItemKind.DecisionOverdue => "Decisions overdue",
        WorkItemKind.Escalation => "Escalations awaiting a response",
        WorkItemKind.MidwayCheck => "Midway checks due",
        WorkItemKind.SignificantEvent => "Significant events to acknowledge",
        WorkItemKind.IroToAllocate => "Children with no IRO",
        _ => kind.ToString(),
    };

    public static string Describe(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Overdue => "Overdue",
        WorkItemStatus.DueToday => "Due today",
        WorkItemStatus.DueSoon => "Due soon",
        _ => "Upcoming",
    };
}
