using Iro.Core.Monitoring;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Monitoring;

public sealed class MidwayCheckTests
{
    // "MidwayCheck 2026-08-01": kind and date of a recorded contact.
    private static (DateOnly, MonitoringContactKind)[] Contacts(params string[] contacts) =>
        [.. contacts.Select(c => c.Split(' ')).Select(p => (D(p[1]), Enum.Parse<MonitoringContactKind>(p[0])))];

    [Theory]
    // Halfway in calendar days, rounded down: 8 September 2026 to 8 March 2027 is 181 days; day 90 is 7 December.
    [InlineData("2026-09-08", "2027-03-08", new string[0], "2026-12-06", "2026-12-07", false, false)]
    [InlineData("2026-09-08", "2027-03-08", new string[0], "2026-12-07", "2026-12-07", false, true)]
    [InlineData("2026-09-08", "2027-03-08", new[] { "MidwayCheck 2026-11-30" }, "2026-12-10", "2026-12-07", true, false)]
    // A midway check before the last review does not count for this gap, and nor does another kind of contact.
    [InlineData("2026-09-08", "2027-03-08", new[] { "MidwayCheck 2026-09-01", "SpokeToChild 2026-12-01" }, "2026-12-10", "2026-12-07", false, true)]
    [InlineData("2026-06-26", "2026-09-26", new string[0], "2026-11-23", "2026-08-11", false, true)]
    public void Of_IsDueHalfwayBetweenReviews_UntilAMidwayCheckIsRecorded(string last, string next, string[] contacts,
        string today, string due, bool done, bool prompt)
    {
        var check = MidwayCheck.Of(D(last), D(next), Contacts(contacts), D(today))!;

        Assert.Equal((D(due), done, prompt), (check.DueOn, check.IsDone, check.IsDue));
    }

    [Theory]
    [InlineData(null, "2027-03-08")]
    [InlineData("2026-09-08", null)]
    [InlineData("2026-09-08", "2026-09-08")]
    public void Of_WithNoReviewHeldOrNoneDue_IsNull(string? last, string? next) =>
        Assert.Null(MidwayCheck.Of(last is null ? null : D(last), next is null ? null : D(next), [], D("2026-11-23")));
}
