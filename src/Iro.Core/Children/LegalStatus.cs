namespace Iro.Core.Children;

/// <summary>SSDA903 legal status (LS) codes and their meanings (ssda903.md §5.4).</summary>
public static class LegalStatus
{
    public static bool IsShortBreak(string code) => code is "V3" or "V4";

    public static string Describe(string code) => code switch
    {
        "C1" => "Interim care order",
        "C2" => "Full care order",
        "D1" => "Freeing order",
        "E1" => "Placement order",
        "V2" => "Accommodated under section 20",
        "V3" => "Short breaks (individual episodes)",
        "V4" => "Short breaks (agreement)",
        "L1" => "Police protection",
        "L2" => "Emergency protection order",
        "L3" => "Child assessment order",
        "J1" => "Remanded",
        "J2" => "Accommodated under PACE",
        "J3" => "Youth rehabilitation order",
        _ => code,
    };
}

/// <summary>SSDA903 placement (PLACE) codes, as people say them (ssda903.md §5.6).</summary>
public static class PlacementType
{
    public static string Describe(string code) => code switch
    {
        "A3" or "A4" or "A5" or "A6" => "Placed for adoption",
        "H5" => "Semi-independent living",
        "K1" => "Secure children's home",
        "K2" => "Children's home",
        "K3" => "Supported accommodation",
        "P1" => "Placed with parents",
        "P2" => "Independent living",
        "P3" => "Residential employment",
        "R1" => "Residential care home",
        "R2" => "NHS or health establishment",
        "R3" => "Family centre or mother and baby unit",
        "R5" => "Young offender institution",
        "S1" => "Residential school",
        "T0" or "T1" or "T2" or "T3" or "T4" => "Temporary move",
        "U1" or "U2" or "U3" => "Foster care with relative or friend",
        "U4" or "U5" or "U6" => "Foster care",
        _ => "Other placement",
    };
}
