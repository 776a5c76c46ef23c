namespace Iro.Core.Calendar;

/// <summary>"Today" for statutory deadlines: the date in England, not in UTC.</summary>
/// <remarks>Architecture guide §3 convention 3. Between midnight and 01:00 in British Summer Time the UTC date
/// is still yesterday, so using it would make a review look one day less overdue.</remarks>
public static class TimeProviderExtensions
{
    private static readonly TimeZoneInfo? London =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone : null;

    /// <summary>The current date in Europe/London according to <paramref name="clock"/>.</summary>
    public static DateOnly TodayInEngland(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var utcNow = clock.GetUtcNow();
        return London is null
            ? DateInEnglandWithoutTimeZoneData(utcNow)
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utcNow, London).DateTime);
    }

    /// <summary>Fallback for hosts without time zone data (for example chiseled container images).</summary>
    /// <remarks>Summer Time Act 1972 as amended by the Summer Time Order 2002: British Summer Time runs from
    /// 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October.</remarks>
    internal static DateOnly DateInEnglandWithoutTimeZoneData(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var bstStarts = LastSunday(utc.Year, 3).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        var bstEnds = LastSunday(utc.Year, 10).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        var local = utc >= bstStarts && utc < bstEnds ? utc.AddHours(1) : utc;
        return DateOnly.FromDateTime(local);
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
