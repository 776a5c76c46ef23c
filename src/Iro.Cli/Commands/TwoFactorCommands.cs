using System.CommandLine;
using Iro.Core.Audit;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Cli.Commands;

/// <summary><c>iro users reset-two-factor</c>: for someone who has lost both their authenticator app and their
/// recovery codes. Turns two-factor off and forgets the old key and codes; the security stamp changes, so
/// their other sessions end. An administrator is taken to set it up again when they next sign in.</summary>
internal static class TwoFactorCommands
{
    public static Command Reset() => UsersCommands.ForOneUser(
        "reset-two-factor", "Turn off a user's two-factor authentication after they lost their app and recovery codes.",
        async (context, users, user, ct) =>
        {
            await using (var transaction = await context.Database.BeginTransactionAsync(ct))
            {
                await users.SetTwoFactorEnabledAsync(user, false);
                await users.ResetAuthenticatorKeyAsync(user);
                await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
                await context.RecordAccountChangeAsync(user, AuditAction.Modified, "TwoFactorEnabled,AuthenticatorKey,RecoveryCodes", "two-factor reset", ct);
                await transaction.CommitAsync(ct);
            }
            Console.Error.WriteLine(SignInPolicy.RequiresTwoFactor(user.Role)
                ? $"Two-factor authentication reset for {user.Email}; they will set it up again when they next sign in."
                : $"Two-factor authentication turned off for {user.Email}; they can set it up again under Account.");
            return 0;
        });
}
