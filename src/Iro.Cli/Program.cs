using System.CommandLine;
using Iro.Cli.Commands;

var root = new RootCommand("Iro: the Independent Reviewing Officer service's system.");
root.Subcommands.Add(CalendarCommands.Create());
root.Subcommands.Add(ScheduleCommand.Create());
foreach (var command in HostCommands.Create())
{
    root.Subcommands.Add(command);
}
root.Subcommands.Add(UsersCommands.Create());
root.Subcommands.Add(CouncilCommands.Create());
root.Subcommands.Add(RecomputeCommand.Create());
foreach (var command in BackupCommands.Create())
{
    root.Subcommands.Add(command);
}
foreach (var command in Ssda903Commands.Create())
{
    root.Subcommands.Add(command);
}
root.Subcommands.Add(AuditCommands.Create());
var parse = root.Parse(args);
Iro.Core.Audit.ChangeContext.ProcessDefault = AuditCommands.ChangeContextFor(parse);
return await parse.InvokeAsync();
