using Iro.Core.Calendar;

namespace Iro.Core.Caseloads;

public enum ReviewStatus
{
    Overdue,
    DueSoon,
    Scheduled,
}

/// <summary>Where a child's next review stands today, as an IRO's work list shows it.</summary>
public static class ReviewStatusRule
{
    /// <summary>"Due soon" means within this many working days: the time a council typically needs to
    /// invite, consult and prepare (consultation goes out about 20 working days before).</summary>
    public const int DueSoonWorkingDays = 20;

    /// <summary>Overdue once the last on-time day has passed: a review on the due date is on time
    /// (domain reference §2.6 item 3).</summary>
    public static ReviewStatus Of(DateOnly dueOn, DateOnly today, IWorkingDayCalendar calendar) =>
        dueOn < today ? ReviewStatus.Overdue
        : calendar.WorkingDaysBetween(today, dueOn) <= DueSoonWorkingDays ? ReviewStatus.DueSoon
        : ReviewStatus.Scheduled;
}
