using Microsoft.AspNetCore.Identity;

namespace Iro.Core.Users;

/// <summary>Iro's password and lockout rules, the same for the web app, the CLI and the demo seeder.
/// NCSC password guidance: length over complexity rules, no forced composition, and a deny list of the
/// passwords attackers try first; paste and password managers are allowed on the sign-in page. Lockout
/// slows guessing against one account.</summary>
public static class SignInPolicy
{
    public const int MinimumPasswordLength = 12;

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>Adds Iro's password checks beyond length (<see cref="CommonPasswordValidator"/>). Every place
    /// that sets a password registers Identity through this, so the web app and the CLI agree.</summary>
    public static IdentityBuilder AddIroPasswordRules(this IdentityBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPasswordValidator<CommonPasswordValidator>();
    }

    /// <summary>Whether a role must sign in with two-factor authentication. Administrators decide who can
    /// see children's records, so a stolen password alone must not be enough (issue 4; OWASP ASVS 4.0.3
    /// 2.2.3 asks for multi-factor authentication on administrative accounts).</summary>
    public static bool RequiresTwoFactor(string? role) => role is Roles.CouncilAdministrator or Roles.SystemAdministrator;
}
