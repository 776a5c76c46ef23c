using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Security;

/// <summary>Limits sign-in attempts (password, authenticator code, recovery code) from one client address,
/// on top of Identity's per-account lockout: lockout stops guessing one account, this slows trying one
/// password against many (OWASP ASVS 4.0.3 2.2.1). Only POSTs count; showing the form is free. Over the
/// limit the answer is 429, shown as a GOV.UK page by the status code pages.</summary>
/// <remarks>Settings (<c>IRO_RateLimiting__SignIn__PermitLimit</c>, <c>…__WindowSeconds</c>): 20 attempts a
/// minute by default, room for a council office behind one address signing in at nine o'clock. Behind a
/// reverse proxy, set <c>IRO_ForwardedHeaders__KnownProxies__0</c> so that the limit is per client and not
/// one shared limit for everybody.</remarks>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";
    public const int DefaultPermitLimit = 20;
    public const int DefaultWindowSeconds = 60;

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting:SignIn");
        var permits = section.GetValue("PermitLimit", DefaultPermitLimit);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", DefaultWindowSeconds));
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter =
                    ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("show"));
        });
    }
}
