namespace Iro.Core.Ssda903;

/// <summary>The rule catalogue: every rule Iro implements with the collection years it applies to
/// (ssda903.md §7). 2023-24 is the base (the validator's 2022-23 rules plus 217t and 230); 2024-25 deletes
/// 217t and 230 and adds 232 (SEX codes change through the code list); 2025-26 adds 233 and 234 (PLACE and
/// rule 178's no-provider list change through the code lists); 2026-27 adds nothing Iro implements yet
/// (the DoLO rules 700–710 are not implemented).</summary>
internal static partial class Ssda903Rules
{
    private const int First = 2023;
    private const int Last = 9999;

    private static readonly Ssda903Table[] H = [Ssda903Table.Header];
    private static readonly Ssda903Table[] E = [Ssda903Table.Episodes];
    private static readonly Ssda903Table[] R = [Ssda903Table.Reviews];

    public static IReadOnlyList<Ssda903Rule> All { get; } =
    [
        // Header (ssda903.md §5.1, §5.2, §4).
        Rule("101", "Sex code is not valid.",
            "SEX in the Header must be a code valid for the collection year: 1 (male) or 2 (female) up to 2023-24; M, F or U from 2024-25. A blank SEX fails.",
            H, Check101),
        Rule("102", "Date of birth is not a valid date.",
            "DOB in the Header must be a date written dd/mm/yyyy. A blank DOB fails.",
            H, Check102),
        Rule("103", "The ethnicity code is either not valid or has not been entered.",
            "ETHNIC in the Header must be one of the 20 DfE ethnicity codes. A blank ETHNIC fails.",
            H, Check103),
        Rule("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
            "UPN, when given, must be a capital letter other than I, O or S followed by 12 digits (or 11 digits and a capital letter), or one of UN1 to UN5 when the child has no UPN. A blank UPN is not flagged by this rule.",
            H, Check168),
        Rule("232", "Warning: sex has been recorded as U (unknown).",
            "A warning, not an error: SEX in the Header is U. Check whether the child's sex is known. Applies from 2024-25, when the M/F/U codes began.",
            H, Check232, from: 2024),

        // Episodes: code lists (§5.3–§5.9).
        Rule("143", "The reason for new episode code is not a valid code.",
            "RNE, when given, must be S, L, P, T, B or U.",
            E, c => CodeCheck(c, c.X.ERne, CodeSet.ReasonNewEpisode)),
        Rule("144", "The legal status code is not a valid code.",
            "LS, when given, must be one of the DfE legal status codes (C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3).",
            E, c => CodeCheck(c, c.X.ELs, CodeSet.LegalStatus)),
        Rule("145", "Category of need code is not a valid code.",
            "CIN, when given, must be N1 to N8.",
            E, c => CodeCheck(c, c.X.ECin, CodeSet.CategoryOfNeed)),
        Rule("146", "Placement type is not a valid code.",
            "PLACE, when given, must be in the collection year's list: K3 is valid from 2024-25 (upper case only); H5, P2 and Z1 are valid up to 2024-25; Z11 to Z14 from 2025-26.",
            E, c => CodeCheck(c, c.X.EPlace, CodeSet.Place)),
        Rule("149", "Reason episode ceased is not a valid code.",
            "REC, when given, must be a current DfE reason-ceased code or X1. The legacy codes E43 and E44 and the non-DfE E99 fail.",
            E, c => CodeCheck(c, c.X.ERec, CodeSet.ReasonEpisodeCeased)),
        Rule("1009", "Reason for placement change is not a valid code.",
            "REASON_PLACE_CHANGE, when given, must be one of CARPL, CLOSE, ALLEG, STAND, APPRR, CREQB, CREQO, CHILD, LAREQ, PLACE, CUSTOD or OTHER.",
            E, c => CodeCheck(c, c.X.ERpc, CodeSet.ReasonPlaceChange)),
        Rule("178", "Placement provider code is not a valid code.",
            "PLACE_PROVIDER, when given, must be PR0 to PR5, and must be blank for placements that have no provider: T0 to T4 and Z1 up to 2024-25; T0 to T3 and Z11 to Z14 from 2025-26. A blank provider is not flagged by this rule.",
            E, Check178),

        // Episodes: placement types and reasons (§6.2).
        Rule("217t", "Placement type 'P2' is not a valid placement type from 28 October 2023.",
            "An episode with PLACE P2 must have ended on or before 28 October 2023. An open P2 episode, or one ending after that date, fails. 2023-24 only.",
            E, Check217t, to: 2023),
        Rule("230", "Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.",
            "An H5 episode that was open after 28 October 2023 (no end date, or an end date on or after 29 October 2023) needs an Ofsted URN; a blank URN or XXXXXXX fails. Placements outside England (PL_LA starting N, W or S, when that column is sent) are not checked. 2023-24 only.",
            E, Check230, to: 2023),
        Rule("225", "Reason for placement change must be recorded.",
            "When an episode ends with REC X1 and the child's next episode (by start date) is a change of placement (RNE P, B, T or U), REASON_PLACE_CHANGE must be given on the episode that ended, unless either placement is temporary (T0 to T4).",
            E, Check225),
        Rule("226", "Reason for placement change is not required for temporary placements.",
            "An episode in a temporary placement (T0 to T4) must have no REASON_PLACE_CHANGE, and nor may the child's episode just before it.",
            E, Check226),
        Rule("233", "Reason for placement change is not required when the episode has not ceased.",
            "An episode with no end date (DEC blank) must have no REASON_PLACE_CHANGE. From 2025-26.",
            E, Check233, from: 2025),
        Rule("234", "A child aged under 10 can not change placement due to being admitted to custody",
            "REASON_PLACE_CHANGE CUSTOD is not allowed when the child was under 10 on the day the placement changed (the episode's end date, compared with the Header DOB). From 2025-26.",
            E, Check234, from: 2025),

        // Episodes: structure (§6.2).
        Rule("355", "Episode appears to have lasted for less than 24 hours",
            "An episode's end date (DEC) is the same day as its start date (DECOM).",
            E, Check355),
        Rule("357", "If this is the first episode ever for this child, reason for new episode must be S. Check whether there is an episode immediately preceding this one, which has been left out. If not the reason for new episode code must be amended to S.",
            "The child's earliest episode must have RNE S when it starts within the collection year (an earliest episode starting before 1 April may continue an earlier period of care and is not checked).",
            E, Check357),
        Rule("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
            "An episode ending with REC X1 must be followed by the child's next episode starting on the same day; an episode that is followed the same day by another must end with X1; and the child's last episode must not end with X1.",
            E, Check388),

        // Episodes: legal status durations (§6.2; Children Act 1989 ss.44, 46, 43).
        Rule("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
            "A run of back-to-back L1 (police protection) episodes lasted more than 3 days from its first start date to its last end date (an open one runs to 31 March). Dates have no time, so 72 hours is read as 3 days: starting on the 1st and ending on the 4th passes, ending on the 5th fails.",
            E, c => CheckDuration(c, "L1", 3)),
        Rule("362", "Emergency protection order (EPO) lasted longer than 21 days",
            "A run of back-to-back L2 (emergency protection order) episodes lasted more than 21 days from its first start date to its last end date (an open one runs to 31 March).",
            E, c => CheckDuration(c, "L2", 21)),
        Rule("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
            "A run of back-to-back L3 (child assessment order) episodes lasted more than 7 days from its first start date to its last end date (an open one runs to 31 March).",
            E, c => CheckDuration(c, "L3", 7)),

        // Episodes: short breaks (§6.2; CPPCR 2010 reg 48, iro-statutory-rules.md §2.3).
        Rule("365", "Any individual short-term respite placement must not exceed 17 days.",
            "A V3 episode ends more than 17 days after it starts (DEC minus DECOM over 17). An open V3 episode is not checked by this rule.",
            E, Check365),
        Rule("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.",
            "The child's V3 episodes total more than 75 days within the collection year: each episode counts the days from its start (or 1 April) to its end (or 31 March, when open or ending later). Every counted V3 episode of the child is flagged.",
            E, Check367),
        Rule("382", "A child receiving respite care cannot be in a temporary placement.",
            "An episode with legal status V3 or V4 has a temporary placement type (T0 to T4).",
            E, c => CheckRespitePlace(c, "T0", "T1", "T2", "T3", "T4")),
        Rule("384", "A child receiving respite care cannot be in a long-term foster placement",
            "An episode with legal status V3 or V4 has a long-term foster placement type (U1 or U4).",
            E, c => CheckRespitePlace(c, "U1", "U4")),
        Rule("426", "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.",
            "The child has both V3 and V4 episodes in the return; every V3 and V4 episode of that child is flagged.",
            E, Check426),

        // Reviews (§6.1).
        Rule("166", "Date of review is invalid or blank.",
            "REVIEW must be a date written dd/mm/yyyy.",
            R, Check166),
        Rule("167", "Data entry for participation is invalid or blank.",
            "When REVIEW is given, REVIEW_CODE must be PN0 to PN7; when REVIEW is blank, REVIEW_CODE must be blank too.",
            R, Check167),
        Rule("440", "Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.",
            "REVIEW_CODE is PN0 but the review was after the child's 4th birthday (REVIEW later than DOB plus 4 years, using the Reviews DOB). A review on the 4th birthday itself passes.",
            R, Check440),
        Rule("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.",
            "REVIEW_CODE is PN1 to PN7 but the review was before the child's 4th birthday (REVIEW earlier than DOB plus 4 years, using the Reviews DOB). A review on the 4th birthday itself passes.",
            R, Check441),
        Rule("399", "Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.",
            "Every episode of the child is V3 or V4 (short breaks only), yet the Header has MOTHER or the Reviews table has a review for the child. Flags the Header row (when MOTHER is given), each such review, and the child's episodes. A child with any other legal status is not flagged.",
            [Ssda903Table.Header, Ssda903Table.Episodes, Ssda903Table.Reviews], Check399),
        Rule("INT08", "Data integrity check: child in the Reviews table is not in the Header.",
            "Every CHILD in the Reviews table must also be in the Header. Not checked when no Header table is sent.",
            R, CheckInt08),
        Rule("INT17", "Data integrity check: date of birth in the Reviews table is different to the date of birth in the Header.",
            "The DOB on a review row must be exactly the DOB in the child's Header row.",
            R, CheckInt17),
    ];

    private static Ssda903Rule Rule(string code, string message, string explanation, Ssda903Table[] tables,
        Action<RuleContext> check, int from = First, int to = Last) =>
        new(new RuleInfo(code, message, explanation, tables), from, to, check);

    private static bool IsBlank(string value) => string.IsNullOrWhiteSpace(value);
}
