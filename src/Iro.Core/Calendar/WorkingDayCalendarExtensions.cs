namespace Iro.Core.Calendar;

public static class WorkingDayCalendarExtensions
{
    /// <summary>The date itself if it is a working day, otherwise the working day before it.</summary>
    public static DateOnly WorkingDayOnOrBefore(this IWorkingDayCalendar calendar, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }
        return date;
    }

    /// <summary>The date itself if it is a working day, otherwise the working day after it.</summary>
    public static DateOnly WorkingDayOnOrAfter(this IWorkingDayCalendar calendar, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }
}
