using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Web.Features.Audit;
using Iro.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Iro.Web.Hosting;

public sealed record IroHostOptions(DatabaseProvider Database, string DataProtectionKeysPath)
{
    public string[] Args { get; init; } = [];
    public string? Urls { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}

/// <summary>Builds the web app (pages and API) for <c>iro serve</c>, <c>iro demo</c> and the tests.</summary>
public static class IroWebHost
{
    public static WebApplication Build(IroHostOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = options.Args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables("IRO_");
        IroLogging.Apply(builder.Logging);
        builder.WebHost.UseStaticWebAssets();
        if (options.Urls is not null)
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        var services = builder.Services;
        services.AddSingleton(options.Clock);
        services.AddSingleton<IWorkingDayCalendar>(new WorkingDayCalendar(IroConfiguration.BankHolidays(builder.Configuration)));
        services.AddIroData(options.Database);
        services.AddHttpContextAccessor();
        services.AddMemoryCache();
        services.AddScoped(sp =>
        {
            var accessor = sp.GetRequiredService<IHttpContextAccessor>();
            return CouncilScope.Resolving(() => CouncilScopeFromUser.For(accessor.HttpContext?.User));
        });

        services.AddDataProtection()
            .SetApplicationName("Iro")
            .PersistKeysToFileSystem(Directory.CreateDirectory(options.DataProtectionKeysPath));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddCouncilAccountSignIn(builder.Configuration);
        services.AddIdentityCore<IroUser>(o =>
            {
                SignInPolicy.Apply(o);
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddUserConfirmation<ActiveUserConfirmation>()
            .AddEntityFrameworkStores<IroDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<IroClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddIroPasswordRules();
        services.AddIroCookies();
        services.AddSignInRateLimit(builder.Configuration);
        var proxies = ForwardedHeadersFromConfiguration.Configure(services, builder.Configuration);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            o.SlidingExpiration = true;
            // Denied access is a 403 with a page, never a redirect loop back to sign-in.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddIroAuthorization();
        services.AddIroAudit();
        services.AddIroWebUi();
        options.ConfigureServices?.Invoke(services);

        var app = builder.Build();
        if (options.Database.Kind == DatabaseKind.Sqlite)
        {
            // SQLite is embedded: it migrates itself. PostgreSQL is migrated by `iro migrate` (a deliberate step).
            using var db = IroDbContextFactory.Create(options.Database, CouncilScope.All());
            db.Database.Migrate();
        }

        if (proxies)
        {
            app.UseForwardedHeaders();
        }
        app.UseIroWebUi();
        return app;
    }
}
