using System.Globalization;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Demo;
using Iro.Core.Reviews;
using static Iro.Core.Ssda903.Ssda903GenerationCodes;

namespace Iro.Core.Ssda903;

/// <summary>One call of <see cref="Ssda903Generator.Generate"/>. Each child is drawn from its own
/// <see cref="Random"/>, seeded from (seed, year, child number), and deliberate errors from another, so a child's
/// history does not depend on the children before it or on the error rate.</summary>
/// <remarks>
/// A child is one of four kinds: ordinary (court or voluntary routes, adoption for some young children), UASC
/// (about 7%, 14–17, mostly boys, s.20), short breaks only (about 2%, V3 or V4, never reviewed: rule 399) and
/// remanded (about 0.5%, J1). Each has one period of care overlapping the year (a few who went home come back in
/// the same year, a second period), reported from its start (RNE S) so the first episode of every child is S.
/// Episodes change with legal status (L), placement (P), or both (B), or same-carer changes (T, U); every ended
/// episode that continues is REC X1 and ends the day the next one starts. Reviews follow the statutory cadence
/// (first 20 working days after the start, second 3 months on, then 6-monthly), mostly held up to 15 days
/// early, about 11% late, always on a working day; only those held in the year are reported.
/// </remarks>
internal sealed class Ssda903GenerationRun
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static readonly DateOnly CacheFrom = new(1980, 1, 1);
    private static readonly string[] DateTexts = BuildDateTexts(CacheFrom, new DateOnly(2045, 12, 31));
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
    private const string UpnCheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private readonly int _count;
    private readonly int _seed;
    private readonly CollectionYear _year;
    private readonly double _errorRate;
    private readonly DateOnly _yearStart;
    private readonly DateOnly _yearEnd;
    private readonly int _workerPool;
    private readonly int _laCode;

    private readonly Ssda903TableData _header;
    private readonly Ssda903TableData _episodes;
    private readonly Ssda903TableData _reviews;
    private readonly Ssda903TableData _uasc;
    private readonly Ssda903TableData _missing;
    private readonly Ssda903TableData _sw;
    private readonly Ssda903TableData _dolo;
    private readonly List<InjectedError> _injected = [];

    public Ssda903GenerationRun(int count, int seed, CollectionYear year, double errorRate)
    {
        _count = count;
        _seed = seed;
        _year = year;
        _errorRate = errorRate;
        _yearStart = year.Start;
        _yearEnd = year.End;
        _workerPool = Math.Max(3, count / 16);
        _laCode = 201 + (int)(Mix((ulong)(uint)seed, 0x1A) % 737);
        _header = Table(Ssda903Table.Header);
        _episodes = Table(Ssda903Table.Episodes);
        _reviews = Table(Ssda903Table.Reviews);
        _uasc = Table(Ssda903Table.Uasc);
        _missing = Table(Ssda903Table.Missing);
        _sw = Table(Ssda903Table.SwEpisodes);
        _dolo = Table(Ssda903Table.DoLo);
    }

    private static Ssda903TableData Table(Ssda903Table table) =>
        new(table, Ssda903Layout.FileName(table), Ssda903Layout.Columns(table));

    public Ssda903Generation Run()
    {
        // Children are independent (each has its own generator), so blocks of them are drawn in parallel and
        // written in order: the result does not depend on the number of threads.
        const int block = 4096;
        var built = new ChildData[Math.Min(block, _count)];
        for (var from = 0; from < _count; from += block)
        {
            var size = Math.Min(block, _count - from);
            var offset = from;
            Parallel.For(0, size, k => built[k] = BuildChild(offset + k));
            for (var k = 0; k < size; k++)
            {
                Add(built[k], offset + k);
            }
        }

        var result = new Ssda903Return(_year);
        foreach (var table in new[] { _header, _episodes, _reviews, _uasc, _missing, _sw })
        {
            result.Tables[table.Table] = table;
        }
        if (_year >= DoLoFrom)
        {
            result.Tables[Ssda903Table.DoLo] = _dolo;
        }
        return new Ssda903Generation(result, _injected);
    }

    private void Add(ChildData child, int i)
    {
        var marks = (Header: _header.Count, Episodes: _episodes.Count, Reviews: _reviews.Count);
        Emit(child);
        if (_errorRate > 0)
        {
            var rng = new Random(Seed(i, 0xE77));
            if (rng.NextDouble() < _errorRate)
            {
                Inject(child, marks.Header, marks.Episodes, marks.Reviews, rng);
            }
        }
    }

    // ---- model --------------------------------------------------------------------------------------------

    private enum Kind { General, Uasc, ShortBreaks, Remand }

    private enum Route { Court, Adoption, Voluntary, VoluntaryToCourt, Uasc, Remand }

    private enum Exit { None, ReturnHome, Sgo, Adoption, Cao, Aged18, RemandEnded, Transfer, Other, Custody, MovedAbroad, AgeAssessed }

    private sealed class ChildData
    {
        public required string Id { get; init; }
        public required Kind Kind { get; init; }
        public required bool Male { get; init; }
        public DateOnly Dob { get; set; }
        public string Ethnic { get; set; } = "";
        public string Upn { get; set; } = "";
        public string Mother { get; set; } = "";
        public string MotherChildDob { get; set; } = "";
        public List<Episode> Episodes { get; } = [];
        public List<(DateOnly On, string Code)> Reviews { get; } = [];
        public List<(string Kind, DateOnly Start, DateOnly? End)> Missing { get; } = [];
        public List<(string Id, DateOnly Start, DateOnly? End, string Reason)> Workers { get; } = [];
        public List<(DateOnly Start, DateOnly? End)> DoLos { get; } = [];
    }

    private sealed class Episode
    {
        public DateOnly Start { get; init; }
        public DateOnly? End { get; set; }
        public required string Rne { get; init; }
        public required string Ls { get; init; }
        public required string Cin { get; init; }
        public required string Place { get; init; }
        public string Provider { get; init; } = "";
        public string Rec { get; set; } = "";
        public string Reason { get; set; } = "";
        public string HomePost { get; init; } = "";
        public string PlacePost { get; set; } = "";
        public string Urn { get; init; } = "";
    }

    private static readonly Weighted<Kind> Kinds = new(
        (Kind.General, 90.5), (Kind.Uasc, 7.0), (Kind.ShortBreaks, 2.0), (Kind.Remand, 0.5));

    private static readonly Weighted<Exit> Exits = new(
        (Exit.ReturnHome, 31), (Exit.Sgo, 12), (Exit.Adoption, 9), (Exit.Cao, 4), (Exit.Aged18, 28),
        (Exit.Transfer, 3), (Exit.Other, 8), (Exit.MovedAbroad, 1));

    // ---- children -----------------------------------------------------------------------------------------

    private ChildData BuildChild(int index)
    {
        var rng = new Random(Seed(index, 0xC41D));
        var kind = Kinds.Pick(rng);
        var male = rng.NextDouble() < kind switch
        {
            Kind.Uasc => 0.93,
            Kind.ShortBreaks => 0.65,
            Kind.Remand => 0.9,
            _ => 0.53,
        };
        var child = new ChildData
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"C{index + 1:D6}"),
            Kind = kind,
            Male = male,
        };
        child.Ethnic = kind == Kind.Uasc ? UascEthnicity.Pick(rng) : Ethnicity.Pick(rng);
        switch (kind)
        {
            case Kind.ShortBreaks:
                BuildShortBreaks(child, rng);
                break;
            case Kind.Remand:
                BuildRemand(child, rng);
                break;
            default:
                BuildLookedAfter(child, rng);
                break;
        }
        child.Upn = Upn(child, rng);
        if (!male && kind != Kind.ShortBreaks && Age.On(child.Dob, _yearEnd) >= 12)
        {
            child.Mother = "0";
            if (Age.On(child.Dob, _yearEnd) >= 15 && rng.NextDouble() < 0.04)
            {
                var earliest = Max(child.Dob.AddYears(14), _yearEnd.AddDays(-700));
                // Rule 625: the first child is born by the end of the year and, if care has ended, by then.
                var latest = child.Episodes.Count > 0 && child.Episodes[^1].End is { } ended ? Min(ended, _yearEnd) : _yearEnd;
                if (latest > earliest)
                {
                    child.Mother = "1";
                    child.MotherChildDob = Text(earliest.AddDays(rng.Next(0, Days(earliest, latest))));
                }
            }
        }
        AddWorkers(child, rng);
        if (_year >= DoLoFrom)
        {
            // Its own stream, so that adding DoLOs leaves every other table as it was.
            AddDoLo(child, new Random(Seed(index, 0xD010)));
        }
        return child;
    }

    /// <summary>The DoLo table begins with the 2026-27 return (ssda903.md §7).</summary>
    private static readonly CollectionYear DoLoFrom = new(2026);

    /// <summary>A deprivation of liberty order for some children of 10 or over in a children's home or an other
    /// placement (K2, Z12, Z13; rule 709), lasting within that one episode so that no neighbouring episode
    /// shares a day with it (709, 710): it starts after the episode's first day and ends before its last, within
    /// the year (702–704), and stays open only while the episode does (707).</summary>
    private void AddDoLo(ChildData child, Random rng)
    {
        if (child.Kind == Kind.ShortBreaks || Age.On(child.Dob, _yearEnd) < 10 || rng.NextDouble() >= 0.25)
        {
            return;
        }
        for (var k = child.Episodes.Count - 1; k >= 0; k--)
        {
            var episode = child.Episodes[k];
            if (episode.Place is not ("K2" or "Z12" or "Z13"))
            {
                continue;
            }
            var from = Max(episode.Start.AddDays(1), _yearStart);
            var to = episode.End is { } end ? Min(end.AddDays(-1), _yearEnd) : _yearEnd;
            if (from > to)
            {
                return;
            }
            var start = from.AddDays(rng.Next(0, Days(from, to) + 1));
            var until = start.AddDays(rng.Next(28, 240));
            DateOnly? stop = until <= to ? until : episode.End is null && rng.NextDouble() < 0.7 ? null : to;
            child.DoLos.Add((start, stop));
            return;
        }
    }

    private void BuildShortBreaks(ChildData child, Random rng)
    {
        child.Dob = _yearStart.AddYears(-rng.Next(5, 17)).AddDays(-rng.Next(0, 365));
        var place = PlaceShortBreaks.Pick(rng);
        var provider = Provider(place, _year, rng);
        // Rule 214: short breaks carry no placement location (PL_POST, URN). The draws are kept so that the rest
        // of a seed's children stay as they were.
        _ = HasUrn(place) ? Urn(rng) : "";
        var home = Postcode("ZZ", 9, rng);
        _ = Postcode("ZY", 20, rng);
        if (rng.NextDouble() < 0.6)
        {
            // V3: each break its own episode, 1–4 nights, every 2–5 weeks, under 75 days in the year (rules 365, 367).
            var on = _yearStart.AddDays(rng.Next(0, 60));
            var total = 0;
            var cap = rng.Next(20, 71);
            while (true)
            {
                var nights = rng.Next(1, 5);
                var end = on.AddDays(nights);
                if (end > _yearEnd || total + nights > cap)
                {
                    break;
                }
                child.Episodes.Add(new Episode
                {
                    Start = on, End = end, Rne = "S", Ls = "V3", Cin = "N2", Place = place, Provider = provider,
                    Rec = "E4A", HomePost = home, PlacePost = "", Urn = "",
                });
                total += nights;
                on = end.AddDays(rng.Next(14, 36));
            }
            if (child.Episodes.Count == 0)
            {
                var start = _yearStart.AddDays(rng.Next(0, 300));
                child.Episodes.Add(new Episode
                {
                    Start = start, End = start.AddDays(2), Rne = "S", Ls = "V3", Cin = "N2", Place = place,
                    Provider = provider, Rec = "E4A", HomePost = home, PlacePost = "", Urn = "",
                });
            }
        }
        else
        {
            // V4: one agreement for a series of breaks.
            var start = _yearStart.AddDays(rng.Next(-700, 300));
            DateOnly? end = rng.NextDouble() < 0.3 ? start.AddDays(rng.Next(180, 500)) : null;
            if (end is { } e && (e > _yearEnd || e < _yearStart))
            {
                end = null;
            }
            child.Episodes.Add(new Episode
            {
                Start = start, End = end, Rne = "S", Ls = "V4", Cin = "N2", Place = place, Provider = provider,
                Rec = end is null ? "" : "E4A", HomePost = home, PlacePost = "", Urn = "",
            });
        }
    }

    private void BuildRemand(ChildData child, Random rng)
    {
        child.Dob = _yearEnd.AddYears(-rng.Next(13, 18)).AddDays(-rng.Next(0, 365));
        var u = rng.NextDouble();
        var ls = u < 0.92 ? "J1" : u < 0.97 ? "J3" : "J2";
        var duration = ls == "J2" ? rng.Next(1, 4) : rng.Next(7, 121);
        var start = _yearStart.AddDays(rng.Next(-duration + 1, 365));
        var end = start.AddDays(duration);
        var place = ls == "J2" ? "K2" : PlaceRemand.Pick(rng);
        var home = Postcode("ZZ", 9, rng);
        var episode = new Episode
        {
            Start = start, Rne = "S", Ls = ls, Cin = "N6", Place = place, Provider = Provider(place, _year, rng),
            HomePost = home, PlacePost = Postcode("ZX", 30, rng), Urn = HasUrn(place) ? Urn(rng) : "",
        };
        if (end <= _yearEnd)
        {
            episode.End = end;
            episode.Rec = ls == "J1" && rng.NextDouble() < 0.15 ? "E9" : "E14";
        }
        child.Episodes.Add(episode);
        AddReviews(child, start, episode.End ?? _yearEnd, episode.End is null, rng);
    }

    private void BuildLookedAfter(ChildData child, Random rng)
    {
        var uasc = child.Kind == Kind.Uasc;
        var inAtStart = rng.NextDouble() < (uasc ? 0.6 : 0.72);
        var start = inAtStart
            ? _yearStart.AddDays(-Between(DurationsBeforeYear.Pick(rng), rng))
            : _yearStart.AddDays(rng.Next(0, 365));
        DateOnly? end = null;
        var exit = Exit.None;
        if (rng.NextDouble() < (inAtStart ? 0.24 : 0.38))
        {
            var from = Max(start.AddDays(1), _yearStart);
            if (from < _yearEnd)
            {
                end = from.AddDays(rng.Next(0, Days(from, _yearEnd) + 1));
                exit = uasc
                    ? rng.NextDouble() switch { < 0.75 => Exit.Aged18, < 0.85 => Exit.AgeAssessed, < 0.93 => Exit.Transfer, _ => Exit.Other }
                    : Exits.Pick(rng);
            }
        }

        // Date of birth: age at the last day looked after in the year follows the national mix.
        var reference = end ?? _yearEnd;
        DateOnly dob;
        if (exit == Exit.Aged18)
        {
            dob = reference.AddYears(-18);
        }
        else if (exit == Exit.Adoption)
        {
            dob = reference.AddYears(-rng.Next(1, 5)).AddDays(-rng.Next(0, 365));
            start = Max(dob.AddDays(rng.Next(0, 60)), reference.AddDays(-rng.Next(450, 1000)));
        }
        else
        {
            var age = uasc
                ? new[] { 14, 15, 16, 16, 16, 17, 17, 17, 17 }[rng.Next(9)]
                : exit is Exit.Sgo or Exit.Cao ? rng.Next(1, 13) : Between(AgeBands.Pick(rng), rng);
            dob = reference.AddYears(-age).AddDays(-rng.Next(0, 365));
        }
        if (dob > reference.AddDays(-2))
        {
            dob = reference.AddDays(-2);
        }
        var earliest = uasc ? dob.AddYears(14) : dob;
        if (start < earliest)
        {
            start = earliest.AddDays(rng.Next(0, Math.Clamp(Days(earliest, reference) - 1, 1, 30)));
        }
        if (start >= reference)
        {
            start = reference.AddDays(-1);
        }
        if (end is { } ended && Days(start, ended) < 1)
        {
            end = null;
            exit = Exit.None;
        }
        if (exit == Exit.Adoption && Days(start, end!.Value) < 400)
        {
            exit = Exit.Sgo;
        }
        child.Dob = dob;

        var ageAtStart = Age.On(dob, start);
        var route = uasc ? Route.Uasc : exit switch
        {
            Exit.Adoption => Route.Adoption,
            Exit.Sgo or Exit.Cao => Route.Court,
            Exit.ReturnHome => rng.NextDouble() < 0.4 ? Route.Voluntary : Route.Court,
            Exit.Aged18 => rng.NextDouble() switch { < 0.62 => Route.Court, < 0.92 => Route.Voluntary, _ => Route.VoluntaryToCourt },
            Exit.None when ageAtStart >= 16 => rng.NextDouble() switch { < 0.3 => Route.Voluntary, < 0.92 => Route.Court, _ => Route.VoluntaryToCourt },
            Exit.None when ageAtStart < 5 && rng.NextDouble() < 0.16 => Route.Adoption,
            Exit.None => rng.NextDouble() switch { < 0.86 => Route.Court, < 0.94 => Route.Voluntary, _ => Route.VoluntaryToCourt },
            _ => rng.NextDouble() < 0.5 ? Route.Voluntary : Route.Court,
        };
        BuildPeriod(child, start, end, exit, route, rng);

        // A few who went home come back before the year ends: a new period of care.
        if (exit == Exit.ReturnHome && rng.NextDouble() < 0.1)
        {
            var again = end!.Value.AddDays(rng.Next(20, 150));
            // The new period stays open, so the child must still be under 18 at the year's end: rule 352 (no start
            // at 18 or over) and rule 359 (after 18 only V2 in a children's home).
            if (again < _yearEnd.AddDays(-1) && child.Dob.AddYears(18) >= _yearEnd)
            {
                BuildPeriod(child, again, null, Exit.None, rng.NextDouble() < 0.5 ? Route.Voluntary : Route.Court, rng);
            }
        }
    }

    private sealed class Change
    {
        public string? Ls { get; set; }
        public bool Move { get; set; }
        public bool Adoption { get; set; }
        public bool Registration { get; set; }
        public string? Reason { get; set; }
    }

    /// <summary>One period of care: its legal-status changes and placement moves merged into episodes, the way
    /// it ended, and the reviews held in the year.</summary>
    private void BuildPeriod(ChildData child, DateOnly start, DateOnly? end, Exit exit, Route route, Random rng)
    {
        var observedTo = end ?? _yearEnd;
        var limit = Days(start, observedTo); // change days are 1 .. limit - 1 (an open period's may reach limit)
        var lastDay = end is null ? limit : limit - 1;
        var dob = child.Dob;
        int AgeAt(int day) => Age.On(dob, start.AddDays(day));

        var changes = new SortedDictionary<int, Change>();
        Change At(int day)
        {
            if (!changes.TryGetValue(day, out var change))
            {
                change = new Change();
                changes[day] = change;
            }
            return change;
        }

        // Legal status.
        string ls;
        var finalHearing = rng.Next(120, 331);
        var adoptionDay = int.MaxValue;
        switch (route)
        {
            case Route.Court:
            case Route.Adoption:
            {
                var u = rng.NextDouble();
                ls = u < 0.08 ? "L1" : u < 0.13 ? "L2" : "C1";
                if (ls != "C1")
                {
                    At(ls == "L1" ? rng.Next(1, 4) : rng.Next(5, 9)).Ls = "C1";
                }
                if (route == Route.Adoption)
                {
                    if (exit == Exit.Adoption)
                    {
                        // Placement order, placed for adoption, adopted at least ten weeks later.
                        finalHearing = Math.Min(finalHearing, limit - 250);
                        adoptionDay = finalHearing + rng.Next(45, Math.Max(46, limit - finalHearing - 80));
                    }
                    else
                    {
                        adoptionDay = finalHearing + rng.Next(45, 271);
                    }
                    At(finalHearing).Ls = "E1";
                    At(adoptionDay).Adoption = true;
                }
                else
                {
                    At(finalHearing).Ls = "C2";
                    if (rng.NextDouble() < 0.15)
                    {
                        At(finalHearing).Move = true;
                    }
                }
                break;
            }
            case Route.VoluntaryToCourt:
            {
                ls = "V2";
                var courtFrom = rng.Next(20, 201);
                At(courtFrom).Ls = "C1";
                At(courtFrom).Move = rng.NextDouble() < 0.3;
                At(courtFrom + finalHearing).Ls = "C2";
                break;
            }
            default:
                ls = "V2";
                break;
        }

        // Moves: sometimes an early move from an emergency placement, then at a rate that rises with age.
        var stop = Math.Min(lastDay + 1, adoptionDay);
        if (rng.NextDouble() < 0.22)
        {
            At(rng.Next(3, 60)).Move = true;
        }
        var t = 0.0;
        while (true)
        {
            var rate = AgeAt((int)t) >= 10 ? 0.66 : 0.42;
            t += -Math.Log(1 - rng.NextDouble()) / rate * 365;
            if (t >= stop)
            {
                break;
            }
            At((int)t).Move = true;
        }
        if (_year.StartYear == 2024)
        {
            var registration = Days(start, SupportedAccommodationFrom.AddDays(rng.Next(0, 150)));
            if (registration > 0)
            {
                At(registration).Registration = true;
            }
        }

        // Walk the changes in date order.
        var cin = route == Route.Uasc ? "N8" : CategoryOfNeed.Pick(rng);
        var home = Postcode("ZZ", 9, rng);
        var uasc = route == Route.Uasc;
        var place = Placement(AgeAt(0), uasc, start, _year, rng);
        if (ls is "L1" or "L2" or "V2" && place is "P1")
        {
            place = "U6";
        }
        var first = child.Episodes.Count;
        child.Episodes.Add(NewEpisode(start, "S", ls, cin, place, home, null, rng));
        while (changes.Count > 0)
        {
            var (day, change) = changes.First();
            changes.Remove(day);
            if (day <= 0 || day > lastDay)
            {
                continue;
            }
            var on = start.AddDays(day);
            var current = child.Episodes[^1];
            var newLs = change.Ls is { } s && s != ls ? s : null;
            string? newPlace = null;
            var sameCarer = false;
            string? reason = null;
            var temporary = false;
            if (change.Adoption)
            {
                // Rule 336: adopted by "current foster carers" (A5) only from a foster placement.
                sameCarer = IsFoster(current.Place) && (current.Place == "U5" || rng.NextDouble() < 0.2);
                newPlace = sameCarer ? "A5" : "A6";
                reason = sameCarer ? "PLACE" : "CARPL";
            }
            else if (change.Registration && current.Place == "H5")
            {
                newPlace = "K3";
                sameCarer = true;
                reason = "PLACE";
            }
            else if (change.Move && day < adoptionDay)
            {
                var age = AgeAt(day);
                if (IsTemporary(current.Place))
                {
                    // Back from a temporary placement.
                    newPlace = Placement(age, uasc, on, _year, rng);
                    // Rule 435: back home from home is no move (P1 to P1 would change nothing recorded).
                    if (((newLs ?? ls) is "L1" or "L2" or "V2" && newPlace == "P1") || (newPlace == "P1" && current.Place == "P1"))
                    {
                        newPlace = "U6";
                    }
                }
                else if (rng.NextDouble() < 0.45 && SameCarerChange(current.Place) is { } upgraded)
                {
                    newPlace = upgraded;
                    sameCarer = true;
                    reason = "PLACE";
                }
                else if (rng.NextDouble() < 0.05 && day + 8 < lastDay)
                {
                    newPlace = Temporary.Pick(rng);
                    temporary = true;
                }
                else
                {
                    reason = ReasonPlaceChange.Pick(rng);
                    if (age >= 10 && rng.NextDouble() < 0.01)
                    {
                        reason = "CUSTOD";
                        newPlace = "R5";
                    }
                    else
                    {
                        newPlace = Placement(age, uasc, on, _year, rng);
                        if (newPlace == current.Place && rng.NextDouble() < 0.5)
                        {
                            newPlace = Placement(age, uasc, on, _year, rng);
                        }
                    }
                    if ((newLs ?? ls) is "E1" && !IsFoster(newPlace))
                    {
                        newPlace = "U6";
                    }
                    // Rule 435: back home from home is no move (P1 to P1 would change nothing recorded).
                    if (((newLs ?? ls) is "L1" or "L2" or "V2" && newPlace == "P1") || (newPlace == "P1" && current.Place == "P1"))
                    {
                        newPlace = "U6";
                    }
                }
            }
            if (newLs is null && newPlace is null)
            {
                continue;
            }
            // Rule 380: a temporary placement is entered and left only by a change of placement, so a legal status
            // that changes while the child is away also brings the child back (RNE B).
            if (newPlace is null && IsTemporary(current.Place))
            {
                newPlace = Placement(AgeAt(day), uasc, on, _year, rng);
                if (((newLs ?? ls) is "L1" or "L2" or "V2" && newPlace == "P1") || ((newLs ?? ls) is "E1" && !IsFoster(newPlace)))
                {
                    newPlace = "U6";
                }
            }
            var rne = (newLs is not null, newPlace is not null, sameCarer) switch
            {
                (true, false, _) => "L",
                (false, true, false) => "P",
                (false, true, true) => "T",
                (true, true, false) => "B",
                _ => "U",
            };
            current.End = on;
            current.Rec = "X1";
            if (newPlace is not null && !IsTemporary(current.Place) && !IsTemporary(newPlace))
            {
                current.Reason = reason ?? "CARPL";
            }
            ls = newLs ?? ls;
            var next = newPlace is null
                ? NewEpisode(on, rne, ls, cin, current.Place, home, current, rng)
                : NewEpisode(on, rne, ls, cin, newPlace, home, sameCarer ? current : null, rng);
            // Rule 435: a move to new carers of the same type and provider must show somewhere new.
            while (newPlace is not null && !sameCarer && next.Place == current.Place && next.Provider == current.Provider
                && next.Urn == current.Urn && next.PlacePost == current.PlacePost)
            {
                next.PlacePost = Postcode("ZX", 30, rng);
            }
            child.Episodes.Add(next);
            if (temporary)
            {
                At(day + rng.Next(1, 8)).Move = true;
            }
        }

        // How the period ended.
        if (end is { } periodEnd)
        {
            var last = child.Episodes[^1];
            last.End = periodEnd;
            last.Rec = ReasonCeased(exit, last, rng);
        }

        // Rule 355: no episode under a day; the walk above never makes one, but keep the guarantee explicit.
        for (var i = first; i < child.Episodes.Count; i++)
        {
            if (child.Episodes[i].End is { } e && e <= child.Episodes[i].Start)
            {
                throw new InvalidOperationException("Generated an episode of less than a day.");
            }
        }
        AddReviews(child, start, observedTo, end is null, rng);
    }

    private static string? SameCarerChange(string place) => place switch
    {
        "U6" => "U4",
        "U3" => "U1",
        "U5" => "U4",
        "U2" => "U1",
        _ => null,
    };

    private Episode NewEpisode(DateOnly on, string rne, string ls, string cin, string place, string home,
        Episode? sameCarerAs, Random rng)
    {
        if (sameCarerAs is not null)
        {
            return new Episode
            {
                Start = on, Rne = rne, Ls = ls, Cin = cin, Place = place, HomePost = home,
                Provider = HasNoProvider(place, _year) ? ""
                    : sameCarerAs.Provider.Length > 0 && place == sameCarerAs.Place ? sameCarerAs.Provider
                    : Provider(place, _year, rng),
                PlacePost = sameCarerAs.PlacePost,
                Urn = HasUrn(place) ? sameCarerAs.Urn.Length > 0 ? sameCarerAs.Urn : Urn(rng) : "",
            };
        }
        var postcode = place switch
        {
            "P1" => home,
            "K1" or "R5" or "R2" or "S1" => Postcode("ZX", 30, rng),
            _ => rng.NextDouble() switch
            {
                < 0.6 => Postcode("ZZ", 9, rng),
                < 0.88 => Postcode("ZY", 20, rng),
                _ => Postcode("ZX", 30, rng),
            },
        };
        return new Episode
        {
            Start = on, Rne = rne, Ls = ls, Cin = cin, Place = place, HomePost = home,
            Provider = Provider(place, _year, rng), PlacePost = postcode, Urn = HasUrn(place) ? Urn(rng) : "",
        };
    }

    private static string ReasonCeased(Exit exit, Episode last, Random rng) => exit switch
    {
        Exit.ReturnHome => rng.NextDouble() switch { < 0.7 => "E4A", < 0.9 => "E4B", _ => "E13" },
        Exit.Sgo => last.Place switch
        {
            "U1" or "U2" or "U3" => "E45",
            "U4" or "U5" or "U6" => "E46",
            _ => rng.NextDouble() < 0.75 ? "E47" : "E48",
        },
        Exit.Adoption => rng.NextDouble() < 0.35 ? "E11" : "E12",
        Exit.Cao => "E41",
        Exit.Aged18 when IsFoster(last.Place) => rng.NextDouble() switch { < 0.45 => "E17", < 0.8 => "E5", < 0.9 => "E6", _ => "E8" },
        Exit.Aged18 => rng.NextDouble() switch { < 0.7 => "E5", < 0.85 => "E6", < 0.95 => "E8", _ => "E7" },
        Exit.RemandEnded => "E14",
        Exit.Transfer => "E3",
        Exit.Custody => "E9",
        Exit.MovedAbroad => "E16",
        Exit.AgeAssessed => "E15",
        _ => "E8",
    };

    // ---- reviews ------------------------------------------------------------------------------------------

    /// <summary>The period's reviews from its start, by the statutory cadence (ReviewSchedule), reporting those
    /// held in the collection year while the child was looked after.</summary>
    private void AddReviews(ChildData child, DateOnly start, DateOnly observedTo, bool open, Random rng)
    {
        var held = 0;
        var last = start;
        while (true)
        {
            var due = held switch
            {
                0 => ReviewSchedule.FirstReviewDue(start, Calendar),
                1 => ReviewSchedule.SecondReviewDue(last),
                _ => ReviewSchedule.SubsequentReviewDue(last),
            };
            if (held >= 2 && rng.NextDouble() < 0.25)
            {
                // An early review: a placement change or a significant change to the care plan (reg 32(2), 33(3)).
                due = last.AddDays(rng.Next(45, 120));
            }
            var lower = held == 0 ? start : last.AddDays(1);
            var on = HeldOn(due, lower, rng);
            if (on > observedTo || (!open && on >= observedTo))
            {
                return;
            }
            if (on >= _yearStart)
            {
                child.Reviews.Add((on, on < child.Dob.AddYears(4) ? "PN0" : Participation.Pick(rng)));
            }
            held++;
            last = on;
        }
    }

    /// <summary>About 88% on time (up to 15 days early), the rest 1–30 days late, a few later still; always on
    /// a working day, never before <paramref name="lower"/>.</summary>
    private static DateOnly HeldOn(DateOnly due, DateOnly lower, Random rng)
    {
        var u = rng.NextDouble();
        var on = u < 0.885
            ? Calendar.WorkingDayOnOrBefore(due.AddDays(-rng.Next(0, 16)))
            : Calendar.WorkingDayOnOrAfter(due.AddDays(u < 0.985 ? rng.Next(1, 31) : rng.Next(31, 75)));
        return on < lower ? Calendar.WorkingDayOnOrAfter(lower) : on;
    }



    // ---- missing and social workers -----------------------------------------------------------------------

    private void AddWorkers(ChildData child, Random rng)
    {
        // Missing or away episodes: some children of 11 or over, within their last period in the year.
        if (child.Kind != Kind.ShortBreaks && Age.On(child.Dob, _yearEnd) >= 11 && rng.NextDouble() < 0.16)
        {
            var (from, to) = LastSpanInYear(child);
            var on = from.AddDays(rng.Next(0, Math.Max(1, Days(from, to) / 2)));
            var n = 1;
            while (n < 10 && rng.NextDouble() < 0.55)
            {
                n++;
            }
            for (var k = 0; k < n && on <= to; k++)
            {
                var back = on.AddDays(rng.Next(0, 4));
                var stillOut = back > _yearEnd || (k == n - 1 && rng.NextDouble() < 0.02);
                // Rules 575 and 577: a period may stay open only while the placement the child went missing
                // from is open; otherwise the child is back by the end of the year at the latest.
                DateOnly? returned = stillOut && MayStayMissing(child, on) ? null : Min(back, _yearEnd);
                // Rule 580 reads a period ending on the 18th birthday as the child missing when care ended at 18
                // (REC E8); the children drawn here come back before then.
                var eighteen = child.Dob.AddYears(18);
                if (returned == eighteen)
                {
                    if (on >= eighteen)
                    {
                        break;
                    }
                    returned = on;
                }
                child.Missing.Add((rng.NextDouble() < 0.8 ? "M" : "A", on, returned));
                on = back.AddDays(rng.Next(3, 60));
            }
        }

        // Social workers: from the start of each period, changing about once a year.
        foreach (var (start, end) in Periods(child))
        {
            var from = start;
            while (true)
            {
                var next = from.AddDays((int)(-Math.Log(1 - rng.NextDouble()) / 0.9 * 365) + 1);
                var id = string.Create(CultureInfo.InvariantCulture, $"SW{100000 + rng.Next(_workerPool):D6}");
                var until = end ?? _yearEnd;
                if (next < until)
                {
                    if (next >= _yearStart)
                    {
                        child.Workers.Add((id, from, next, SocialWorkerChange.Pick(rng)));
                    }
                    from = next;
                    continue;
                }
                child.Workers.Add((id, from, end, ""));
                break;
            }
        }
    }

    /// <summary>Whether a missing period starting on <paramref name="on"/> may be left open: it started after
    /// the child's last episode began (not on the day another episode ended) and that episode is still open.</summary>
    private static bool MayStayMissing(ChildData child, DateOnly on) =>
        child.Episodes[^1] is { End: null } last && on > last.Start;

    private (DateOnly From, DateOnly To) LastSpanInYear(ChildData child)
    {
        var (start, end) = Periods(child)[^1];
        return (Max(start, _yearStart), end is { } e && e < _yearEnd ? e : _yearEnd);
    }

    private static List<(DateOnly Start, DateOnly? End)> Periods(ChildData child)
    {
        var periods = new List<(DateOnly, DateOnly?)>();
        if (child.Kind == Kind.ShortBreaks)
        {
            // One series of breaks, one social worker run.
            periods.Add((child.Episodes[0].Start, child.Episodes[^1].End));
            return periods;
        }
        foreach (var episode in child.Episodes)
        {
            if (episode.Rne == "S")
            {
                periods.Add((episode.Start, episode.End));
            }
            else
            {
                periods[^1] = (periods[^1].Item1, episode.End);
            }
        }
        return periods;
    }

    // ---- identifiers --------------------------------------------------------------------------------------

    /// <summary>A unique pupil number (check letter, LA code, year, serial: §4) for most school-age children;
    /// UN1 for most under-fives, UN2 for many unaccompanied children, a few UN3, UN4 and UN5.</summary>
    private string Upn(ChildData child, Random rng)
    {
        var age = Age.On(child.Dob, _yearEnd);
        var first = child.Episodes[0].Start;
        var u = rng.NextDouble();
        if (child.Kind == Kind.Uasc)
        {
            return u < 0.55 ? "UN2" : u < 0.6 ? "UN5" : RealUpn(child, rng);
        }
        if (age < 5)
        {
            return u < 0.6 ? "UN1" : RealUpn(child, rng);
        }
        if (first > _yearEnd.AddDays(-7) && u < 0.5)
        {
            return "UN4";
        }
        return u switch
        {
            < 0.02 => "UN2",
            < 0.03 => "UN3",
            < 0.045 => "UN5",
            _ => RealUpn(child, rng),
        };
    }

    private string RealUpn(ChildData child, Random rng)
    {
        Span<char> upn = stackalloc char[13];
        var year = (child.Dob.Year + 4) % 100;
        var body = string.Create(CultureInfo.InvariantCulture, $"{_laCode:D3}{rng.Next(0, 1000):D3}{year:D2}{rng.Next(0, 10000):D4}");
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            upn[i + 1] = body[i];
            sum += (body[i] - '0') * (i + 2);
        }
        upn[0] = UpnCheckLetters[sum % 23];
        return new string(upn);
    }

    private static string Postcode(string area, int districts, Random rng) => string.Create(CultureInfo.InvariantCulture,
        $"{area}{rng.Next(1, districts + 1)} {rng.Next(0, 10)}{InwardLetters[rng.Next(InwardLetters.Length)]}{InwardLetters[rng.Next(InwardLetters.Length)]}");

    private static string Urn(Random rng) => string.Create(CultureInfo.InvariantCulture, $"SC{rng.Next(0, 1000000):D6}");

    // ---- rows ---------------------------------------------------------------------------------------------

    private void Emit(ChildData child)
    {
        var dob = Text(child.Dob);
        var sex = _year.StartYear <= 2023 ? child.Male ? "1" : "2" : child.Male ? "M" : "F";
        _header.Add([child.Id, sex, dob, child.Ethnic, child.Upn, child.Mother, child.MotherChildDob], _header.Count + 2);
        foreach (var e in child.Episodes)
        {
            _episodes.Add([child.Id, Text(e.Start), e.Rne, e.Ls, e.Cin, e.Place, e.Provider, Text(e.End), e.Rec, e.Reason,
                e.HomePost, e.PlacePost, e.Urn], _episodes.Count + 2);
        }
        foreach (var (on, code) in child.Reviews)
        {
            _reviews.Add([child.Id, dob, Text(on), code], _reviews.Count + 2);
        }
        if (child.Kind == Kind.Uasc)
        {
            _uasc.Add([child.Id, sex, dob, Text(child.Dob.AddYears(18))], _uasc.Count + 2);
        }
        foreach (var (kind, start, end) in child.Missing)
        {
            _missing.Add([child.Id, dob, kind, Text(start), Text(end)], _missing.Count + 2);
        }
        foreach (var (id, start, end, reason) in child.Workers)
        {
            _sw.Add([child.Id, dob, id, Text(start), Text(end), reason], _sw.Count + 2);
        }
        foreach (var (start, end) in child.DoLos)
        {
            _dolo.Add([child.Id, dob, Text(start), Text(end)], _dolo.Count + 2);
        }
    }

    // ---- deliberate errors --------------------------------------------------------------------------------

    /// <summary>Breaks exactly one rule for this child, chosen among those its data can break.</summary>
    private void Inject(ChildData child, int headerRow, int firstEpisode, int firstReview, Random rng)
    {
        var reviewCount = child.Reviews.Count;
        var over4 = new List<int>();
        var under4 = new List<int>();
        for (var r = 0; r < reviewCount; r++)
        {
            var on = child.Reviews[r].On;
            if (on > child.Dob.AddYears(5))
            {
                over4.Add(r);
            }
            else if (on < child.Dob.AddYears(4))
            {
                under4.Add(r);
            }
        }
        var shortBreaks = child.Kind == Kind.ShortBreaks;
        var v3 = LongerBreakCandidate(child);
        var placed = child.Episodes.FindIndex(e => e.Provider.Length > 0);

        var options = new List<string> { "146", "103", "INT08", "101", "144" };
        if (reviewCount > 0)
        {
            options.Add("166");
            options.Add("INT17");
        }
        if (over4.Count > 0)
        {
            options.Add("440");
        }
        if (under4.Count > 0)
        {
            options.Add("441");
        }
        if (v3 >= 0)
        {
            options.Add("365");
        }
        if (shortBreaks)
        {
            options.Add("399");
        }
        var rule = options[rng.Next(options.Count)];
        var dob = _header[headerRow, 2];
        void SetReview(int r, int column, string value) => _reviews.Set(firstReview + r, column, value);
        switch (rule)
        {
            case "166":
                SetReview(rng.Next(reviewCount), 2, $"31/02/{_yearEnd.Year}");
                break;
            case "440":
                SetReview(over4[rng.Next(over4.Count)], 3, "PN0");
                break;
            case "441":
                SetReview(under4[rng.Next(under4.Count)], 3, "PN1");
                break;
            case "146":
                _episodes.Set(firstEpisode + (placed >= 0 ? placed : 0), 5, "XX");
                break;
            case "365":
                _episodes.Set(firstEpisode + v3, 7, Text(child.Episodes[v3].Start.AddDays(20)));
                break;
            case "103":
                _header.Set(headerRow, 3, "ZZZZ");
                break;
            case "INT08":
            {
                var on = Calendar.WorkingDayOnOrAfter(_yearStart.AddDays(rng.Next(0, 300)));
                _reviews.Add([child.Id + "X", dob, Text(on), on < child.Dob.AddYears(4) ? "PN0" : "PN7"],
                    _reviews.Count + 2);
                break;
            }
            case "INT17":
                SetReview(rng.Next(reviewCount), 1, Text(child.Dob.AddDays(1)));
                break;
            case "399":
            {
                var on = Calendar.WorkingDayOnOrAfter(Max(child.Episodes[0].Start, _yearStart).AddDays(rng.Next(1, 60)));
                if (on > _yearEnd)
                {
                    on = Calendar.WorkingDayOnOrBefore(_yearEnd);
                }
                _reviews.Add([child.Id, dob, Text(on), on < child.Dob.AddYears(4) ? "PN0" : "PN3"], _reviews.Count + 2);
                break;
            }
            case "101":
                _header.Set(headerRow, 1, "X");
                break;
            case "144":
                _episodes.Set(firstEpisode + rng.Next(child.Episodes.Count), 3, "Q9");
                break;
        }
        _injected.Add(new InjectedError(child.Id, rule));
    }

    /// <summary>A V3 break that can be stretched to 20 days without reaching the next break, the year end or
    /// 75 days of breaks in the year, so that only rule 365 fails; -1 if none.</summary>
    private int LongerBreakCandidate(ChildData child)
    {
        var total = 0;
        foreach (var e in child.Episodes)
        {
            if (e.Ls == "V3" && e.End is { } end)
            {
                total += Days(e.Start, end);
            }
        }
        for (var i = 0; i < child.Episodes.Count; i++)
        {
            var e = child.Episodes[i];
            if (e.Ls != "V3" || e.End is not { } end)
            {
                continue;
            }
            var stretched = e.Start.AddDays(20);
            var next = i + 1 < child.Episodes.Count ? child.Episodes[i + 1].Start : _yearEnd;
            if (stretched < next && total - Days(e.Start, end) + 20 <= 75)
            {
                return i;
            }
        }
        return -1;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private int Seed(int index, ulong stream) =>
        (int)(Mix(((ulong)(uint)_seed << 32) | (uint)index, ((ulong)(uint)_year.StartYear << 20) ^ stream) & 0x7FFFFFFF);

    /// <summary>SplitMix64 finaliser over two inputs: well spread, and the same on every platform and run.</summary>
    private static ulong Mix(ulong a, ulong b)
    {
        var z = a + 0x9E3779B97F4A7C15UL * (b + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static string[] BuildDateTexts(DateOnly from, DateOnly to)
    {
        var texts = new string[to.DayNumber - from.DayNumber + 1];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = from.AddDays(i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }
        return texts;
    }

    private static string Text(DateOnly date)
    {
        var i = date.DayNumber - CacheFrom.DayNumber;
        return (uint)i < (uint)DateTexts.Length ? DateTexts[i] : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    private static string Text(DateOnly? date) => date is { } d ? Text(d) : "";

    private static int Between((int From, int To) range, Random rng) => rng.Next(range.From, range.To + 1);

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
