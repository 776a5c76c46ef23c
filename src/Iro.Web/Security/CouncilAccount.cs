using System.Security.Claims;
using Iro.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Security;

/// <summary>Signing in with a council account through OpenID Connect (issue 4 §3), read from
/// <c>Authentication:Oidc</c> (<c>IRO_Authentication__Oidc__Authority</c> and so on). Without an authority
/// nothing is registered and Iro signs in with its own passwords only.</summary>
public sealed record CouncilAccountSettings(
    string? Authority, string? ClientId, string? ClientSecret, string DisplayName, string TenantClaim, string? SubjectClaim)
{
    public const string DefaultDisplayName = "Sign in with your council account";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Without the client secret, which a record would otherwise print.</summary>
    public override string ToString() => $"Council account sign-in {{ Authority = {Authority}, ClientId = {ClientId} }}";

    public static CouncilAccountSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Authentication:Oidc");
        return new CouncilAccountSettings(
            NullIfBlank(section["Authority"]), NullIfBlank(section["ClientId"]), NullIfBlank(section["ClientSecret"]),
            NullIfBlank(section["DisplayName"]) ?? DefaultDisplayName,
            NullIfBlank(section["TenantClaim"]) ?? "tid",
            NullIfBlank(section["SubjectClaim"]));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public static class CouncilAccount
{
    /// <summary>The login provider name in Identity's user-logins table, and the authentication scheme.</summary>
    public const string Scheme = "oidc";

    /// <summary>The users who sign in with a council account rather than a password.</summary>
    public static async Task<HashSet<Guid>> LinkedUsersAsync(IroDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.UserLogins.AsNoTracking().Where(l => l.LoginProvider == Scheme).Select(l => l.UserId).ToListAsync(ct)).ToHashSet();
    }

    /// <summary>The key under which a council account is linked to an Iro user: <c>TENANT/SUBJECT</c>, or
    /// <c>SUBJECT</c> when the provider sends no tenant. Only identifiers the provider never reassigns are used:
    /// for Entra ID the tenant id (<c>tid</c>) and object id (<c>oid</c>), because Entra's <c>sub</c> is
    /// pairwise per application and its email and UPN can be changed or reused (OpenID Connect Core 1.0 §5.7;
    /// Microsoft identity platform, "claims validation"). Other providers' <c>sub</c> is unique and never
    /// reassigned within their issuer. Null (refused) without a subject, or when the tenant holds a '/', which
    /// would make two different pairs read as the same key.</summary>
    public static string? Key(string? tenant, string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(tenant))
        {
            return subject;
        }
        return tenant.Contains('/', StringComparison.Ordinal) ? null : $"{tenant}/{subject}";
    }

    /// <summary>The key for the principal the provider signed in: the configured subject claim, or else
    /// <c>oid</c> when present and <c>sub</c> otherwise.</summary>
    public static string? KeyFor(ClaimsPrincipal external, CouncilAccountSettings settings)
    {
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(settings);
        var subject = settings.SubjectClaim is { } claim
            ? external.FindFirstValue(claim)
            : external.FindFirstValue("oid") ?? external.FindFirstValue("sub");
        return Key(external.FindFirstValue(settings.TenantClaim), subject);
    }

    /// <summary>Whether this session was signed in with a council account, whose provider is responsible for
    /// multi-factor authentication (Iro's authenticator codes protect Iro's own passwords).</summary>
    public static bool SignedInWithCouncilAccount(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.AuthenticationMethod) == Scheme;

    public static IServiceCollection AddCouncilAccountSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = CouncilAccountSettings.From(configuration);
        services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return services;
        }
        if (settings.ClientId is null)
        {
            throw new InvalidOperationException("Authentication:Oidc:Authority is set but Authentication:Oidc:ClientId is not.");
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ResponseType = "code";
            o.UsePkce = true;
            // The code comes back in the query string, a top-level GET, so the correlation and nonce cookies
            // can be SameSite=Lax; a form_post response would need SameSite=None.
            o.ResponseMode = "query";
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.MapInboundClaims = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            o.SaveTokens = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            IroCookies.Secure(o.CorrelationCookie, "__Host-Iro.Correlation.", SameSiteMode.Lax);
            IroCookies.Secure(o.NonceCookie, "__Host-Iro.Nonce.", SameSiteMode.Lax);
        });

        // Identity's security-stamp check rebuilds the principal every 30 minutes and drops the sign-in method;
        // keep it, or a council-account administrator would be sent to set up Iro's authenticator codes.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(ClaimTypes.AuthenticationMethod) is { } method
                && context.NewPrincipal?.Identity is ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == ClaimTypes.AuthenticationMethod))
            {
                identity.AddClaim(new Claim(ClaimTypes.AuthenticationMethod, method.Value));
            }
            return Task.CompletedTask;
        });
        return services;
    }
}
