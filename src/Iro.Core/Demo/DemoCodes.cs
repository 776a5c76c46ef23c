using Iro.Core.Reviews;

namespace Iro.Core.Demo;

/// <summary>A list of values with relative weights, drawn from with a seeded <see cref="Random"/>.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] items)
    {
        _values = [.. items.Select(i => i.Value)];
        _cumulative = new double[items.Length];
        var total = 0.0;
        for (var i = 0; i < items.Length; i++)
        {
            total += items[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Pick(Random rng)
    {
        var x = rng.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        i = i < 0 ? ~i : i + 1;
        return _values[Math.Min(i, _values.Length - 1)];
    }
}

/// <summary>Draws without replacement from a shuffled deck holding each value in exact proportion, reshuffled
/// when empty: a small council then shows the intended mix closely, not just on average over many seeds.
/// </summary>
internal sealed class Deck<T>
{
    private readonly T[] _cards;
    private int _next;

    public Deck(params (T Value, int Count)[] items)
    {
        _cards = [.. items.SelectMany(i => Enumerable.Repeat(i.Value, i.Count))];
        _next = _cards.Length;
    }

    public T Draw(Random rng)
    {
        if (_next == _cards.Length)
        {
            rng.Shuffle(_cards);
            _next = 0;
        }
        return _cards[_next++];
    }
}

/// <summary>The SSDA903 codes the generator draws from (ssda903.md §5) and the weights that make the demo council
/// look like an ordinary English one (iro-statutory-rules.md §10). Figures marked unconfirmed there are only
/// plausible, and this is synthetic data: never present it as official statistics.</summary>
internal static class DemoCodes
{
    /// <summary>Regulated supported accommodation (903 PLACE K3) began on 28 October 2023; before that the same
    /// young people were in semi-independent living (H5).</summary>
    public static readonly DateOnly SupportedAccommodationFrom = new(2023, 10, 28);

    /// <summary>Placements with no provider: PLACE_PROVIDER must be blank (903 rule 178).</summary>
    public static bool HasNoProvider(string placement) =>
        placement is "T0" or "T1" or "T2" or "T3" or "T4" or "Z1" or "Z11" or "Z12" or "Z13" or "Z14";

    public static bool IsTemporary(string placement) => placement.StartsWith('T');

    public static bool IsFoster(string placement) => placement.StartsWith('U');

    /// <summary>§10 (2025): 71% White, 11% Mixed, 8% Black, 5% Asian, 4% other, 1% not known, once the
    /// unaccompanied children (drawn separately) are added in.</summary>
    public static readonly Weighted<string> Ethnicity = new(
        ("WBRI", 63.0), ("WIRI", 0.8), ("WOTH", 9.0), ("WIRT", 1.1), ("WROM", 1.1),
        ("MWBC", 4.2), ("MWBA", 1.4), ("MWAS", 1.6), ("MOTH", 4.8),
        ("AIND", 0.4), ("APKN", 1.2), ("ABAN", 0.5), ("AOTH", 1.4),
        ("BCRB", 1.3), ("BAFR", 3.5), ("BOTH", 1.7),
        ("CHNE", 0.1), ("OOTH", 1.9),
        ("REFU", 0.3), ("NOBT", 0.7));

    /// <summary>Unaccompanied asylum-seeking children: mostly from East Africa, Afghanistan, Iran, Iraq and
    /// Vietnam.</summary>
    public static readonly Weighted<string> UascEthnicity = new(
        ("BAFR", 35), ("AOTH", 30), ("OOTH", 25), ("WOTH", 5), ("BOTH", 5));

    /// <summary>CIN for children who are not unaccompanied, on short breaks or remanded (N1 ≈ 65% overall).</summary>
    public static readonly Weighted<string> CategoryOfNeed = new(
        ("N1", 70), ("N2", 2), ("N3", 3), ("N4", 8), ("N5", 15), ("N6", 1), ("N7", 0.3), ("N8", 1));

    /// <summary>Why a placement ended, as §10 gives the 2024 shares (PLACE, "change in status of placement
    /// only", is drawn where it happens: a foster placement becoming long-term, a move to adoption with the same
    /// carers, semi-independent living becoming registered).</summary>
    public static readonly Weighted<string> ReasonPlaceChange = new(
        ("CARPL", 31), ("OTHER", 22), ("CREQB", 8), ("CREQO", 6), ("CHILD", 3), ("STAND", 1), ("CLOSE", 1),
        ("ALLEG", 1), ("LAREQ", 1), ("APPRR", 0.4));

    /// <summary>§10 suggested mix for reviews of children aged 4 or over.</summary>
    public static readonly Weighted<ParticipationCode> Participation = new(
        (ParticipationCode.PN1, 50), (ParticipationCode.PN2, 4), (ParticipationCode.PN3, 3),
        (ParticipationCode.PN4, 3), (ParticipationCode.PN5, 10), (ParticipationCode.PN6, 20),
        (ParticipationCode.PN7, 10));

    /// <summary>Disabled children on short breaks more often convey their views non-verbally.</summary>
    public static readonly Weighted<ParticipationCode> ShortBreakParticipation = new(
        (ParticipationCode.PN1, 25), (ParticipationCode.PN2, 10), (ParticipationCode.PN3, 25),
        (ParticipationCode.PN4, 10), (ParticipationCode.PN5, 10), (ParticipationCode.PN6, 15),
        (ParticipationCode.PN7, 5));

    private const string SupportedAccommodation = "SA";

    private static readonly Weighted<string> PlaceUnder1 = new(
        ("U6", 40), ("U5", 12), ("U3", 20), ("P1", 6), ("R3", 12), ("U4", 5), ("U2", 5));

    private static readonly Weighted<string> Place1To4 = new(
        ("U6", 42), ("U4", 14), ("U3", 18), ("U5", 5), ("P1", 10), ("U1", 5), ("U2", 3), ("K2", 0.5));

    private static readonly Weighted<string> Place5To9 = new(
        ("U4", 30), ("U6", 28), ("U1", 10), ("U3", 12), ("P1", 8), ("K2", 8), ("S1", 2), ("R2", 0.5));

    private static readonly Weighted<string> Place10To15 = new(
        ("U4", 28), ("U6", 25), ("U1", 8), ("U3", 7), ("K2", 18), ("P1", 6), ("S1", 3), ("K1", 0.7), ("R1", 0.5),
        ("R2", 0.5));

    private static readonly Weighted<string> Place16Plus = new(
        ("U4", 22), ("U6", 13), ("U1", 6), ("U3", 5), ("K2", 13), (SupportedAccommodation, 32), ("P1", 5),
        ("S1", 1), ("R5", 1), ("R2", 1), ("K1", 0.5));

    private static readonly Weighted<string> PlaceUascUnder16 = new(("U6", 65), ("U4", 10), ("K2", 25));

    private static readonly Weighted<string> PlaceUasc16Plus = new((SupportedAccommodation, 65), ("U6", 25), ("K2", 10));

    public static readonly Weighted<string> PlaceRemand = new(("K1", 30), ("R5", 30), ("U6", 20), ("K2", 20));

    /// <summary>Short-break carers or homes; never long-term foster (U1, U4) or temporary (903 rules 382, 384).
    /// </summary>
    public static readonly Weighted<string> PlaceShortBreaks = new(("U6", 55), ("K2", 45));

    /// <summary>A placement for a child of this age on this date.</summary>
    public static string Placement(int age, bool uasc, DateOnly on, Random rng)
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
        return code == SupportedAccommodation ? SupportedAccommodationOn(on) : code;
    }

    public static string SupportedAccommodationOn(DateOnly on) => on < SupportedAccommodationFrom ? "H5" : "K3";

    /// <summary>Who provides a placement (903 PLACE_PROVIDER), blank where rule 178 wants it blank.</summary>
    public static string? Provider(string placement, Random rng) => placement switch
    {
        _ when HasNoProvider(placement) => null,
        "P1" => "PR0",
        "U1" or "U2" or "U3" => "PR1",
        "U4" or "U5" or "U6" => Pick(rng, ("PR1", 55), ("PR4", 35), ("PR5", 10)),
        "K2" => Pick(rng, ("PR4", 78), ("PR1", 15), ("PR5", 7)),
        "K3" or "H5" => Pick(rng, ("PR4", 70), ("PR5", 20), ("PR1", 10)),
        "K1" => Pick(rng, ("PR2", 85), ("PR1", 15)),
        "A3" or "A4" or "A5" or "A6" => Pick(rng, ("PR1", 70), ("PR5", 20), ("PR2", 10)),
        "R5" or "R2" => "PR3",
        "R1" or "R3" or "S1" => Pick(rng, ("PR4", 60), ("PR5", 25), ("PR3", 15)),
        _ => "PR4",
    };

    /// <summary>Ofsted-registered settings carry a unique reference number; the demo's are plainly fake.</summary>
    public static bool HasUrn(string placement) => placement is "K1" or "K2" or "K3" or "S1";

    private static string Pick(Random rng, params (string Value, double Weight)[] items)
    {
        var total = items.Sum(i => i.Weight);
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
