namespace Iro.Core.Ssda903;

/// <summary>The tables of the SSDA903 return (ssda903.md §2).</summary>
public enum Ssda903Table
{
    Header,
    Episodes,
    Reviews,
    Uasc,
    Missing,
    Oc2,
    Oc3,
    Ad1,
    PlacedForAdoption,
    PreviousPermanence,
    SwEpisodes,

    /// <summary>Deprivation of liberty orders, from 2026-27 (the public validator's "DoLo" table).</summary>
    DoLo,
}

/// <summary>Each table's columns in the DfE's order, and its usual file name.</summary>
public static class Ssda903Layout
{
    public static IReadOnlyList<string> Columns(Ssda903Table table) => table switch
    {
        Ssda903Table.Header => ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"],
        Ssda903Table.Episodes => ["CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"],
        Ssda903Table.Reviews => ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"],
        Ssda903Table.Uasc => ["CHILD", "SEX", "DOB", "DUC"],
        Ssda903Table.Missing => ["CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"],
        Ssda903Table.Oc2 => ["CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"],
        Ssda903Table.Oc3 => ["CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"],
        Ssda903Table.Ad1 => ["CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"],
        Ssda903Table.PlacedForAdoption => ["CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"],
        Ssda903Table.PreviousPermanence => ["CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"],
        Ssda903Table.SwEpisodes => ["CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"],
        Ssda903Table.DoLo => ["CHILD", "DOB", "DOLO_START", "DOLO_END"],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    public static string FileName(Ssda903Table table) => table switch
    {
        Ssda903Table.Header => "header.csv",
        Ssda903Table.Episodes => "episodes.csv",
        Ssda903Table.Reviews => "reviews.csv",
        Ssda903Table.Uasc => "uasc.csv",
        Ssda903Table.Missing => "missing.csv",
        Ssda903Table.Oc2 => "oc2.csv",
        Ssda903Table.Oc3 => "oc3.csv",
        Ssda903Table.Ad1 => "ad1.csv",
        Ssda903Table.PlacedForAdoption => "placed_for_adoption.csv",
        Ssda903Table.PreviousPermanence => "previous_permanence.csv",
        Ssda903Table.SwEpisodes => "sw_episodes.csv",
        Ssda903Table.DoLo => "dolo.csv",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };
}
