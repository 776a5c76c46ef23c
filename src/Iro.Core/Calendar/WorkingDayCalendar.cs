namespace Iro.Core.Calendar;

/// <summary>Working days in England for 2000 to 2100.</summary>
/// <remarks>
/// <para>CPPCR 2010 reg 2(1): a working day is any day other than a Saturday, a Sunday, Christmas Day, Good
/// Friday or a bank holiday in England and Wales. Christmas Day and Good Friday are non-working in their own
/// right, so they stay non-working even if a configured change removes them from the bank holiday list.</para>
/// <para>Counting follows domain reference §2.6 item 1: the start date is day 0 whether or not it is a working
/// day. <see cref="WorkingDaysBetween"/>(d, <see cref="AddWorkingDays"/>(d, n)) is n for every d and n ≥ 0, and
/// for n &lt; 0 when d is a working day.</para>
/// <para>Every day in the range is classified once, at construction, into a running count of working days, so
/// each operation is a few array reads with no allocation. Immutable, so safe to share between threads.</para>
/// </remarks>
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private static readonly DateOnly First = new(EnglandBankHolidays.FirstYear, 1, 1);
    private static readonly DateOnly Last = new(EnglandBankHolidays.LastYear, 12, 31);

    private readonly EnglandBankHolidays _holidays;

    // _workingUpTo[i] = number of working days from First up to and including First + i.
    private readonly int[] _workingUpTo;

    // _workingDays[k] = day number of the (k + 1)th working day on or after First.
    private readonly int[] _workingDays;

    /// <summary>A calendar using <paramref name="holidays"/> for England-and-Wales bank holidays.</summary>
    public WorkingDayCalendar(EnglandBankHolidays holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        _holidays = holidays;
        var days = Last.DayNumber - First.DayNumber + 1;
        _workingUpTo = new int[days];
        var workingDays = new List<int>(days);
        for (var i = 0; i < days; i++)
        {
            var date = First.AddDays(i);
            if (ReasonNotWorking(date) is null)
            {
                workingDays.Add(date.DayNumber);
            }
            _workingUpTo[i] = workingDays.Count;
        }
        _workingDays = [.. workingDays];
    }

    /// <summary>The calendar for <see cref="EnglandBankHolidays.Default"/>.</summary>
    public static WorkingDayCalendar Default { get; } = new(EnglandBankHolidays.Default);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The date is not between 2000 and 2100.</exception>
    public bool IsWorkingDay(DateOnly date)
    {
        var i = Index(date, nameof(date));
        return _workingUpTo[i] - (i == 0 ? 0 : _workingUpTo[i - 1]) == 1;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or the result is not between 2000
    /// and 2100.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        var i = Index(start, nameof(start));
        if (n == 0)
        {
            return start;
        }
        long k = _workingUpTo[i];
        if (n > 0)
        {
            k += n - 1L;
        }
        else
        {
            var workingBeforeStart = k - (IsWorkingDay(start) ? 1 : 0);
            k = workingBeforeStart + n;
        }
        if (k < 0 || k >= _workingDays.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n,
                $"Counting {n} working days from {start:yyyy-MM-dd} goes outside {First.Year} to {Last.Year}.");
        }
        return DateOnly.FromDayNumber(_workingDays[k]);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">A date is not between 2000 and 2100.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        _workingUpTo[Index(to, nameof(to))] - _workingUpTo[Index(from, nameof(from))];

    /// <inheritdoc/>
    /// <remarks>The reason is the bank holiday's name if the day is one, otherwise "Christmas Day" or "Good
    /// Friday" (reg 2(1)), otherwise the weekday.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A date is not between 2000 and 2100.</exception>
    public IReadOnlyList<NonWorkingDay> NonWorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var from = Index(fromExclusive, nameof(fromExclusive));
        var to = Index(toInclusive, nameof(toInclusive));
        var days = new List<NonWorkingDay>();
        for (var i = from + 1; i <= to; i++)
        {
            if (_workingUpTo[i] == _workingUpTo[i - 1])
            {
                var date = First.AddDays(i);
                days.Add(new NonWorkingDay(date, ReasonNotWorking(date)!));
            }
        }
        return days;
    }

    private string? ReasonNotWorking(DateOnly date)
    {
        if (_holidays.NameOf(date) is { } name)
        {
            return name;
        }
        if (date is { Month: 12, Day: 25 })
        {
            return EnglandBankHolidays.ChristmasDay;
        }
        if (date == EnglandBankHolidays.EasterSunday(date.Year).AddDays(-2))
        {
            return EnglandBankHolidays.GoodFriday;
        }
        return date.DayOfWeek switch
        {
            DayOfWeek.Saturday => "Saturday",
            DayOfWeek.Sunday => "Sunday",
            _ => null,
        };
    }

    private static int Index(DateOnly date, string paramName)
    {
        if (date < First || date > Last)
        {
            throw new ArgumentOutOfRangeException(paramName, date,
                $"Working days are known only for {First.Year} to {Last.Year}.");
        }
        return date.DayNumber - First.DayNumber;
    }
}
