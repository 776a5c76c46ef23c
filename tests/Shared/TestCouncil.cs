using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Reviews;
using Iro.Core.Users;

namespace Iro.Tests.Shared;

/// <summary>Two small fictional councils with known facts, so page tests can assert exact content.
/// "Today" in these tests is Monday 23 November 2026.</summary>
public sealed class TestCouncil
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public const string Password = "correct-horse-battery";

    public Council North { get; } = new() { Code = "981", Name = "North Testshire Council" };
    public Council South { get; } = new() { Code = "982", Name = "South Testshire Council" };
    public StaffMember Manager { get; }
    public StaffMember IroAda { get; }
    public StaffMember IroBen { get; }
    public StaffMember SouthIro { get; }
    public StaffMember SocialWorker { get; }
    public StaffMember Advocate { get; }
    public Child Overdue { get; }
    public Child DueSoon { get; }
    public Child Scheduled { get; }
    public Child BensChild { get; }
    public Child NoIro { get; }
    public Child SouthChild { get; }
    public IReadOnlyList<(string Email, string Role, StaffMember? Staff, Council? Council)> Users { get; }

    public TestCouncil()
    {
        var calendar = WorkingDayCalendar.Default;
        Manager = Staff(North, "Morgan", "Manager", StaffRole.IroManager, null);
        IroAda = Staff(North, "Ada", "Reviewer", StaffRole.Iro, Manager.Id);
        IroBen = Staff(North, "Ben", "Chair", StaffRole.Iro, Manager.Id);
        SouthIro = Staff(South, "Sol", "Southern", StaffRole.Iro, null);
        SocialWorker = Staff(North, "Sara", "Worker", StaffRole.SocialWorker, null);
        Advocate = Staff(North, "Avery", "Advocate", StaffRole.Advocate, null);

        // Became looked after 1 June 2026; first review held 26 June; second due 26 Sept: overdue today.
        Overdue = Child(North, "N0001", "Olive", "Overdue", new(2014, 4, 2), new(2026, 6, 1), IroAda);
        Overdue.RecordReviewHeld(new(2026, 6, 26), IroAda.Id, ParticipationCode.PN1, calendar);
        // Became looked after 9 November 2026: first review due on the 20th working day, 7 December: due soon.
        DueSoon = Child(North, "N0002", "Dara", "Duesoon", new(2024, 1, 15), new(2026, 11, 9), IroAda);
        // First review 10 June 2026, second 8 September 2026: next due 8 March 2027.
        Scheduled = Child(North, "N0003", "Sky", "Scheduled", new(2010, 7, 7), new(2026, 5, 18), IroAda);
        Scheduled.RecordReviewHeld(new(2026, 6, 10), IroAda.Id, ParticipationCode.PN6, calendar);
        Scheduled.RecordReviewHeld(new(2026, 9, 8), IroAda.Id, ParticipationCode.PN1, calendar);
        BensChild = Child(North, "N0004", "Bea", "Benschild", new(2012, 3, 3), new(2026, 10, 1), IroBen);
        NoIro = Child(North, "N0005", "Nia", "Noiro", new(2019, 9, 9), new(2026, 11, 18), null);
        SouthChild = Child(South, "S0001", "Sid", "Southchild", new(2013, 5, 5), new(2026, 9, 1), SouthIro);
        SocialWorker.LineManagerId = null;
        DueSoon.SocialWorkerId = SocialWorker.Id;
        // Olive has an advocate; no other child does.
        Overdue.ReferToAdvocate(Advocate.Id, new(2026, 10, 1));

        Users =
        [
            ("ada@north.test", Roles.Iro, IroAda, North),
            ("ben@north.test", Roles.Iro, IroBen, North),
            ("manager@north.test", Roles.IroManager, Manager, North),
            ("worker@north.test", Roles.SocialWorker, SocialWorker, North),
            ("inspector@north.test", Roles.Inspector, null, North),
            ("admin@north.test", Roles.CouncilAdministrator, null, North),
            ("analyst@north.test", Roles.DataAnalyst, null, North),
            ("advocate@north.test", Roles.Advocate, Advocate, North),
            ("visitor@north.test", Roles.Regulation44Visitor, null, North),
            ("sol@south.test", Roles.Iro, SouthIro, South),
        ];
    }

    public IEnumerable<object> Entities() =>
        new object[] { North, South, Manager, IroAda, IroBen, SouthIro, SocialWorker, Advocate }
            .Concat(new[] { IroAda, IroBen, SouthIro }.Select(i => (object)new IroProfile
            {
                StaffMemberId = i.Id, CouncilId = i.CouncilId, Fte = i == IroBen ? 0.5m : 1.0m, SweRegistrationNumber = "SW000001",
            }))
            .Concat([Overdue, DueSoon, Scheduled, BensChild, NoIro, SouthChild]);

    public IroUser UserFor(string email)
    {
        var (address, role, staff, council) = Users.Single(u => u.Email == email);
        return new IroUser
        {
            UserName = address, Email = address, EmailConfirmed = true, Role = role,
            DisplayName = staff?.FullName ?? address, StaffMemberId = staff?.Id, CouncilId = council?.Id,
        };
    }

    private static StaffMember Staff(Council council, string given, string family, StaffRole role, StaffMemberId? manager) =>
        new() { CouncilId = council.Id, GivenName = given, FamilyName = family, Role = role, LineManagerId = manager };

    private static Child Child(Council council, string number, string given, string family, DateOnly dob, DateOnly startedOn, StaffMember? iro)
    {
        var child = new Child
        {
            CouncilId = council.Id, ChildNumber = number, GivenName = given, FamilyName = family,
            Sex = "F", DateOfBirth = dob, Ethnicity = "WBRI",
        };
        var period = child.StartPeriodOfCare(startedOn);
        period.AddEpisode(new Episode
        {
            ChildId = child.Id, CouncilId = council.Id, StartedOn = startedOn, ReasonForNewEpisode = "S",
            LegalStatus = "C1", CategoryOfNeed = "N1", Placement = "U6", PlacementProvider = "PR1",
        });
        if (iro is not null)
        {
            child.AllocateIro(iro.Id, startedOn, "Allocated on becoming looked after");
        }
        child.RecomputeReviewSchedule(WorkingDayCalendar.Default);
        return child;
    }
}
