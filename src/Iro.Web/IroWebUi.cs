using Iro.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web;

/// <summary>Registers and maps Iro's GOV.UK-styled Razor Pages. Authentication, Identity and the
/// authorisation policies are the host's job (<c>IroWebHost</c>).</summary>
public static class IroWebUi
{
    /// <summary>Razor Pages under <c>/Features</c>, Iro's tag helpers, antiforgery and the security headers.</summary>
    public static IServiceCollection AddIroWebUi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services
            .AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AddPageRoute("/Errors/Forbidden", "errors/403");
                options.Conventions.AddPageRoute("/Errors/NotFound", "errors/404");
            })
            .ConfigureApplicationPartManager(AddThisAssemblyOnce);

        services.AddAntiforgery(options =>
        {
            // Secure is set by the builder, not by SecurePolicy.Always: see AlwaysSecureCookieBuilder.
            options.Cookie = new AlwaysSecureCookieBuilder { IsEssential = true };
            IroCookies.Secure(options.Cookie, IroCookies.Antiforgery, SameSiteMode.Strict);
            options.Cookie.SecurePolicy = CookieSecurePolicy.None;
            options.FormFieldName = "__RequestVerificationToken";
        });

        return services;
    }

    /// <summary>Adds the security headers, GOV.UK status code pages (<c>/errors/{code}</c>; not under <c>/api</c>),
    /// authentication and authorisation in that order, then maps static assets (anonymous) and Razor Pages.
    /// Call it straight after <c>Build()</c>; the host need not call <c>UseAuthentication</c> or
    /// <c>UseAuthorization</c> itself.</summary>
    public static WebApplication UseIroWebUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            {
                statusCodePages.Enabled = false;
            }

            return next(context);
        });

        // Explicit, so that these run after the headers and status code pages. Left implicit, WebApplication
        // puts them first, and a 403 or a sign-in redirect would leave without either.
        app.UseRateLimiter();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
        }

        app.UseMiddleware<TwoFactorRequiredMiddleware>();
        app.UseAuthorization();

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();

        return app;
    }

    private static void AddThisAssemblyOnce(ApplicationPartManager manager)
    {
        var assembly = typeof(IroWebUi).Assembly;
        var name = assembly.GetName().Name;
        if (manager.ApplicationParts.Any(part => part.Name == name))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }
}
