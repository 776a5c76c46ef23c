using System.CommandLine;
using Iro.Cli.Commands;

var root = new RootCommand("Iro: the Independent Reviewing Officer service's system.");
// The commands, by the names each group adds. A call that names one builds only its group: building them all
// loads the web host's and both databases' assemblies, which a one-shot command such as `validate ssda903`
// otherwise pays for at every start. Anything else (help, a typo) builds them all.
(string[] Names, Func<IEnumerable<Command>> Create)[] groups =
[
    (["calendar"], () => [CalendarCommands.Create()]),
    (["schedule"], () => [ScheduleCommand.Create()]),
    (["serve", "demo", "migrate"], HostCommands.Create),
    (["users"], () => [UsersCommands.Create()]),
    (["council"], () => [CouncilCommands.Create()]),
    (["recompute-due-dates"], () => [RecomputeCommand.Create()]),
    (["backup", "restore"], BackupCommands.Create),
    (["import", "export", "validate", "generate"], Ssda903Commands.Create),
    (["audit"], () => [AuditCommands.Create()]),
];
var named = args.Length > 0 ? Array.FindAll(groups, g => g.Names.Contains(args[0])) : [];
foreach (var (_, create) in named.Length > 0 ? named : groups)
{
    foreach (var command in create())
    {
        root.Subcommands.Add(command);
    }
}
var parse = root.Parse(args);
Iro.Core.Audit.ChangeContext.ProcessDefault = AuditCommands.ChangeContextFor(parse);
return await parse.InvokeAsync();
