using Microsoft.AspNetCore.Identity;

namespace Iro.Core.Users;

/// <summary>Iro's password and lockout rules, the same for the web app, the CLI and the demo seeder.
/// NCSC password guidance: length over complexity rules, no forced composition; paste and password
/// managers are allowed on the sign-in page. Lockout slows guessing.</summary>
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
        options.User.RequireUniqueEmail = true;
    }
}
