using System.Net;
using System.Text.RegularExpressions;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Iro.Tests.Shared;

/// <summary>The real web app on Kestrel (port 0) over a fresh SQLite database seeded with
/// <see cref="TestCouncil"/>, with the clock fixed on <see cref="TestCouncil.Today"/>.</summary>
public sealed partial class IroTestHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"iro-web-{Guid.NewGuid():N}");
    private WebApplication? _app;

    public TestCouncil Council { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public WebApplication App => _app ?? throw new InvalidOperationException("The host has not started.");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        _app = IroWebHost.Build(new IroHostOptions(DatabaseProvider.Sqlite(Path.Combine(_folder, "iro.db")), Path.Combine(_folder, "keys"))
        {
            Urls = "http://127.0.0.1:0",
            Clock = clock,
        });
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
            var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
            db.AddRange(Council.Entities());
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
            foreach (var (email, _, _, _) in Council.Users)
            {
                var result = await users.CreateAsync(Council.UserFor(email), TestCouncil.Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public HttpClient AnonymousClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, CancellationToken ct)
    {
        var client = AnonymousClient();
        var form = await client.GetStringAsync("/sign-in", ct);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = TestCouncil.Password, ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync("/sign-in", content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
        }
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
