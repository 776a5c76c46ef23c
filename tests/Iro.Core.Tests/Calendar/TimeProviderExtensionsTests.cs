using System.Globalization;
using Iro.Core.Calendar;
using Microsoft.Extensions.Time.Testing;
using static Iro.Core.Tests.Dates;

namespace Iro.Core.Tests.Calendar;

public class TimeProviderExtensionsTests
{
    // "Today" is the date in Europe/London (architecture guide §3 convention 3). BST 2026: 29 March 01:00 UTC to
    // 25 October 01:00 UTC.
    public static readonly TheoryData<string, string> Instants = new()
    {
        { "2026-06-30T23:30:00Z", "2026-07-01" }, // BST: already tomorrow in England
        { "2026-06-30T22:59:59Z", "2026-06-30" }, // BST: 23:59 in England
        { "2026-06-30T23:00:00Z", "2026-07-01" }, // BST midnight
        { "2026-01-31T23:30:00Z", "2026-01-31" }, // GMT: same as UTC
        { "2026-12-31T23:59:59Z", "2026-12-31" },
        { "2026-03-28T23:30:00Z", "2026-03-28" }, // the night BST starts, still GMT
        { "2026-03-29T00:59:59Z", "2026-03-29" },
        { "2026-03-29T23:30:00Z", "2026-03-30" }, // first night of BST
        { "2026-10-24T23:30:00Z", "2026-10-25" }, // last night of BST
        { "2026-10-25T23:30:00Z", "2026-10-25" }, // first night of GMT
    };

    private static DateTimeOffset Utc(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    [MemberData(nameof(Instants))]
    public void TodayInEngland_IsTheDateInLondon(string instant, string expected) =>
        Assert.Equal(D(expected), new FakeTimeProvider(Utc(instant)).TodayInEngland());

    [Theory]
    [MemberData(nameof(Instants))]
    public void TodayInEngland_WithoutTimeZoneData_GivesTheSameDate(string instant, string expected) =>
        Assert.Equal(D(expected), TimeProviderExtensions.DateInEnglandWithoutTimeZoneData(Utc(instant)));
}
