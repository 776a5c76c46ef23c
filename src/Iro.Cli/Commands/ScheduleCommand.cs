using System.CommandLine;
using Iro.Core.Reviews;

namespace Iro.Cli.Commands;

/// <summary><c>iro schedule</c>: the next statutory review for a child, from the facts given, with its rule
/// (CPPCR 2010 regs 33 and 48).</summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var lookedAfterOn = new Option<string>("--looked-after-on")
        {
            Description = "The day the child became looked after (or the first short break began), YYYY-MM-DD.",
            Required = true,
        };
        var held = new Option<string[]>("--held") { Description = "A date a review was held, YYYY-MM-DD; repeat for each." };
        var shortBreaks = new Option<bool>("--short-breaks") { Description = "The child is looked after only through an agreed series of short breaks (LS V3/V4, reg 48)." };
        var command = new Command("schedule", "When the next review is due, and why.") { lookedAfterOn, held, shortBreaks };
        command.SetAction(parse => CliDates.Run(() =>
        {
            var start = CliDates.ParseIso(parse.GetValue(lookedAfterOn)!, "--looked-after-on");
            var heldOn = (parse.GetValue(held) ?? []).Select(h => CliDates.ParseIso(h, "--held")).ToList();
            var beforeStart = heldOn.Where(h => h < start).ToList();
            if (beforeStart.Count > 0)
            {
                throw new CliUsageException($"--held {CliDates.Iso(beforeStart[0])} is before the child became looked after on {CliDates.Iso(start)}.");
            }
            var due = ReviewSchedule.Next(start, heldOn, parse.GetValue(shortBreaks), [], IroCalendar.WorkingDays);
            var kind = due.Kind switch
            {
                ReviewKind.First => "first",
                ReviewKind.Second => "second",
                _ => "subsequent",
            };
            Console.Out.WriteLine($"{CliDates.Iso(due.DueOn)} {kind}");
            Console.Out.WriteLine(due.Explanation.Text);
            return 0;
        }));
        return command;
    }
}
