using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Security;

/// <summary>Every cookie Iro sets. The <c>__Host-</c> prefix makes the browser refuse the cookie unless it is
/// Secure, has <c>Path=/</c> and no <c>Domain</c>, so another host under the council's domain cannot set or
/// overwrite it (RFC 6265bis 4.1.3.2; OWASP ASVS 4.0.3 3.4.4). All are HttpOnly and always Secure, whatever
/// the scheme of the request: behind a TLS-terminating proxy the app itself sees http, and browsers treat
/// http://127.0.0.1 and localhost (the demo) as secure, so only a deployment without TLS loses them, and it
/// loses them closed (nobody can sign in) rather than sending a session in clear text.</summary>
public static class IroCookies
{
    public const string Session = "__Host-Iro.Session";
    public const string Antiforgery = "__Host-Iro.Antiforgery";
    public const string TwoFactorUser = "__Host-Iro.TwoFactor";
    public const string TwoFactorRemember = "__Host-Iro.TwoFactorRemember";
    public const string External = "__Host-Iro.External";
    public const string TempData = "__Host-Iro.TempData";

    /// <summary>Names and secures Identity's cookies. The session is SameSite=Lax, not Strict: with Strict a
    /// link to a child's record from an email or a Teams message (a cross-site, top-level GET) would arrive
    /// without the session and ask the IRO to sign in again; Lax still keeps the cookie off cross-site POSTs
    /// and embedded requests, and every form also carries an antiforgery token. The cookies used only inside
    /// Iro's own forms are Strict.</summary>
    public static IServiceCollection AddIroCookies(this IServiceCollection services)
    {
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o => Secure(o.Cookie, Session, SameSiteMode.Lax));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => Secure(o.Cookie, TwoFactorUser, SameSiteMode.Strict));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => Secure(o.Cookie, TwoFactorRemember, SameSiteMode.Strict));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, o => Secure(o.Cookie, External, SameSiteMode.Lax));
        services.Configure<CookieTempDataProviderOptions>(o => Secure(o.Cookie, TempData, SameSiteMode.Strict));
        return services;
    }

    internal static void Secure(CookieBuilder cookie, string name, SameSiteMode sameSite)
    {
        cookie.Name = name;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.HttpOnly = true;
        cookie.SameSite = sameSite;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
    }
}

/// <summary>Antiforgery refuses <see cref="CookieSecurePolicy.Always"/> on a plain-http request (it throws
/// rather than set the cookie), which would break the demo and every deployment behind a TLS-terminating
/// proxy. This builder marks the cookie Secure itself, so the effect is the same as Always everywhere.</summary>
internal sealed class AlwaysSecureCookieBuilder : CookieBuilder
{
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = true;
        return options;
    }
}
