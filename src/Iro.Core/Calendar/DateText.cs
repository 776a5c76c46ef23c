using System.Globalization;

namespace Iro.Core.Calendar;

/// <summary>A date as GOV.UK style writes it, "5 January 2026", for explanations and messages built in Core; the
/// same words whatever the server's culture.</summary>
public static class DateText
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
