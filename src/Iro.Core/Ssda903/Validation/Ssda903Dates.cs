namespace Iro.Core.Ssda903;

/// <summary>903 dates (ssda903.md §3.1): exactly "dd/MM/yyyy", parsed by hand because a national extract has
/// over a million of them. Accepts what <c>DateOnly.TryParseExact(s, "dd/MM/yyyy", InvariantCulture)</c>
/// accepts, nothing more.</summary>
internal static class Ssda903Dates
{
    /// <summary>A day number (<see cref="DateOnly.DayNumber"/>) for a valid date, or one of these.</summary>
    public const int Blank = -1;
    public const int Invalid = -2;

    public static int Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Blank;
        }
        if (text.Length != 10 || text[2] != '/' || text[5] != '/')
        {
            return Invalid;
        }
        var day = Digits(text, 0, 2);
        var month = Digits(text, 3, 2);
        var year = Digits(text, 6, 4);
        if (day < 1 || month is < 1 or > 12 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Invalid;
        }
        return new DateOnly(year, month, day).DayNumber;
    }

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    public static bool IsValid(int dayNumber) => dayNumber >= 0;

    public static int AddYears(int dayNumber, int years) => DateOnly.FromDayNumber(dayNumber).AddYears(years).DayNumber;

    /// <summary>Whether <paramref name="day"/> is on or after the <paramref name="years"/>th birthday of someone
    /// born on <paramref name="dob"/> (both valid day numbers). N years last between N × 365 and N × 366 days, so
    /// the calendar is asked only for days within that band: the age rules run over every episode.</summary>
    public static bool IsAtLeast(int day, int dob, int years)
    {
        var days = day - dob;
        if (days < years * 365)
        {
            return false;
        }
        return days >= years * 366 || day >= AddYears(dob, years);
    }
}
