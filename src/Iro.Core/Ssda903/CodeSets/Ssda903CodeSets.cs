using System.Collections.Frozen;

namespace Iro.Core.Ssda903;

/// <summary>The SSDA903 code lists Iro holds (ssda903.md §5).</summary>
public enum CodeSet
{
    Sex,
    Ethnic,
    ReasonNewEpisode,
    LegalStatus,
    CategoryOfNeed,
    Place,
    PlaceProvider,

    /// <summary>The PLACE codes for which PLACE_PROVIDER must be blank (rule 178).</summary>
    PlaceWithoutProvider,
    ReasonEpisodeCeased,
    ReasonPlaceChange,
    ReviewCode,
    SocialWorkerChangeReason,
    Missing,

    /// <summary>The codes sent in UPN when the child has no UPN (UN1–UN5, rule 168).</summary>
    UpnUnknown,
}

/// <summary>One code of a list: what it means and the collection years in which it is valid (both ends
/// inclusive; null = open).</summary>
public sealed record CodeEntry(string Code, string Meaning, CollectionYear? ValidFrom = null, CollectionYear? ValidTo = null)
{
    public bool IsValidIn(CollectionYear year) =>
        (ValidFrom is not { } from || year >= from) && (ValidTo is not { } to || year <= to);
}

/// <summary>The 903 code lists as reference data keyed by collection year (ssda903.md §5 and §7): each code
/// carries the years it is valid, so the list for a return is chosen by the return's collection year, never
/// by today's date, and reading an old year still accepts its legacy codes (SEX 1/2, H5, P2, Z1).</summary>
/// <remarks>Codes are compared exactly as sent (ordinal, upper case); "k3" is not K3 (§5.6 warns that the
/// public validator's 2024-25 list has that typo).</remarks>
public static class Ssda903CodeSets
{
    private static readonly CollectionYear Y2324 = new(2023);
    private static readonly CollectionYear Y2425 = new(2024);
    private static readonly CollectionYear Y2526 = new(2025);

    private static readonly FrozenDictionary<CodeSet, CodeEntry[]> Lists = new Dictionary<CodeSet, CodeEntry[]>
    {
        // §5.1: 1/2 up to 2023-24; M/F/U from 2024-25 (rules 101 and 232).
        [CodeSet.Sex] =
        [
            new("1", "Male", ValidTo: Y2324),
            new("2", "Female", ValidTo: Y2324),
            new("M", "Male", ValidFrom: Y2425),
            new("F", "Female", ValidFrom: Y2425),
            new("U", "Unknown", ValidFrom: Y2425),
        ],
        [CodeSet.Ethnic] =
        [
            new("WBRI", "White British"), new("WIRI", "White Irish"), new("WOTH", "Any other White background"),
            new("WIRT", "Traveller of Irish heritage"), new("WROM", "Gypsy/Roma"),
            new("MWBC", "White and Black Caribbean"), new("MWBA", "White and Black African"),
            new("MWAS", "White and Asian"), new("MOTH", "Any other Mixed background"), new("AIND", "Indian"),
            new("APKN", "Pakistani"), new("ABAN", "Bangladeshi"), new("AOTH", "Any other Asian background"),
            new("BCRB", "Caribbean"), new("BAFR", "African"), new("BOTH", "Any other Black background"),
            new("CHNE", "Chinese"), new("OOTH", "Any other ethnic group"), new("REFU", "Refused"),
            new("NOBT", "Information not yet obtained"),
        ],
        [CodeSet.ReasonNewEpisode] =
        [
            new("S", "Started to be looked after"),
            new("L", "Change of legal status only"),
            new("P", "Change of placement and carer(s) only"),
            new("T", "Change of placement, same carer(s)"),
            new("B", "Change of legal status and of placement and carer(s)"),
            new("U", "Change of legal status and of placement, same carer(s)"),
        ],
        [CodeSet.LegalStatus] =
        [
            new("C1", "Interim care order"), new("C2", "Full care order"),
            new("D1", "Freeing order (legacy)"), new("E1", "Placement order"),
            new("V2", "Single period of accommodation under section 20"),
            new("V3", "Agreed series of short-term breaks, recorded as individual episodes"),
            new("V4", "Agreed series of short-term breaks, recorded as agreements"),
            new("L1", "Under police protection and in local authority accommodation"),
            new("L2", "Emergency protection order"),
            new("L3", "Child assessment order and in local authority accommodation"),
            new("J1", "Remanded to local authority accommodation or youth detention accommodation"),
            new("J2", "Placed in local authority accommodation under PACE 1984"),
            new("J3", "Youth rehabilitation order with a residence or intensive fostering requirement"),
        ],
        [CodeSet.CategoryOfNeed] =
        [
            new("N1", "Abuse or neglect"), new("N2", "Child's disability"),
            new("N3", "Parental illness or disability"), new("N4", "Family in acute stress"),
            new("N5", "Family dysfunction"), new("N6", "Socially unacceptable behaviour"),
            new("N7", "Low income"), new("N8", "Absent parenting"),
        ],
        // §5.6. K3 from 2024-25: whether 2023-24 accepted it is unconfirmed; the public validator's 2023-24
        // list does not, so neither does Iro. H5, P2 and Z1 leave in 2025-26, Z11–Z14 arrive.
        [CodeSet.Place] =
        [
            new("A3", "Placed for adoption with consent, with current foster carer"),
            new("A4", "Placed for adoption with consent, not with current foster carer"),
            new("A5", "Placed for adoption under a placement order, with current foster carer"),
            new("A6", "Placed for adoption under a placement order, not with current foster carer"),
            new("H5", "Semi-independent living not subject to children's homes regulations (legacy)", ValidTo: Y2425),
            new("K1", "Secure children's home"),
            new("K2", "Children's home subject to the Children's Homes Regulations"),
            new("K3", "Registered supported accommodation", ValidFrom: Y2425),
            new("P1", "Placed with own parent(s) or others with parental responsibility"),
            new("P2", "Independent living (legacy)", ValidTo: Y2425),
            new("P3", "Residential employment"),
            new("R1", "Residential care home"),
            new("R2", "NHS or health establishment providing medical or nursing care"),
            new("R3", "Family centre or mother-and-baby unit"),
            new("R5", "Young offender institution"),
            new("S1", "Residential school (unless dual-registered as a children's home)"),
            new("T0", "All types of temporary move"),
            new("T1", "Temporary period in hospital"),
            new("T2", "Temporary absence of the child on holiday"),
            new("T3", "Temporary accommodation while the usual foster carer is on holiday"),
            new("T4", "Temporary accommodation of 7 days or less for any other reason"),
            new("U1", "Foster placement with relative or friend: long-term fostering"),
            new("U2", "Foster placement with relative or friend: fostering for adoption or concurrent planning"),
            new("U3", "Foster placement with relative or friend: other"),
            new("U4", "Foster placement with other foster carer: long-term fostering"),
            new("U5", "Foster placement with other foster carer: fostering for adoption or concurrent planning"),
            new("U6", "Foster placement with other foster carer: other"),
            new("Z1", "Other placements (legacy)", ValidTo: Y2425),
            // Meanings unconfirmed (ssda903.md open question 1).
            new("Z11", "Other placement (Z11; meaning not yet confirmed)", ValidFrom: Y2526),
            new("Z12", "Other placement (Z12; meaning not yet confirmed)", ValidFrom: Y2526),
            new("Z13", "Other placement (Z13; meaning not yet confirmed)", ValidFrom: Y2526),
            new("Z14", "Other placement (Z14; meaning not yet confirmed)", ValidFrom: Y2526),
        ],
        [CodeSet.PlaceProvider] =
        [
            new("PR0", "Parent(s) or others with parental responsibility"),
            new("PR1", "Own local authority provision"),
            new("PR2", "Another local authority's provision"),
            new("PR3", "Other public provision"),
            new("PR4", "Private provision"),
            new("PR5", "Voluntary or third-sector provision"),
        ],
        // §5.7, rule 178: T0–T4 and Z1 up to 2024-25; T0–T3 and Z11–Z14 from 2025-26 (T4 then needs one).
        [CodeSet.PlaceWithoutProvider] =
        [
            new("T0", "All types of temporary move"),
            new("T1", "Temporary period in hospital"),
            new("T2", "Temporary absence of the child on holiday"),
            new("T3", "Temporary accommodation while the usual foster carer is on holiday"),
            new("T4", "Temporary accommodation of 7 days or less for any other reason", ValidTo: Y2425),
            new("Z1", "Other placements (legacy)", ValidTo: Y2425),
            new("Z11", "Other placement (Z11)", ValidFrom: Y2526),
            new("Z12", "Other placement (Z12)", ValidFrom: Y2526),
            new("Z13", "Other placement (Z13)", ValidFrom: Y2526),
            new("Z14", "Other placement (Z14)", ValidFrom: Y2526),
        ],
        // §5.8; E43/E44 are legacy and not valid (rule 149); E99 is not a DfE code.
        [CodeSet.ReasonEpisodeCeased] =
        [
            new("E11", "Adopted: application unopposed"),
            new("E12", "Adopted: consent dispensed with"),
            new("E45", "Special guardianship order to former foster carers who are relatives or friends"),
            new("E46", "Special guardianship order to former foster carers who are not relatives or friends"),
            new("E47", "Special guardianship order to other carers who are relatives or friends"),
            new("E48", "Special guardianship order to other carers who are not relatives or friends"),
            new("E41", "Residence order or child arrangements order saying with whom the child lives"),
            new("E4A", "Returned home to parents or others with parental responsibility, as part of care planning"),
            new("E4B", "Returned home to parents or others with parental responsibility, not as part of care planning"),
            new("E13", "Left care to live with parents, relatives or others without parental responsibility"),
            new("E5", "Moved to independent living with formal support"),
            new("E6", "Moved to independent living without formal support"),
            new("E7", "Transferred to residential care funded by adult social care"),
            new("E17", "Aged 18 or over and remained with current carers"),
            new("E2", "Died"),
            new("E3", "Care taken over by another UK local authority"),
            new("E8", "Any other reason"),
            new("E9", "Sentenced to custody"),
            new("E14", "Accommodation on remand ended"),
            new("E15", "Age assessment found the person to be 18 or over"),
            new("E16", "Moved abroad"),
            new("X1", "Episode ceased and a new episode began on the same day"),
        ],
        [CodeSet.ReasonPlaceChange] =
        [
            new("CARPL", "Change to, or implementation of, the care plan"),
            new("CLOSE", "Resignation of carer or closure of provision"),
            new("ALLEG", "Allegation (s.47)"),
            new("STAND", "Concern about standards of care"),
            new("APPRR", "Approval removed"),
            new("CREQB", "Carer requests end of placement because of the child's behaviour"),
            new("CREQO", "Carer requests end of placement for other reasons"),
            new("CHILD", "Child requests end of placement"),
            new("LAREQ", "Responsible or area authority requests end of placement"),
            new("PLACE", "Change in the status of the placement only"),
            new("CUSTOD", "Custody arrangement"),
            new("OTHER", "Other"),
        ],
        [CodeSet.ReviewCode] =
        [
            new("PN0", "Child aged under 4 at the time of the review"),
            new("PN1", "Child attends and speaks for themselves"),
            new("PN2", "Child attends, and an advocate (or the IRO) speaks for them"),
            new("PN3", "Child attends and conveys their views symbolically or non-verbally"),
            new("PN4", "Child attends but does not contribute"),
            new("PN5", "Child does not attend, but briefs an advocate (or the IRO) to speak for them"),
            new("PN6", "Child does not attend, but conveys views through a facilitative medium"),
            new("PN7", "Child does not attend and their views are not conveyed"),
        ],
        // §5.11: from 2023-24 (the SWEpisodes table); meanings unconfirmed.
        [CodeSet.SocialWorkerChangeReason] =
        [
            new("MANAGE", "Management decision (meaning not yet confirmed)"),
            new("FCONTA", "Fixed-term contract ended (meaning not yet confirmed)"),
            new("LEFTRL", "Left role (meaning not yet confirmed)"),
            new("ORGRST", "Organisational restructure (meaning not yet confirmed)"),
            new("TSPROC", "Transfer between teams or processes (meaning not yet confirmed)"),
            new("ABSENC", "Absence (meaning not yet confirmed)"),
            new("CHCHAN", "Change requested by the child (meaning not yet confirmed)"),
            new("PCCHAN", "Change requested by a parent or carer (meaning not yet confirmed)"),
            new("SWDIED", "Social worker died (meaning not yet confirmed)"),
            new("OTHERS", "Other (meaning not yet confirmed)"),
        ],
        [CodeSet.Missing] =
        [
            new("M", "Missing"),
            new("A", "Away without authorisation"),
        ],
        [CodeSet.UpnUnknown] =
        [
            new("UN1", "Child not of school age and has not yet been given a UPN"),
            new("UN2", "Child has never attended a maintained school in England"),
            new("UN3", "Child is educated outside England"),
            new("UN4", "Child newly looked after (in the last week of the collection) and the UPN is not yet known"),
            new("UN5", "A discrepancy between sources prevents reliable matching"),
        ],
    }.ToFrozenDictionary();

    // Every list resolved once for a year, when that year is first asked for: validation looks codes up millions
    // of times, and a run is for one year. Building all four years' frozen lists at once took a one-shot national
    // validate ~30 ms before any rule could look a code up.
    private static readonly Lazy<FrozenDictionary<CodeSet, FrozenDictionary<string, CodeEntry>>>[] ByYear =
    [
        .. Enumerable.Range(CollectionYear.Earliest.StartYear, CollectionYear.Latest.StartYear - CollectionYear.Earliest.StartYear + 1)
            .Select(y => new Lazy<FrozenDictionary<CodeSet, FrozenDictionary<string, CodeEntry>>>(() => BuildYear(new CollectionYear(y)))),
    ];

    private static FrozenDictionary<CodeSet, FrozenDictionary<string, CodeEntry>> BuildYear(CollectionYear year) =>
        Lists.ToFrozenDictionary(
            list => list.Key,
            list => list.Value.Where(e => e.IsValidIn(year)).ToFrozenDictionary(e => e.Code, StringComparer.Ordinal));

    /// <summary>Every code of the list ever held, with its valid years (for reference pages).</summary>
    public static IReadOnlyList<CodeEntry> AllEntries(CodeSet set) => Lists[set];

    /// <summary>The codes valid in <paramref name="year"/>, in the DfE's order.</summary>
    public static IReadOnlyList<CodeEntry> Entries(CodeSet set, CollectionYear year) =>
        Array.FindAll(Lists[set], e => e.IsValidIn(year));

    /// <summary>The codes valid in <paramref name="year"/>, for fast lookups.</summary>
    public static IReadOnlySet<string> Codes(CodeSet set, CollectionYear year) => Resolve(set, year).Keys.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsValid(CodeSet set, string? code, CollectionYear year) =>
        code is not null && Resolve(set, year).ContainsKey(code);

    /// <summary>The meaning of <paramref name="code"/> in <paramref name="year"/>, or null when it is not valid then.</summary>
    public static string? Meaning(CodeSet set, string? code, CollectionYear year) =>
        code is not null && Resolve(set, year).TryGetValue(code, out var entry) ? entry.Meaning : null;

    /// <remarks>A year outside those Iro holds (2023-24 to 2026-27) uses the nearest year's list.</remarks>
    internal static FrozenDictionary<string, CodeEntry> Resolve(CodeSet set, CollectionYear year)
    {
        var y = Math.Clamp(year.StartYear, CollectionYear.Earliest.StartYear, CollectionYear.Latest.StartYear);
        return ByYear[y - CollectionYear.Earliest.StartYear].Value[set];
    }

    /// <summary>Rule 168's format (ssda903.md §4): one upper-case letter other than I, O or S, then 12 digits
    /// or 11 digits and an upper-case letter; or one of UN1–UN5. Checked by hand: no regex per value.</summary>
    public static bool IsValidUpn(string? upn)
    {
        if (upn is null)
        {
            return false;
        }
        if (upn.Length == 3)
        {
            return upn[0] == 'U' && upn[1] == 'N' && upn[2] is >= '1' and <= '5';
        }
        if (upn.Length != 13 || !char.IsAsciiLetterUpper(upn[0]) || upn[0] is 'I' or 'O' or 'S')
        {
            return false;
        }
        for (var i = 1; i < 12; i++)
        {
            if (!char.IsAsciiDigit(upn[i]))
            {
                return false;
            }
        }
        return char.IsAsciiDigit(upn[12]) || char.IsAsciiLetterUpper(upn[12]);
    }
}
