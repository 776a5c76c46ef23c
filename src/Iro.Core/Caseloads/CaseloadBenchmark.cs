namespace Iro.Core.Caseloads;

public enum CaseloadBand
{
    Below,
    Within,
    High,
    Above,
}

/// <summary>The IRO Handbook (2010) benchmark: 50–70 looked-after children per full-time IRO. Above 60 is
/// flagged early so a manager can act before the ceiling (domain reference §1.3, "alert when").</summary>
public static class CaseloadBenchmark
{
    public const decimal Lower = 50m;
    public const decimal Warning = 60m;
    public const decimal Upper = 70m;

    public static decimal PerFte(int children, decimal fte) =>
        fte <= 0 ? throw new ArgumentOutOfRangeException(nameof(fte), fte, "FTE must be more than zero.")
        : Math.Round(children / fte, 1, MidpointRounding.AwayFromZero);

    public static CaseloadBand BandOf(decimal perFte) => perFte switch
    {
        > Upper => CaseloadBand.Above,
        > Warning => CaseloadBand.High,
        >= Lower => CaseloadBand.Within,
        _ => CaseloadBand.Below,
    };
}
