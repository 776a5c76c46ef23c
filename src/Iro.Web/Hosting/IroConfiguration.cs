using System.Globalization;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Microsoft.Extensions.Configuration;

namespace Iro.Web.Hosting;

/// <summary>Configuration shared by the web host and the CLI: <c>appsettings.json</c> beside the program,
/// then environment variables prefixed <c>IRO_</c> (for example <c>IRO_DB</c>, or
/// <c>IRO_Calendar__BankHolidayChanges__0__Date</c>), then the command line.</summary>
public static class IroConfiguration
{
    public static IConfiguration Load(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("IRO_")
            .AddCommandLine(args)
            .Build();

    /// <summary>Bank holidays from the standing rules plus one-off changes announced after this release,
    /// listed under <c>Calendar:BankHolidayChanges</c> as <c>{ "Date": "YYYY-MM-DD", "Name": "…", "Removed": false }</c>.</summary>
    public static EnglandBankHolidays BankHolidays(IConfiguration configuration)
    {
        var changes = new List<BankHolidayChange>();
        foreach (var item in configuration.GetSection("Calendar:BankHolidayChanges").GetChildren())
        {
            var dateText = item["Date"];
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidOperationException(
                    $"Configuration Calendar:BankHolidayChanges:{item.Key}:Date '{dateText}' is not a date in the form YYYY-MM-DD.");
            }
            var removed = bool.TryParse(item["Removed"], out var r) && r;
            changes.Add(new BankHolidayChange(date, item["Name"] ?? (removed ? "Removed" : "Bank holiday"), removed));
        }
        return changes.Count == 0 ? EnglandBankHolidays.Default : new EnglandBankHolidays(changes);
    }

    /// <summary>The database: <c>--db</c> wins, then <c>IRO_DB</c>, then <paramref name="fallback"/>.</summary>
    public static DatabaseProvider Database(string? db, IConfiguration configuration, string? fallback = null)
    {
        var spec = db ?? configuration["DB"] ?? fallback
            ?? throw new InvalidOperationException("No database given: use --db sqlite:PATH or --db postgres:CONNECTION_STRING, or set IRO_DB.");
        return DatabaseProvider.Parse(spec);
    }
}
