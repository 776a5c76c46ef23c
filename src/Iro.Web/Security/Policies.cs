using Iro.Core.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Iro.Web.Security;

/// <summary>Named capabilities. Pages ask for a capability, never for a role, so that who may do what is
/// decided here.</summary>
public static class Policies
{
    public const string ViewOwnCaseload = nameof(ViewOwnCaseload);
    public const string ViewServiceOverview = nameof(ViewServiceOverview);
    public const string ViewChildRecord = nameof(ViewChildRecord);
    public const string ManageSsda903 = nameof(ManageSsda903);
    public const string ManageRestrictedRecords = nameof(ManageRestrictedRecords);
    public const string ReferToAdvocacy = nameof(ReferToAdvocacy);

    public static IServiceCollection AddIroAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            // Everything but sign-in and static assets needs a signed-in user.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ViewOwnCaseload, p => p.RequireRole(Roles.Iro, Roles.IroManager))
            .AddPolicy(ViewServiceOverview, p => p.RequireRole(Roles.IroManager, Roles.SeniorManager, Roles.Inspector, Roles.CouncilAdministrator))
            .AddPolicy(ManageSsda903, p => p.RequireRole(Roles.CouncilAdministrator, Roles.DataAnalyst))
            .AddPolicy(ViewChildRecord, p => p.RequireRole(Roles.Iro, Roles.IroManager, Roles.SeniorManager, Roles.Inspector, Roles.SocialWorker, Roles.TeamManager, Roles.Advocate))
            .AddPolicy(ManageRestrictedRecords, p => p.RequireRole(Roles.IroManager))
            .AddPolicy(ReferToAdvocacy, p => p.RequireRole(Roles.Iro, Roles.IroManager))
            .Services;
}
