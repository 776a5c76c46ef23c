using Iro.Core.Demo;

namespace Iro.Core.Ssda903;

/// <summary>The code lists and weights the synthetic 903 generator draws from (ssda903.md §5; national shares from
/// iro-statutory-rules.md §10, several of them only plausible). Synthetic data: never official statistics.</summary>
internal static class Ssda903GenerationCodes
{
    /// <summary>Regulated supported accommodation (K3) began on 28 October 2023.</summary>
    public static readonly DateOnly SupportedAccommodationFrom = new(2023, 10, 28);

    // What is valid in a year is the validator's reference data (Ssda903CodeSets): the generator asks it,
    // so generated data and validation cannot drift apart.
    public static bool IsValidPlace(string place, CollectionYear year) => Ssda903CodeSets.IsValid(CodeSet.Place, place, year);

    /// <summary>Placements whose PLACE_PROVIDER must be blank (rule 178, §5.7).</summary>
    public static bool HasNoProvider(string place, CollectionYear year) => Ssda903CodeSets.IsValid(CodeSet.PlaceWithoutProvider, place, year);

    public static bool IsTemporary(string place) => place.Length == 2 && place[0] == 'T';

    public static bool IsFoster(string place) => place.Length == 2 && place[0] == 'U';

    /// <summary>Ages of children looked after (§10 national mix), by band of whole years.</summary>
    public static readonly Weighted<(int From, int To)> AgeBands = new(
        ((0, 0), 5.4), ((1, 4), 15.0), ((5, 9), 19.4), ((10, 15), 39.8), ((16, 17), 20.4));

    /// <summary>Days already looked after on 1 April, for children in care then.</summary>
    public static readonly Weighted<(int From, int To)> DurationsBeforeYear = new(
        ((1, 182), 9), ((183, 364), 10), ((365, 729), 20), ((730, 1094), 15), ((1095, 1459), 11),
        ((1460, 2189), 13), ((2190, 3650), 12));

    // The national mixes (domain reference §10) are the demo council's: one copy, so the two stay in step.
    public static Weighted<string> Ethnicity => DemoCodes.Ethnicity;

    public static Weighted<string> UascEthnicity => DemoCodes.UascEthnicity;

    public static Weighted<string> CategoryOfNeed => DemoCodes.CategoryOfNeed;

    public static Weighted<string> ReasonPlaceChange => DemoCodes.ReasonPlaceChange;

    /// <summary>§10 suggested participation mix for reviews of children aged 4 or over.</summary>
    public static readonly Weighted<string> Participation = new(
        ("PN1", 50), ("PN2", 4), ("PN3", 3), ("PN4", 3), ("PN5", 10), ("PN6", 20), ("PN7", 10));

    public static readonly Weighted<string> SocialWorkerChange = new(
        ("LEFTRL", 35), ("MANAGE", 20), ("TSPROC", 15), ("ORGRST", 8), ("FCONTA", 7), ("ABSENC", 6),
        ("CHCHAN", 3), ("PCCHAN", 2), ("OTHERS", 4));

    private const string Supported = "SA";
    private const string Other = "ZZ";

    private static readonly Weighted<string> PlaceUnder1 = new(
        ("U6", 40), ("U5", 12), ("U3", 20), ("P1", 6), ("R3", 12), ("U4", 5), ("U2", 5));

    private static readonly Weighted<string> Place1To4 = new(
        ("U6", 42), ("U4", 14), ("U3", 18), ("U5", 5), ("P1", 10), ("U1", 5), ("U2", 3), ("K2", 0.5));

    private static readonly Weighted<string> Place5To9 = new(
        ("U4", 30), ("U6", 28), ("U1", 10), ("U3", 12), ("P1", 8), ("K2", 8), ("S1", 2), ("R2", 0.5));

    private static readonly Weighted<string> Place10To15 = new(
        ("U4", 28), ("U6", 25), ("U1", 8), ("U3", 7), ("K2", 18), ("P1", 6), ("S1", 3), ("K1", 0.7), ("R1", 0.5),
        ("R2", 0.5), (Other, 0.3));

    private static readonly Weighted<string> Place16Plus = new(
        ("U4", 22), ("U6", 13), ("U1", 6), ("U3", 5), ("K2", 13), (Supported, 32), ("P1", 5),
        ("S1", 1), ("R2", 1), ("K1", 0.5), ("P3", 0.2), (Other, 1));

    private static readonly Weighted<string> PlaceUascUnder16 = new(("U6", 65), ("U4", 10), ("K2", 25));

    private static readonly Weighted<string> PlaceUasc16Plus = new((Supported, 65), ("U6", 25), ("K2", 10));

    public static readonly Weighted<string> PlaceRemand = new(("K1", 30), ("R5", 30), ("U6", 20), ("K2", 20));

    /// <summary>Short-break carers or homes: never long-term foster (U1, U4) or temporary (rules 382, 384).</summary>
    public static readonly Weighted<string> PlaceShortBreaks = new(("U6", 55), ("K2", 45));

    public static readonly Weighted<string> Temporary = new(("T4", 55), ("T0", 25), ("T1", 12), ("T3", 8));

    private static readonly string[] OtherPlacesFrom2025 = ["Z11", "Z12", "Z13", "Z14"];

    /// <summary>A placement for a child of this age starting on this date, valid for the return's year.</summary>
    public static string Placement(int age, bool uasc, DateOnly on, CollectionYear year, Random rng)
    {
        var table = uasc
            ? age >= 16 ? PlaceUasc16Plus : PlaceUascUnder16
            : age switch
            {
                < 1 => PlaceUnder1,
                < 5 => Place1To4,
                < 10 => Place5To9,
                < 16 => Place10To15,
                _ => Place16Plus,
            };
        var code = table.Pick(rng);
        return code switch
        {
            Supported => SupportedAccommodation(on, year),
            Other => year.StartYear >= 2025 ? OtherPlacesFrom2025[rng.Next(OtherPlacesFrom2025.Length)] : "Z1",
            _ => code,
        };
    }

    /// <summary>Semi-independent or supported accommodation: H5 before 28 October 2023 (and throughout a
    /// 2023-24 return, whose PLACE list has no K3), K3 after it; from 2025-26 H5 is no longer valid, so the
    /// return carries K3 for the whole history.</summary>
    public static string SupportedAccommodation(DateOnly on, CollectionYear year) => year.StartYear switch
    {
        <= 2023 => "H5",
        2024 => on < SupportedAccommodationFrom ? "H5" : "K3",
        _ => "K3",
    };

    public static string Provider(string place, CollectionYear year, Random rng)
    {
        if (HasNoProvider(place, year))
        {
            return "";
        }
        return place switch
        {
            "P1" => "PR0",
            "U1" or "U2" or "U3" => "PR1",
            "U4" or "U5" or "U6" => Pick(rng, ("PR1", 55), ("PR4", 35), ("PR5", 10)),
            "K2" => Pick(rng, ("PR4", 78), ("PR1", 15), ("PR5", 7)),
            "K3" or "H5" => Pick(rng, ("PR4", 70), ("PR5", 20), ("PR1", 10)),
            "K1" => Pick(rng, ("PR2", 85), ("PR1", 15)),
            "A3" or "A4" or "A5" or "A6" => Pick(rng, ("PR1", 70), ("PR5", 20), ("PR2", 10)),
            "R5" or "R2" => "PR3",
            "T4" => Pick(rng, ("PR1", 60), ("PR4", 40)),
            "R1" or "R3" or "S1" => Pick(rng, ("PR4", 60), ("PR5", 25), ("PR3", 15)),
            _ => "PR4",
        };
    }

    /// <summary>Ofsted-registered settings carry a unique reference number (required for H5 in 2023-24, rule 230).
    /// </summary>
    public static bool HasUrn(string place) => place is "K1" or "K2" or "K3" or "S1" or "H5";

    private static string Pick(Random rng, params (string Value, double Weight)[] items)
    {
        var total = 0.0;
        foreach (var item in items)
        {
            total += item.Weight;
        }
        var x = rng.NextDouble() * total;
        foreach (var (value, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return value;
            }
        }
        return items[^1].Value;
    }
}
