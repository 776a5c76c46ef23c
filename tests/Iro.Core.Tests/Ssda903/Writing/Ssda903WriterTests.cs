using System.Text;
using Iro.Core.Ssda903;
using Iro.Core.Tests.Ssda903.Reading;
using static Iro.Core.Tests.Ssda903.Reading.CsvInput;

namespace Iro.Core.Tests.Ssda903.Writing;

public class Ssda903WriterTests
{
    private static string Write(Ssda903TableData table)
    {
        using var stream = new MemoryStream();
        Ssda903Writer.WriteCsv(table, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Ssda903TableData Reviews(params string[][] rows)
    {
        var table = new Ssda903TableData(Ssda903Table.Reviews, "reviews.csv", Ssda903Layout.Columns(Ssda903Table.Reviews));
        for (var i = 0; i < rows.Length; i++)
        {
            table.Add(rows[i], i + 2);
        }
        return table;
    }

    [Theory]
    [InlineData(HeaderCsv, "header.csv")]
    [InlineData(EpisodesCsv, "episodes.csv")]
    [InlineData(ReviewsCsv, "reviews.csv")]
    [InlineData("CHILD,DOB,REVIEW,REVIEW_CODE\n\"10,01\",\"say \"\"hi\"\"\",\"a\nb\",PN1\n", "reviews.csv")]
    public void WriteCsv_CanonicalFile_RoundTripsByteForByte(string csv, string fileName)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var table = CsvInput.Read(bytes, fileName, out var problems);
        Assert.Empty(problems);

        using var written = new MemoryStream();
        Ssda903Writer.WriteCsv(table!, written);

        Assert.Equal(bytes, written.ToArray());
    }

    [Fact]
    public void WriteCsv_ValueWithComma_IsQuoted() =>
        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\n\"1,2\",,,\n", Write(Reviews(["1,2", "", "", ""])));

    [Fact]
    public void WriteCsv_ValueWithQuote_IsQuotedWithTheQuoteDoubled() =>
        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\n\"A\"\"1\",,,\n", Write(Reviews(["A\"1", "", "", ""])));

    [Fact]
    public void WriteCsv_ValueWithLineBreak_IsQuoted() =>
        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\n\"a\r\nb\",,,\n", Write(Reviews(["a\r\nb", "", "", ""])));

    [Fact]
    public void WriteCsv_TableWithColumnsInAnotherOrder_WritesTheDfeOrder()
    {
        var table = new Ssda903TableData(Ssda903Table.Reviews, "r.csv", ["REVIEW_CODE", "REVIEW", "DOB", "CHILD"]);
        table.Add(["PN1", "28/04/2025", "01/02/2012", "1001"], 2);

        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\n1001,01/02/2012,28/04/2025,PN1\n", Write(table));
    }

    [Fact]
    public void WriteCsv_NonAsciiText_IsUtf8WithoutABom()
    {
        using var stream = new MemoryStream();

        Ssda903Writer.WriteCsv(Reviews(["Zoë", "", "", ""]), stream);

        Assert.Equal("CHILD,DOB,REVIEW,REVIEW_CODE\nZo\u00EB,,,\n"u8.ToArray(), stream.ToArray());
    }

    [Fact]
    public void WriteCsv_Return_WritesOneFilePerTableUnderItsDfeName()
    {
        using var folder = new TempFolder();
        var data = new Ssda903Return(new CollectionYear(2025));
        data.Tables[Ssda903Table.Reviews] = Reviews(["1001", "01/02/2012", "28/04/2025", "PN1"]);
        data.Tables[Ssda903Table.PlacedForAdoption] = new Ssda903TableData(Ssda903Table.PlacedForAdoption, "x.csv", Ssda903Layout.Columns(Ssda903Table.PlacedForAdoption));

        Ssda903Writer.WriteCsv(data, Path.Combine(folder.Path, "out"));

        Assert.Equal(["placed_for_adoption.csv", "reviews.csv"],
            Directory.GetFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WriteCsv_ThenRead_GivesTheSameReturn()
    {
        using var folder = new TempFolder();
        var original = Ssda903Reader.Read(folder.Write("return.xml", Xml), new CollectionYear(2025)).Return;

        Ssda903Writer.WriteCsv(original, Path.Combine(folder.Path, "csv"));
        var result = Ssda903Reader.Read(Path.Combine(folder.Path, "csv"), new CollectionYear(2025));

        Assert.Empty(result.Problems);
        Assert.Equal(original.Tables.Keys.Order(), result.Return.Tables.Keys.Order());
        foreach (var (table, data) in original.Tables)
        {
            Assert.Equal(data.Rows, result.Return[table]!.Rows);
        }
    }
}
