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
    public const string AllocateIro = nameof(AllocateIro);
    public const string RecordReview = nameof(RecordReview);

    /// <summary>An IRO manager's oversight of review records: signing off a record and contesting a decision.</summary>
    public const string OverseeReviews = nameof(OverseeReviews);

    /// <summary>Record contacts, checks and significant events between reviews: the child's IRO and IRO managers.</summary>
    public const string RecordMonitoring = nameof(RecordMonitoring);

    /// <summary>Raise and escalate an issue, refer to Cafcass: the child's IRO and IRO managers (IRO Handbook 2010 §6).</summary>
    public const string RaiseDispute = nameof(RaiseDispute);

    /// <summary>Every open issue in the council, by stage and age: IRO managers, senior managers and inspectors (read only).</summary>
    public const string ViewDisputes = nameof(ViewDisputes);

    // Manager oversight of IROs (issue 5 §6, §7)
    public const string ViewServiceWork = nameof(ViewServiceWork);
    public const string OverseeIros = nameof(OverseeIros);
    public const string ViewIroFigures = nameof(ViewIroFigures);
    public const string ViewQualityAudits = nameof(ViewQualityAudits);

    /// <summary>See who can sign in to the council, and deactivate a leaver: the council administrator.</summary>
    public const string ManageUsers = nameof(ManageUsers);

    public static IServiceCollection AddIroAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ActiveUserHandler>();
        return services.AddAuthorizationBuilder()
            // Everything but sign-in and static assets needs a signed-in, active user.
            .SetFallbackPolicy(ActiveUser().Build())
            .SetDefaultPolicy(ActiveUser().Build())
            .AddPolicy(ViewOwnCaseload, ForRoles(Roles.Iro, Roles.IroManager))
            .AddPolicy(ViewServiceOverview, ForRoles(Roles.IroManager, Roles.SeniorManager, Roles.Inspector, Roles.CouncilAdministrator))
            .AddPolicy(ManageSsda903, ForRoles(Roles.CouncilAdministrator, Roles.DataAnalyst))
            .AddPolicy(ViewChildRecord, ForRoles(Roles.Iro, Roles.IroManager, Roles.SeniorManager, Roles.Inspector,
                Roles.SocialWorker, Roles.TeamManager, Roles.Advocate))
            .AddPolicy(ManageRestrictedRecords, ForRoles(Roles.IroManager))
            .AddPolicy(ReferToAdvocacy, ForRoles(Roles.Iro, Roles.IroManager))
            .AddPolicy(AllocateIro, ForRoles(Roles.IroManager))
            .AddPolicy(RecordReview, ForRoles(Roles.Iro, Roles.IroManager))
            .AddPolicy(OverseeReviews, ForRoles(Roles.IroManager))
            .AddPolicy(RecordMonitoring, ForRoles(Roles.Iro, Roles.IroManager))
            .AddPolicy(RaiseDispute, ForRoles(Roles.Iro, Roles.IroManager))
            .AddPolicy(ViewDisputes, ForRoles(Roles.IroManager, Roles.SeniorManager, Roles.Inspector))
            // Manager oversight of IROs: IRO managers sample, audit and supervise; senior managers read the figures
            // and the service's work; an IRO reads the audits of their own work.
            .AddPolicy(ViewServiceWork, ForRoles(Roles.IroManager, Roles.SeniorManager))
            .AddPolicy(OverseeIros, ForRoles(Roles.IroManager))
            .AddPolicy(ViewIroFigures, ForRoles(Roles.IroManager, Roles.SeniorManager))
            .AddPolicy(ViewQualityAudits, ForRoles(Roles.Iro, Roles.IroManager))
            .AddPolicy(ManageUsers, ForRoles(Roles.CouncilAdministrator))
            .Services;
    }

    /// <summary>A capability for these roles, held by an active user. Every named policy is built here so that
    /// none forgets the active check.</summary>
    public static Action<AuthorizationPolicyBuilder> ForRoles(params string[] roles) => p => ActiveUser(p).RequireRole(roles);

    private static AuthorizationPolicyBuilder ActiveUser(AuthorizationPolicyBuilder? builder = null) =>
        (builder ?? new AuthorizationPolicyBuilder()).RequireAuthenticatedUser().AddRequirements(ActiveUserRequirement.Instance);
}
