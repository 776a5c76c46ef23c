using System.Globalization;

namespace Iro.Core.Ssda903;

/// <summary>An SSDA903 collection year: 1 April to 31 March, written "2025-26". The public validator labels
/// the same collection by its end year ("2026").</summary>
public readonly record struct CollectionYear(int StartYear) : IComparable<CollectionYear>
{
    public static readonly CollectionYear Earliest = new(2023);
    public static readonly CollectionYear Latest = new(2026);

    public DateOnly Start => new(StartYear, 4, 1);
    public DateOnly End => new(StartYear + 1, 3, 31);
    public string Label => $"{StartYear}-{(StartYear + 1) % 100:00}";

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The collection year a date falls in (1 April to 31 March).</summary>
    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Parses "2025-26"; only the years whose rules Iro holds (2023-24 to 2026-27).</summary>
    public static bool TryParse(string? text, out CollectionYear year)
    {
        year = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || (start + 1) % 100 != end)
        {
            return false;
        }
        year = new CollectionYear(start);
        return year >= Earliest && year <= Latest;
    }

    public int CompareTo(CollectionYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(CollectionYear a, CollectionYear b) => a.StartYear < b.StartYear;
    public static bool operator >(CollectionYear a, CollectionYear b) => a.StartYear > b.StartYear;
    public static bool operator <=(CollectionYear a, CollectionYear b) => a.StartYear <= b.StartYear;
    public static bool operator >=(CollectionYear a, CollectionYear b) => a.StartYear >= b.StartYear;

    public override string ToString() => Label;
}
