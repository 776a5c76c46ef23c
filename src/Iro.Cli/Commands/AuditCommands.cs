using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using Iro.Core.Audit;
using Iro.Core.Data;
using Iro.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Iro.Cli.Commands;

/// <summary><c>iro audit verify</c>: checks every council's audit chain (issue 4, §4) and names the first entry
/// that was altered, removed, inserted or moved. Exit 0 when every chain is intact, 1 when one is broken.</summary>
internal static class AuditCommands
{
    public static Command Create()
    {
        var audit = new Command("audit", "The audit trail of views and changes.");
        var db = HostCommands.DbOption();
        var heads = new Option<bool>("--show-heads") { Description = "Also print each council's head as CODE:SEQUENCE:HASH, to keep outside the database." };
        var anchors = new Option<string[]>("--anchor")
        {
            Description = "A head recorded earlier (CODE:SEQUENCE:HASH, repeatable): the chain must still hold that entry with that hash.",
            AllowMultipleArgumentsPerToken = false,
        };
        var verify = new Command("verify", "Check the audit trail's hash chains; exit 1 and name the first bad entry if one is broken.") { db, heads, anchors };
        verify.SetAction(async (parse, ct) =>
        {
            var expected = new Dictionary<(string Code, long Sequence), string>();
            foreach (var anchor in parse.GetValue(anchors) ?? [])
            {
                var parts = anchor.Split(':');
                if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || parts[2].Length != 64)
                {
                    Console.Error.WriteLine($"iro: --anchor '{anchor}' is not CODE:SEQUENCE:HASH (as printed by --show-heads).");
                    return 2;
                }
                expected[(parts[0], sequence)] = parts[2].ToLowerInvariant();
            }
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
            var councils = await context.Councils.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, ct);
            var chains = await context.AuditEntries.Select(e => e.CouncilId).Distinct().ToListAsync(ct);
            var total = 0L;
            var headLines = new List<string>();
            var found = new Dictionary<(string Code, long Sequence), string>();
            foreach (var councilId in chains.OrderBy(c => councils.GetValueOrDefault(c, c.ToString()), StringComparer.Ordinal))
            {
                var code = councils.GetValueOrDefault(councilId, councilId.ToString());
                var count = 0L;
                AuditEntry? last = null;
                // Streamed, so that a long chain is checked without holding it in memory.
                var entries = context.AuditEntries.AsNoTracking().Where(e => e.CouncilId == councilId).OrderBy(e => e.Sequence)
                    .AsEnumerable().Select(e =>
                    {
                        count++;
                        last = e;
                        if (expected.ContainsKey((code, e.Sequence)))
                        {
                            found[(code, e.Sequence)] = e.Hash;
                        }
                        return e;
                    });
                if (AuditChain.Verify(councilId, entries) is { } broken)
                {
                    Console.WriteLine($"Audit trail broken for council {code}: {broken.Describe()}.");
                    return 1;
                }
                total += count;
                headLines.Add($"{code}:{last?.Sequence}:{last?.Hash}");
            }
            // An intact chain can still have been rewritten whole, or cut short, by someone who can write the
            // table: a head kept outside the database shows either.
            foreach (var ((code, sequence), hash) in expected)
            {
                if (!found.TryGetValue((code, sequence), out var actual))
                {
                    Console.WriteLine($"Audit trail broken for council {code}: entry {sequence} of the anchor is missing: the newest entries were removed.");
                    return 1;
                }
                if (actual != hash)
                {
                    Console.WriteLine($"Audit trail broken for council {code}: entry {sequence} does not match the anchor: the chain was rewritten.");
                    return 1;
                }
            }
            Console.WriteLine($"Audit trail intact: {total} entries in {chains.Count} {(chains.Count == 1 ? "council's chain" : "councils' chains")} ({database.Describe()}).");
            if (parse.GetValue(heads))
            {
                headLines.ForEach(Console.WriteLine);
            }
            return 0;
        });
        audit.Subcommands.Add(verify);
        return audit;
    }

    /// <summary>The change context of a command-line run: the actor is <c>cli:</c> and the command's words, for
    /// example <c>cli:import ssda903</c>.</summary>
    public static ChangeContext ChangeContextFor(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var words = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command && command.Parent is not null; result = command.Parent)
        {
            words.Insert(0, command.Command.Name);
        }
        return ChangeContext.ForCommand(words.Count == 0 ? "iro" : string.Join(' ', words));
    }
}
