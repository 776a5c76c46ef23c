using System.Globalization;
using System.Text.RegularExpressions;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Reviews;
using Iro.Core.Ssda903;

namespace Iro.Core.Tests.Ssda903.Generation;

public partial class Ssda903GeneratorTests
{
    private static readonly CollectionYear Year2425 = new(2024);

    // Generated once and shared: every test below only reads them.
    private static readonly Lazy<Ssda903Return> Small = new(() => Ssda903Generator.Generate(2_000, 11, Year2425));
    private static readonly Lazy<Ssda903Return> Large = new(() => Ssda903Generator.Generate(20_000, 5, Year2425));

    private static readonly string[] AllYears = ["2023-24", "2024-25", "2025-26", "2026-27"];

    public static TheoryData<string> Years => new(AllYears);

    [Fact]
    public void SameArguments_GiveIdenticalTables_AndAnotherSeedDiffers()
    {
        var again = Ssda903Generator.Generate(2_000, 11, Year2425);
        var other = Ssda903Generator.Generate(2_000, 12, Year2425);

        Assert.Equal(Small.Value.Tables.Keys.Order(), again.Tables.Keys.Order());
        foreach (var (table, data) in Small.Value.Tables)
        {
            Assert.Equal(data.Columns, again.Tables[table].Columns);
            Assert.Equal(Flatten(data), Flatten(again.Tables[table]));
        }
        Assert.NotEqual(Flatten(Small.Value[Ssda903Table.Episodes]!), Flatten(other[Ssda903Table.Episodes]!));
        Assert.NotEqual(Flatten(Small.Value[Ssda903Table.Header]!), Flatten(other[Ssda903Table.Header]!));
    }

    [Fact]
    public void TablesHaveTheDfEColumns_AndTheYearsTables()
    {
        var result = Small.Value;

        Assert.Equal(Year2425, result.Year);
        foreach (var table in new[] { Ssda903Table.Header, Ssda903Table.Episodes, Ssda903Table.Reviews, Ssda903Table.Uasc,
                     Ssda903Table.Missing, Ssda903Table.SwEpisodes })
        {
            var data = result[table];
            Assert.NotNull(data);
            Assert.Equal(Ssda903Layout.Columns(table), data.Columns);
            Assert.All(data.Rows, row => Assert.Equal(data.Columns.Count, row.Length));
            Assert.NotEmpty(data.Rows);
            Assert.Equal(Enumerable.Range(2, data.Rows.Count), data.Lines);
        }
    }

    [Fact]
    public void RowCountsScaleWithChildren()
    {
        var result = Small.Value;
        const double n = 2_000;

        Assert.Equal(2_000, result[Ssda903Table.Header]!.Rows.Count);
        Assert.InRange(result[Ssda903Table.Episodes]!.Rows.Count / n, 2.8, 4.2);
        Assert.InRange(result[Ssda903Table.Reviews]!.Rows.Count / n, 1.5, 2.5);
        Assert.InRange(result[Ssda903Table.Uasc]!.Rows.Count / n, 0.04, 0.10);
        Assert.InRange(result[Ssda903Table.Missing]!.Rows.Count / n, 0.05, 0.5);
        Assert.InRange(result[Ssda903Table.SwEpisodes]!.Rows.Count / n, 1.0, 2.5);
    }

    [Fact]
    public void ChildIdsAreUnique_AndEveryChildElsewhereIsInHeader_WithTheSameDob()
    {
        var result = Large.Value;
        var header = result[Ssda903Table.Header]!;
        var dobs = header.Rows.ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal);

        Assert.Equal(header.Rows.Count, dobs.Count);
        Assert.All(result[Ssda903Table.Episodes]!.Rows, r => Assert.True(dobs.ContainsKey(r[0]), r[0]));
        foreach (var table in new[] { Ssda903Table.Reviews, Ssda903Table.Uasc, Ssda903Table.Missing, Ssda903Table.SwEpisodes })
        {
            var data = result[table]!;
            var dob = data.ColumnIndex("DOB");
            Assert.All(data.Rows, r => Assert.Equal(dobs[r[0]], r[dob]));
        }
        var withEpisodes = result[Ssda903Table.Episodes]!.Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(dobs.Count, withEpisodes.Count);
    }

    [Fact]
    public void Distributions_AreRoughlyNational()
    {
        var result = Large.Value;
        var header = result[Ssda903Table.Header]!;
        var n = (double)header.Rows.Count;
        var latest = LatestEpisodes(result);

        Assert.InRange(latest.Values.Count(e => e[3] == "C2") / n, 0.50, 0.70);
        Assert.InRange(latest.Values.Count(e => e[3] == "C1") / n, 0.10, 0.22);
        Assert.InRange(latest.Values.Count(e => e[3] == "V2") / n, 0.12, 0.25);
        Assert.InRange(latest.Values.Count(e => e[3] == "E1") / n, 0.03, 0.07);
        Assert.InRange(latest.Values.Count(e => e[3] is "V3" or "V4") / n, 0.01, 0.03);
        Assert.InRange(latest.Values.Count(e => e[3][0] is 'J' or 'L') / n, 0.0, 0.01);
        Assert.InRange(header.Rows.Count(r => r[1] == "M") / n, 0.51, 0.61);
        Assert.InRange(result[Ssda903Table.Uasc]!.Rows.Count / n, 0.04, 0.10);
        Assert.InRange(header.Rows.Count(r => r[3].StartsWith('W')) / n, 0.6, 0.8);

        var reasons = result[Ssda903Table.Episodes]!.Rows.Where(r => r[9].Length > 0).Select(r => r[9]).ToList();
        Assert.InRange(reasons.Count(r => r == "CARPL") / (double)reasons.Count, 0.25, 0.42);
        Assert.InRange(reasons.Count(r => r == "PLACE") / (double)reasons.Count, 0.12, 0.30);

        var codes = result[Ssda903Table.Reviews]!.Rows.Select(r => r[3]).ToList();
        var aged4 = codes.Where(c => c != "PN0").ToList();
        Assert.InRange(codes.Count(c => c == "PN0") / (double)codes.Count, 0.08, 0.25);
        Assert.InRange(aged4.Count(c => c == "PN1") / (double)aged4.Count, 0.42, 0.58);
    }

    [Fact]
    public void Uasc_AreSixteenOrSeventeenMostly_AndMostlyBoys_WithDucAt18()
    {
        var result = Large.Value;
        var uasc = result[Ssda903Table.Uasc]!;
        var end = Year2425.End;

        Assert.InRange(uasc.Rows.Count(r => r[1] == "M") / (double)uasc.Rows.Count, 0.85, 0.99);
        Assert.InRange(uasc.Rows.Count(r => Age.On(Date(r[2]), end) is 16 or 17 or 18) / (double)uasc.Rows.Count, 0.6, 1.0);
        Assert.All(uasc.Rows, r => Assert.Equal(Date(r[2]).AddYears(18), Date(r[3])));
    }

    [Fact]
    public void ParticipationCode_IsPN0_ExactlyWhenUnderFourOnTheReviewDate()
    {
        var reviews = Large.Value[Ssda903Table.Reviews]!;

        Assert.All(reviews.Rows, r =>
        {
            var under4 = Date(r[2]) < Date(r[1]).AddYears(4);
            Assert.Equal(under4, r[3] == "PN0");
            Assert.Matches("^PN[0-7]$", r[3]);
        });
    }

    [Fact]
    public void ShortBreakOnlyChildren_HaveNoReviewsAndNoMother_AndBreaksWithinTheLimits()
    {
        var result = Large.Value;
        var episodes = ByChild(result[Ssda903Table.Episodes]!);
        var reviewed = result[Ssda903Table.Reviews]!.Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var mothers = result[Ssda903Table.Header]!.Rows.ToDictionary(r => r[0], r => r[5], StringComparer.Ordinal);
        var shortBreaks = episodes.Where(c => c.Value.All(e => e[3] is "V3" or "V4")).ToList();

        Assert.NotEmpty(shortBreaks);
        foreach (var (child, rows) in shortBreaks)
        {
            Assert.DoesNotContain(child, reviewed);
            Assert.Equal("", mothers[child]);
            Assert.False(rows.Any(e => e[3] == "V3") && rows.Any(e => e[3] == "V4"), child); // rule 426
            Assert.DoesNotContain(rows, e => e[5] is "U1" or "U4" || e[5].StartsWith('T')); // rules 382, 384
            var v3 = rows.Where(e => e[3] == "V3").ToList();
            Assert.All(v3, e => Assert.InRange(Date(e[7]).DayNumber - Date(e[1]).DayNumber, 1, 17)); // rule 365
            Assert.InRange(v3.Sum(e => Date(e[7]).DayNumber - Date(e[1]).DayNumber), 0, 75); // rule 367
        }
        // Everyone else has some other legal status, and most of them are reviewed.
        var others = episodes.Keys.Except(shortBreaks.Select(s => s.Key)).ToList();
        Assert.InRange(others.Count(reviewed.Contains) / (double)others.Count, 0.75, 1.0);
    }

    [Fact]
    public void DatesAreCoherent()
    {
        var result = Large.Value;
        var year = result.Year;
        var dobs = result[Ssda903Table.Header]!.Rows.ToDictionary(r => r[0], r => Date(r[2]), StringComparer.Ordinal);
        var episodes = ByChild(result[Ssda903Table.Episodes]!);
        var reviews = ByChild(result[Ssda903Table.Reviews]!);

        foreach (var (child, rows) in episodes)
        {
            var dob = dobs[child];
            Assert.Equal("S", rows[0][2]); // rule 357
            Assert.True(Date(rows[0][1]) >= dob, child);
            Assert.True(Date(rows[0][1]) <= year.End, child);
            Assert.True(rows[^1][7].Length == 0 || Date(rows[^1][7]) >= year.Start, child);
            for (var i = 0; i < rows.Count; i++)
            {
                var e = rows[i];
                var start = Date(e[1]);
                if (e[7].Length > 0)
                {
                    Assert.True(Date(e[7]) > start, $"{child}: episode under a day"); // rule 355
                    Assert.True(Date(e[7]) <= year.End, child);
                    Assert.NotEqual("", e[8]);
                }
                else
                {
                    Assert.Equal(rows.Count - 1, i); // only the last episode is open
                    Assert.Equal("", e[8]);
                    Assert.Equal("", e[9]); // rule 233
                }
                if (i + 1 < rows.Count)
                {
                    var next = rows[i + 1];
                    Assert.True(e[7].Length > 0, child);
                    if (e[8] == "X1")
                    {
                        Assert.Equal(e[7], next[1]); // rule 388: the continuation starts the day it ended
                        Assert.NotEqual("S", next[2]);
                    }
                    else
                    {
                        Assert.True(Date(next[1]) > Date(e[7]), child);
                        Assert.Equal("S", next[2]);
                    }
                }
                if (e[3] == "L1")
                {
                    Assert.True(e[7].Length == 0 || Date(e[7]).DayNumber - start.DayNumber <= 3, child); // rule 361
                }
            }

            // Reviews: in the year, while looked after, never before the period started.
            foreach (var r in reviews.GetValueOrDefault(child) ?? [])
            {
                var on = Date(r[2]);
                Assert.True(year.Contains(on), child);
                var period = rows.FindLastIndex(e => e[2] == "S" && Date(e[1]) <= on);
                Assert.True(period >= 0, $"{child}: review before the period started");
                var periodEnd = rows.Skip(period).TakeWhile((e, k) => k == 0 || e[2] != "S").Last()[7];
                Assert.True(periodEnd.Length == 0 || on < Date(periodEnd), $"{child}: review after the period ended");
            }
        }
    }

    [Fact]
    public void ReviewsFollowTheStatutoryCadence_MostlyOnTime()
    {
        var result = Large.Value;
        var episodes = ByChild(result[Ssda903Table.Episodes]!);
        var calendar = WorkingDayCalendar.Default;
        int firsts = 0, firstsOnTime = 0, gaps = 0, gapsWithinSixMonths = 0;
        foreach (var (child, rows) in ByChild(result[Ssda903Table.Reviews]!))
        {
            var dates = rows.Select(r => Date(r[2])).ToList();
            Assert.All(dates, d => Assert.True(calendar.IsWorkingDay(d), child));
            var starts = episodes[child].Where(e => e[2] == "S").Select(e => Date(e[1])).ToList();
            foreach (var start in starts.Where(s => result.Year.Contains(s) && s < result.Year.End.AddDays(-60)))
            {
                var first = dates.FirstOrDefault(d => d >= start);
                if (first != default)
                {
                    firsts++;
                    firstsOnTime += first <= ReviewSchedule.FirstReviewDue(start, calendar) ? 1 : 0;
                }
            }
            for (var i = 1; i < dates.Count; i++)
            {
                Assert.True(dates[i] > dates[i - 1], child);
                if (!starts.Any(s => s > dates[i - 1] && s <= dates[i]))
                {
                    gaps++;
                    gapsWithinSixMonths += dates[i] <= dates[i - 1].AddMonths(6) ? 1 : 0;
                }
            }
        }
        Assert.InRange(firstsOnTime / (double)firsts, 0.80, 0.95);
        Assert.InRange(gapsWithinSixMonths / (double)gaps, 0.80, 0.97);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void CodesAreValidForTheCollectionYear(string label)
    {
        Assert.True(CollectionYear.TryParse(label, out var year));
        var result = Ssda903Generator.Generate(5_000, 3, year);
        var valid = ValidPlaces(year);
        var noProvider = year.StartYear >= 2025
            ? new[] { "T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14" }
            : ["T0", "T1", "T2", "T3", "T4", "Z1"];
        var episodes = result[Ssda903Table.Episodes]!.Rows;
        var places = episodes.Select(e => e[5]).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(valid.ToHashSet(StringComparer.Ordinal), places);
        Assert.All(episodes, e =>
        {
            Assert.Equal(noProvider.Contains(e[5]), e[6].Length == 0); // rule 178
            Assert.Contains(e[2], (string[])["S", "L", "P", "T", "B", "U"]);
            Assert.Matches("^(C1|C2|E1|V2|V3|V4|L1|L2|L3|J1|J2|J3)$", e[3]);
            Assert.Matches("^N[1-8]$", e[4]);
            Assert.Matches(@"^(|X1|E11|E12|E45|E46|E47|E48|E41|E4A|E4B|E13|E5|E6|E7|E17|E2|E3|E8|E9|E14|E15|E16)$", e[8]);
            Assert.Matches("^(|CARPL|CLOSE|ALLEG|STAND|APPRR|CREQB|CREQO|CHILD|LAREQ|PLACE|CUSTOD|OTHER)$", e[9]);
            if (e[9].Length > 0)
            {
                Assert.Equal("X1", e[8]);
                Assert.False(e[5].StartsWith('T'));  // rule 226
            }
        });
        var sexes = result[Ssda903Table.Header]!.Rows.Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(year.StartYear <= 2023 ? ["1", "2"] : new[] { "F", "M" }, sexes.Order(StringComparer.Ordinal));
        Assert.All(result[Ssda903Table.Header]!.Rows, r =>
        {
            Assert.Matches(UpnPattern(), r[4]);
            Assert.Contains(r[3], EthnicCodes);
        });
        if (year.StartYear == 2023)
        {
            Assert.DoesNotContain("K3", places);
            Assert.Contains("H5", places);
        }
        if (year.StartYear >= 2025)
        {
            Assert.DoesNotContain("Z1", places);
            Assert.DoesNotContain("H5", places);
            Assert.DoesNotContain("P2", places);
            Assert.Contains("K3", places);
        }
        Assert.DoesNotContain("P2", places);
        // Social workers (SWEpisodes from 2023-24): in the year, in order.
        Assert.All(result[Ssda903Table.SwEpisodes]!.Rows, r =>
        {
            Assert.Matches("^SW[0-9]{6}$", r[2]);
            Assert.True(r[4].Length == 0 || (Date(r[4]) > Date(r[3]) && Date(r[4]) >= year.Start && Date(r[4]) <= year.End));
            Assert.Equal(r[5].Length > 0, r[5] is "MANAGE" or "FCONTA" or "LEFTRL" or "ORGRST" or "TSPROC" or "ABSENC"
                or "CHCHAN" or "PCCHAN" or "SWDIED" or "OTHERS");
        });
        Assert.All(result[Ssda903Table.Missing]!.Rows, r =>
        {
            Assert.Contains(r[2], (string[])["M", "A"]);
            Assert.True(year.Contains(Date(r[3])));
            Assert.True(r[4].Length == 0 || Date(r[4]) >= Date(r[3]));
        });
    }

    [Fact]
    public void NoErrorRate_InjectsNothing()
    {
        var run = Ssda903Generator.Run(2_000, 11, Year2425, 0);

        Assert.Empty(run.Injected);
        Assert.Equal(Flatten(Small.Value[Ssda903Table.Reviews]!), Flatten(run.Return[Ssda903Table.Reviews]!));
    }

    [Fact]
    public void ErrorRate_AltersAboutThatShareOfChildren_OneRuleEach_WithVisibleMarkers()
    {
        const int n = 8_000;
        var run = Ssda903Generator.Run(n, 21, Year2425, 0.05);
        var clean = Ssda903Generator.Run(n, 21, Year2425, 0);
        var result = run.Return;

        Assert.InRange(run.Injected.Count / (double)n, 0.04, 0.06);
        Assert.Equal(run.Injected.Count, run.Injected.Select(e => e.Child).Distinct().Count());
        Assert.All(run.Injected, e => Assert.Contains(e.Rule, Ssda903Generator.InjectedRuleCodes));
        Assert.True(run.Injected.Select(e => e.Rule).Distinct().Count() >= 9);
        int Count(string rule) => run.Injected.Count(e => e.Rule == rule);

        var header = result[Ssda903Table.Header]!.Rows;
        var episodes = result[Ssda903Table.Episodes]!.Rows;
        var reviews = result[Ssda903Table.Reviews]!.Rows;
        var ids = header.Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Count("103"), header.Count(r => r[3] == "ZZZZ"));
        Assert.Equal(Count("101"), header.Count(r => r[1] == "X"));
        Assert.Equal(Count("146"), episodes.Count(r => r[5] == "XX"));
        Assert.Equal(Count("144"), episodes.Count(r => r[3] == "Q9"));
        Assert.Equal(Count("166"), reviews.Count(r => r[2].StartsWith("31/02/", StringComparison.Ordinal)));
        Assert.Equal(Count("INT08"), reviews.Count(r => !ids.Contains(r[0])));
        var dobChanged = run.Injected.Where(e => e.Rule == "INT17").Select(e => e.Child).ToHashSet(StringComparer.Ordinal);
        var ageKnown = reviews.Where(r => Valid(r[2]) && !dobChanged.Contains(r[0])).ToList();
        Assert.Equal(Count("440"), ageKnown.Count(r => r[3] == "PN0" && Date(r[2]) > Date(r[1]).AddYears(4)));
        Assert.Equal(Count("441"), ageKnown.Count(r => r[3] != "PN0" && Date(r[2]) < Date(r[1]).AddYears(4)));
        var headerDob = header.ToDictionary(r => r[0], r => r[2], StringComparer.Ordinal);
        Assert.Equal(Count("INT17"), reviews.Count(r => ids.Contains(r[0]) && r[1] != headerDob[r[0]]));
        var shortBreakOnly = ByChild(result[Ssda903Table.Episodes]!)
            .Where(c => c.Value.All(e => e[3] is "V3" or "V4")).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Count("399"), reviews.Where(r => shortBreakOnly.Contains(r[0])).Select(r => r[0]).Distinct().Count());
        Assert.Equal(Count("365"), episodes.Count(r => r[3] == "V3" && Date(r[7]).DayNumber - Date(r[1]).DayNumber > 17));

        // Children not altered are exactly as in the clean return.
        var altered = run.Injected.Select(e => e.Child).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            Flatten(clean.Return[Ssda903Table.Episodes]!, r => !altered.Contains(r[0])),
            Flatten(result[Ssda903Table.Episodes]!, r => !altered.Contains(r[0])));
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(100_001, 0.0)]
    [InlineData(10, -0.1)]
    [InlineData(10, 1.5)]
    [InlineData(10, double.NaN)]
    public void BadArguments_Throw(int children, double errorRate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ssda903Generator.Generate(children, 1, Year2425, errorRate));

    [Fact]
    public void YearOutsideTheRulesIroHolds_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Ssda903Generator.Generate(10, 1, new CollectionYear(2019)));

    /// <summary>SLOW (a few seconds): national scale. Only checks that it completes; no timing assertion.</summary>
    [Fact(DisplayName = "SLOW: generates 100,000 children (national scale)")]
    [Trait("Category", "Slow")]
    public void NationalScale_HundredThousandChildren_Completes()
    {
        var result = Ssda903Generator.Generate(Ssda903Generator.MaxChildren, 2026, new CollectionYear(2025), 0.01);

        Assert.Equal(100_000, result[Ssda903Table.Header]!.Rows.Count);
        Assert.InRange(result[Ssda903Table.Episodes]!.Rows.Count, 250_000, 450_000);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static readonly string[] EthnicCodes =
    [
        "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB",
        "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
    ];

    private static string[] ValidPlaces(CollectionYear year)
    {
        string[] common = ["A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3",
            "T4", "U1", "U2", "U3", "U4", "U5", "U6"];
        return year.StartYear switch
        {
            2023 => [.. common, "H5", "P2", "Z1"],
            2024 => [.. common, "H5", "P2", "Z1", "K3"],
            _ => [.. common, "K3", "Z11", "Z12", "Z13", "Z14"],
        };
    }

    [GeneratedRegex("^([A-HJ-NP-RT-Z][0-9]{12}|[A-HJ-NP-RT-Z][0-9]{11}[A-Z]|UN[1-5])$")]
    private static partial Regex UpnPattern();

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static bool Valid(string text) =>
        DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string Flatten(Ssda903TableData data, Func<string[], bool>? keep = null) =>
        string.Join('\n', data.Rows.Where(r => keep?.Invoke(r) ?? true).Select(r => string.Join(',', r)));

    private static Dictionary<string, List<string[]>> ByChild(Ssda903TableData data)
    {
        var byChild = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var row in data.Rows)
        {
            if (!byChild.TryGetValue(row[0], out var rows))
            {
                rows = [];
                byChild[row[0]] = rows;
            }
            rows.Add(row);
        }
        return byChild;
    }

    private static Dictionary<string, string[]> LatestEpisodes(Ssda903Return result)
    {
        var latest = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in result[Ssda903Table.Episodes]!.Rows)
        {
            latest[row[0]] = row;
        }
        return latest;
    }
}
