using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Iro.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Iro.Web.Tests.Security;

/// <summary>No personal data in the log (AGENTS.md), even with logging turned up to Debug: sign in (with a
/// wrong password first, and with two-factor), search the caseload by name and number, open children's
/// records and the service overview, then look for every child's name, date of birth and number, and every
/// user's email address and the password, in every message, structured value, scope and exception.</summary>
public sealed class PersonalDataLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BrowsingChildrensRecords_AtDebug_LogsNoPersonalData()
    {
        var log = new CapturingLoggerProvider();
        await using var host = new IroTestHost
        {
            Args =
            [
                "--Logging:LogLevel:Default=Debug", "--Logging:LogLevel:Microsoft=Debug",
                "--Logging:LogLevel:Microsoft.AspNetCore=Debug", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Debug",
                "--Logging:LogLevel:Iro=Debug",
            ],
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(log),
        };
        await host.InitializeAsync();
        var council = host.Council;

        using (var wrong = host.AnonymousClient())
        {
            var refused = await IroTestHost.PostFormAsync(wrong, "/sign-in",
                new() { ["Email"] = "ben@north.test", ["Password"] = "a-wrong-password-typed" }, Ct);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
        using (var iro = await host.SignedInClientAsync("ada@north.test", Ct))
        {
            foreach (var path in new[]
            {
                "/caseload", "/caseload?name=Olive", "/caseload?name=N0002", "/caseload?name=Sky%20Scheduled",
                $"/children/{council.Overdue.Id}", $"/children/{council.DueSoon.Id}", $"/children/{council.Scheduled.Id}",
            })
            {
                Assert.Equal(HttpStatusCode.OK, (await iro.GetAsync(path, Ct)).StatusCode);
            }
        }
        using (var manager = await host.SignedInClientAsync("manager@north.test", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/service", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/caseload?iro={council.IroBen.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/children/{council.BensChild.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/children/{council.SouthChild.Id}", Ct)).StatusCode);
        }
        using (var admin = await host.SignedInClientAsync("admin@north.test", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/service", Ct)).StatusCode);
        }

        var entries = log.Entries.ToList();
        // The capture must see the framework's Debug output, or the test could not fail.
        Assert.Contains(entries, e => e.Level == LogLevel.Debug && e.Text.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Text.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));

        var personal = new List<string> { TestCouncil.Password, "a-wrong-password-typed" };
        foreach (var child in new[] { council.Overdue, council.DueSoon, council.Scheduled, council.BensChild, council.NoIro, council.SouthChild })
        {
            personal.AddRange([child.GivenName, $"{child.GivenName} {child.FamilyName}", child.ChildNumber,
                child.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                child.DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                child.DateOfBirth.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)]);
            // Two test children's family names are ordinary words ("Overdue", "Scheduled") that a framework
            // message may use as words; their full names are still looked for.
            if (child.FamilyName is not ("Overdue" or "Scheduled"))
            {
                personal.Add(child.FamilyName);
            }
        }
        personal.AddRange(council.Users.Select(u => u.Email));
        foreach (var value in personal)
        {
            // Whole words only: "Sid" is a child's name, but "Consider" is not a leak.
            var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(value)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase);
            var leak = entries.FirstOrDefault(e => pattern.IsMatch(e.Text));
            Assert.True(leak is null, $"The log holds '{value}': {leak?.Text}");
        }
    }

    private sealed record Entry(LogLevel Level, string Text);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                entries.Enqueue(new Entry(LogLevel.Trace, $"{category} scope: {Describe(state)}"));
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                entries.Enqueue(new Entry(logLevel, $"{category}[{eventId.Id}] {formatter(state, exception)} | {Describe(state)} | {exception}"));
            }

            private static string Describe(object? state) => state is IEnumerable<KeyValuePair<string, object?>> values
                ? string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"))
                : state?.ToString() ?? "";
        }
    }
}
