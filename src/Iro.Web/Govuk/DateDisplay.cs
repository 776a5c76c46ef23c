using System.Globalization;

namespace Iro.Web.Govuk;

/// <summary>Dates as GOV.UK style writes them: "5 January 2026", in English whatever the server's culture.</summary>
public static class DateDisplay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string Long(DateOnly? date, string none = "Not recorded") => date is { } d ? Long(d) : none;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
