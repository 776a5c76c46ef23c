using System.CommandLine;
using Iro.Core.Data;
using Iro.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Iro.Cli.Commands;

/// <summary><c>iro recompute-due-dates</c>: recomputes every stored review due date from the facts, after a
/// change of rule or of the bank-holiday configuration. One transaction: all or nothing.</summary>
internal static class RecomputeCommand
{
    public static Command Create()
    {
        var db = HostCommands.DbOption();
        var command = new Command("recompute-due-dates", "Recompute every child's review due dates (after a bank-holiday or rule change).") { db };
        command.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
            var children = await context.Children.AsSplitQuery()
                .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
                .Include(c => c.Reviews)
                .Include(c => c.Triggers)
                .ToListAsync(ct);
            foreach (var child in children)
            {
                child.RecomputeReviewSchedule(IroCalendar.WorkingDays);
            }
            var changed = context.ChangeTracker.Entries<Core.Reviews.Review>()
                .Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
            await context.SaveChangesAsync(ct);
            Console.Error.WriteLine($"Recomputed {children.Count} children's schedules in {database.Describe()}; {changed} reviews changed.");
            return 0;
        });
        return command;
    }
}
