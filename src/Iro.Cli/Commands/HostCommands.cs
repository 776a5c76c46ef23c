using System.CommandLine;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Demo;
using Iro.Core.Users;
using Iro.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Cli.Commands;

/// <summary><c>iro serve</c>, <c>iro demo</c> and <c>iro migrate</c>.</summary>
internal static class HostCommands
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Option<string?> DbOption() => new("--db")
    {
        Description = "sqlite:PATH or postgres:CONNECTION_STRING (default: the IRO_DB environment variable).",
    };

    public static IEnumerable<Command> Create()
    {
        yield return Serve();
        yield return Demo();
        yield return Migrate();
    }

    private static Option<string> UrlsOption() => new("--urls")
    {
        Description = $"Where to listen (default {DefaultUrls}).",
        DefaultValueFactory = _ => DefaultUrls,
    };

    private static Command Serve()
    {
        var db = DbOption();
        var urls = UrlsOption();
        var command = new Command("serve", "Run the web app on a database (SQLite migrates itself; run `iro migrate` for PostgreSQL).") { db, urls };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = IroConfiguration.Load([]);
            var database = IroConfiguration.Database(parse.GetValue(db), configuration);
            var keys = configuration["DataProtection:KeysPath"] ?? Path.Combine(IroHome(), "keys");
            var app = IroWebHost.Build(new IroHostOptions(database, keys) { Urls = parse.GetValue(urls) });
            Console.Error.WriteLine($"Iro is serving {database.Describe()} at {parse.GetValue(urls)}");
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static Command Demo()
    {
        var urls = UrlsOption();
        var reset = new Option<bool>("--reset") { Description = "Throw away the demo database and make a new one." };
        var command = new Command("demo", "Run Iro on an embedded SQLite database holding a fictional council.") { urls, reset };
        command.SetAction(async (parse, ct) =>
        {
            var folder = Path.Combine(IroHome(), ".demo");
            var path = Path.Combine(folder, "iro-demo.db");
            if (parse.GetValue(reset))
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
                {
                    File.Delete(file);
                }
            }
            Directory.CreateDirectory(folder);
            var database = DatabaseProvider.Sqlite(path);
            var app = IroWebHost.Build(new IroHostOptions(database, Path.Combine(folder, "keys")) { Urls = parse.GetValue(urls) });
            await SeedIfEmptyAsync(app, ct);
            Console.Out.WriteLine($"""
                Iro demo: a fictional council (Northmoor Borough Council), on SQLite at {path}
                Open {parse.GetValue(urls)} and sign in as
                  an IRO:         {DemoCouncil.DemoIroEmail}
                  an IRO manager: {DemoCouncil.DemoManagerEmail}
                  password:       {DemoCouncil.DemoPassword}
                Press Ctrl+C to stop.
                """);
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static async Task SeedIfEmptyAsync(WebApplication app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
        var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
        if (await db.Councils.AnyAsync(ct))
        {
            return;
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
        var today = app.Services.GetRequiredService<TimeProvider>().TodayInEngland();
        Console.Error.WriteLine("Creating the demo council (first run only)...");
        await DemoCouncil.SeedAsync(db, users, today, ct);
    }

    private static Command Migrate()
    {
        var db = DbOption();
        var command = new Command("migrate", "Apply database migrations (the PostgreSQL route; SQLite migrates on start).") { db };
        command.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = IroDbContextFactory.Create(database, CouncilScope.All());
            await RowLevelSecurity.MigrateAsync(context, ct);
            Console.Error.WriteLine($"Migrated {database.Describe()}.");
            return 0;
        });
        return command;
    }

    /// <summary>Where Iro keeps local files: IRO_HOME (set by the ./iro script to the repository) or the current folder.</summary>
    public static string IroHome() => Environment.GetEnvironmentVariable("IRO_HOME") ?? Directory.GetCurrentDirectory();
}
