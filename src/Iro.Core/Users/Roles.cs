namespace Iro.Core.Users;

/// <summary>Iro's roles. Kept as strings so that they travel in claims and configuration unchanged.</summary>
public static class Roles
{
    public const string Iro = "iro";
    public const string IroManager = "iro-manager";
    public const string SocialWorker = "social-worker";
    public const string TeamManager = "team-manager";
    public const string SeniorManager = "senior-manager";
    public const string Advocate = "advocate";
    public const string Regulation44Visitor = "regulation-44-visitor";
    public const string CouncilAdministrator = "council-administrator";
    public const string DataAnalyst = "data-analyst";
    public const string Inspector = "inspector";
    public const string SystemAdministrator = "system-administrator";

    public static IReadOnlyList<string> All { get; } =
        [Iro, IroManager, SocialWorker, TeamManager, SeniorManager, Advocate, Regulation44Visitor, CouncilAdministrator, DataAnalyst, Inspector, SystemAdministrator];

    public static string DisplayName(string role) => role switch
    {
        Iro => "Independent reviewing officer",
        IroManager => "IRO manager",
        SocialWorker => "Social worker",
        TeamManager => "Team manager",
        SeniorManager => "Senior manager",
        Advocate => "Independent advocate",
        Regulation44Visitor => "Regulation 44 visitor",
        CouncilAdministrator => "Council administrator",
        DataAnalyst => "Data analyst",
        Inspector => "Inspector (read only)",
        SystemAdministrator => "System administrator",
        _ => role,
    };
}
