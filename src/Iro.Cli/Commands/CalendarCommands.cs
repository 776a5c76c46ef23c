using System.CommandLine;
using System.Globalization;
using Iro.Core.Calendar;

namespace Iro.Cli.Commands;

/// <summary><c>iro calendar …</c>: the working-day calendar of England and Wales (CPPCR 2010 reg 2(1)).
/// Standard output carries only the answer, so scripts can use it.</summary>
internal static class CalendarCommands
{
    public static Command Create()
    {
        var calendar = new Command("calendar", "Working days and bank holidays in England and Wales.");
        calendar.Subcommands.Add(BankHolidays());
        calendar.Subcommands.Add(AddWorkingDays());
        calendar.Subcommands.Add(WorkingDays());
        return calendar;
    }

    private static Command BankHolidays()
    {
        var year = new Argument<string>("YEAR") { Description = "A year from 2000 to 2100." };
        var command = new Command("bank-holidays", "List a year's bank holidays, one YYYY-MM-DD per line.") { year };
        command.SetAction(parse => CliDates.Run(() =>
        {
            var text = parse.GetValue(year)!;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
            {
                throw new CliUsageException($"YEAR '{text}' must be a year from 2000 to 2100.");
            }
            foreach (var holiday in IroCalendar.Holidays.For(y))
            {
                Console.Out.WriteLine(CliDates.Iso(holiday.Date));
            }
            return 0;
        }));
        return command;
    }

    private static Command AddWorkingDays()
    {
        var date = CliDates.DateArgument("DATE", "The start date (day 0), YYYY-MM-DD.");
        var n = new Argument<string>("N") { Description = "How many working days to add (may be negative)." };
        var command = new Command("add-working-days", "The date N working days after DATE, DATE being day 0.") { date, n };
        command.SetAction(parse => CliDates.Run(() =>
        {
            var start = CliDates.ParseIso(parse.GetValue(date)!, "DATE");
            var text = parse.GetValue(n)!;
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            {
                throw new CliUsageException($"N '{text}' is not a whole number.");
            }
            Console.Out.WriteLine(CliDates.Iso(IroCalendar.WorkingDays.AddWorkingDays(start, count)));
            return 0;
        }));
        return command;
    }

    private static Command WorkingDays()
    {
        var from = CliDates.DateArgument("FROM", "YYYY-MM-DD; not itself counted.");
        var to = CliDates.DateArgument("TO", "YYYY-MM-DD; counted if a working day.");
        var command = new Command("working-days", "The number of working days after FROM up to and including TO.") { from, to };
        command.SetAction(parse => CliDates.Run(() =>
        {
            var a = CliDates.ParseIso(parse.GetValue(from)!, "FROM");
            var b = CliDates.ParseIso(parse.GetValue(to)!, "TO");
            Console.Out.WriteLine(IroCalendar.WorkingDays.WorkingDaysBetween(a, b).ToString(CultureInfo.InvariantCulture));
            return 0;
        }));
        return command;
    }
}
