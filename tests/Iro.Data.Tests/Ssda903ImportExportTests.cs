using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Core.Ssda903;
using Microsoft.EntityFrameworkCore;

namespace Iro.Data.Tests;

public sealed class Ssda903ImportExportTests
{
    private static readonly CollectionYear Year = new(2025);
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[][] Header =
    [
        ["C100", "M", "14/03/2015", "WBRI", "A123456789012", "", ""],
        ["C200", "F", "02/07/2008", "BAFR", "UN2", "0", ""],
        ["C300", "F", "20/01/2012", "WBRI", "UN1", "", ""],
    ];

    private static readonly string[][] Episodes =
    [
        ["C100", "10/06/2025", "S", "C1", "N1", "U6", "PR1", "05/12/2025", "X1", "", "ZZ1 1AA", "ZZ1 2BB", ""],
        ["C100", "05/12/2025", "L", "C2", "N1", "U6", "PR1", "", "", "", "ZZ1 1AA", "ZZ1 2BB", ""],
        ["C200", "01/02/2024", "S", "V2", "N4", "K2", "PR4", "30/09/2025", "E4A", "", "ZZ3 3CC", "ZZ4 4DD", "SC123456"],
        ["C300", "01/05/2025", "S", "V3", "N2", "R1", "PR1", "03/05/2025", "E4A", "", "ZZ5 5EE", "ZZ6 6FF", ""],
    ];

    private static readonly string[][] Reviews =
    [
        ["C100", "14/03/2015", "01/07/2025", "PN1"],
        ["C100", "14/03/2015", "29/09/2025", "PN6"],
        ["C200", "02/07/2008", "15/07/2025", "PN5"],
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ImportThenExport_GivesBackTheSameRows(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = await AddCouncilAsync(database);
        var extract = Extract(Header, Episodes, Reviews);

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, extract, Calendar, Ct);
            Assert.True(report.Succeeded, string.Join("; ", report.Problems));
            Assert.Equal(3, report.ChildrenAdded);
            Assert.Equal(4, report.EpisodesAdded);
            Assert.Equal(3, report.ReviewsAdded);
        }

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var exported = await Ssda903Export.BuildAsync(db, Year, Ct);
            Assert.Equal(Rows(Header), Rows(exported[Ssda903Table.Header]!.Rows));
            Assert.Equal(Rows(Episodes), Rows(exported[Ssda903Table.Episodes]!.Rows));
            Assert.Equal(Rows(Reviews), Rows(exported[Ssda903Table.Reviews]!.Rows));

            // Schedules were computed for the imported children: C100's third review is 6 months after the second.
            var next = await db.Reviews.SingleAsync(r => r.HeldOn == null && db.Children.Any(c => c.Id == r.ChildId && c.ChildNumber == "C100"), Ct);
            Assert.Equal(new DateOnly(2026, 3, 29), next.DueOn);
            Assert.Equal(ReviewKind.Subsequent, next.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ImportingTheSameExtractTwice_ChangesNothing(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = await AddCouncilAsync(database);
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            await Ssda903Import.ImportAsync(db, council, Extract(Header, Episodes, Reviews), Calendar, Ct);
        }
        var versionsBefore = await VersionsAsync(database, council);

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var again = await Ssda903Import.ImportAsync(db, council, Extract(Header, Episodes, Reviews), Calendar, Ct);
            Assert.True(again.Succeeded);
            Assert.Equal((0, 0, 0, 0, 0, 0), (again.ChildrenAdded, again.ChildrenUpdated, again.EpisodesAdded, again.EpisodesUpdated, again.EpisodesRemoved, again.ReviewsAdded));
        }
        Assert.Equal(versionsBefore, await VersionsAsync(database, council));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task BadInput_ListsEveryError_AndWritesNothing(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = await AddCouncilAsync(database);
        string[][] episodes =
        [
            Episodes[0],
            ["C100", "31/02/2025", "L", "C2", "N1", "U6", "PR1", "", "", "", "", "", ""],
            ["C999", "01/06/2025", "S", "C2", "N1", "U6", "PR1", "", "", "", "", "", ""],
            ["C200", "01/02/2024", "S", "V2", "N4", "K2", "PR4", "", "", "", "", "", ""],
            ["C200", "01/02/2024", "L", "C1", "N4", "K2", "PR4", "", "", "", "", "", ""],
        ];
        string[][] reviews = [["C100", "14/03/2015", "2025-07-01", "PN9"]];

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, Extract(Header, episodes, reviews), Calendar, Ct);
            Assert.False(report.Succeeded);
            Assert.Contains(report.Problems, p => p is { File: "episodes.csv", Line: 3, Column: "DECOM", Value: "31/02/2025" });
            Assert.Contains(report.Problems, p => p is { File: "episodes.csv", Line: 4, Column: "CHILD", Value: "C999" });
            Assert.Contains(report.Problems, p => p is { File: "episodes.csv", Line: 6, Column: "DECOM", Value: "01/02/2024" });
            Assert.Contains(report.Problems, p => p is { File: "reviews.csv", Line: 2, Column: "REVIEW", Value: "2025-07-01" });
            Assert.Contains(report.Problems, p => p is { File: "reviews.csv", Line: 2, Column: "REVIEW_CODE", Value: "PN9" });
        }
        await using var check = database.Context(CouncilScope.All());
        Assert.Equal(0, await check.Children.CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task NewerExtract_UpdatesAndAdds_ButKeepsWhatWasEnteredInIro(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = await AddCouncilAsync(database);
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            await Ssda903Import.ImportAsync(db, council, Extract(Header, Episodes, Reviews), Calendar, Ct);
        }
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var child = await db.Children.Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes).Include(c => c.Reviews).Include(c => c.Triggers)
                .SingleAsync(c => c.ChildNumber == "C100", Ct);
            child.GivenName = "Robin";
            child.FamilyName = "Fictional";
            child.RecordReviewHeld(new DateOnly(2026, 1, 20), null, ParticipationCode.PN1, Calendar);
            await db.SaveChangesAsync(Ct);
        }

        string[][] newer =
        [
            Episodes[0],
            ["C100", "05/12/2025", "L", "C2", "N1", "U6", "PR1", "10/02/2026", "X1", "", "ZZ1 1AA", "ZZ1 2BB", ""],
            ["C100", "10/02/2026", "P", "C2", "N1", "U4", "PR1", "", "", "CARPL", "ZZ1 1AA", "ZZ9 9ZZ", ""],
            Episodes[2], Episodes[3],
        ];
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, Extract(Header, newer, Reviews), Calendar, Ct);
            Assert.True(report.Succeeded);
            Assert.Equal(1, report.EpisodesAdded);
            Assert.Equal(1, report.EpisodesUpdated);
        }
        await using var check = database.Context(CouncilScope.For(council));
        var robin = await check.Children.Include(c => c.Reviews).Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .SingleAsync(c => c.ChildNumber == "C100", Ct);
        Assert.Equal("Robin Fictional", robin.FullName);
        Assert.Contains(robin.Reviews, r => r.HeldOn == new DateOnly(2026, 1, 20));
        Assert.Equal(3, Assert.Single(robin.PeriodsOfCare).Episodes.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OtherTables_RoundTrip_AndAreRewrittenOnlyWhenTheyChange(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = await AddCouncilAsync(database);
        // C400 left care before the year: a care leaver reported only in OC3, still in the Header.
        string[][] header = [.. Header, ["C400", "F", "11/11/2006", "WBRI", "UN1", "", ""]];
        string[][] missing = [["C100", "14/03/2015", "M", "01/08/2025", "02/08/2025"], ["C100", "14/03/2015", "A", "09/09/2025", ""]];
        string[][] uasc = [["C200", "F", "02/07/2008", "02/07/2026"]];
        string[][] oc3 = [["C400", "11/11/2006", "YES", "F2", "S"]];
        var extract = Extract(header, Episodes, Reviews);
        Add(extract, Ssda903Table.Missing, missing);
        Add(extract, Ssda903Table.Uasc, uasc);
        Add(extract, Ssda903Table.Oc3, oc3);

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, extract, Calendar, Ct);
            Assert.True(report.Succeeded, string.Join("; ", report.Problems));
            Assert.Equal(4, report.OtherRowsWritten);
        }
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var exported = await Ssda903Export.BuildAsync(db, Year, Ct);
            Assert.Equal(Rows(header), Rows(exported[Ssda903Table.Header]!.Rows));
            Assert.Equal(Rows(missing), Rows(exported[Ssda903Table.Missing]!.Rows));
            Assert.Equal(Rows(uasc), Rows(exported[Ssda903Table.Uasc]!.Rows));
            Assert.Equal(Rows(oc3), Rows(exported[Ssda903Table.Oc3]!.Rows));
            Assert.Null(exported[Ssda903Table.Ad1]);
        }

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var again = await Ssda903Import.ImportAsync(db, council, extract, Calendar, Ct);
            Assert.Equal((0, 4, 0), (again.ChildrenUpdated, again.ChildrenUnchanged, again.OtherRowsWritten));
        }

        // A newer extract for the year: the Missing table changed and UASC was not sent.
        string[][] newerMissing = [["C100", "14/03/2015", "M", "01/08/2025", "03/08/2025"]];
        var newer = Extract(header, Episodes, Reviews);
        Add(newer, Ssda903Table.Missing, newerMissing);
        Add(newer, Ssda903Table.Oc3, oc3);
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, newer, Calendar, Ct);
            Assert.Equal(1, report.OtherRowsWritten);
        }
        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var exported = await Ssda903Export.BuildAsync(db, Year, Ct);
            Assert.Equal(Rows(newerMissing), Rows(exported[Ssda903Table.Missing]!.Rows));
            Assert.Equal(Rows(uasc), Rows(exported[Ssda903Table.Uasc]!.Rows));
            Assert.Null((await Ssda903Export.BuildAsync(db, new CollectionYear(2024), Ct))[Ssda903Table.Missing]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OtherTableRow_ForAChildNotInTheHeader_IsAnError_AndNothingIsWritten(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, Ct);
        var council = await AddCouncilAsync(database);
        var extract = Extract(Header, Episodes, Reviews);
        Add(extract, Ssda903Table.Missing, [["C999", "14/03/2015", "M", "01/08/2025", "02/08/2025"]]);

        await using (var db = database.Context(CouncilScope.For(council)))
        {
            var report = await Ssda903Import.ImportAsync(db, council, extract, Calendar, Ct);
            var problem = Assert.Single(report.Problems);
            Assert.Equal(("missing.csv", 2, "CHILD", "C999"), (problem.File, problem.Line, problem.Column, problem.Value));
        }
        await using var check = database.Context(CouncilScope.For(council));
        Assert.Equal(0, await check.Children.CountAsync(Ct));
        Assert.Equal(0, await check.Ssda903Records.CountAsync(Ct));
    }

    private static async Task<CouncilId> AddCouncilAsync(TestDatabase database)
    {
        var council = new Council { Code = "970", Name = "Import Testshire" };
        await using var db = database.Context(CouncilScope.All());
        db.Councils.Add(council);
        await db.SaveChangesAsync(Ct);
        return council.Id;
    }

    private static async Task<List<string>> VersionsAsync(TestDatabase database, CouncilId council)
    {
        await using var db = database.Context(CouncilScope.For(council));
        var children = await db.Children.OrderBy(c => c.ChildNumber).Select(c => c.Version.ToString()).ToListAsync(Ct);
        var reviews = await db.Reviews.OrderBy(r => r.Id).Select(r => r.Version.ToString()).ToListAsync(Ct);
        var episodes = await db.Episodes.CountAsync(Ct);
        return [.. children, .. reviews, episodes.ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }

    private static Ssda903Return Extract(string[][] header, string[][] episodes, string[][] reviews)
    {
        var data = new Ssda903Return(Year);
        Add(data, Ssda903Table.Header, header);
        Add(data, Ssda903Table.Episodes, episodes);
        Add(data, Ssda903Table.Reviews, reviews);
        return data;
    }

    private static void Add(Ssda903Return data, Ssda903Table table, string[][] rows)
    {
        var t = new Ssda903TableData(table, Ssda903Layout.FileName(table), Ssda903Layout.Columns(table));
        for (var i = 0; i < rows.Length; i++)
        {
            t.Add(rows[i], i + 2);
        }
        data.Tables[table] = t;
    }

    private static List<string> Rows(IEnumerable<string[]> rows) => rows.Select(r => string.Join(",", r)).Order(StringComparer.Ordinal).ToList();
}
