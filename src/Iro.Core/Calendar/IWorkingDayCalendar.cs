namespace Iro.Core.Calendar;

/// <summary>Working-day arithmetic for statutory time limits.</summary>
/// <remarks>CPPCR 2010 reg 2(1): a working day is any day other than a Saturday, a Sunday, Christmas Day,
/// Good Friday or a bank holiday in England and Wales. Counting follows domain reference §2.6 item 1: the start
/// date is day 0 whether or not it is a working day.</remarks>
public interface IWorkingDayCalendar
{
    /// <summary>True unless the date is a Saturday, Sunday, Christmas Day, Good Friday or an England-and-Wales
    /// bank holiday.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The <paramref name="n"/>th working day after <paramref name="start"/>, which is day 0 whatever
    /// it is. <paramref name="n"/> = 0 returns <paramref name="start"/>; a negative <paramref name="n"/> returns
    /// the |n|th working day before <paramref name="start"/>.</summary>
    DateOnly AddWorkingDays(DateOnly start, int n);

    /// <summary>The number of working days after <paramref name="from"/> up to and including
    /// <paramref name="to"/>; 0 when they are equal. When <paramref name="to"/> is before
    /// <paramref name="from"/> the result is the mirror, <c>-WorkingDaysBetween(to, from)</c>.</summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);

    /// <summary>The non-working days after <paramref name="fromExclusive"/> up to and including
    /// <paramref name="toInclusive"/>, in date order, with reasons; empty when
    /// <paramref name="toInclusive"/> is not after <paramref name="fromExclusive"/>.</summary>
    IReadOnlyList<NonWorkingDay> NonWorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive);
}
