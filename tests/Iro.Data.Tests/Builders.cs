using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;

namespace Iro.Data.Tests;

/// <summary>Small fictional records for data tests.</summary>
internal static class Builders
{
    public static Council Council(string code) => new() { Code = code, Name = $"Testshire {code}" };

    public static StaffMember Iro(CouncilId council, string family = "Okafor") =>
        new() { CouncilId = council, GivenName = "Test", FamilyName = family, Role = StaffRole.Iro };

    public static Child LookedAfterChild(CouncilId council, string number, DateOnly dob, DateOnly startedOn,
        string legalStatus = "C2", string placement = "U6")
    {
        var child = new Child
        {
            CouncilId = council, ChildNumber = number, GivenName = "Sam", FamilyName = "Testchild",
            Sex = "M", DateOfBirth = dob, Ethnicity = "WBRI",
        };
        var period = child.StartPeriodOfCare(startedOn);
        period.AddEpisode(new Episode
        {
            ChildId = child.Id, CouncilId = council, StartedOn = startedOn, ReasonForNewEpisode = "S",
            LegalStatus = legalStatus, CategoryOfNeed = "N1", Placement = placement, PlacementProvider = "PR1",
        });
        child.RecomputeReviewSchedule(WorkingDayCalendar.Default);
        return child;
    }
}
