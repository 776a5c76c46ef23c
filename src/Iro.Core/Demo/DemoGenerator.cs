using System.Globalization;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Reviews;
using Iro.Core.Users;

namespace Iro.Core.Demo;

/// <summary>Builds the demo council. One instance per call of <see cref="DemoCouncil.Generate"/>: every random
/// draw comes from one seeded <see cref="Random"/> (and per-period generators seeded from it), and the order of
/// draws is fixed, so the same (today, seed, children) always gives the same council.</summary>
/// <remarks>
/// The children are planned first as plain facts (dates and codes), then built through the domain's own methods
/// (<see cref="Child.StartPeriodOfCare"/>, <see cref="PeriodOfCare.AddEpisode"/>, <see cref="Child.AllocateIro"/>,
/// <see cref="Child.AddTrigger"/>, <see cref="Child.RecordReviewHeld"/>), so every due date in the result is the
/// one the real schedule computes (CPPCR 2010 regs 33 and 48, counting as in the domain reference §2.6).
/// </remarks>
internal sealed class DemoGenerator
{
    public const string LaCode = "990";
    public const string CouncilName = "Northmoor Borough Council";
    private const string MailDomain = "demo.iro.test";

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    // IRO service shape for every 400 children: FTE, and the children per FTE each is meant to carry (skewed
    // around the Handbook's 50–70 benchmark: two above 70, one about 45), and when each joined.
    private static readonly decimal[] IroFte = [1.0m, 1.0m, 0.8m, 1.0m, 0.6m, 1.0m, 1.0m, 0.5m];
    private static readonly double[] IroLoadPerFte = [80, 58, 55, 76, 46, 54, 50, 58];
    private static readonly int[] IroJoinedDaysAgo = [4400, 3900, 2600, 3100, 800, 2200, 1900, 290];

    private static readonly string[] ChangeReasons =
    [
        "Caseload rebalancing", "Caseload rebalancing", "IRO on long-term leave", "Conflict of interest declared",
        "Child asked for a different IRO", "Sibling group brought under one IRO",
    ];

    private readonly DateOnly _today;
    private readonly Random _rng;
    private readonly int _childCount;
    private readonly Council _council;
    private readonly List<Team> _teams = [];
    private readonly List<StaffMember> _staff = [];
    private readonly List<IroProfile> _profiles = [];
    private readonly List<IroInfo> _iros = [];
    private readonly List<StaffMember> _socialWorkers = [];
    private readonly List<StaffMember> _personalAdvisers = [];
    private readonly HashSet<string> _staffNames = new(StringComparer.Ordinal);
    private StaffMember _iroManager = null!;

    public DemoGenerator(DateOnly today, int seed, int children)
    {
        _today = today;
        _rng = new Random(seed);
        _childCount = children;
        _council = new Council { Code = LaCode, Name = CouncilName };
    }

    public DemoCouncilData Run()
    {
        BuildStaff();

        var plans = new List<ChildPlan>();
        var noIro = Math.Clamp(_childCount / 130, 1, 3);
        for (var i = 0; i < _childCount; i++)
        {
            plans.Add(PlanCurrent(noIro: i < noIro));
        }
        var ceased = (int)Math.Round(_childCount * 0.9);
        for (var i = 0; i < ceased; i++)
        {
            plans.Add(PlanCeased());
        }
        AddOpenTriggers(plans);
        AllocateIros(plans);
        AllocateWorkers(plans);
        NameAndNumber(plans);

        var children = plans.Select(Build).ToList();
        var logins = Logins(children);
        return new DemoCouncilData(_council, _teams, _staff, _profiles, children, logins);
    }

    // ---- staff --------------------------------------------------------------------------------------------

    private sealed record IroInfo(int Index, StaffMember Staff, decimal Fte, double LoadPerFte, DateOnly JoinedOn);

    private void BuildStaff()
    {
        var leadership = AddTeam("Children's Services Leadership", TeamKind.Management);
        var iroTeam = AddTeam("Independent Reviewing Service", TeamKind.IroService);
        var director = AddStaff(leadership, StaffRole.Director, "Director of Children's Services", null);
        var headQa = AddStaff(leadership, StaffRole.HeadOfService, "Head of Safeguarding and Quality Assurance", director);
        var headCic = AddStaff(leadership, StaffRole.HeadOfService, "Head of Service, Children in Care", director);
        _iroManager = AddStaff(iroTeam, StaffRole.IroManager, "IRO Service Manager", headQa);

        var iroCount = Math.Clamp((int)Math.Round(_childCount / 50.0), 1, 40);
        var registeredUntil = new DateOnly(_today.Year, 11, 30);
        if (registeredUntil < _today.AddDays(60))
        {
            registeredUntil = registeredUntil.AddYears(1);
        }
        var registrations = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < iroCount; i++)
        {
            var iro = AddStaff(iroTeam, StaffRole.Iro, "Independent Reviewing Officer", _iroManager);
            string registration;
            do
            {
                registration = "SW" + _rng.Next(100000, 1000000).ToString(CultureInfo.InvariantCulture);
            }
            while (!registrations.Add(registration));
            var profile = new IroProfile
            {
                StaffMemberId = iro.Id, CouncilId = _council.Id, Fte = IroFte[i % IroFte.Length],
                SweRegistrationNumber = registration, RegisteredUntil = registeredUntil,
            };
            iro.IroProfile = profile;
            _profiles.Add(profile);
            var joined = _today.AddDays(-IroJoinedDaysAgo[i % IroJoinedDaysAgo.Length] - (i / IroFte.Length * 97));
            _iros.Add(new IroInfo(i, iro, profile.Fte, IroLoadPerFte[i % IroLoadPerFte.Length], joined));
        }

        var serviceManager = AddStaff(leadership, StaffRole.ServiceManager, "Service Manager, Children in Care", headCic);
        var workers = Math.Max(2, (int)Math.Ceiling(_childCount / 16.0));
        var teamCount = Math.Max(1, (int)Math.Round(workers / 6.25));
        string[] areas = ["North", "South", "East", "West"];
        var managers = new List<(Team Team, StaffMember Manager)>();
        for (var t = 0; t < teamCount; t++)
        {
            var name = t < areas.Length ? $"Children in Care Team {areas[t]}" : $"Children in Care Team {t + 1}";
            var team = AddTeam(name, TeamKind.SocialWork);
            managers.Add((team, AddStaff(team, StaffRole.TeamManager, "Team Manager", serviceManager)));
        }
        for (var w = 0; w < workers; w++)
        {
            var (team, manager) = managers[w % managers.Count];
            var title = (w % 5) switch
            {
                0 => "Senior Social Worker",
                3 => "Advanced Practitioner",
                _ => "Social Worker",
            };
            _socialWorkers.Add(AddStaff(team, StaffRole.SocialWorker, title, manager));
        }

        var leavingCare = AddTeam("Leaving Care Service", TeamKind.LeavingCare);
        var leavingCareManager = AddStaff(leavingCare, StaffRole.TeamManager, "Team Manager, Leaving Care", headCic);
        var advisers = Math.Max(1, (int)Math.Round(_childCount / 133.0));
        for (var a = 0; a < advisers; a++)
        {
            _personalAdvisers.Add(AddStaff(leavingCare, StaffRole.PersonalAdviser, "Personal Adviser", leavingCareManager));
        }
    }

    private Team AddTeam(string name, TeamKind kind)
    {
        var team = new Team { CouncilId = _council.Id, Name = name, Kind = kind };
        _teams.Add(team);
        return team;
    }

    private StaffMember AddStaff(Team team, StaffRole role, string title, StaffMember? lineManager)
    {
        string given, family;
        do
        {
            given = Pick(_rng.NextDouble() < 0.8 ? DemoNames.WomenStaff : DemoNames.MenStaff);
            family = Pick(_rng.NextDouble() < 0.85 ? DemoNames.FamilyBritish : PickList(
                DemoNames.FamilySouthAsian, DemoNames.FamilyAfrican, DemoNames.FamilyCaribbean, DemoNames.FamilyIrish));
        }
        while (DemoNames.IsRefused(given, family) || !_staffNames.Add(EmailLocalPart(given, family)));
        var staff = new StaffMember
        {
            CouncilId = _council.Id, TeamId = team.Id, GivenName = given, FamilyName = family, Role = role,
            JobTitle = title, Email = $"{EmailLocalPart(given, family)}@{MailDomain}", LineManagerId = lineManager?.Id,
        };
        _staff.Add(staff);
        return staff;
    }

    private static string EmailLocalPart(string given, string family) =>
        $"{Simplify(given)}.{Simplify(family)}";

    private static string Simplify(string name) =>
        new([.. name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);

    private List<DemoLogin> Logins(List<Child> children)
    {
        var current = children.Where(c => c.CurrentPeriodOfCare is not null && c.AllocatedIroId is not null)
            .GroupBy(c => c.AllocatedIroId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var fullest = _iros.OrderByDescending(i => current.GetValueOrDefault(i.Staff.Id) / i.Fte).ThenBy(i => i.Index).First();
        fullest.Staff.Email = DemoCouncil.DemoIroEmail;
        _iroManager.Email = DemoCouncil.DemoManagerEmail;
        var logins = new List<DemoLogin>
        {
            new(DemoCouncil.DemoIroEmail, DemoCouncil.DemoPassword, Roles.Iro, fullest.Staff.FullName, fullest.Staff.Id),
            new(DemoCouncil.DemoManagerEmail, DemoCouncil.DemoPassword, Roles.IroManager, _iroManager.FullName, _iroManager.Id),
        };
        logins.AddRange(_iros.Where(i => i != fullest).Select(i =>
            new DemoLogin(i.Staff.Email!, DemoCouncil.DemoPassword, Roles.Iro, i.Staff.FullName, i.Staff.Id)));
        return logins;
    }

    // ---- plans --------------------------------------------------------------------------------------------

    private enum Kind { General, Uasc, ShortBreaks, Remand }

    private enum Route { Court, CourtAdoption, Voluntary, VoluntaryToCourt, Uasc, ShortBreaks, Remand }

    private enum Exit { None, ReturnHome, Sgo, Adoption, Cao, Aged18, RemandEnded, Transfer, Other, Custody, MovedAbroad, AgeAssessed }

    private sealed class ChildPlan
    {
        public required string Sex { get; init; }
        public required DateOnly DateOfBirth { get; init; }
        public required string Ethnicity { get; init; }
        public required Kind Kind { get; init; }
        public bool IsCurrent { get; init; }
        public bool NoIro { get; init; }
        public List<PeriodPlan> Periods { get; } = [];
        public IroInfo? CurrentIro { get; set; }
        public StaffMember? Worker { get; set; }
        public string GivenName { get; set; } = "";
        public string FamilyName { get; set; } = "";
        public string ChildNumber { get; set; } = "";
        public DateOnly FirstStart => Periods[0].Start;
    }

    private sealed class PeriodPlan
    {
        public DateOnly Start { get; set; }
        public DateOnly? End { get; set; }
        public Exit Exit { get; init; }
        public Route Route { get; set; }
        public int FinalHearing { get; init; }
        public int CourtFrom { get; init; }
        public int AdoptionPlacement { get; init; }
        public string? EndReason { get; set; }
        public required string CategoryOfNeed { get; init; }
        public required string HomePostcode { get; init; }
        public List<DateOnly> Held { get; set; } = [];
        public List<TriggerPlan> Triggers { get; set; } = [];
        public DateOnly? PendingDue { get; set; }
        public List<EpisodePlan> Episodes { get; set; } = [];
        public List<(IroInfo Iro, DateOnly From, string Reason)> Allocations { get; } = [];
        public bool ShortBreaks => Route == Route.ShortBreaks;
    }

    private sealed record TriggerPlan(ReviewTriggerType Type, DateOnly RaisedOn, DateOnly ReviewBy, string Note);

    private sealed class EpisodePlan
    {
        public required DateOnly Start { get; init; }
        public required string Rne { get; init; }
        public required string LegalStatus { get; init; }
        public required string Placement { get; init; }
        public string? Provider { get; init; }
        public string? PlacementPostcode { get; init; }
        public string? Urn { get; init; }
        public string? ReasonPlaceChange { get; set; }
    }

    private static readonly Weighted<Exit> Exits = new(
        (Exit.ReturnHome, 31), (Exit.Sgo, 12), (Exit.Adoption, 9), (Exit.Cao, 4), (Exit.Aged18, 28),
        (Exit.RemandEnded, 2), (Exit.Transfer, 3), (Exit.Other, 8), (Exit.Custody, 1), (Exit.MovedAbroad, 1),
        (Exit.AgeAssessed, 1));

    // Ages of children looked after (§10 national mix; unaccompanied children, all 14+, are drawn separately).
    private static readonly Weighted<(int From, int To)> AgeBands = new(
        ((0, 0), 5.4), ((1, 4), 15.0), ((5, 9), 19.4), ((10, 15), 39.8), ((16, 17), 20.4));

    // How long the children looked after today have been looked after, in days.
    private static readonly Weighted<(int From, int To)> CurrentDurations = new(
        ((0, 182), 9), ((183, 364), 9), ((365, 729), 22), ((730, 1094), 15), ((1095, 1459), 10),
        ((1460, 2189), 12), ((2190, 3650), 10));

    // Decks for the children looked after today (exact shares per deck): 7% unaccompanied, 2% short breaks
    // only, 0.5% remanded; 53% boys (93% of the unaccompanied), so 56% overall; ages as §10; and where the next
    // review is meant to stand (for children long enough in care for that to be chosen).
    private readonly Deck<Kind> _kinds = new((Kind.General, 181), (Kind.Uasc, 14), (Kind.ShortBreaks, 4), (Kind.Remand, 1));
    private readonly Deck<string> _sexes = new(("M", 53), ("F", 47));
    private readonly Deck<string> _uascSexes = new(("M", 13), ("F", 1));
    private readonly Deck<(int From, int To)> _ageBands = new(((0, 0), 11), ((1, 4), 30), ((5, 9), 39), ((10, 15), 79), ((16, 17), 41));
    private readonly Deck<ReviewStatus> _targets = new((ReviewStatus.Overdue, 14), (ReviewStatus.DueSoon, 2), (ReviewStatus.Scheduled, 184));

    private ChildPlan PlanCurrent(bool noIro)
    {
        var kind = noIro ? Kind.General : _kinds.Draw(_rng);
        var sex = kind == Kind.Uasc ? _uascSexes.Draw(_rng) : _sexes.Draw(_rng);
        var age = kind switch
        {
            Kind.Uasc => new Weighted<int>((14, 10), (15, 15), (16, 35), (17, 40)).Pick(_rng),
            Kind.ShortBreaks => _rng.Next(6, 18),
            Kind.Remand => _rng.Next(13, 18),
            _ => Between(_ageBands.Draw(_rng)),
        };
        var dob = _today.AddYears(-age).AddDays(-_rng.Next(0, 365));
        var ageDays = Days(dob, _today);
        var child = new ChildPlan
        {
            Sex = sex, DateOfBirth = dob, Kind = kind, IsCurrent = true, NoIro = noIro,
            Ethnicity = kind == Kind.Uasc ? DemoCodes.UascEthnicity.Pick(_rng) : DemoCodes.Ethnicity.Pick(_rng),
        };

        int duration;
        if (noIro)
        {
            duration = Math.Min(ageDays, Days(Calendar.AddWorkingDays(_today, -_rng.Next(0, 3)), _today));
        }
        else
        {
            duration = kind switch
            {
                Kind.Uasc => _rng.Next(0, Math.Min(Days(dob.AddYears(14), _today), 3 * 365) + 1),
                Kind.ShortBreaks => _rng.Next(90, Math.Min(Days(dob.AddYears(5), _today), 6 * 365) + 1),
                Kind.Remand => _rng.Next(3, 90),
                _ => Between(CurrentDurations.Pick(_rng)),
            };
            if (duration > ageDays)
            {
                duration = _rng.NextDouble() < 0.4 ? ageDays - _rng.Next(0, Math.Min(7, ageDays) + 1) : _rng.Next(0, ageDays + 1);
            }
        }
        var start = _today.AddDays(-duration);
        var seed = _rng.Next();

        // Where the next review stands today: about 5% overdue and 8% due within 20 working days overall.
        // Children new to care fall where the schedule puts them; for the others the start date is moved a few
        // weeks (which changes nothing else that matters) until the next review lands in the chosen window.
        ReviewStatus? target = duration >= 240 && !noIro && kind != Kind.Remand ? _targets.Draw(_rng) : null;
        var earliest = kind switch
        {
            Kind.Uasc => dob.AddYears(14),
            Kind.ShortBreaks => dob.AddYears(5),
            _ => dob,
        };
        var shortBreaks = kind == Kind.ShortBreaks;
        var sim = Simulate(start, null, shortBreaks, seed, target == ReviewStatus.Overdue);
        for (var attempt = 0; attempt < 8 && target is not null && StatusOf(sim.Pending!.Value) != target; attempt++)
        {
            var wanted = target switch
            {
                ReviewStatus.Overdue => _today.AddDays(-_rng.Next(2, 40)),
                ReviewStatus.DueSoon => Calendar.AddWorkingDays(_today, _rng.Next(1, 20)),
                _ => _today.AddDays(_rng.Next(35, 150)),
            };
            var moved = start.AddDays(wanted.DayNumber - sim.Pending!.Value.DayNumber);
            if (moved < earliest)
            {
                moved = earliest.AddDays(_rng.Next(0, 20));
            }
            if (moved > _today.AddDays(-200))
            {
                moved = _today.AddDays(-200 - _rng.Next(0, 60));
            }
            if (moved == start || moved < earliest)
            {
                break;
            }
            start = moved;
            sim = Simulate(start, null, shortBreaks, seed, target == ReviewStatus.Overdue);
        }

        var ageAtStart = Age.On(dob, start);
        var route = kind switch
        {
            Kind.Uasc => Route.Uasc,
            Kind.ShortBreaks => Route.ShortBreaks,
            Kind.Remand => Route.Remand,
            _ when ageAtStart >= 16 => Pick3(Route.Voluntary, 35, Route.Court, 57, Route.VoluntaryToCourt, 8),
            _ => Pick3(Route.Court, 85, Route.Voluntary, 9, Route.VoluntaryToCourt, 6),
        };
        var finalHearing = _rng.Next(170, 331);
        var adoptionPlacement = finalHearing + _rng.Next(45, 271);
        if (route == Route.Court && ageAtStart < 5 && _rng.NextDouble() < 0.5
            && Days(start, _today) < adoptionPlacement + 330)
        {
            route = Route.CourtAdoption;
        }
        var period = new PeriodPlan
        {
            Start = start, Route = route, FinalHearing = finalHearing, CourtFrom = _rng.Next(20, 201),
            AdoptionPlacement = adoptionPlacement, CategoryOfNeed = CategoryOfNeed(kind), HomePostcode = Postcode("ZZ", 9),
            Held = sim.Held, Triggers = sim.Triggers, PendingDue = sim.Pending,
        };

        // Some children have been looked after before: an earlier period of care that ended when they went home.
        if (kind == Kind.General && !noIro && _rng.NextDouble() < 0.07)
        {
            var gap = _rng.Next(30, 721);
            var previousEnd = start.AddDays(-gap);
            var length = _rng.Next(7, 400);
            var previousStart = previousEnd.AddDays(-length);
            if (previousStart > dob.AddDays(30))
            {
                child.Periods.Add(PlanEndedPeriod(child, previousStart, previousEnd, Exit.ReturnHome,
                    _rng.NextDouble() < 0.7 ? Route.Voluntary : Route.Court, _rng.Next(170, 331)));
            }
        }
        child.Periods.Add(period);
        period.Episodes = BuildEpisodes(child, period);
        return child;
    }

    private ChildPlan PlanCeased()
    {
        var exit = Exits.Pick(_rng);
        var end = _today.AddDays(-_rng.Next(1, 3 * 365 + 1));
        var kind = exit switch
        {
            Exit.AgeAssessed => Kind.Uasc,
            Exit.Aged18 when _rng.NextDouble() < 0.25 => Kind.Uasc,
            Exit.RemandEnded => Kind.Remand,
            _ => Kind.General,
        };
        var finalHearing = _rng.Next(170, 331);
        DateOnly dob, start;
        Route route;
        switch (exit)
        {
            case Exit.Adoption:
            {
                route = Route.CourtAdoption;
                var years = new Weighted<int>((0, 55), (1, 20), (2, 13), (3, 8), (4, 4)).Pick(_rng);
                var ageAtStart = years == 0
                    ? _rng.NextDouble() < 0.45 ? _rng.Next(0, 8) : _rng.Next(8, 365)
                    : years * 365 + _rng.Next(0, 365);
                var adoptionPlacement = finalHearing + _rng.Next(45, 271);
                start = end.AddDays(-(adoptionPlacement + _rng.Next(90, 331)));
                dob = start.AddDays(-ageAtStart);
                return Ceased(kind, dob, PlanEndedPeriod(null, start, end, exit, route, finalHearing, adoptionPlacement));
            }
            case Exit.Aged18:
            {
                dob = end.AddYears(-18);
                int ageAtStart;
                if (kind == Kind.Uasc)
                {
                    route = Route.Uasc;
                    ageAtStart = Days(dob, dob.AddYears(15)) + _rng.Next(0, 2 * 365);
                }
                else if (_rng.NextDouble() < 0.55)
                {
                    route = Route.Court;
                    ageAtStart = _rng.Next(2 * 365, 16 * 365 + 180);
                }
                else
                {
                    route = Route.Voluntary;
                    ageAtStart = _rng.Next(13 * 365, 17 * 365 + 300);
                }
                start = dob.AddDays(Math.Min(ageAtStart, Days(dob, end) - 14));
                break;
            }
            default:
            {
                var ageAtEnd = exit switch
                {
                    Exit.Sgo or Exit.Cao => Between(new Weighted<(int, int)>(((1, 4), 50), ((5, 9), 35), ((10, 12), 15)).Pick(_rng)),
                    Exit.RemandEnded or Exit.Custody => _rng.Next(14, 18),
                    Exit.AgeAssessed => _rng.Next(16, 18),
                    _ => Between(AgeBands.Pick(_rng)),
                };
                dob = end.AddYears(-ageAtEnd).AddDays(-_rng.Next(0, 365));
                if (Days(dob, end) < 2)
                {
                    dob = end.AddDays(-2 - _rng.Next(0, 30));
                }
                var court = _rng.NextDouble();
                (route, var duration) = exit switch
                {
                    Exit.ReturnHome when court < 0.7 => (Route.Voluntary, Exponential(120, 900)),
                    Exit.ReturnHome => (Route.Court, _rng.NextDouble() < 0.5 ? _rng.Next(20, finalHearing) : finalHearing + _rng.Next(60, 600)),
                    Exit.Sgo => (Route.Court, _rng.NextDouble() < 0.6 ? finalHearing : finalHearing + _rng.Next(90, 900)),
                    Exit.Cao => (Route.Court, finalHearing),
                    Exit.RemandEnded => (Route.Remand, _rng.Next(7, 121)),
                    Exit.AgeAssessed => (Route.Uasc, _rng.Next(14, 200)),
                    Exit.MovedAbroad => (Route.Voluntary, _rng.Next(14, 400)),
                    Exit.Other => (court < 0.6 ? Route.Voluntary : Route.Court, Exponential(250, 2500)),
                    _ => (court < 0.5 ? Route.Voluntary : Route.Court, _rng.Next(30, 900)),
                };
                start = end.AddDays(-duration);
                var earliest = kind == Kind.Uasc ? dob.AddYears(14) : dob;
                if (start < earliest)
                {
                    start = earliest.AddDays(Math.Min(_rng.Next(0, 8), Math.Max(0, Days(earliest, end) - 1)));
                }
                if (start >= end)
                {
                    start = end.AddDays(-1);
                }
                break;
            }
        }
        return Ceased(kind, dob, PlanEndedPeriod(null, start, end, exit, route, finalHearing));
    }

    private ChildPlan Ceased(Kind kind, DateOnly dob, PeriodPlan period)
    {
        var child = new ChildPlan
        {
            Sex = kind == Kind.Uasc ? (_rng.NextDouble() < 0.93 ? "M" : "F") : (_rng.NextDouble() < 0.53 ? "M" : "F"),
            DateOfBirth = dob, Kind = kind,
            Ethnicity = kind == Kind.Uasc ? DemoCodes.UascEthnicity.Pick(_rng) : DemoCodes.Ethnicity.Pick(_rng),
        };
        // A few went home and came back before leaving care for good.
        if (kind == Kind.General && _rng.NextDouble() < 0.05)
        {
            var previousEnd = period.Start.AddDays(-_rng.Next(30, 500));
            var previousStart = previousEnd.AddDays(-_rng.Next(7, 300));
            if (previousStart > dob.AddDays(30))
            {
                child.Periods.Add(PlanEndedPeriod(child, previousStart, previousEnd, Exit.ReturnHome, Route.Voluntary, 300));
            }
        }
        child.Periods.Add(period);
        foreach (var p in child.Periods.Where(p => p.Episodes.Count == 0))
        {
            p.Episodes = BuildEpisodes(child, p);
            p.EndReason ??= ReasonCeased(p);
        }
        return child;
    }

    private PeriodPlan PlanEndedPeriod(ChildPlan? child, DateOnly start, DateOnly end, Exit exit, Route route,
        int finalHearing, int adoptionPlacement = 0)
    {
        var kind = route switch
        {
            Route.Uasc => Kind.Uasc,
            Route.Remand => Kind.Remand,
            _ => Kind.General,
        };
        var sim = Simulate(start, end, shortBreaks: false, _rng.Next(), forceOverdue: false);
        var period = new PeriodPlan
        {
            Start = start, End = end, Exit = exit, Route = route, FinalHearing = finalHearing,
            CourtFrom = _rng.Next(20, 201), AdoptionPlacement = adoptionPlacement, CategoryOfNeed = CategoryOfNeed(kind),
            HomePostcode = Postcode("ZZ", 9), Held = sim.Held, Triggers = sim.Triggers,
        };
        if (child is not null)
        {
            period.Episodes = BuildEpisodes(child, period);
            period.EndReason = ReasonCeased(period);
        }
        return period;
    }

    private string CategoryOfNeed(Kind kind) => kind switch
    {
        Kind.Uasc => "N8",
        Kind.ShortBreaks => "N2",
        Kind.Remand => "N6",
        _ => DemoCodes.CategoryOfNeed.Pick(_rng),
    };

    // ---- reviews ------------------------------------------------------------------------------------------

    private sealed record SimResult(List<DateOnly> Held, List<TriggerPlan> Triggers, DateOnly? Pending);

    /// <summary>Walks one period's reviews forward: each due by the statutory rule (or an early-review trigger),
    /// mostly held up to 15 days before the due date, sometimes late, always on a working day. For the current
    /// period the walk stops at the first review not yet held today; <paramref name="forceOverdue"/> leaves a
    /// review due in the last few weeks unheld.</summary>
    private SimResult Simulate(DateOnly start, DateOnly? end, bool shortBreaks, int seed, bool forceOverdue)
    {
        var rng = new Random(seed);
        var held = new List<DateOnly>();
        var triggers = new List<TriggerPlan>();
        while (true)
        {
            DateOnly? last = held.Count > 0 ? held[^1] : null;
            var statutory = StatutoryDue(start, held, shortBreaks);
            if (last is { } previous && rng.NextDouble() < 0.04)
            {
                var gap = Days(previous, statutory);
                if (gap > 70)
                {
                    var raised = previous.AddDays(rng.Next(14, gap - 45));
                    var by = raised.AddDays(rng.Next(14, 29));
                    if (by < statutory && raised < (end ?? _today))
                    {
                        triggers.Add(HistoricalTrigger(rng, raised, by));
                    }
                }
            }
            var open = triggers.Where(t => last is null || t.RaisedOn > last).ToList();
            var due = open.Count == 0 ? statutory : Min(statutory, open.Min(t => t.ReviewBy));
            var lower = last?.AddDays(1) ?? start;
            if (open.Count > 0)
            {
                lower = Max(lower, open.Max(t => t.RaisedOn));
            }
            var heldOn = ChooseHeldOn(rng, due, lower);
            if (end is { } ended)
            {
                if (heldOn >= ended)
                {
                    return new SimResult(held, triggers, null);
                }
            }
            else if (heldOn >= _today || (forceOverdue && due < _today && due >= _today.AddDays(-45)))
            {
                return new SimResult(held, triggers, due);
            }
            held.Add(heldOn);
        }
    }

    private static DateOnly StatutoryDue(DateOnly start, List<DateOnly> held, bool shortBreaks) =>
        held.Count == 0
            ? shortBreaks ? start.AddMonths(3) : ReviewSchedule.FirstReviewDue(start, Calendar)
            : shortBreaks ? held[^1].AddMonths(6)
            : held.Count == 1 ? ReviewSchedule.SecondReviewDue(held[0])
            : ReviewSchedule.SubsequentReviewDue(held[^1]);

    private static DateOnly ChooseHeldOn(Random rng, DateOnly due, DateOnly lower)
    {
        var u = rng.NextDouble();
        DateOnly heldOn;
        if (u < 0.885)
        {
            heldOn = Calendar.WorkingDayOnOrBefore(due.AddDays(-rng.Next(0, 16)));
        }
        else
        {
            heldOn = Calendar.WorkingDayOnOrAfter(due.AddDays(u < 0.985 ? rng.Next(1, 31) : rng.Next(31, 75)));
        }
        return heldOn < lower ? Calendar.WorkingDayOnOrAfter(lower) : heldOn;
    }

    private static readonly (ReviewTriggerType Type, string Note)[] HistoricalTriggers =
    [
        (ReviewTriggerType.SignificantCarePlanChange, "Plan to move to a long-term foster placement"),
        (ReviewTriggerType.SignificantCarePlanChange, "Proposed change to contact with birth family"),
        (ReviewTriggerType.SignificantCarePlanChange, "Proposed change of permanence plan"),
        (ReviewTriggerType.SignificantCarePlanChange, "Placement ending at the carers' request"),
        (ReviewTriggerType.IroRequest, "IRO asked for an early review after a placement disruption"),
        (ReviewTriggerType.Reg30Concern, "Visit found the placement no longer meets the child's needs"),
        (ReviewTriggerType.ChildRequest, "Young person asked for a review about seeing their brothers and sisters"),
    ];

    private static TriggerPlan HistoricalTrigger(Random rng, DateOnly raised, DateOnly by)
    {
        var (type, note) = HistoricalTriggers[rng.Next(HistoricalTriggers.Length)];
        return new TriggerPlan(type, raised, by, note);
    }

    private ReviewStatus StatusOf(DateOnly due) => ReviewStatusRule.Of(due, _today, Calendar);

    /// <summary>About 3% of the children looked after today have an early-review trigger open now.</summary>
    private void AddOpenTriggers(List<ChildPlan> plans)
    {
        var candidates = plans.Where(c => c.IsCurrent && !c.NoIro).ToList();
        var wanted = (int)Math.Round(candidates.Count * 0.03);
        foreach (var child in candidates.OrderBy(_ => _rng.Next()).ToList())
        {
            if (wanted == 0)
            {
                break;
            }
            var period = child.Periods[^1];
            var lastHeld = period.Held.Count > 0 ? period.Held[^1] : period.Start;
            var raised = _today.AddDays(-_rng.Next(0, 11));
            var by = _today.AddDays(_rng.Next(10, 36));
            if (period.PendingDue is not { } due || due <= by.AddDays(7) || raised <= lastHeld
                || period.Triggers.Any(t => t.RaisedOn > lastHeld))
            {
                continue;
            }
            var episode = period.Episodes[^1];
            var (type, note) = _rng.Next(10) switch
            {
                < 5 => (ReviewTriggerType.SignificantCarePlanChange, "Plan to move to a new placement closer to school"),
                5 => (ReviewTriggerType.SignificantCarePlanChange, "Proposed reduction in contact with father"),
                6 => (ReviewTriggerType.IroRequest, "IRO asked for a review after the placement was given notice"),
                7 => (ReviewTriggerType.ChildRequest, "Child asked for a review about where they live"),
                8 when episode.LegalStatus == "V2" && child.DateOfBirth.AddYears(16) <= _today =>
                    (ReviewTriggerType.EndingAccommodation, "Plan for the young person to stop being accommodated"),
                _ => (ReviewTriggerType.Reg30Concern, "Visit found the placement no longer meets the child's needs"),
            };
            period.Triggers.Add(new TriggerPlan(type, raised, by, note));
            period.PendingDue = by;
            wanted--;
        }
    }

    // ---- episodes -----------------------------------------------------------------------------------------

    private sealed class Change
    {
        public string? LegalStatus { get; set; }
        public string? Placement { get; set; }
        public bool SameCarer { get; set; }
        public string? Reason { get; set; }
        public bool Move { get; set; }
        public bool StatusOnly { get; set; }
        public bool Adoption { get; set; }
        public bool Requirement { get; set; }
        public bool Registration { get; set; }
    }

    /// <summary>The episodes of one period: legal status changes and placement moves merged into 903 episodes
    /// with the right RNE (L, P, T, B or U), the reason for each placement change on the episode it ended
    /// (rules 225 and 226), and the placement the way the period ended needs (home for E4A after a care order,
    /// relatives for an SGO to relatives, adopters for an adoption).</summary>
    private List<EpisodePlan> BuildEpisodes(ChildPlan child, PeriodPlan p)
    {
        var rng = new Random(_rng.Next());
        var start = p.Start;
        var limit = Days(start, p.End ?? _today.AddDays(1)); // change days are 1 .. limit - 1
        var uasc = p.Route == Route.Uasc;
        int AgeAt(int day) => Age.On(child.DateOfBirth, start.AddDays(day));

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
        string initialStatus;
        switch (p.Route)
        {
            case Route.Court:
            case Route.CourtAdoption:
            {
                var u = rng.NextDouble();
                initialStatus = u < 0.08 ? "L1" : u < 0.13 ? "L2" : "C1";
                if (initialStatus != "C1")
                {
                    var day = initialStatus == "L1" ? rng.Next(1, 4) : rng.Next(5, 9);
                    if (day < limit)
                    {
                        At(day).LegalStatus = "C1";
                        if (rng.NextDouble() < 0.3)
                        {
                            At(day).Move = true;
                            At(day).Reason = "CARPL";
                        }
                    }
                }
                if (p.FinalHearing < limit)
                {
                    At(p.FinalHearing).LegalStatus = p.Route == Route.Court ? "C2" : "E1";
                }
                break;
            }
            case Route.VoluntaryToCourt:
                initialStatus = "V2";
                if (p.CourtFrom < limit)
                {
                    At(p.CourtFrom).LegalStatus = "C1";
                }
                if (p.CourtFrom + p.FinalHearing < limit)
                {
                    At(p.CourtFrom + p.FinalHearing).LegalStatus = "C2";
                }
                break;
            case Route.ShortBreaks:
                initialStatus = "V3";
                break;
            case Route.Remand:
                initialStatus = "J1";
                break;
            default:
                initialStatus = "V2";
                break;
        }

        // What the end of the period needs the last placement to be.
        var endReason = p.End is null ? null : PlannedReasonCeased(p, rng);
        p.EndReason = endReason;
        string[]? required = endReason switch
        {
            "E45" => ["U1", "U3"],
            "E46" => ["U4", "U6"],
            "E41" => ["U3"],
            "E4A" when p.Route != Route.Voluntary && p.Route != Route.Uasc && limit > p.FinalHearing => ["P1"],
            _ => null,
        };
        var requirementDay = required is null ? int.MaxValue : limit - rng.Next(60, 241);
        if (required is not null && requirementDay > 0)
        {
            At(requirementDay).Requirement = true;
        }

        // Moves: sometimes an early move from an emergency placement, then moves at a rate that rises with age.
        var adoptionDay = p.Route == Route.CourtAdoption && p.AdoptionPlacement < limit ? p.AdoptionPlacement : int.MaxValue;
        if (adoptionDay != int.MaxValue)
        {
            At(adoptionDay).Adoption = true;
        }
        if (p.Route is not (Route.ShortBreaks or Route.Remand))
        {
            var stop = Math.Min(Math.Min(limit, adoptionDay), requirementDay);
            if (rng.NextDouble() < 0.22)
            {
                var early = rng.Next(3, 60);
                if (early < stop)
                {
                    At(early).Move = true;
                    if (rng.NextDouble() < 0.5)
                    {
                        At(early).Reason ??= "CARPL";
                    }
                }
            }
            var day = 0.0;
            while (true)
            {
                var rate = AgeAt((int)day) >= 10 ? 0.5 : 0.3;
                day += -Math.Log(1 - rng.NextDouble()) / rate * 365;
                if (day >= stop)
                {
                    break;
                }
                var move = At((int)day);
                move.Move = true;
            }
            if (rng.NextDouble() < 0.6)
            {
                var statusDay = rng.Next(300, 900);
                if (statusDay < stop)
                {
                    At(statusDay).StatusOnly = true;
                }
            }
        }
        var registrationDay = Days(start, DemoCodes.SupportedAccommodationFrom.AddDays(rng.Next(0, 150)));
        if (registrationDay > 0 && registrationDay < limit)
        {
            At(registrationDay).Registration = true;
        }

        // Walk the changes in date order, building episodes.
        var episodes = new List<EpisodePlan>();
        var ls = initialStatus;
        var place = p.Route switch
        {
            Route.Remand => DemoCodes.PlaceRemand.Pick(rng),
            Route.ShortBreaks => DemoCodes.PlaceShortBreaks.Pick(rng),
            Route.CourtAdoption when AgeAt(0) < 1 && rng.NextDouble() < 0.3 => "U5",
            _ => InitialPlacement(AgeAt(0), uasc, start, ls, rng),
        };
        if (required is not null && requirementDay <= 0 && !required.Contains(place))
        {
            place = required[rng.Next(required.Length)];
        }
        episodes.Add(NewEpisode(start, "S", ls, place, p, rng, null));

        foreach (var (day, change) in changes)
        {
            if (day <= 0 || day >= limit)
            {
                continue;
            }
            var on = start.AddDays(day);
            var current = episodes[^1];
            var newStatus = change.LegalStatus is { } s && s != ls ? s : null;
            string? newPlace = null;
            var sameCarer = false;
            string? reason = null;
            if (change.Adoption)
            {
                sameCarer = current.Placement == "U5" || rng.NextDouble() < 0.2;
                newPlace = sameCarer ? "A5" : "A6";
                reason = sameCarer ? "PLACE" : "CARPL";
            }
            else if (change.Requirement && required is not null && !required.Contains(current.Placement))
            {
                newPlace = required[rng.Next(required.Length)];
                reason = "CARPL";
            }
            else if (change.Move && day < adoptionDay && day < requirementDay)
            {
                var status = newStatus ?? ls;
                newPlace = MovePlacement(AgeAt(day), uasc, on, status, rng);
                reason = change.Reason ?? MoveReason(AgeAt(day), newPlace, rng);
            }
            else if (change.StatusOnly && (newStatus ?? ls) is "C2" or "V2" && current.Placement is "U6" or "U3")
            {
                newPlace = current.Placement == "U6" ? "U4" : "U1";
                sameCarer = true;
                reason = "PLACE";
            }
            else if (current.Placement == "H5" && (change.Registration || on >= DemoCodes.SupportedAccommodationFrom))
            {
                // Semi-independent living became registered supported accommodation (from 28 October 2023).
                newPlace = "K3";
                sameCarer = true;
                reason = "PLACE";
            }
            if (newStatus is null && newPlace is null)
            {
                continue;
            }
            var rne = (newStatus is not null, newPlace is not null, sameCarer) switch
            {
                (true, false, _) => "L",
                (false, true, false) => "P",
                (false, true, true) => "T",
                (true, true, false) => "B",
                _ => "U",
            };
            if (newPlace is not null && !DemoCodes.IsTemporary(current.Placement) && !DemoCodes.IsTemporary(newPlace))
            {
                current.ReasonPlaceChange = reason ?? "CARPL";
            }
            ls = newStatus ?? ls;
            episodes.Add(newPlace is null
                ? NewEpisode(on, rne, ls, current.Placement, p, rng, current)
                : NewEpisode(on, rne, ls, newPlace, p, rng, sameCarer ? current : null));
        }

        // An exit whose placement could not be arranged before the end: the last placement was that one.
        if (required is not null && !required.Contains(episodes[^1].Placement))
        {
            var last = episodes[^1];
            episodes[^1] = NewEpisode(last.Start, last.Rne, last.LegalStatus, required[rng.Next(required.Length)], p, rng, null);
        }
        return episodes;
    }

    private static string InitialPlacement(int age, bool uasc, DateOnly on, string legalStatus, Random rng)
    {
        var place = DemoCodes.Placement(age, uasc, on, rng);
        return legalStatus is "L1" or "L2" && place is "P1" ? "U6" : place;
    }

    private static string MovePlacement(int age, bool uasc, DateOnly on, string legalStatus, Random rng)
    {
        var place = DemoCodes.Placement(age, uasc, on, rng);
        return legalStatus == "E1" && !DemoCodes.IsFoster(place) ? "U6" : place;
    }

    private static string MoveReason(int age, string newPlace, Random rng)
    {
        if (newPlace == "R5" && age >= 10)
        {
            return "CUSTOD";
        }
        var reason = DemoCodes.ReasonPlaceChange.Pick(rng);
        return age switch
        {
            < 5 when reason is "CREQB" => "CREQO",
            < 8 when reason is "CHILD" => "OTHER",
            _ => reason,
        };
    }

    private static EpisodePlan NewEpisode(DateOnly on, string rne, string legalStatus, string placement, PeriodPlan p,
        Random rng, EpisodePlan? sameCarerAs)
    {
        if (sameCarerAs is not null)
        {
            return new EpisodePlan
            {
                Start = on, Rne = rne, LegalStatus = legalStatus, Placement = placement,
                Provider = DemoCodes.HasNoProvider(placement) ? null : sameCarerAs.Provider ?? DemoCodes.Provider(placement, rng),
                PlacementPostcode = sameCarerAs.PlacementPostcode,
                Urn = DemoCodes.HasUrn(placement) ? sameCarerAs.Urn ?? Urn(rng) : null,
            };
        }
        var postcode = placement switch
        {
            "P1" => p.HomePostcode,
            "K1" or "R5" or "R2" or "S1" => Postcode("ZX", 30, rng),
            "A5" or "A6" => rng.NextDouble() < 0.5 ? Postcode("ZY", 20, rng) : Postcode("ZX", 30, rng),
            _ => rng.NextDouble() switch
            {
                < 0.6 => Postcode("ZZ", 9, rng),
                < 0.88 => Postcode("ZY", 20, rng),
                _ => Postcode("ZX", 30, rng),
            },
        };
        return new EpisodePlan
        {
            Start = on, Rne = rne, LegalStatus = legalStatus, Placement = placement,
            Provider = DemoCodes.Provider(placement, rng), PlacementPostcode = postcode,
            Urn = DemoCodes.HasUrn(placement) ? Urn(rng) : null,
        };
    }

    /// <summary>The 903 REC for how a period ends, before the placements are known (those that need a placement
    /// shape it); <see cref="ReasonCeased"/> settles the rest from the last placement.</summary>
    private static string? PlannedReasonCeased(PeriodPlan p, Random rng) => p.Exit switch
    {
        Exit.Adoption => rng.NextDouble() < 0.35 ? "E11" : "E12",
        Exit.Sgo => new Weighted<string>(("E45", 30), ("E46", 10), ("E47", 45), ("E48", 15)).Pick(rng),
        Exit.Cao => "E41",
        Exit.ReturnHome => new Weighted<string>(("E4A", 70), ("E4B", 20), ("E13", 10)).Pick(rng),
        Exit.RemandEnded => "E14",
        Exit.Transfer => "E3",
        Exit.Other => "E8",
        Exit.Custody => "E9",
        Exit.MovedAbroad => "E16",
        Exit.AgeAssessed => "E15",
        _ => null,
    };

    private string ReasonCeased(PeriodPlan p)
    {
        if (p.EndReason is { } planned)
        {
            return planned;
        }
        var last = p.Episodes[^1].Placement;
        var table = last switch
        {
            _ when DemoCodes.IsFoster(last) => new Weighted<string>(("E17", 45), ("E5", 20), ("E8", 10), ("E6", 5), ("E4A", 12), ("E13", 8)),
            "H5" or "K3" => new Weighted<string>(("E5", 70), ("E6", 15), ("E8", 10), ("E4A", 5)),
            "K2" or "R1" or "S1" => new Weighted<string>(("E7", 15), ("E5", 55), ("E8", 20), ("E4A", 10)),
            "P1" => new Weighted<string>(("E4A", 80), ("E8", 20)),
            _ => new Weighted<string>(("E8", 60), ("E5", 40)),
        };
        return table.Pick(_rng);
    }

    // ---- IROs and social workers --------------------------------------------------------------------------

    private void AllocateIros(List<ChildPlan> plans)
    {
        // The IRO each child looked after today has now, by quota, so caseloads land where the service shape says.
        var current = plans.Where(c => c.IsCurrent && !c.NoIro).ToList();
        var weights = _iros.Select(i => i.LoadPerFte * (double)i.Fte).ToArray();
        var total = weights.Sum();
        var quotas = weights.Select(w => current.Count * w / total).ToArray();
        var counts = quotas.Select(q => (int)Math.Floor(q)).ToArray();
        foreach (var i in Enumerable.Range(0, _iros.Count).OrderByDescending(i => quotas[i] - counts[i]).ThenBy(i => i)
                     .Take(current.Count - counts.Sum()))
        {
            counts[i]++;
        }
        var slots = Enumerable.Range(0, _iros.Count).SelectMany(i => Enumerable.Repeat(_iros[i], counts[i])).ToArray();
        _rng.Shuffle(slots);
        for (var i = 0; i < current.Count; i++)
        {
            current[i].CurrentIro = slots[i];
        }

        foreach (var child in plans)
        {
            IroInfo? previousIro = null;
            foreach (var p in child.Periods)
            {
                var isCurrent = p.End is null;
                if (isCurrent && child.NoIro)
                {
                    break;
                }
                var until = p.End ?? _today;
                var allocatedOn = Min(Calendar.AddWorkingDays(p.Start, AllocationDelay.Pick(_rng)), until);
                if (p.Held.Count > 0)
                {
                    allocatedOn = Min(allocatedOn, p.Held[0]);
                }
                // A returner keeps the IRO they will have today where possible (IRO Handbook: the same IRO continues
                // if the child returns to care); the IRO must have been in post on the day.
                var first = child.CurrentIro ?? ActiveIro(allocatedOn, null);
                if (first.JoinedOn > allocatedOn)
                {
                    first = ActiveIro(allocatedOn, first);
                }
                var firstReason = previousIro is null ? "Allocated on becoming looked after"
                    : previousIro == first ? "Continuity after return to care"
                    : "Allocated on return to care";
                p.Allocations.Add((first, allocatedOn, firstReason));

                var span = Days(allocatedOn, until);
                if (isCurrent && first != child.CurrentIro)
                {
                    // Today's IRO joined the service after this child's IRO was allocated.
                    var final = child.CurrentIro!;
                    var changeOn = Min(Max(final.JoinedOn, allocatedOn.AddDays(1)).AddDays(_rng.Next(0, 60)), _today);
                    p.Allocations.Add((final, changeOn, "Caseload rebalancing: new IRO joined the service"));
                }
                else if (span > 90 && _rng.NextDouble() < Math.Min(0.45, 0.08 * span / 365.0))
                {
                    var changeOn = allocatedOn.AddDays(_rng.Next(28, span - 14));
                    if (isCurrent)
                    {
                        // Today's IRO is fixed by the quota: the child had another one first.
                        var other = ActiveIro(allocatedOn, first);
                        if (other != first)
                        {
                            p.Allocations[0] = (other, allocatedOn, previousIro == other ? "Continuity after return to care" : firstReason);
                            p.Allocations.Add((first, changeOn, Pick(ChangeReasons)));
                        }
                    }
                    else
                    {
                        var other = ActiveIro(changeOn, first);
                        if (other != first)
                        {
                            p.Allocations.Add((other, changeOn, Pick(ChangeReasons)));
                        }
                    }
                }
                previousIro = p.Allocations[^1].Iro;
            }
        }
    }

    private static readonly Weighted<int> AllocationDelay = new(
        (0, 15), (1, 20), (2, 18), (3, 15), (4, 10), (5, 7), (6, 4), (7, 3), (8, 3), (10, 2), (12, 2), (15, 1));

    /// <summary>An IRO in post on the date, chosen in proportion to FTE, other than <paramref name="not"/> when
    /// there is another.</summary>
    private IroInfo ActiveIro(DateOnly on, IroInfo? not)
    {
        var active = _iros.Where(i => i.JoinedOn <= on && i != not).ToList();
        if (active.Count == 0)
        {
            active = [.. _iros.Where(i => i != not).OrderBy(i => i.JoinedOn).Take(1)];
        }
        if (active.Count == 0)
        {
            return not!;
        }
        var x = _rng.NextDouble() * (double)active.Sum(i => i.Fte);
        foreach (var iro in active)
        {
            x -= (double)iro.Fte;
            if (x < 0)
            {
                return iro;
            }
        }
        return active[^1];
    }

    private void AllocateWorkers(List<ChildPlan> plans)
    {
        foreach (var child in plans)
        {
            child.Worker = !child.IsCurrent && child.Periods[^1].Exit == Exit.Aged18
                ? Pick(_personalAdvisers)
                : Pick(_socialWorkers);
        }
    }

    // ---- names, numbers and the domain objects ------------------------------------------------------------

    private void NameAndNumber(List<ChildPlan> plans)
    {
        foreach (var child in plans)
        {
            var boy = child.Sex == "M";
            string given, family;
            do
            {
                (given, family) = ChildName(child.Ethnicity, boy, child.Kind == Kind.Uasc);
            }
            while (DemoNames.IsRefused(given, family));
            child.GivenName = given;
            child.FamilyName = family;
        }
        var number = 200000 + _rng.Next(0, 5000);
        foreach (var child in plans.OrderBy(c => c.FirstStart).ThenBy(c => c.DateOfBirth))
        {
            number += _rng.Next(1, 8);
            child.ChildNumber = number.ToString(CultureInfo.InvariantCulture);
        }
    }

    private (string Given, string Family) ChildName(string ethnicity, bool boy, bool uasc)
    {
        string[] British() => boy ? DemoNames.BoysBritish : DemoNames.GirlsBritish;
        string[] SouthAsian() => boy ? DemoNames.BoysSouthAsian : DemoNames.GirlsSouthAsian;
        string[] African() => boy ? DemoNames.BoysAfrican : DemoNames.GirlsAfrican;
        string[] MiddleEastern() => boy ? DemoNames.BoysMiddleEastern : DemoNames.GirlsMiddleEastern;
        string[] EastAsian() => boy ? DemoNames.BoysEastAsian : DemoNames.GirlsEastAsian;
        string[] European() => boy ? DemoNames.BoysEuropean : DemoNames.GirlsEuropean;
        var u = _rng.NextDouble();
        var (givenList, familyList) = ethnicity switch
        {
            "WIRI" => (British(), DemoNames.FamilyIrish),
            "WIRT" or "WROM" => (British(), u < 0.5 ? DemoNames.FamilyIrish : DemoNames.FamilyBritish),
            "WOTH" => u < 0.7 ? (European(), DemoNames.FamilyEuropean) : (British(), DemoNames.FamilyBritish),
            "MWBC" => (British(), u < 0.3 ? DemoNames.FamilyCaribbean : DemoNames.FamilyBritish),
            "MWBA" => u < 0.3 ? (African(), DemoNames.FamilyAfrican) : (British(), DemoNames.FamilyBritish),
            "MWAS" => u < 0.3 ? (SouthAsian(), DemoNames.FamilySouthAsian) : (British(), DemoNames.FamilyBritish),
            "AIND" or "APKN" or "ABAN" => (SouthAsian(), DemoNames.FamilySouthAsian),
            "AOTH" when uasc => u < 0.7 ? (MiddleEastern(), DemoNames.FamilyMiddleEastern) : (EastAsian(), DemoNames.FamilyEastAsian),
            "AOTH" => u < 0.6 ? (SouthAsian(), DemoNames.FamilySouthAsian) : (EastAsian(), DemoNames.FamilyEastAsian),
            "BCRB" => (British(), u < 0.7 ? DemoNames.FamilyCaribbean : DemoNames.FamilyBritish),
            "BAFR" => (African(), DemoNames.FamilyAfrican),
            "BOTH" => u < 0.5 ? (African(), DemoNames.FamilyAfrican) : (British(), DemoNames.FamilyCaribbean),
            "CHNE" => (EastAsian(), DemoNames.FamilyEastAsian),
            "OOTH" => (MiddleEastern(), DemoNames.FamilyMiddleEastern),
            _ => (British(), DemoNames.FamilyBritish),
        };
        return (Pick(givenList), Pick(familyList));
    }

    private Child Build(ChildPlan plan)
    {
        var age = Age.On(plan.DateOfBirth, _today);
        var girl = plan.Sex == "F";
        var canBeMother = girl && age >= 12 && plan.Kind != Kind.ShortBreaks; // 903 MOTHER; never for short breaks (rule 399)
        var mother = canBeMother && plan.IsCurrent && age >= 15 && _rng.NextDouble() < 0.03;
        var child = new Child
        {
            CouncilId = _council.Id, ChildNumber = plan.ChildNumber, GivenName = plan.GivenName,
            FamilyName = plan.FamilyName, Sex = plan.Sex, DateOfBirth = plan.DateOfBirth, Ethnicity = plan.Ethnicity,
            Upn = Upn(plan, age),
            IsMother = canBeMother ? mother : null,
            MotherChildDateOfBirth = mother ? _today.AddDays(-_rng.Next(20, 400)) : null,
            SocialWorkerId = plan.Worker?.Id,
        };
        child.NormaliseKeys();
        foreach (var p in plan.Periods)
        {
            var period = child.StartPeriodOfCare(p.Start);
            foreach (var e in p.Episodes)
            {
                period.AddEpisode(new Episode
                {
                    ChildId = child.Id, CouncilId = _council.Id, PeriodOfCareId = period.Id, StartedOn = e.Start,
                    ReasonForNewEpisode = e.Rne, LegalStatus = e.LegalStatus, CategoryOfNeed = p.CategoryOfNeed,
                    Placement = e.Placement, PlacementProvider = e.Provider, HomePostcode = p.HomePostcode,
                    PlacementPostcode = e.PlacementPostcode, Urn = e.Urn,
                });
            }
            // AddEpisode closes the previous episode; the reason for the placement change goes on the one it closed.
            for (var i = 0; i < p.Episodes.Count; i++)
            {
                period.Episodes[i].ReasonPlaceChange = p.Episodes[i].ReasonPlaceChange;
            }
            foreach (var (iro, from, reason) in p.Allocations)
            {
                child.AllocateIro(iro.Staff.Id, from, reason);
            }
            foreach (var t in p.Triggers)
            {
                child.AddTrigger(t.Type, t.RaisedOn, t.ReviewBy, t.Note, Calendar);
            }
            foreach (var heldOn in p.Held)
            {
                StaffMemberId? chair = null;
                foreach (var (iro, from, _) in p.Allocations)
                {
                    if (chair is null || from <= heldOn)
                    {
                        chair = iro.Staff.Id;
                    }
                }
                var code = Age.On(plan.DateOfBirth, heldOn) < 4 ? ParticipationCode.PN0
                    : p.ShortBreaks ? DemoCodes.ShortBreakParticipation.Pick(_rng)
                    : DemoCodes.Participation.Pick(_rng);
                child.RecordReviewHeld(heldOn, chair, code, Calendar);
            }
            if (p.End is { } end)
            {
                period.End(end, p.EndReason ?? "E8");
                if (child.AllocatedIroId is not null)
                {
                    child.EndIroAllocation(end);
                }
            }
        }
        child.RecomputeReviewSchedule(Calendar);
        return child;
    }

    /// <summary>A UPN with a valid check letter (903 rule 168) and the fictional LA code, or UN1 (not yet of
    /// school age) / UN2 (never at a maintained school in England).</summary>
    private string Upn(ChildPlan plan, int age)
    {
        if (age < 5)
        {
            return "UN1";
        }
        if (plan.Kind == Kind.Uasc && _rng.NextDouble() < 0.5)
        {
            return "UN2";
        }
        var yearOfSchoolEntry = (plan.DateOfBirth.Year + 5) % 100;
        var body = string.Create(CultureInfo.InvariantCulture,
            $"{LaCode}{_rng.Next(2000, 5000):D4}{yearOfSchoolEntry:D2}{_rng.Next(0, 1000):D3}");
        return UpnCheckLetter(body) + body;
    }

    /// <summary>DfE UPN check letter: characters 2–13 weighted 2–13, sum mod 23, letters without I, O and S.</summary>
    internal static char UpnCheckLetter(string twelveDigits)
    {
        var sum = 0;
        for (var i = 0; i < twelveDigits.Length; i++)
        {
            sum += (twelveDigits[i] - '0') * (i + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23];
    }

    // ---- small helpers ------------------------------------------------------------------------------------

    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    /// <summary>A postcode in an area that does not exist (ZZ here, ZY next door, ZX further away).</summary>
    private string Postcode(string area, int districts) => Postcode(area, districts, _rng);

    private static string Postcode(string area, int districts, Random rng) => string.Create(CultureInfo.InvariantCulture,
        $"{area}{rng.Next(1, districts + 1)} {rng.Next(0, 10)}{InwardLetters[rng.Next(InwardLetters.Length)]}{InwardLetters[rng.Next(InwardLetters.Length)]}");

    private static string Urn(Random rng) => string.Create(CultureInfo.InvariantCulture, $"ZZ{rng.Next(0, 1000000):D6}");

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;



    private int Between((int From, int To) range) => _rng.Next(range.From, range.To + 1);

    private int Exponential(double mean, int cap) =>
        Math.Min(cap, 1 + (int)(-Math.Log(1 - _rng.NextDouble()) * mean));

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private string[] PickList(params string[][] lists) => lists[_rng.Next(lists.Length)];

    private Route Pick3(Route a, double wa, Route b, double wb, Route c, double wc) =>
        new Weighted<Route>((a, wa), (b, wb), (c, wc)).Pick(_rng);
}
