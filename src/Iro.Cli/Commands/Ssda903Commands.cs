using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Iro.Core;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Ssda903;
using Iro.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Iro.Cli.Commands;

/// <summary><c>iro import|export|validate|generate ssda903 …</c>: the SSDA903 return, so that Iro runs beside the
/// council's main case system without anyone typing a child twice.</summary>
internal static class Ssda903Commands
{
    public static IEnumerable<Command> Create()
    {
        yield return Wrap("import", "Bring data into Iro.", Import());
        yield return Wrap("export", "Write Iro's data out.", Export());
        yield return Wrap("validate", "Check data against the DfE's rules.", Validate());
        yield return Wrap("generate", "Write realistic fictional data.", Generate());
    }

    private static Command Wrap(string verb, string description, Command ssda903)
    {
        var command = new Command(verb, description);
        command.Subcommands.Add(ssda903);
        return command;
    }

    private static Option<string> YearOption() => new("--year") { Required = true, Description = "The collection year, e.g. 2025-26 (2023-24 to 2026-27)." };

    private static CollectionYear ParseYear(string text) =>
        CollectionYear.TryParse(text, out var year)
            ? year
            : throw new CliUsageException($"--year '{text}' is not a collection year from {CollectionYear.Earliest} to {CollectionYear.Latest} (write it like 2025-26).");

    private static Command Import()
    {
        var path = new Argument<string>("PATH") { Description = "A folder of 903 CSV tables, one CSV file, or an XML file." };
        var year = YearOption();
        var council = new Option<string?>("--council") { Description = "The council's three-digit LA code (needed when the database holds more than one council, or none)." };
        var db = HostCommands.DbOption();
        var command = new Command("ssda903", "Import an SSDA903 extract: all or nothing, and idempotent.") { path, year, council, db };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var input = ReadForImport(parse.GetValue(path)!, ParseYear(parse.GetValue(year)!));
                if (input.Problems.Count > 0)
                {
                    return ReportProblems(input.Problems);
                }
                var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
                await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
                var councilId = await ResolveCouncilAsync(context, parse.GetValue(council), createIfMissing: true, ct);
                var report = await Ssda903Import.ImportAsync(context, councilId, input, IroCalendar.WorkingDays, ct);
                if (!report.Succeeded)
                {
                    return ReportProblems(report.Problems);
                }
                Console.Out.WriteLine($"Imported into {database.Describe()}: {report.Describe()}");
                return 0;
            }
            catch (CliUsageException e)
            {
                Console.Error.WriteLine($"iro: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>Reads and checks the extract in a method of its own, so that nothing refers to the tables as read once
    /// they are parsed and the import runs without them.</summary>
    private static Ssda903ImportInput ReadForImport(string path, CollectionYear year) =>
        Ssda903Import.Parse(Ssda903Reader.Read(path, year));

    private static int ReportProblems(IReadOnlyList<Ssda903InputProblem> problems)
    {
        Console.Error.WriteLine($"iro: nothing was imported: {problems.Count} problem{(problems.Count == 1 ? "" : "s")} in the input.");
        foreach (var p in problems)
        {
            Console.Error.WriteLine(p.ToString());
        }
        return 1;
    }

    private static async Task<CouncilId> ResolveCouncilAsync(IroDbContext db, string? code, bool createIfMissing, CancellationToken ct)
    {
        if (code is not null)
        {
            if (code.Length != 3 || !code.All(char.IsAsciiDigit))
            {
                throw new CliUsageException($"--council '{code}' is not a three-digit LA code.");
            }
            var found = await db.Councils.SingleOrDefaultAsync(c => c.Code == code, ct);
            if (found is not null)
            {
                return found.Id;
            }
            if (!createIfMissing)
            {
                throw new CliUsageException($"--council '{code}' is not a council in this database.");
            }
            var council = new Council { Code = code, Name = $"Council {code}" };
            db.Councils.Add(council);
            return council.Id;
        }
        var all = await db.Councils.Take(2).ToListAsync(ct);
        return all.Count == 1 ? all[0].Id : throw new CliUsageException("Say which council with --council CODE.");
    }

    private static Command Export()
    {
        var output = new Argument<string>("OUT") { Description = "The folder to write the CSV tables into." };
        var year = YearOption();
        var council = new Option<string?>("--council") { Description = "The council's LA code (when the database holds more than one)." };
        var db = HostCommands.DbOption();
        var command = new Command("ssda903", "Export Iro's header, episodes and reviews for a collection year in the DfE's CSV layout.") { output, year, council, db };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var y = ParseYear(parse.GetValue(year)!);
                var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
                await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
                var councilId = await ResolveCouncilAsync(context, parse.GetValue(council), createIfMissing: false, ct);
                await using var scoped = IroDbContextFactory.Create(database, CouncilScope.For(councilId));
                var data = await Ssda903Export.BuildAsync(scoped, y, ct);
                Directory.CreateDirectory(parse.GetValue(output)!);
                Ssda903Writer.WriteCsv(data, parse.GetValue(output)!);
                Console.Error.WriteLine($"Wrote {data.Tables.Sum(t => t.Value.Count)} rows in {data.Tables.Count} tables to {parse.GetValue(output)}.");
                return 0;
            }
            catch (CliUsageException e)
            {
                Console.Error.WriteLine($"iro: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static Command Validate()
    {
        var path = new Argument<string?>("PATH") { Description = "A folder of 903 CSV tables, one CSV file, or an XML file.", Arity = ArgumentArity.ZeroOrOne };
        var year = YearOption();
        var format = new Option<string>("--format") { Description = "tsv (default) or json.", DefaultValueFactory = _ => "tsv" };
        var held = new Option<bool>("--held") { Description = "Validate what Iro holds (its export for the year) instead of files." };
        var council = new Option<string?>("--council") { Description = "With --held: the council's LA code (when the database holds more than one)." };
        var db = HostCommands.DbOption();
        var command = new Command("ssda903", "Apply the DfE's validation rules; one failure per line: RULE, CHILD, TABLE, ROW, MESSAGE.") { path, year, format, held, council, db };
        command.SetAction(async (parse, ct) =>
        {
            NoCollections? collections = null;
            try
            {
                var y = ParseYear(parse.GetValue(year)!);
                if (parse.GetValue(format) is not ("tsv" or "json"))
                {
                    throw new CliUsageException($"--format '{parse.GetValue(format)}' must be tsv or json.");
                }
                Ssda903Return data;
                if (parse.GetValue(held))
                {
                    var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
                    await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
                    var councilId = await ResolveCouncilAsync(context, parse.GetValue(council), createIfMissing: false, ct);
                    await using var scoped = IroDbContextFactory.Create(database, CouncilScope.For(councilId));
                    data = await Ssda903Export.BuildAsync(scoped, y, ct);
                }
                else
                {
                    var input = parse.GetValue(path) ?? throw new CliUsageException("Give the PATH of the extract, or --held to validate what Iro holds.");
                    collections = NoCollections.ForInput(InputBytes(input));
                    var read = Ssda903Reader.Read(input, y);
                    foreach (var p in read.Problems)
                    {
                        Console.Error.WriteLine(read.Return.Tables.Count == 0 ? p.ToString() : $"warning: {p}");
                    }
                    if (read.Return.Tables.Count == 0)
                    {
                        return 1;
                    }
                    data = read.Return;
                }
                WriteFailures(Ssda903Validator.Validate(data), parse.GetValue(format)!);
                return 0;
            }
            catch (CliUsageException e)
            {
                Console.Error.WriteLine($"iro: {e.Message}");
                return 2;
            }
            finally
            {
                collections?.Dispose();
            }
        });
        return command;
    }

    /// <summary>The size of a file, or of the files in a folder; 0 when there is nothing there to read.</summary>
    private static long InputBytes(string path) =>
        File.Exists(path) ? new FileInfo(path).Length
        : Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length)
        : 0;

    private static void WriteFailures(IReadOnlyList<ValidationFailure> failures, string format)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        if (format == "json")
        {
            stdout.Write(JsonSerializer.Serialize(failures.Select(f => new { rule = f.Rule, child = f.Child, table = f.Table.ToString(), row = f.Row, message = f.Message })));
            stdout.WriteLine();
            return;
        }
        foreach (var f in failures)
        {
            stdout.Write(f.Rule);
            stdout.Write('\t');
            stdout.Write(f.Child);
            stdout.Write('\t');
            stdout.Write(f.Table.ToString());
            stdout.Write('\t');
            stdout.Write(f.Row.ToString(CultureInfo.InvariantCulture));
            stdout.Write('\t');
            stdout.WriteLine(f.Message);
        }
    }

    private static Command Generate()
    {
        var output = new Argument<string>("OUT") { Description = "The folder to write the CSV tables into." };
        var children = new Option<int>("--children") { Required = true, Description = "How many children (up to 100,000)." };
        var seed = new Option<int>("--seed") { Required = true, Description = "The same seed gives the same files." };
        var year = YearOption();
        var errorRate = new Option<double>("--error-rate") { Description = "The share of children given one deliberate rule failure (0 to 1)." };
        var command = new Command("ssda903", "Write a realistic fictional 903 extract, valid unless --error-rate is given.") { output, children, seed, year, errorRate };
        command.SetAction(parse => CliDates.Run(() =>
        {
            var y = ParseYear(parse.GetValue(year)!);
            var n = parse.GetValue(children);
            if (n is < 1 or > 100_000)
            {
                throw new CliUsageException($"--children {n} must be from 1 to 100000.");
            }
            var rate = parse.GetValue(errorRate);
            if (rate is < 0 or > 1)
            {
                throw new CliUsageException($"--error-rate {rate.ToString(CultureInfo.InvariantCulture)} must be from 0 to 1.");
            }
            var data = Ssda903Generator.Generate(n, parse.GetValue(seed), y, rate);
            Directory.CreateDirectory(parse.GetValue(output)!);
            Ssda903Writer.WriteCsv(data, parse.GetValue(output)!);
            Console.Error.WriteLine($"Wrote {n} fictional children ({data.Tables.Sum(t => t.Value.Count)} rows) to {parse.GetValue(output)}.");
            return 0;
        }));
        return command;
    }
}
