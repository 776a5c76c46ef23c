namespace Iro.Core.Reviews;

/// <summary>One person at the review, as typed.</summary>
public sealed record AttendeeEntry(string Name, string Role, string? PartAttended);

/// <summary>The record of a review meeting held (or reconvened), as the IRO gives it.</summary>
public sealed record ReviewMeeting
{
    public required DateOnly HeldOn { get; init; }
    public StaffMemberId? ChairId { get; init; }
    public required ParticipationCode Code { get; init; }
    public required MeetingMode Mode { get; init; }
    public string? Venue { get; init; }
    public IReadOnlyList<AttendeeEntry> Attendees { get; init; } = [];
    public required string WishesAndFeelings { get; init; }
    public required CarePlanView PlanView { get; init; }
    public string? PlanViewReason { get; init; }
    public ChildSpokenForBy? SpokenForBy { get; init; }
    public string? AdvocateName { get; init; }
}

/// <summary>Which answer a problem is about, so that a page can put the message by the field.</summary>
public enum MeetingField
{
    HeldOn,
    Venue,
    Attendees,
    WishesAndFeelings,
    PlanViewReason,
    Code,
    SpokenForBy,
    AdvocateName,
}

public sealed record MeetingProblem(MeetingField Field, string Message);

/// <summary>The rules a meeting record must meet, as pure functions.</summary>
public static class ReviewMeetingRules
{
    public const int MaxWishesAndFeelings = 4000;
    public const int MaxReason = 2000;
    public const int MaxName = 200;
    public const int MaxVenue = 300;
    public const int MaxAttendees = 30;

    /// <summary>PN2 and PN5 say someone spoke for the child: an advocate or the IRO (903 REVIEW_CODE; domain
    /// reference §8: "require a linked advocate record, or a record that the IRO spoke for the child").</summary>
    public static bool NeedsSpokenFor(ParticipationCode code) => code is ParticipationCode.PN2 or ParticipationCode.PN5;

    public static string DescribeSpokenFor(ChildSpokenForBy by) => by switch
    {
        ChildSpokenForBy.Advocate => "An advocate",
        ChildSpokenForBy.Iro => "The IRO",
        _ => by.ToString(),
    };

    public static string DescribeMode(MeetingMode mode) => mode switch
    {
        MeetingMode.InPerson => "In person",
        MeetingMode.Remote => "Remotely (video or telephone)",
        MeetingMode.Hybrid => "In person, with some joining remotely",
        _ => mode.ToString(),
    };

    public static string DescribePlanView(CarePlanView view) => view switch
    {
        CarePlanView.Endorsed => "Endorsed",
        CarePlanView.PartlyEndorsed => "Partly endorsed",
        CarePlanView.NotEndorsed => "Not endorsed",
        _ => view.ToString(),
    };

    /// <summary>Every problem with the record, for a child of <paramref name="ageOnDay"/> on the day; empty when
    /// it can be recorded.</summary>
    public static IReadOnlyList<MeetingProblem> Check(ReviewMeeting meeting, int ageOnDay)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var problems = new List<MeetingProblem>();
        if (meeting.Mode != MeetingMode.Remote && string.IsNullOrWhiteSpace(meeting.Venue))
        {
            problems.Add(new(MeetingField.Venue, "Enter where the review was held"));
        }
        else if (meeting.Venue?.Trim().Length > MaxVenue)
        {
            problems.Add(new(MeetingField.Venue, $"The venue must be {MaxVenue} characters or fewer"));
        }
        if (meeting.Attendees.Count == 0)
        {
            problems.Add(new(MeetingField.Attendees, "Enter at least one person who attended the review"));
        }
        else if (meeting.Attendees.Count > MaxAttendees)
        {
            problems.Add(new(MeetingField.Attendees, $"Enter {MaxAttendees} people or fewer"));
        }
        else if (meeting.Attendees.Any(a => string.IsNullOrWhiteSpace(a.Name) || string.IsNullOrWhiteSpace(a.Role)))
        {
            problems.Add(new(MeetingField.Attendees, "Enter the name and the role or relationship of each person who attended"));
        }
        else if (meeting.Attendees.Any(a => a.Name.Length > MaxName || a.Role.Length > MaxName || a.PartAttended?.Length > MaxName))
        {
            problems.Add(new(MeetingField.Attendees, $"Each name, role and part must be {MaxName} characters or fewer"));
        }
        if (string.IsNullOrWhiteSpace(meeting.WishesAndFeelings))
        {
            problems.Add(new(MeetingField.WishesAndFeelings, "Enter the child's wishes and feelings"));
        }
        else if (meeting.WishesAndFeelings.Length > MaxWishesAndFeelings)
        {
            problems.Add(new(MeetingField.WishesAndFeelings, $"The child's wishes and feelings must be {MaxWishesAndFeelings:N0} characters or fewer"));
        }
        if (meeting.PlanView != CarePlanView.Endorsed && string.IsNullOrWhiteSpace(meeting.PlanViewReason))
        {
            problems.Add(new(MeetingField.PlanViewReason, "Enter why you do not fully endorse the care plan"));
        }
        else if (meeting.PlanViewReason?.Length > MaxReason)
        {
            problems.Add(new(MeetingField.PlanViewReason, $"The reason must be {MaxReason:N0} characters or fewer"));
        }
        if (ParticipationCodes.CheckAgainstAge(meeting.Code, ageOnDay) is { } age)
        {
            problems.Add(new(MeetingField.Code, age));
        }
        if (NeedsSpokenFor(meeting.Code))
        {
            if (meeting.SpokenForBy is null)
            {
                problems.Add(new(MeetingField.SpokenForBy, $"Select who spoke for the child: {meeting.Code} means an advocate or the IRO did"));
            }
            else if (meeting.SpokenForBy == ChildSpokenForBy.Advocate && string.IsNullOrWhiteSpace(meeting.AdvocateName))
            {
                problems.Add(new(MeetingField.AdvocateName, "Enter the advocate's name"));
            }
            else if (meeting.AdvocateName?.Trim().Length > MaxName)
            {
                problems.Add(new(MeetingField.AdvocateName, $"The advocate's name must be {MaxName} characters or fewer"));
            }
        }
        return problems;
    }
}
