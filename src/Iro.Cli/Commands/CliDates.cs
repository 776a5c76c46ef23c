using System.CommandLine;
using System.Globalization;

namespace Iro.Cli.Commands;

internal static class CliDates
{
    /// <summary>Arguments and options take ISO dates (YYYY-MM-DD), whatever the machine's culture.</summary>
    public static DateOnly ParseIso(string value, string name) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliUsageException($"{name} '{value}' is not a date in the form YYYY-MM-DD.");

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Argument<string> DateArgument(string name, string description) => new(name) { Description = description };

    /// <summary>Runs a command body, turning usage mistakes into one clear line on standard error and exit code 2.</summary>
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliUsageException e)
        {
            Console.Error.WriteLine($"iro: {e.Message}");
            return 2;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.Error.WriteLine($"iro: {e.Message}");
            return 2;
        }
    }
}

internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message) : base(message) { }
    public CliUsageException() { }
    public CliUsageException(string message, Exception inner) : base(message, inner) { }
}
