using System.CommandLine;
using Iro.Core.Audit;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Web.Hosting;
using Iro.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Cli.Commands;

/// <summary><c>iro users add</c>: creates a user, the first administrator included. With <c>--oidc-subject</c> the
/// user signs in with their council account instead of a password (see <see cref="CouncilAccount.Key"/>).</summary>
internal static class UsersCommands
{
    public static Command Create()
    {
        var users = new Command("users", "Manage who can sign in.");
        var email = new Option<string>("--email") { Required = true, Description = "The user's email address (their sign-in name)." };
        var role = new Option<string>("--role") { Required = true, Description = $"One of: {string.Join(", ", Roles.All)}." };
        var council = new Option<string?>("--council") { Description = "The council's three-digit code (not for a system administrator)." };
        var name = new Option<string?>("--name") { Description = "The name shown in Iro (default: the email address)." };
        var oidcSubject = new Option<string?>("--oidc-subject")
        {
            Description = "Sign in with a council account instead of a password: its immutable subject (Entra ID: the object id, oid; otherwise sub).",
        };
        var oidcTenant = new Option<string?>("--oidc-tenant") { Description = "The council account's tenant (Entra ID: the tenant id, tid), when the provider sends one." };
        var db = HostCommands.DbOption();
        var add = new Command("add", "Add a user; the password is read from IRO_NEW_PASSWORD or standard input, unless --oidc-subject is given.")
        {
            email, role, council, name, oidcSubject, oidcTenant, db,
        };
        add.SetAction(async (parse, ct) =>
        {
            var roleValue = parse.GetValue(role)!;
            if (!Roles.All.Contains(roleValue))
            {
                Console.Error.WriteLine($"iro: --role '{roleValue}' is not a role. Use one of: {string.Join(", ", Roles.All)}.");
                return 2;
            }
            var subject = parse.GetValue(oidcSubject);
            var tenant = parse.GetValue(oidcTenant);
            var loginKey = CouncilAccount.Key(tenant, subject);
            if ((subject is not null || tenant is not null) && loginKey is null)
            {
                Console.Error.WriteLine("iro: --oidc-subject is required with --oidc-tenant, and a tenant cannot contain '/'.");
                return 2;
            }
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
            var councilCode = parse.GetValue(council);
            Core.CouncilId? councilId = null;
            if (roleValue != Roles.SystemAdministrator)
            {
                var found = councilCode is null ? null : await context.Councils.SingleOrDefaultAsync(c => c.Code == councilCode, ct);
                if (found is null)
                {
                    Console.Error.WriteLine($"iro: --council '{councilCode}' is not a council in {database.Describe()}.");
                    return 2;
                }
                councilId = found.Id;
            }
            var password = loginKey is null ? Environment.GetEnvironmentVariable("IRO_NEW_PASSWORD") ?? Console.In.ReadLine() ?? "" : null;
            await using var provider = Accounts(context);
            var manager = provider.GetRequiredService<UserManager<IroUser>>();
            var address = parse.GetValue(email)!;
            if (loginKey is not null && await manager.FindByLoginAsync(CouncilAccount.Scheme, loginKey) is { } linked)
            {
                Console.Error.WriteLine($"iro: that council account is already linked to {linked.Email}.");
                return 1;
            }
            var user = new IroUser
            {
                UserName = address, Email = address, EmailConfirmed = true,
                DisplayName = parse.GetValue(name) ?? address, Role = roleValue, CouncilId = councilId,
            };
            // The account, its council-account link and its audit entry are written together or not at all.
            await using var transaction = await context.Database.BeginTransactionAsync(ct);
            var result = password is null ? await manager.CreateAsync(user) : await manager.CreateAsync(user, password);
            if (result.Succeeded && loginKey is not null)
            {
                result = await manager.AddLoginAsync(user, new UserLoginInfo(CouncilAccount.Scheme, loginKey, "Council account"));
            }
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    Console.Error.WriteLine($"iro: {error.Description}");
                }
                return 1;
            }
            await context.RecordAccountChangeAsync(user, AuditAction.Added, null,
                loginKey is null ? $"role {roleValue}, password" : $"role {roleValue}, council account", ct);
            await transaction.CommitAsync(ct);
            Console.Error.WriteLine(loginKey is null
                ? $"Added {address} as {Roles.DisplayName(roleValue)}."
                : $"Added {address} as {Roles.DisplayName(roleValue)}, signing in with the council account {loginKey}.");
            return 0;
        });
        users.Subcommands.Add(add);
        users.Subcommands.Add(List());
        users.Subcommands.Add(SetActive(active: false));
        users.Subcommands.Add(SetActive(active: true));
        users.Subcommands.Add(TwoFactorCommands.Reset());
        return users;
    }

    /// <summary>Identity's user manager over the command's context, with the web app's sign-in and password rules.</summary>
    internal static ServiceProvider Accounts(IroDbContext context)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(context);
        services.AddIdentityCore<IroUser>(SignInPolicy.Apply)
            .AddEntityFrameworkStores<IroDbContext>()
            .AddIroPasswordRules();
        return services.BuildServiceProvider();
    }

    /// <summary><c>iro users list</c>: who can sign in, for a leavers' check or an inspection: one user per line,
    /// tab-separated.</summary>
    private static Command List()
    {
        var council = new Option<string?>("--council") { Description = "Only this council's users (its three-digit code)." };
        var db = HostCommands.DbOption();
        var command = new Command("list", "List users: EMAIL, NAME, ROLE, COUNCIL, ACTIVE, SIGN-IN, TWO-FACTOR, tab-separated.") { council, db };
        command.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
            var councils = await context.Councils.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, ct);
            Core.CouncilId? only = null;
            if (parse.GetValue(council) is { } code)
            {
                only = councils.Where(c => c.Value == code).Select(c => (Core.CouncilId?)c.Key).FirstOrDefault();
                if (only is null)
                {
                    Console.Error.WriteLine($"iro: --council '{code}' is not a council in {database.Describe()}.");
                    return 2;
                }
            }
            var withCouncilAccount = await CouncilAccount.LinkedUsersAsync(context, ct);
            var users = await context.Users.AsNoTracking()
                .Where(u => only == null || u.CouncilId == only)
                .OrderBy(u => u.Email).ToListAsync(ct);
            Console.Out.WriteLine("EMAIL\tNAME\tROLE\tCOUNCIL\tACTIVE\tSIGN-IN\tTWO-FACTOR");
            foreach (var user in users)
            {
                Console.Out.WriteLine(string.Join('\t', user.Email, user.DisplayName, user.Role,
                    user.CouncilId is { } id ? councils.GetValueOrDefault(id, "?") : "-",
                    user.IsActive ? "yes" : "no",
                    withCouncilAccount.Contains(user.Id) ? "council account" : "password",
                    user.TwoFactorEnabled ? "on" : "off"));
            }
            return 0;
        });
        return command;
    }

    /// <summary><c>iro users deactivate</c> and <c>reactivate</c> (<see cref="AccountActivation"/>): the command line's
    /// way for whoever holds the database; a council administrator has the Users page.</summary>
    private static Command SetActive(bool active) => ForOneUser(
        active ? "reactivate" : "deactivate",
        active ? "Let a deactivated user sign in again." : "Stop a user signing in (a leaver), keeping their account and its history.",
        async (context, manager, user, ct) =>
        {
            if (!await AccountActivation.SetActiveAsync(context, manager, user, active, ct))
            {
                Console.Error.WriteLine($"{user.Email} is already {(active ? "active" : "deactivated")}.");
                return 0;
            }
            Console.Error.WriteLine(active
                ? $"{user.Email} can sign in again."
                : $"{user.Email} is deactivated: they cannot sign in, and any open session ends at its next request.");
            return 0;
        });

    /// <summary>A command on one user, named by <c>--email</c>: exit 2 when there is no such user.</summary>
    internal static Command ForOneUser(string name, string description,
        Func<IroDbContext, UserManager<IroUser>, IroUser, CancellationToken, Task<int>> change)
    {
        var email = new Option<string>("--email") { Required = true, Description = "The user's email address." };
        var db = HostCommands.DbOption();
        var command = new Command(name, description) { email, db };
        command.SetAction(async (parse, ct) =>
        {
            var database = IroConfiguration.Database(parse.GetValue(db), IroConfiguration.Load([]));
            await using var context = await CliDatabase.OpenAsync(database, CouncilScope.All(), ct);
            await using var provider = Accounts(context);
            var manager = provider.GetRequiredService<UserManager<IroUser>>();
            var address = parse.GetValue(email)!;
            if (await manager.FindByEmailAsync(address) is not { } user)
            {
                Console.Error.WriteLine($"iro: there is no user {address} in {database.Describe()}.");
                return 2;
            }
            return await change(context, manager, user, ct);
        });
        return command;
    }
}
