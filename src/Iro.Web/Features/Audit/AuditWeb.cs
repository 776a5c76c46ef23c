using System.Security.Claims;
using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Features.Audit;

/// <summary>The web app's side of the audit trail: each request's <see cref="ChangeContext"/> (the signed-in
/// user, their role and council, the request's trace id) and who may read a child's audit.</summary>
public static class AuditWeb
{
    /// <summary>IRO managers, senior managers, council administrators and inspectors may see who viewed or
    /// changed a child's record; IROs and social workers may not (issue 4, §4).</summary>
    public const string ViewChildAuditTrail = nameof(ViewChildAuditTrail);

    public static IServiceCollection AddIroAudit(this IServiceCollection services)
    {
        services.AddScoped(sp =>
        {
            var accessor = sp.GetRequiredService<IHttpContextAccessor>();
            var fallback = Guid.CreateVersion7().ToString("N");
            return ChangeContext.Resolving(
                () => ActorOf(accessor.HttpContext?.User),
                () => accessor.HttpContext?.TraceIdentifier ?? fallback,
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(ViewChildAuditTrail, Policies.ForRoles(Roles.IroManager, Roles.SeniorManager, Roles.CouncilAdministrator, Roles.Inspector));
        return services;
    }

    private static ChangeActor ActorOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return ChangeActor.System;
        }
        CouncilId? council = CouncilId.TryParse(user.FindFirstValue(IroClaims.CouncilId), null, out var c) ? c : null;
        return new ChangeActor(id, user.FindFirstValue(ClaimTypes.Role), council);
    }
}
