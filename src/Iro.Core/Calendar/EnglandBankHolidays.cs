using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;

namespace Iro.Core.Calendar;

/// <summary>England-and-Wales bank holidays for 2000 to 2100: the standing rules, the built-in table of one-off
/// changes, optionally GOV.UK data for the years it covers, and configured one-off changes on top.</summary>
/// <remarks>
/// <para>Standing rules (domain reference §3.2): New Year's Day, or the following Monday when 1 January is a
/// Saturday or Sunday; Good Friday and Easter Monday from the Western (Gregorian) computus; the first Monday in
/// May; the last Monday in May; the last Monday in August; Christmas Day and Boxing Day, with substitute Mondays
/// and Tuesdays when they fall at a weekend (Banking and Financial Dealings Act 1971 Sch 1 and royal
/// proclamations).</para>
/// <para>One-off changes (§3.3): 2002 Golden Jubilee, 2011 Royal Wedding, 2012 Diamond Jubilee, 2020 VE Day,
/// 2022 Platinum Jubilee and State Funeral, 2023 Coronation. A moved holiday's original date is a working day.
/// Holidays announced later must be supplied as <see cref="BankHolidayChange"/>s (configuration) or by importing
/// GOV.UK data (<see cref="FromGovUkJson"/>) until the built-in table is updated.</para>
/// <para>Substitute days are named "Substitute day for …" (GOV.UK gives the holiday's own title with a
/// "Substitute day" note) so that an explanation naming the date reads correctly.</para>
/// <para>Immutable after construction, so safe to share between threads.</para>
/// </remarks>
public sealed class EnglandBankHolidays
{
    internal const int FirstYear = 2000;
    internal const int LastYear = 2100;

    internal const string NewYearsDay = "New Year’s Day";
    internal const string GoodFriday = "Good Friday";
    internal const string EasterMonday = "Easter Monday";
    internal const string EarlyMay = "Early May bank holiday";
    internal const string Spring = "Spring bank holiday";
    internal const string Summer = "Summer bank holiday";
    internal const string ChristmasDay = "Christmas Day";
    internal const string BoxingDay = "Boxing Day";

    private const string SubstitutePrefix = "Substitute day for ";

    // Domain reference §3.3, plus the 2002 Golden Jubilee for 2000–2010 coverage. The millennium holiday
    // (31 December 1999) is before the supported range.
    private static readonly BankHolidayChange[] BuiltInChanges =
    [
        new(new DateOnly(2002, 5, 27), Spring, Removed: true),
        new(new DateOnly(2002, 6, 3), "Golden Jubilee bank holiday"),
        new(new DateOnly(2002, 6, 4), Spring),
        new(new DateOnly(2011, 4, 29), "Royal wedding"),
        new(new DateOnly(2012, 5, 28), Spring, Removed: true),
        new(new DateOnly(2012, 6, 4), Spring),
        new(new DateOnly(2012, 6, 5), "Queen’s Diamond Jubilee"),
        new(new DateOnly(2020, 5, 4), EarlyMay, Removed: true),
        new(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)"),
        new(new DateOnly(2022, 5, 30), Spring, Removed: true),
        new(new DateOnly(2022, 6, 2), Spring),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
        new(new DateOnly(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    private readonly ReadOnlyCollection<BankHoliday>[] _byYear;
    private readonly FrozenDictionary<DateOnly, string> _names;

    /// <summary>The standing rules and built-in one-off changes, with <paramref name="additionalChanges"/>
    /// (from configuration) applied on top, in order.</summary>
    /// <param name="additionalChanges">One-off changes not yet in the built-in table. A Remove of a date that
    /// is not a holiday does nothing; an Add of a date that already is one renames it.</param>
    public EnglandBankHolidays(IEnumerable<BankHolidayChange>? additionalChanges = null)
        : this(imported: null, additionalChanges)
    {
    }

    private EnglandBankHolidays(Dictionary<int, Dictionary<DateOnly, string>>? imported,
        IEnumerable<BankHolidayChange>? additionalChanges)
    {
        var years = new Dictionary<DateOnly, string>[LastYear - FirstYear + 1];
        for (var year = FirstYear; year <= LastYear; year++)
        {
            years[year - FirstYear] = imported is not null && imported.TryGetValue(year, out var fromGovUk)
                ? fromGovUk
                : StandingRules(year);
        }
        foreach (var change in BuiltInChanges)
        {
            if (imported is null || !imported.ContainsKey(change.Date.Year))
            {
                Apply(years[change.Date.Year - FirstYear], change);
            }
        }
        foreach (var change in Validate(additionalChanges))
        {
            Apply(years[change.Date.Year - FirstYear], change);
        }

        _byYear = new ReadOnlyCollection<BankHoliday>[years.Length];
        var names = new Dictionary<DateOnly, string>();
        for (var i = 0; i < years.Length; i++)
        {
            var list = new List<BankHoliday>(years[i].Count);
            foreach (var (date, name) in years[i])
            {
                list.Add(new BankHoliday(date, name));
                names.Add(date, name);
            }
            list.Sort(static (a, b) => a.Date.CompareTo(b.Date));
            _byYear[i] = list.AsReadOnly();
        }
        _names = names.ToFrozenDictionary();
    }

    /// <summary>The standing rules and the built-in one-off changes only.</summary>
    public static EnglandBankHolidays Default { get; } = new();

    /// <summary>The bank holidays in <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 2000 and 2100.
    /// </exception>
    public IReadOnlyList<BankHoliday> For(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Bank holidays are known only for {FirstYear} to {LastYear}.");
        }
        return _byYear[year - FirstYear];
    }

    /// <summary>True if <paramref name="date"/> is an England-and-Wales bank holiday.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is not between 2000 and 2100.</exception>
    public bool IsBankHoliday(DateOnly date) => NameOf(date) is not null;

    /// <summary>The holiday's name, for example "Christmas Day", or null if <paramref name="date"/> is not a
    /// bank holiday.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is not between 2000 and 2100.</exception>
    public string? NameOf(DateOnly date)
    {
        if (date.Year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"Bank holidays are known only for {FirstYear} to {LastYear}.");
        }
        return _names.GetValueOrDefault(date);
    }

    /// <summary>Reads the GOV.UK bank-holidays.json file (https://www.gov.uk/bank-holidays.json) and uses its
    /// "england-and-wales" division for every year it contains, instead of the rules and the built-in table.
    /// Other years use the rules. <paramref name="additionalChanges"/> are applied last, on top of both.</summary>
    /// <remarks>Domain reference §3.4. Dates may be ISO (yyyy-MM-dd, the current format) or dd/MM/yyyy (the older
    /// alphagov/calendars format). An event whose notes say "Substitute day" is named "Substitute day for …".
    /// Years outside 2000 to 2100 are ignored.</remarks>
    /// <exception cref="FormatException">The JSON has no "england-and-wales" events, or an event has no valid
    /// date or title.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static EnglandBankHolidays FromGovUkJson(string json,
        IEnumerable<BankHolidayChange>? additionalChanges = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("england-and-wales", out var division)
            || division.ValueKind != JsonValueKind.Object
            || !division.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The bank holidays JSON has no \"england-and-wales\" division with events.");
        }

        var imported = new Dictionary<int, Dictionary<DateOnly, string>>();
        foreach (var item in events.EnumerateArray())
        {
            var dateText = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("date", out var d)
                && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var title = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("title", out var t)
                && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (!DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var date))
            {
                throw new FormatException($"A bank holiday in the JSON has no valid date: \"{dateText}\".");
            }
            if (string.IsNullOrWhiteSpace(title))
            {
                throw new FormatException($"The bank holiday on {date:yyyy-MM-dd} in the JSON has no title.");
            }
            if (date.Year is < FirstYear or > LastYear)
            {
                continue;
            }
            var notes = item.TryGetProperty("notes", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()
                : null;
            var name = string.Equals(notes?.Trim(), "Substitute day", StringComparison.OrdinalIgnoreCase)
                ? SubstitutePrefix + title.Trim()
                : title.Trim();
            if (!imported.TryGetValue(date.Year, out var year))
            {
                year = [];
                imported.Add(date.Year, year);
            }
            year.TryAdd(date, name);
        }
        return new EnglandBankHolidays(imported, additionalChanges);
    }

    /// <summary>Easter Sunday in the Gregorian calendar: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// </summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }

    private static Dictionary<DateOnly, string> StandingRules(int year)
    {
        var holidays = new Dictionary<DateOnly, string>();

        var newYear = new DateOnly(year, 1, 1);
        switch (newYear.DayOfWeek)
        {
            case DayOfWeek.Saturday:
                holidays.Add(newYear.AddDays(2), SubstitutePrefix + NewYearsDay);
                break;
            case DayOfWeek.Sunday:
                holidays.Add(newYear.AddDays(1), SubstitutePrefix + NewYearsDay);
                break;
            default:
                holidays.Add(newYear, NewYearsDay);
                break;
        }

        var easter = EasterSunday(year);
        holidays.Add(easter.AddDays(-2), GoodFriday);
        holidays.Add(easter.AddDays(1), EasterMonday);
        holidays.Add(FirstMonday(year, 5), EarlyMay);
        holidays.Add(LastMonday(year, 5), Spring);
        holidays.Add(LastMonday(year, 8), Summer);

        var christmas = new DateOnly(year, 12, 25);
        switch (christmas.DayOfWeek)
        {
            case DayOfWeek.Friday:
                holidays.Add(christmas, ChristmasDay);
                holidays.Add(christmas.AddDays(3), SubstitutePrefix + BoxingDay);
                break;
            case DayOfWeek.Saturday:
                holidays.Add(christmas.AddDays(2), SubstitutePrefix + ChristmasDay);
                holidays.Add(christmas.AddDays(3), SubstitutePrefix + BoxingDay);
                break;
            case DayOfWeek.Sunday:
                holidays.Add(christmas.AddDays(1), BoxingDay);
                holidays.Add(christmas.AddDays(2), SubstitutePrefix + ChristmasDay);
                break;
            default:
                holidays.Add(christmas, ChristmasDay);
                holidays.Add(christmas.AddDays(1), BoxingDay);
                break;
        }
        return holidays;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    private static void Apply(Dictionary<DateOnly, string> year, BankHolidayChange change)
    {
        if (change.Removed)
        {
            year.Remove(change.Date);
        }
        else
        {
            year[change.Date] = change.Name.Trim();
        }
    }

    private static List<BankHolidayChange> Validate(IEnumerable<BankHolidayChange>? changes)
    {
        var valid = new List<BankHolidayChange>();
        if (changes is null)
        {
            return valid;
        }
        foreach (var change in changes)
        {
            if (change is null)
            {
                throw new ArgumentException("A bank holiday change is missing.", nameof(changes));
            }
            if (change.Date.Year is < FirstYear or > LastYear)
            {
                throw new ArgumentException(
                    $"The bank holiday change on {change.Date:yyyy-MM-dd} is outside {FirstYear} to {LastYear}.",
                    nameof(changes));
            }
            if (!change.Removed && string.IsNullOrWhiteSpace(change.Name))
            {
                throw new ArgumentException(
                    $"The bank holiday added on {change.Date:yyyy-MM-dd} needs a name.", nameof(changes));
            }
            valid.Add(change);
        }
        return valid;
    }
}
