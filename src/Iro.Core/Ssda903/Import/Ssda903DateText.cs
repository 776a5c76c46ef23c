using System.Globalization;

namespace Iro.Core.Ssda903;

/// <summary>903 dates as <see cref="DateOnly"/> for import and export; parsing is <see cref="Ssda903Dates"/>'s.</summary>
public static class Ssda903DateText
{
    public static bool TryParse(string text, out DateOnly date)
    {
        var day = Ssda903Dates.Parse(text);
        date = Ssda903Dates.IsValid(day) ? DateOnly.FromDayNumber(day) : default;
        return Ssda903Dates.IsValid(day);
    }

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";
}
