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
    private readonly string _ownFolder = Path.Combine(Path.GetTempPath(), $"iro-web-{Guid.NewGuid():N}");
    private string Root => Folder ?? _ownFolder;
    private WebApplication? _app;

    public TestCouncil Council { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public WebApplication App => _app ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>The users seeded with two-factor authentication on (the roles that require it), with the
    /// authenticator key their app would hold.</summary>
    public IReadOnlyDictionary<string, string> AuthenticatorKeys => _keys;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _keys = new();

    /// <summary>Extra configuration for the app, as command-line arguments (for example <c>--Logging:LogLevel:Default=Debug</c>).
    /// The sign-in rate limit is raised by default, because every test signs in from 127.0.0.1.</summary>
    public string[] Args { get; init; } = [];
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Set to reuse another host's database and Data Protection keys (a second instance, a restart).</summary>
    public string? Folder { get; init; }
    /// <summary>Set to use other Data Protection keys than the folder's own.</summary>
    public string? KeysFolder { get; init; }
    /// <summary>Where this host's database and keys are (pass it as <see cref="Folder"/> to a second host).</summary>
    public string RootFolder => Root;
    public string DatabasePath => Path.Combine(Root, "iro.db");
    public string KeysPath => KeysFolder ?? Path.Combine(Root, "keys");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
        _app = IroWebHost.Build(new IroHostOptions(DatabaseProvider.Sqlite(DatabasePath), KeysPath)
        {
            Urls = "http://127.0.0.1:0",
            Clock = clock,
            Args = ["--RateLimiting:SignIn:PermitLimit=100000", .. Args],
            ConfigureServices = ConfigureServices,
        });
        if (Folder is null)
        {
            await SeedAsync();
        }
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    private async Task SeedAsync()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CouncilScope>().Set(null, allCouncils: true);
            var db = scope.ServiceProvider.GetRequiredService<IroDbContext>();
            db.AddRange(Council.Entities());
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
            foreach (var (email, _, _, _) in Council.Users)
            {
                var user = Council.UserFor(email);
                var result = await users.CreateAsync(user, TestCouncil.Password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
                if (SignInPolicy.RequiresTwoFactor(user.Role))
                {
                    await users.ResetAuthenticatorKeyAsync(user);
                    await users.SetTwoFactorEnabledAsync(user, true);
                    _keys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
                }
            }
        }
    }

    /// <summary>Adds a user to the north council with a new address, optionally with two-factor authentication on
    /// (its key then goes in <see cref="AuthenticatorKeys"/>, so <see cref="SignedInClientAsync"/> can sign in).</summary>
    public async Task<string> AddUserAsync(string role, bool twoFactor = false)
    {
        var email = $"{role}-{Guid.NewGuid():N}@north.test";
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IroUser>>();
        var user = new IroUser
        {
            UserName = email, Email = email, EmailConfirmed = true, Role = role, DisplayName = "New user",
            CouncilId = role == Roles.SystemAdministrator ? null : Council.North.Id,
        };
        var result = await users.CreateAsync(user, TestCouncil.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            _keys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        return email;
    }

    /// <summary>A client with its own cookie jar (or a shared one: cookies belong to the host name, not the
    /// port, so two hosts on 127.0.0.1 see the same cookies, as in a browser).</summary>
    public HttpClient AnonymousClient(CookieContainer? cookies = null) =>
        new(new LoopbackCookieHandler(cookies ?? new CookieContainer())) { BaseAddress = BaseAddress };

    /// <summary>A client signed in through the real sign-in form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, CancellationToken ct, CookieContainer? cookies = null)
    {
        var client = AnonymousClient(cookies);
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
        if (response.Headers.Location!.OriginalString.StartsWith("/sign-in/two-factor", StringComparison.Ordinal))
        {
            response = await PostFormAsync(client, response.Headers.Location.OriginalString,
                new() { ["Code"] = Totp.Now(AuthenticatorKeys[email]) }, ct);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"The second step of signing in as {email} answered {(int)response.StatusCode}.");
            }
        }
        return client;
    }

    /// <summary>GETs a form page (<paramref name="formPath"/>, or else <paramref name="path"/>), then POSTs the
    /// fields to <paramref name="path"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, CancellationToken ct,
        string? formPath = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var form = await client.GetStringAsync(formPath ?? path, ct);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content, ct);
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
            if (Folder is null)
            {
                Directory.Delete(Root, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}
