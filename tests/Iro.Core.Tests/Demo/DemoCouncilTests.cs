using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Demo;
using Iro.Core.Reviews;
using Iro.Core.Users;

namespace Iro.Core.Tests.Demo;

public partial class DemoCouncilTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    // Generated once: every test below reads the same council.
    private static readonly DemoCouncilData Data = DemoCouncil.Generate(Today);

    private static IEnumerable<Child> Current => Data.Children.Where(c => c.CurrentPeriodOfCare is not null);

    private static Review Upcoming(Child child) =>
        child.Reviews.Single(r => r.HeldOn is null && r.PeriodOfCareId == child.CurrentPeriodOfCare!.Id);

    [Fact]
    public void SameTodayAndSeed_GiveTheSameCouncil()
    {
        var again = DemoCouncil.Generate(Today);

        Assert.Equal(Digest(Data), Digest(again));
        Assert.NotEqual(Digest(Data), Digest(DemoCouncil.Generate(Today, seed: 7)));
    }

    [Fact]
    public void ExactlyTheRequestedNumberOfChildrenAreLookedAfterToday()
    {
        Assert.Equal(400, Current.Count());
        Assert.All(Current, c => Assert.Single(c.PeriodsOfCare, p => p.EndedOn is null));
        Assert.Equal(60, DemoCouncil.Generate(Today, children: 60).Children.Count(c => c.CurrentPeriodOfCare is not null));
    }

    [Fact]
    public void HistoryCoversChildrenWhoLeftInTheLastThreeYears_AndSomeWhoCameBack()
    {
        var endedInThreeYears = Data.Children.SelectMany(c => c.PeriodsOfCare)
            .Count(p => p.EndedOn is { } end && end > Today.AddYears(-3));
        var perYear = endedInThreeYears / 3.0 / 400;

        Assert.InRange(perYear, 0.25, 0.40);
        Assert.Contains(Current, c => c.PeriodsOfCare.Count > 1);
        Assert.All(Data.Children.Where(c => c.CurrentPeriodOfCare is null),
            c => Assert.True(c.PeriodsOfCare[^1].EndedOn > Today.AddYears(-3)));
    }

    [Fact]
    public void EveryNextReview_IsWhatTheScheduleComputesFromTheChildsFacts()
    {
        foreach (var child in Data.Children)
        {
            foreach (var period in child.PeriodsOfCare)
            {
                var held = child.Reviews.Where(r => r.PeriodOfCareId == period.Id && r.HeldOn is not null)
                    .OrderBy(r => r.HeldOn).ToList();
                var triggers = child.Triggers.Where(t => t.PeriodOfCareId == period.Id)
                    .Select(t => new ReviewTriggerFact(t.Type, t.RaisedOn, t.ReviewBy)).ToList();
                var upcoming = child.Reviews.Where(r => r.PeriodOfCareId == period.Id && r.HeldOn is null).ToList();
                if (period.EndedOn is not null)
                {
                    Assert.Empty(upcoming);
                    continue;
                }
                var expected = ReviewSchedule.Next(period.StartedOn, [.. held.Select(r => r.HeldOn!.Value)],
                    period.IsShortBreaksOnly, triggers, Calendar);
                var review = Assert.Single(upcoming);
                Assert.Equal((expected.DueOn, expected.Kind, expected.Rule), (review.DueOn, review.Kind, review.DueRule));
                Assert.Equal(held.Count + 1, review.Number);
            }
        }
    }

    [Fact]
    public void EveryHeldReview_KeepsTheDueDateThatAppliedToIt()
    {
        foreach (var child in Data.Children)
        {
            foreach (var period in child.PeriodsOfCare)
            {
                var triggers = child.Triggers.Where(t => t.PeriodOfCareId == period.Id)
                    .Select(t => new ReviewTriggerFact(t.Type, t.RaisedOn, t.ReviewBy)).ToList();
                var before = new List<DateOnly>();
                foreach (var review in child.Reviews.Where(r => r.PeriodOfCareId == period.Id && r.HeldOn is not null)
                             .OrderBy(r => r.HeldOn))
                {
                    var heldOn = review.HeldOn!.Value;
                    var due = ReviewSchedule.Next(period.StartedOn, before, period.IsShortBreaksOnly,
                        [.. triggers.Where(t => t.RaisedOn <= heldOn)], Calendar);
                    Assert.Equal(due.DueOn, review.DueOn);
                    before.Add(heldOn);
                }
            }
        }
    }

    [Fact]
    public void HeldReviews_FallWithinTheirPeriod_OnWorkingDays_AndMostlyOnTime()
    {
        var held = new List<Review>();
        foreach (var child in Data.Children)
        {
            foreach (var period in child.PeriodsOfCare)
            {
                foreach (var review in child.Reviews.Where(r => r.PeriodOfCareId == period.Id && r.HeldOn is not null))
                {
                    var heldOn = review.HeldOn!.Value;
                    Assert.True(heldOn >= period.StartedOn, $"{child.ChildNumber}: review {heldOn} before {period.StartedOn}");
                    Assert.True(heldOn <= (period.EndedOn ?? Today), $"{child.ChildNumber}: review {heldOn} after the period");
                    Assert.True(Calendar.IsWorkingDay(heldOn), $"{child.ChildNumber}: review on {heldOn:dddd}");
                    held.Add(review);
                }
            }
        }
        Assert.InRange(held.Count(r => r.IsOnTime) / (double)held.Count, 0.84, 0.93);
    }

    [Fact]
    public void ParticipationCodes_ArePn0ExactlyForChildrenUnder4OnTheDay()
    {
        var codes = new List<ParticipationCode>();
        foreach (var child in Data.Children)
        {
            foreach (var review in child.Reviews.Where(r => r.HeldOn is not null))
            {
                var under4 = child.AgeOn(review.HeldOn!.Value) < 4;
                Assert.Equal(under4, review.ParticipationCode == ParticipationCode.PN0);
                Assert.NotNull(review.ChairId);
                codes.Add(review.ParticipationCode!.Value);
            }
        }
        var aged4Plus = codes.Where(c => c != ParticipationCode.PN0).ToList();
        Assert.InRange(aged4Plus.Count(c => c == ParticipationCode.PN1) / (double)aged4Plus.Count, 0.4, 0.6);
    }

    [Fact]
    public void NextReviews_AreMostlyScheduled_WithSomeOverdueAndSomeDueSoon()
    {
        var statuses = Current.Select(c => ReviewStatusRule.Of(Upcoming(c).DueOn, Today, Calendar)).ToList();
        double Share(ReviewStatus s) => statuses.Count(x => x == s) / (double)statuses.Count;

        Assert.InRange(Share(ReviewStatus.Overdue), 0.02, 0.09);
        Assert.InRange(Share(ReviewStatus.DueSoon), 0.04, 0.13);
        Assert.True(Share(ReviewStatus.Scheduled) > 0.8);
        Assert.Contains(Current, c => Upcoming(c).DueRule == DueRule.EarlyReview);
    }

    [Fact]
    public void Caseloads_StraddleTheBenchmark()
    {
        var perFte = Data.IroProfiles.Select(p => CaseloadBenchmark.PerFte(
            Current.Count(c => c.AllocatedIroId == p.StaffMemberId), p.Fte)).ToList();
        var average = Current.Count(c => c.AllocatedIroId is not null) / Data.IroProfiles.Sum(p => p.Fte);

        Assert.Equal(8, Data.IroProfiles.Count);
        Assert.Contains(perFte, x => x > 70);
        Assert.Contains(perFte, x => x < 50);
        Assert.InRange(average, 50m, 70m);
    }

    [Fact]
    public void AFewChildrenNewToCare_HaveNoIroYet_AndEveryoneElseHasOne()
    {
        var unallocated = Current.Where(c => c.AllocatedIroId is null).ToList();

        Assert.InRange(unallocated.Count, 1, 3);
        Assert.All(unallocated, c => Assert.InRange(
            Calendar.WorkingDaysBetween(c.CurrentPeriodOfCare!.StartedOn, Today), 0, 5));
        var iros = Data.IroProfiles.Select(p => p.StaffMemberId).ToHashSet();
        Assert.All(Current.Where(c => c.AllocatedIroId is not null), c => Assert.Contains(c.AllocatedIroId!.Value, iros));
        Assert.All(Data.Children.Where(c => c.CurrentPeriodOfCare is null), c => Assert.Null(c.AllocatedIroId));
    }

    [Fact]
    public void ReviewsAreChairedByTheIroAllocatedThatDay()
    {
        foreach (var child in Data.Children)
        {
            foreach (var review in child.Reviews.Where(r => r.HeldOn is not null))
            {
                var heldOn = review.HeldOn!.Value;
                var allocation = child.Allocations.Where(a => a.From <= heldOn && (a.To is null || a.To >= heldOn))
                    .OrderBy(a => a.From).Last();
                Assert.Equal(allocation.IroId, review.ChairId);
            }
        }
    }

    [Fact]
    public void IroChanges_HaveReasons_AndReturnersMostlyKeepTheirIro()
    {
        var allocations = Data.Children.SelectMany(c => c.Allocations).ToList();

        Assert.All(allocations, a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));
        Assert.Contains(allocations, a => a.Reason == "Continuity after return to care");
        Assert.Contains(allocations, a => a.Reason.StartsWith("Caseload rebalancing", StringComparison.Ordinal));
    }

    [Fact]
    public void ChildNumbersAreUnique()
    {
        Assert.Equal(Data.Children.Count, Data.Children.Select(c => c.ChildNumber).Distinct().Count());
        Assert.All(Data.Children, c => Assert.InRange(c.ChildNumber.Length, 1, 10));
    }

    [Fact]
    public void EpisodeCodes_AreValid903Codes()
    {
        string[] legal = ["C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"];
        string[] place =
        [
            "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2",
            "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6",
        ];
        string[] need = ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"];
        string[] providers = ["PR0", "PR1", "PR2", "PR3", "PR4", "PR5"];
        string[] ceased =
        [
            "E11", "E12", "E45", "E46", "E47", "E48", "E41", "E4A", "E4B", "E13", "E5", "E6", "E7", "E17", "E2", "E3",
            "E8", "E9", "E14", "E15", "E16", "X1",
        ];
        string[] placeChange = ["CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"];
        var supportedAccommodation = new DateOnly(2023, 10, 28);

        foreach (var child in Data.Children)
        {
            foreach (var period in child.PeriodsOfCare)
            {
                Assert.Equal(period.StartedOn, period.Episodes[0].StartedOn);
                Assert.Equal("S", period.Episodes[0].ReasonForNewEpisode);
                for (var i = 0; i < period.Episodes.Count; i++)
                {
                    var e = period.Episodes[i];
                    var context = $"{child.ChildNumber} episode {e.StartedOn}";
                    Assert.Contains(e.LegalStatus, legal);
                    Assert.Contains(e.Placement, place);
                    Assert.Contains(e.CategoryOfNeed, need);
                    Assert.Equal(i == 0 ? "S" : e.ReasonForNewEpisode, e.ReasonForNewEpisode);
                    Assert.Contains(e.ReasonForNewEpisode, i == 0 ? ["S"] : new[] { "L", "P", "T", "B", "U" });
                    // Rule 178: no provider for temporary and "other" placements, a valid one otherwise.
                    if (e.Placement.StartsWith('T'))
                    {
                        Assert.Null(e.PlacementProvider);
                    }
                    else
                    {
                        Assert.Contains(e.PlacementProvider!, providers);
                    }
                    Assert.True(e.EndedOn is null || e.EndedOn > e.StartedOn, $"{context}: shorter than a day (rule 355)");
                    if (e.ReasonEnded is not null)
                    {
                        Assert.Contains(e.ReasonEnded, ceased);
                    }
                    if (e.ReasonPlaceChange is not null)
                    {
                        Assert.Contains(e.ReasonPlaceChange, placeChange);
                    }
                    // Rule 225: the reason goes on the episode that a change of placement ended.
                    var next = i + 1 < period.Episodes.Count ? period.Episodes[i + 1] : null;
                    var placementChanged = next?.ReasonForNewEpisode is "P" or "T" or "B" or "U";
                    Assert.Equal(placementChanged, e.ReasonPlaceChange is not null);
                    Assert.True(e.Placement != "K3" || e.StartedOn >= supportedAccommodation, $"{context}: K3 before it existed");
                    Assert.True(e.Placement != "H5" || e.StartedOn < supportedAccommodation, $"{context}: H5 after 28 Oct 2023");
                    if (e.LegalStatus == "L1")
                    {
                        Assert.True(e.EndedOn!.Value.DayNumber - e.StartedOn.DayNumber <= 3, $"{context}: L1 over 72 hours (rule 361)");
                    }
                    if (e.LegalStatus == "V3")
                    {
                        Assert.DoesNotContain(e.Placement, new[] { "U1", "U4", "T0", "T1", "T2", "T3", "T4" });
                    }
                    if (e.LegalStatus is "E1" && e.Placement.StartsWith('A'))
                    {
                        Assert.Contains(e.Placement, new[] { "A5", "A6" });
                    }
                }
                if (period.EndedOn is { } end)
                {
                    Assert.Equal(end, period.Episodes[^1].EndedOn);
                    Assert.NotEqual("X1", period.Episodes[^1].ReasonEnded);
                }
            }
        }
    }

    [Fact]
    public void CurrentMix_LooksLikeTheNationalFigures()
    {
        var episodes = Current.Select(c => c.CurrentPeriodOfCare!.CurrentEpisode!).ToList();
        double Share(Func<Episode, bool> f) => episodes.Count(f) / (double)episodes.Count;

        Assert.InRange(Share(e => e.LegalStatus == "C2"), 0.50, 0.70);
        Assert.InRange(Share(e => e.LegalStatus == "C1"), 0.10, 0.22);
        Assert.InRange(Share(e => e.LegalStatus == "V2"), 0.10, 0.24);
        Assert.InRange(Share(e => e.LegalStatus == "E1"), 0.02, 0.08);
        Assert.InRange(Share(e => e.Placement.StartsWith('U')), 0.62, 0.80);
        Assert.InRange(Share(e => e.CategoryOfNeed == "N1"), 0.55, 0.75);
        Assert.InRange(Current.Count(c => c.Sex == "M") / 400.0, 0.52, 0.60);
        Assert.Contains(episodes, e => e.LegalStatus == "V3");
    }

    [Fact]
    public void ChildrenAndStaff_HaveValidCodesAndFictionalDetails()
    {
        string[] ethnic =
        [
            "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
            "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
        ];
        Assert.Equal("990", Data.Council.Code);
        Assert.Equal("Northmoor Borough Council", Data.Council.Name);
        foreach (var child in Data.Children)
        {
            Assert.Contains(child.Sex, new[] { "M", "F" });
            Assert.Contains(child.Ethnicity, ethnic);
            Assert.True(child.AgeOn(child.PeriodsOfCare[0].StartedOn) >= 0);
            Assert.True(child.CurrentPeriodOfCare is null || child.AgeOn(Today) < 18);
            Assert.True(child.Upn is "UN1" or "UN2" || IsValidUpn(child.Upn!), $"{child.ChildNumber}: UPN {child.Upn}");
            Assert.Equal(child.FamilyName.ToUpperInvariant(), child.FamilyNameKey);
            foreach (var e in child.PeriodsOfCare.SelectMany(p => p.Episodes))
            {
                Assert.Matches(FakePostcode(), e.HomePostcode!);
                Assert.Matches(FakePostcode(), e.PlacementPostcode!);
            }
        }
    }

    [Fact]
    public void Names_ComeOnlyFromTheGeneratorsLists()
    {
        Assert.All(Data.Children, c =>
        {
            Assert.Contains(c.GivenName, DemoNames.AllGivenNames);
            Assert.Contains(c.FamilyName, DemoNames.AllFamilyNames);
            Assert.False(DemoNames.IsRefused(c.GivenName, c.FamilyName));
        });
        Assert.All(Data.Staff, s =>
        {
            Assert.Contains(s.GivenName, DemoNames.AllGivenNames);
            Assert.Contains(s.FamilyName, DemoNames.AllFamilyNames);
            Assert.False(DemoNames.IsRefused(s.GivenName, s.FamilyName));
        });
        Assert.Equal(Data.Staff.Count, Data.Staff.Select(s => s.FullName).Distinct().Count());
    }

    [Fact]
    public void Staff_FormAnIroServiceIndependentOfTheSocialWorkTeams()
    {
        var byId = Data.Staff.ToDictionary(s => s.Id);
        var manager = Assert.Single(Data.Staff, s => s.Role == StaffRole.IroManager);
        var iros = Data.Staff.Where(s => s.Role == StaffRole.Iro).ToList();

        Assert.Equal(StaffRole.HeadOfService, byId[manager.LineManagerId!.Value].Role);
        Assert.All(iros, i => Assert.Equal(manager.Id, i.LineManagerId));
        Assert.All(iros, i => Assert.NotNull(i.IroProfile));
        Assert.Equal(iros.Count, Data.IroProfiles.Count);
        Assert.InRange(Data.IroProfiles.Sum(p => p.Fte), 6.5m, 7.5m);
        Assert.All(Data.IroProfiles, p => Assert.Matches(SweNumber(), p.SweRegistrationNumber));
        Assert.All(Data.IroProfiles, p => Assert.True(p.RegisteredUntil > Today));
        Assert.Equal(Data.IroProfiles.Count, Data.IroProfiles.Select(p => p.SweRegistrationNumber).Distinct().Count());
        Assert.InRange(Data.Staff.Count(s => s.Role == StaffRole.SocialWorker), 20, 30);
        Assert.Equal(3, Data.Staff.Count(s => s.Role == StaffRole.PersonalAdviser));
        Assert.Equal(4, Data.Teams.Count(t => t.Kind == TeamKind.SocialWork));
        Assert.All(Data.Staff.Where(s => s.Role == StaffRole.SocialWorker), s =>
            Assert.Equal(StaffRole.TeamManager, byId[s.LineManagerId!.Value].Role));
        // No IRO line-manages anyone, and nobody in the IRO service manages a social worker.
        Assert.DoesNotContain(Data.Staff, s => s.LineManagerId is { } m && byId[m].Role == StaffRole.Iro);
        Assert.All(Data.Children.Where(c => c.SocialWorkerId is not null), c =>
            Assert.Contains(byId[c.SocialWorkerId!.Value].Role, new[] { StaffRole.SocialWorker, StaffRole.PersonalAdviser }));
        Assert.All(Current, c => Assert.Equal(StaffRole.SocialWorker, byId[c.SocialWorkerId!.Value].Role));
        Assert.Equal(Data.Staff.Count, Data.Staff.Select(s => s.Email).Distinct().Count());
    }

    [Fact]
    public void Logins_AreTheFullestIro_TheManager_AndEveryOtherIro()
    {
        var iro = Assert.Single(Data.Logins, l => l.Email == DemoCouncil.DemoIroEmail);
        var manager = Assert.Single(Data.Logins, l => l.Email == DemoCouncil.DemoManagerEmail);
        var perFte = Data.IroProfiles.ToDictionary(p => p.StaffMemberId,
            p => Current.Count(c => c.AllocatedIroId == p.StaffMemberId) / p.Fte);

        Assert.Equal(Roles.Iro, iro.Role);
        Assert.Equal(perFte.Values.Max(), perFte[iro.StaffMemberId]);
        Assert.Equal(Roles.IroManager, manager.Role);
        Assert.Equal(StaffRole.IroManager, Data.Staff.Single(s => s.Id == manager.StaffMemberId).Role);
        Assert.Equal(Data.IroProfiles.Select(p => p.StaffMemberId.Value).Order(),
            Data.Logins.Where(l => l.Role == Roles.Iro).Select(l => l.StaffMemberId.Value).Order());
        Assert.All(Data.Logins, l => Assert.Equal(DemoCouncil.DemoPassword, l.Password));
        Assert.All(Data.Logins, l => Assert.EndsWith("@demo.iro.test", l.Email, StringComparison.Ordinal));
        Assert.All(Data.Logins, l => Assert.Equal(Data.Staff.Single(s => s.Id == l.StaffMemberId).Email, l.Email));
        Assert.All(Data.Logins.Where(l => l.Email != DemoCouncil.DemoIroEmail && l.Email != DemoCouncil.DemoManagerEmail),
            l => Assert.Matches(@"^[a-z]+\.[a-z]+@demo\.iro\.test$", l.Email));
        Assert.Equal(Data.Logins.Count, Data.Logins.Select(l => l.Email).Distinct().Count());
    }

    [Fact]
    public void EveryRecordBelongsToTheDemoCouncil()
    {
        var council = Data.Council.Id;
        Assert.All(Data.Teams, t => Assert.Equal(council, t.CouncilId));
        Assert.All(Data.Staff, s => Assert.Equal(council, s.CouncilId));
        Assert.All(Data.IroProfiles, p => Assert.Equal(council, p.CouncilId));
        Assert.All(Data.Children, c =>
        {
            Assert.Equal(council, c.CouncilId);
            Assert.All(c.PeriodsOfCare, p => Assert.All(p.Episodes, e => Assert.Equal((council, p.Id), (e.CouncilId, e.PeriodOfCareId))));
            Assert.All(c.Reviews, r => Assert.Equal(council, r.CouncilId));
            Assert.All(c.Allocations, a => Assert.Equal(council, a.CouncilId));
            Assert.All(c.Triggers, t => Assert.Equal(council, t.CouncilId));
        });
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2027-01-04")]
    [InlineData("2030-12-25")]
    public void OtherDates_GiveAConsistentCouncilToo(string today)
    {
        var on = DateOnly.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var data = DemoCouncil.Generate(on, seed: 3, children: 120);

        var current = data.Children.Where(c => c.CurrentPeriodOfCare is not null).ToList();
        Assert.Equal(120, current.Count);
        Assert.All(current, c =>
        {
            var next = c.NextReviewDue(Calendar)!;
            Assert.Equal(next.DueOn, Upcoming(c).DueOn);
        });
        Assert.All(data.Children.SelectMany(c => c.Reviews), r => Assert.True(r.HeldOn is null || r.HeldOn <= on));
        Assert.All(data.Children.SelectMany(c => c.PeriodsOfCare), p => Assert.True(p.StartedOn <= on));
    }

    [Fact]
    public void UpnCheckLetter_FollowsTheDfEAlgorithm()
    {
        // B801200005001 is a valid UPN: 8×2 + 1×4 + 2×5 + 5×10 + 1×13 = 93, 93 mod 23 = 1, so B.
        Assert.Equal('B', DemoGenerator.UpnCheckLetter("801200005001"));
        Assert.All(Data.Children.Where(c => c.Upn is { Length: 13 }), c => Assert.Equal("990", c.Upn![1..4]));
    }

    private static bool IsValidUpn(string upn) =>
        upn.Length == 13 && upn[1..].All(char.IsAsciiDigit) && DemoGenerator.UpnCheckLetter(upn[1..]) == upn[0];

    [GeneratedRegex(@"^Z[XYZ]\d{1,2} \d[ABDEFGHJLNPQRSTUWXYZ]{2}$")]
    private static partial Regex FakePostcode();

    [GeneratedRegex(@"^SW\d{6}$")]
    private static partial Regex SweNumber();

    private static string Digest(DemoCouncilData data)
    {
        var names = data.Staff.ToDictionary(s => s.Id, s => s.FullName);
        var text = new StringBuilder();
        foreach (var s in data.Staff)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.FullName}|{s.Role}|{s.JobTitle}|{s.Email}|{s.IroProfile?.Fte}|{s.IroProfile?.SweRegistrationNumber}\n");
        }
        foreach (var c in data.Children)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{c.ChildNumber}|{c.FullName}|{c.Sex}|{c.DateOfBirth:O}|{c.Ethnicity}|{c.Upn}|{c.IsMother}|{(c.SocialWorkerId is { } w ? names[w] : "")}\n");
            foreach (var p in c.PeriodsOfCare)
            {
                text.Append(CultureInfo.InvariantCulture, $" P {p.StartedOn:O} {p.EndedOn:O}\n");
                foreach (var e in p.Episodes)
                {
                    text.Append(CultureInfo.InvariantCulture,
                        $"  E {e.StartedOn:O} {e.ReasonForNewEpisode} {e.LegalStatus} {e.CategoryOfNeed} {e.Placement} {e.PlacementProvider} {e.EndedOn:O} {e.ReasonEnded} {e.ReasonPlaceChange} {e.HomePostcode} {e.PlacementPostcode} {e.Urn}\n");
                }
            }
            foreach (var r in c.Reviews)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  R {r.Number} {r.Kind} {r.DueOn:O} {r.DueRule} {r.HeldOn:O} {r.ParticipationCode} {(r.ChairId is { } chair ? names[chair] : "")}\n");
            }
            foreach (var a in c.Allocations)
            {
                text.Append(CultureInfo.InvariantCulture, $"  A {names[a.IroId]} {a.From:O} {a.To:O} {a.Reason}\n");
            }
            foreach (var t in c.Triggers)
            {
                text.Append(CultureInfo.InvariantCulture, $"  T {t.Type} {t.RaisedOn:O} {t.ReviewBy:O} {t.Note}\n");
            }
        }
        foreach (var l in data.Logins)
        {
            text.Append(CultureInfo.InvariantCulture, $"{l.Email}|{l.Role}|{l.DisplayName}|{names[l.StaffMemberId]}\n");
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
