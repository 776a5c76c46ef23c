using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Reading.CsvInput;

namespace Iro.Core.Tests.Ssda903.Reading;

public class Ssda903FolderReadingTests
{
    private static readonly CollectionYear Year = new(2025);

    [Fact]
    public void Read_FolderOfTables_ReadsEachTable()
    {
        using var folder = new TempFolder();
        folder.Write("Header.csv", HeaderCsv);
        folder.Write("episodes_2025.csv", EpisodesCsv);
        folder.Write("REVIEWS.CSV", ReviewsCsv);
        folder.Write("notes.txt", "not a table");

        var result = Ssda903Reader.Read(folder.Path, Year);

        Assert.Empty(result.Problems);
        Assert.Equal(Year, result.Return.Year);
        Assert.Equal(2, result.Return[Ssda903Table.Header]!.Rows.Count);
        Assert.Equal(3, result.Return[Ssda903Table.Episodes]!.Rows.Count);
        Assert.Equal("REVIEWS.CSV", result.Return[Ssda903Table.Reviews]!.SourceFile);
    }

    [Fact]
    public void Read_FileNamedForAnotherTable_IsRecognisedByItsColumns()
    {
        using var folder = new TempFolder();
        folder.Write("header.csv", EpisodesCsv);

        var result = Ssda903Reader.Read(folder.Path, Year);

        Assert.Empty(result.Problems);
        Assert.Equal([Ssda903Table.Episodes], result.Return.Tables.Keys);
    }

    [Fact]
    public void Read_TwoFilesForOneTable_IsAProblemAndTheFirstIsKept()
    {
        using var folder = new TempFolder();
        folder.Write("a_header.csv", HeaderCsv);
        folder.Write("b_header.csv", HeaderCsv);

        var result = Ssda903Reader.Read(folder.Path, Year);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("b_header.csv", problem.File);
        Assert.Equal("a_header.csv", result.Return[Ssda903Table.Header]!.SourceFile);
    }

    [Fact]
    public void Read_MissingFolder_IsAProblemNotAnException()
    {
        var result = Ssda903Reader.Read(Path.Combine(Path.GetTempPath(), "iro-no-such-folder-" + Guid.NewGuid().ToString("N")), Year);

        Assert.Equal("no such file or folder", Assert.Single(result.Problems).Reason);
        Assert.Empty(result.Return.Tables);
    }

    [Fact]
    public void Read_EmptyFolder_IsAProblem()
    {
        using var folder = new TempFolder();

        var result = Ssda903Reader.Read(folder.Path, Year);

        Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_SingleCsvFile_ReadsThatTable()
    {
        using var folder = new TempFolder();
        var file = folder.Write("reviews.csv", ReviewsCsv);

        var result = Ssda903Reader.Read(file, Year);

        Assert.Empty(result.Problems);
        Assert.Equal([Ssda903Table.Reviews], result.Return.Tables.Keys);
    }

    [Fact]
    public void Read_SingleXmlFile_ReadsTheXmlForm()
    {
        using var folder = new TempFolder();
        var file = folder.Write("return.xml", Xml);

        var result = Ssda903Reader.Read(file, Year);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Return[Ssda903Table.Episodes]!.Rows.Count);
    }

    [Fact]
    public void Read_ProblemsInSeveralFiles_NameEachFile()
    {
        using var folder = new TempFolder();
        folder.Write("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER\n1,M,01/01/2010,WBRI,UN1,\n");
        folder.Write("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010\n");

        var result = Ssda903Reader.Read(folder.Path, Year);

        Assert.Equal(
            [("header.csv", 1, "MC_DOB"), ("reviews.csv", 2, null)],
            result.Problems.Select(p => (p.File, p.Line, p.Column)));
    }

    [Theory]
    [InlineData("header.csv", Ssda903Table.Header)]
    [InlineData("Header.csv", Ssda903Table.Header)]
    [InlineData("episodes_2025.csv", Ssda903Table.Episodes)]
    [InlineData("903 Reviews 2025-26.csv", Ssda903Table.Reviews)]
    [InlineData("placed_for_adoption.csv", Ssda903Table.PlacedForAdoption)]
    [InlineData("PlacedAdoption.csv", Ssda903Table.PlacedForAdoption)]
    [InlineData("previous_permanence.csv", Ssda903Table.PreviousPermanence)]
    [InlineData("prevperm.csv", Ssda903Table.PreviousPermanence)]
    [InlineData("sw_episodes.csv", Ssda903Table.SwEpisodes)]
    [InlineData("ssda903_sw_episodes.csv", Ssda903Table.SwEpisodes)]
    [InlineData("OC2.csv", Ssda903Table.Oc2)]
    [InlineData("ad1.csv", Ssda903Table.Ad1)]
    [InlineData("uasc.csv", Ssda903Table.Uasc)]
    [InlineData("missing.csv", Ssda903Table.Missing)]
    [InlineData("dolo.csv", Ssda903Table.DoLo)]
    [InlineData("DoLo_2026.csv", Ssda903Table.DoLo)]
    [InlineData("ssda903_dolo.csv", Ssda903Table.DoLo)]
    [InlineData("people.csv", null)]
    public void ByFileName_CommonNames_AreRecognised(string fileName, Ssda903Table? expected) =>
        Assert.Equal(expected, Ssda903TableRecognition.ByFileName(fileName));
}
