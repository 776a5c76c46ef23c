using Iro.Core.Calendar;
using Iro.Core.ReviewCycle;

namespace Iro.Core.Reviews.Preparation;

/// <summary>A task on a review's preparation list (issue 5 §2).</summary>
public enum PreparationTaskKind
{
    Invitations,
    Consultation,
    SocialWorkerReport,
    PrivateConversation,
    Advocacy,
    Rights,
}

public enum PreparationTaskStatus
{
    NotStarted,
    InProgress,
    Done,

    /// <summary>Not done, and its last day has passed.</summary>
    Overdue,
}

/// <summary>One preparation task: where it stands, its last day and why.</summary>
/// <param name="WorkingDaysLeft">Working days from today to <see cref="DueOn"/>; negative when overdue.</param>
/// <param name="IsReminder">Not done and overdue, or due within the council's "due soon" working days: what the
/// IRO's work list shows.</param>
/// <param name="Why">The rule, its source and the dates, in plain English.</param>
public sealed record PreparationTask(PreparationTaskKind Kind, PreparationTaskStatus Status, DateOnly DueOn,
    int WorkingDaysLeft, bool IsReminder, string Why)
{
    public bool IsDone => Status == PreparationTaskStatus.Done;
    public string Title => PreparationTasks.Title(Kind);
}

/// <summary>The preparation task list for a review. Pure: everything is passed in, "today" too, so a work list can
/// call it for many reviews after one query each for reviews, preparations and consultations.</summary>
/// <remarks>Dates count back from the meeting date planned on the preparation, or from the review's due date while
/// none is planned. Consultation is sent the council's <see cref="ReviewCyclePolicy.ConsultationSentBefore"/>
/// working days before (council practice; CPPCR 2010 reg 37 requires consultation but sets no time) and the social
/// worker's report is due <see cref="ReviewCyclePolicy.SocialWorkerReportBefore"/> working days before (council
/// practice, domain reference §4.1); both come from <see cref="ReviewCycleTimers"/>. The private conversation,
/// advocacy and rights are due by the meeting itself (CPPCR 2010 reg 36 and reg 45).</remarks>
public static class PreparationTasks
{
    /// <summary>The review's tasks, in the order the task list shows them.</summary>
    /// <param name="rights">The rights checklist for this child; <see cref="ChildRights.Checklist"/> when null.</param>
    public static IReadOnlyList<PreparationTask> For(Review review, ReviewPreparation? preparation,
        IEnumerable<Consultation> consultations, ReviewCyclePolicy policy, IWorkingDayCalendar calendar,
        DateOnly today, IReadOnlyCollection<ChildRight>? rights = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        return For(MeetingDate(review, preparation), preparation, consultations, policy, calendar, today, rights);
    }

    /// <summary>The date the preparation counts back from: the planned meeting, else the review's due date.</summary>
    public static DateOnly MeetingDate(Review review, ReviewPreparation? preparation)
    {
        ArgumentNullException.ThrowIfNull(review);
        return preparation?.MeetingOn ?? review.DueOn;
    }

    /// <summary>The tasks for a meeting on <paramref name="meetingOn"/>.</summary>
    public static IReadOnlyList<PreparationTask> For(DateOnly meetingOn, ReviewPreparation? preparation,
        IEnumerable<Consultation> consultations, ReviewCyclePolicy policy, IWorkingDayCalendar calendar,
        DateOnly today, IReadOnlyCollection<ChildRight>? rights = null)
    {
        ArgumentNullException.ThrowIfNull(consultations);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        var asked = consultations.ToList();
        var reports = asked.Where(c => c.Party == ConsultationParty.SocialWorkerReport).ToList();
        var views = asked.Where(c => c.Party != ConsultationParty.SocialWorkerReport).ToList();
        var checklist = rights ?? ChildRights.Checklist;

        var send = ReviewCycleTimers.ConsultationSendBy(meetingOn,
            views.Count == 0 ? null : views.Min(c => c.RequestedOn), today, policy, calendar);
        var report = ReviewCycleTimers.SocialWorkerReportBy(meetingOn,
            reports.Count > 0 && reports.All(r => r.ReceivedOn is not null) ? reports.Max(r => r.ReceivedOn) : null,
            today, policy, calendar);
        var meeting = $"The meeting is on {DateDisplayText(meetingOn)}.";

        return
        [
            Task(PreparationTaskKind.Invitations, send.DueOn, today, policy, calendar,
                preparation is null || !preparation.InvitationsStarted ? Progress.None
                    : preparation.InvitationsComplete ? Progress.Complete : Progress.Part,
                "Who attends and where is agreed with the child, and the meeting can be held in parts (domain " +
                "reference §4.1); invitations go out with the consultation. " + send.Explanation),
            Task(PreparationTaskKind.Consultation, send.DueOn, today, policy, calendar,
                views.Count == 0 ? Progress.None
                    : views.All(c => c.ReceivedOn is not null) && views.Any(c => c.Party == ConsultationParty.Child)
                        ? Progress.Complete : Progress.Part,
                "The council consults the child, parents, the carer and others whose views are relevant, such as " +
                "school and health (CPPCR 2010 reg 37). It is done when the child's views and every other view " +
                "asked for have been received. " + send.Explanation,
                // Asked for in time: only a view still to come is late, and only once the meeting has come.
                overdueFrom: views.Count == 0 ? send.DueOn : meetingOn),
            Task(PreparationTaskKind.SocialWorkerReport, report.DueOn, today, policy, calendar,
                reports.Count == 0 ? Progress.None
                    : reports.All(r => r.ReceivedOn is not null) ? Progress.Complete : Progress.Part,
                report.Explanation),
            Task(PreparationTaskKind.PrivateConversation, meetingOn, today, policy, calendar,
                preparation?.PrivateConversation is null ? Progress.None : Progress.Complete,
                "The IRO speaks to the child in private before the review, unless a child of sufficient " +
                "understanding refuses or the IRO judges it inappropriate given the child's age and understanding " +
                "(CPPCR 2010 reg 36). " + meeting),
            Task(PreparationTaskKind.Advocacy, meetingOn, today, policy, calendar,
                preparation is null || (preparation.ToldAboutAdvocacyOn is null && preparation.AdvocateOfferedOn is null)
                    ? Progress.None
                    : preparation.ToldAboutAdvocacyOn is not null && preparation.AdvocateOfferedOn is not null
                        && preparation.AdvocateAccepted is not null ? Progress.Complete : Progress.Part,
                "The IRO makes sure the child knows advocacy is available and is offered an advocate (CPPCR 2010 " +
                "reg 45; Children Act 1989 s.26A). " + meeting),
            Task(PreparationTaskKind.Rights, meetingOn, today, policy, calendar,
                RightsProgress(preparation, checklist),
                "Having regard to the child's age and understanding, the IRO makes sure the child has been told " +
                $"their rights (CPPCR 2010 reg 45): {checklist.Count} on this child's checklist. " + meeting),
        ];
    }

    /// <summary>The tasks the IRO should be reminded of: not done, and overdue or due within the council's
    /// <see cref="ReviewCyclePolicy.DueSoonWithin"/> working days.</summary>
    public static IReadOnlyList<PreparationTask> Reminders(IEnumerable<PreparationTask> tasks) =>
        [.. tasks.Where(t => t.IsReminder)];

    /// <summary>Whether the IRO has spoken to the child in private before this review (CPPCR 2010 reg 36): a
    /// conversation held, not one declined or judged inappropriate.</summary>
    public static bool HadPrivateConversation(ReviewPreparation? preparation) =>
        preparation?.PrivateConversation == PrivateConversationOutcome.Held;

    /// <summary>The rights on <paramref name="checklist"/> not yet explained.</summary>
    public static IReadOnlyList<ChildRight> RightsOutstanding(ReviewPreparation? preparation,
        IReadOnlyCollection<ChildRight> checklist) =>
        [.. checklist.Where(r => preparation is null || !preparation.RightsExplained.ContainsKey(r))];

    public static string Title(PreparationTaskKind kind) => kind switch
    {
        PreparationTaskKind.Invitations => "Invitations and venue",
        PreparationTaskKind.Consultation => "Consultation",
        PreparationTaskKind.SocialWorkerReport => "Social worker's report",
        PreparationTaskKind.PrivateConversation => "Private conversation with the child",
        PreparationTaskKind.Advocacy => "Advocacy",
        PreparationTaskKind.Rights => "The child's rights explained",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown task."),
    };

    private enum Progress
    {
        None,
        Part,
        Complete,
    }

    private static Progress RightsProgress(ReviewPreparation? preparation, IReadOnlyCollection<ChildRight> checklist)
    {
        var outstanding = RightsOutstanding(preparation, checklist).Count;
        return outstanding == 0 ? Progress.Complete : outstanding == checklist.Count ? Progress.None : Progress.Part;
    }

    private static PreparationTask Task(PreparationTaskKind kind, DateOnly dueOn, DateOnly today,
        ReviewCyclePolicy policy, IWorkingDayCalendar calendar, Progress progress, string why,
        DateOnly? overdueFrom = null)
    {
        var left = calendar.WorkingDaysBetween(today, dueOn);
        var lateAfter = overdueFrom ?? dueOn;
        var status = progress switch
        {
            Progress.Complete => PreparationTaskStatus.Done,
            _ when today > lateAfter => PreparationTaskStatus.Overdue,
            Progress.Part => PreparationTaskStatus.InProgress,
            _ => PreparationTaskStatus.NotStarted,
        };
        var reminder = status == PreparationTaskStatus.Overdue
            || (status != PreparationTaskStatus.Done && calendar.WorkingDaysBetween(today, lateAfter) <= policy.DueSoonWithin);
        return new PreparationTask(kind, status, dueOn, left, reminder, why);
    }

    private static string DateDisplayText(DateOnly date) =>
        date.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
