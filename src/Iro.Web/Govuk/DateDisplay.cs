using System.Globalization;

namespace Iro.Web.Govuk;

/// <summary>Dates as GOV.UK style writes them on a page (<see cref="Core.Calendar.DateText"/>), and ISO dates for inputs.</summary>
public static class DateDisplay
{
    public static string Long(DateOnly date) => Core.Calendar.DateText.Long(date);

    public static string Long(DateOnly? date, string none = "Not recorded") => date is { } d ? Long(d) : none;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
