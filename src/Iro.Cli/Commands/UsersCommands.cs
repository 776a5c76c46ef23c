using System.CommandLine;
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
            var services = new ServiceCollection().AddLogging().AddSingleton(context);
            services.AddIdentityCore<IroUser>(SignInPolicy.Apply)
                .AddEntityFrameworkStores<IroDbContext>()
                .AddIroPasswordRules();
            await using var provider = services.BuildServiceProvider();
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
            var result = password is null ? await manager.CreateAsync(user) : await manager.CreateAsync(user, password);
            if (result.Succeeded && loginKey is not null)
            {
                result = await manager.AddLoginAsync(user, new UserLoginInfo(CouncilAccount.Scheme, loginKey, "Council account"));
                if (!result.Succeeded)
                {
                    await manager.DeleteAsync(user);
                }
            }
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    Console.Error.WriteLine($"iro: {error.Description}");
                }
                return 1;
            }
            Console.Error.WriteLine(loginKey is null
                ? $"Added {address} as {Roles.DisplayName(roleValue)}."
                : $"Added {address} as {Roles.DisplayName(roleValue)}, signing in with the council account {loginKey}.");
            return 0;
        });
        users.Subcommands.Add(add);
        users.Subcommands.Add(TwoFactorCommands.Reset());
        return users;
    }
}
