using System.Globalization;
using System.Text;
using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Reading.CsvInput;

namespace Iro.Core.Tests.Ssda903.Reading;

public class Ssda903CsvReadingTests
{
    [Fact]
    public void ReadCsv_HeaderFile_IsRecognisedByItsColumnsAndKeepsValuesAsText()
    {
        var table = Read(HeaderCsv, "anything.csv", out var problems);

        Assert.Empty(problems);
        Assert.NotNull(table);
        Assert.Equal(Ssda903Table.Header, table.Table);
        Assert.Equal(["1002", "F", "15/06/2019", "BAFR", "UN1", "1", "03/03/2025"], table.Rows[1]);
        Assert.Equal([2, 3], table.Lines);
    }

    [Theory]
    [InlineData(EpisodesCsv, Ssda903Table.Episodes)]
    [InlineData(ReviewsCsv, Ssda903Table.Reviews)]
    [InlineData("CHILD,SEX,DOB,DUC\n1,M,01/01/2010,01/01/2028\n", Ssda903Table.Uasc)]
    [InlineData("CHILD,DOB,MISSING,MIS_START,MIS_END\n1,01/01/2010,M,01/05/2025,\n", Ssda903Table.Missing)]
    [InlineData("CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n1,01/01/2006,YES,F2,S\n", Ssda903Table.Oc3)]
    [InlineData("CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n1,01/01/2010,Z1,,\n", Ssda903Table.PreviousPermanence)]
    [InlineData("CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n1,01/01/2020,01/05/2025,,\n", Ssda903Table.PlacedForAdoption)]
    [InlineData("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1,01/01/2010,SW9,01/04/2025,,\n", Ssda903Table.SwEpisodes)]
    [InlineData("CHILD,DOB,DOLO_START,DOLO_END\n1,01/01/2010,01/05/2026,\n", Ssda903Table.DoLo)]
    public void ReadCsv_AnyFileName_TableIsRecognisedByItsColumns(string csv, Ssda903Table expected)
    {
        var table = Read(csv, "export.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal(expected, table?.Table);
    }

    [Fact]
    public void ReadCsv_ColumnsInAnotherOrder_ValuesGoToTheirColumns()
    {
        var table = Read("REVIEW_CODE,REVIEW,CHILD,DOB\nPN1,28/04/2025,1001,01/02/2012\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal(["1001", "01/02/2012", "28/04/2025", "PN1"], table!.Rows[0]);
    }

    [Fact]
    public void ReadCsv_HeaderInLowerCaseWithSpaces_IsRecognised()
    {
        var table = Read(" child , dob,Review , review code\n1001,01/02/2012,28/04/2025,PN1\n", "r.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal(Ssda903Table.Reviews, table!.Table);
        Assert.Equal("PN1", table.Value(0, "REVIEW_CODE"));
    }

    [Fact]
    public void ReadCsv_ValuesWithSurroundingSpaces_AreTrimmedAndBlanksAreEmpty()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\n  1001 ,\t01/02/2012, ,PN1  \n", "reviews.csv", out _);

        Assert.Equal(["1001", "01/02/2012", "", "PN1"], table!.Rows[0]);
    }

    [Fact]
    public void ReadCsv_QuotedFieldWithComma_KeepsTheComma()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\n\"10,01\",01/02/2012,28/04/2025,PN1\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("10,01", table!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadCsv_DoubledQuotesInAQuotedField_BecomeOneQuote()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\n\"A\"\"1\",01/02/2012,28/04/2025,PN1\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("A\"1", table!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadCsv_QuoteInsideAnUnquotedValue_IsAnOrdinaryCharacter()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\nA\"1,01/02/2012,28/04/2025,PN1\n2,01/02/2012,,\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("A\"1", table!.Value(0, "CHILD"));
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void ReadCsv_QuotedFieldWithLineBreak_KeepsItAndCountsTheLines()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\n\"10\n01\",01/02/2012,28/04/2025,PN1\n1002,15/06/2019,,\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("10\n01", table!.Value(0, "CHILD"));
        Assert.Equal([2, 4], table.Lines);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void ReadCsv_AnyLineEnd_ReadsTheSameRowsAndLines(string lineEnd)
    {
        var table = Read(ReviewsCsv.Replace("\n", lineEnd, StringComparison.Ordinal), "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal(["1002", "15/06/2019", "14/08/2025", "PN7"], table!.Rows[1]);
        Assert.Equal([2, 3], table.Lines);
    }

    [Fact]
    public void ReadCsv_BlankLines_AreSkippedButStillCounted()
    {
        var table = Read("\nCHILD,DOB,REVIEW,REVIEW_CODE\n\n   \n1001,01/02/2012,28/04/2025,PN1\r\n\r\n,,,\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Single(table!.Rows);
        Assert.Equal([5], table.Lines);
    }

    [Fact]
    public void ReadCsv_NoFinalLineBreak_ReadsTheLastRow()
    {
        var table = Read(ReviewsCsv.TrimEnd('\n'), "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal(2, table!.Rows.Count);
    }

    [Fact]
    public void ReadCsv_Utf8WithBom_IgnoresTheBom()
    {
        var table = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ReviewsCsv)], "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("CHILD", table!.Columns[0]);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void ReadCsv_Utf16WithBom_IsDecoded()
    {
        var table = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ReviewsCsv.Replace("1001", "Zoë1", StringComparison.Ordinal))], "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("Zoë1", table!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadCsv_BigEndianUtf16WithBom_IsDecoded()
    {
        var table = Read([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(ReviewsCsv)], "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("PN7", table!.Value(1, "REVIEW_CODE"));
    }

    [Fact]
    public void ReadCsv_Utf16WithoutBom_IsDecoded()
    {
        var table = Read(Encoding.Unicode.GetBytes(ReviewsCsv), "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal(2, table!.Rows.Count);
    }

    [Fact]
    public void ReadCsv_LineBreakOrQuotesAtTheEndOfABuffer_AreReadAsAnywhereElse()
    {
        // Rows of 37 characters ending in CRLF, with a quoted value holding a doubled quote. Text is read 64K
        // characters at a time: over 37 shifts every character of a row falls on the boundary once.
        for (var shift = 0; shift < 37; shift++)
        {
            var text = new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\r\n").Append('\n', shift);
            for (var i = 0; i < 2000; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\"{i:00000}\"\"\",01/02/2012,28/04/2025,PN1\r\n");
            }

            var table = Read(text.ToString(), "reviews.csv", out var problems);

            Assert.Empty(problems);
            Assert.Equal(2000, table!.Rows.Count);
            Assert.All(table.Rows, (row, i) => Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{i:00000}\""), row[0]));
            Assert.Equal(2001 + shift, table.Lines[^1]);
        }
    }

    [Fact]
    public void ReadCsv_Utf8Accent_IsDecodedAsUtf8()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\nZoë,01/02/2012,,\n", "reviews.csv", out _);

        Assert.Equal("Zoë", table!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadCsv_Windows1252Bytes_AreDecodedAsWindows1252()
    {
        // ë and a right single quote in Windows-1252: not valid UTF-8.
        byte[] bytes = [.. "CHILD,DOB,REVIEW,REVIEW_CODE\nZo"u8, 0xEB, 0x92, .. "s,01/02/2012,,\n"u8];

        var table = Read(bytes, "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Equal("Zoë’s", table!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadCsv_ExtraColumn_IsAProblemOnLine1AndKnownColumnsAreStillRead()
    {
        var table = Read("CHILD,DOB,NICKNAME,REVIEW,REVIEW_CODE\n1001,01/02/2012,Bob,28/04/2025,PN1\n", "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(("reviews.csv", 1, "NICKNAME"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("unexpected column", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(["1001", "01/02/2012", "28/04/2025", "PN1"], table!.Rows[0]);
    }

    [Fact]
    public void ReadCsv_MissingColumn_IsAProblemNamingTheColumn()
    {
        var table = Read("CHILD,DOB,REVIEW\n1001,01/02/2012,28/04/2025\n", "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(("reviews.csv", 1, "REVIEW_CODE"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("missing column", problem.Reason, StringComparison.Ordinal);
        Assert.Equal("", table!.Value(0, "REVIEW_CODE"));
    }

    [Fact]
    public void ReadCsv_DuplicateColumn_IsAProblemAndTheFirstIsRead()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE,CHILD\n1001,01/02/2012,28/04/2025,PN1,9999\n", "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal((1, "CHILD"), (problem.Line, problem.Column));
        Assert.Equal("1001", table!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadCsv_RowWithTooManyValues_IsAProblemWithItsLine()
    {
        Read("CHILD,DOB,REVIEW,REVIEW_CODE\n1001,01/02/2012,28/04/2025,PN1\n1002,15/06/2019,14/08/2025,PN7,extra\n", "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(("reviews.csv", 3), (problem.File, problem.Line));
        Assert.Equal("the row has 5 values but the header has 4 columns", problem.Reason);
    }

    [Fact]
    public void ReadCsv_RowWithTooFewValues_IsAProblemWithItsLine()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\n1001,01/02/2012\n", "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal("the row has 2 values but the header has 4 columns", problem.Reason);
        Assert.Equal(["1001", "01/02/2012", "", ""], table!.Rows[0]);
    }

    [Fact]
    public void ReadCsv_TrailingEmptyValues_AreNotAProblem()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE,,\n1001,01/02/2012,28/04/2025,PN1,,,,\n", "reviews.csv", out var problems);

        Assert.Empty(problems);
        Assert.Single(table!.Rows);
    }

    [Fact]
    public void ReadCsv_BinaryJunk_IsNotATextCsvFile()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xFF, 0xD8, 0x00, 0x0A, 0x2C];

        var table = Read(bytes, "episodes.csv", out var problems);

        Assert.Null(table);
        var problem = Assert.Single(problems);
        Assert.Equal(("episodes.csv", 1), (problem.File, problem.Line));
        Assert.StartsWith("not a text CSV file", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_ControlCharactersInTheFirstLine_IsNotATextCsvFile()
    {
        byte[] bytes = [0x1B, 0x45, 0x1F, 0x8B, 0x08, 0x2C, 0x43, 0x48, 0x49, 0x4C, 0x44, 0x0A];

        var table = Read(bytes, "header.csv", out var problems);

        Assert.Null(table);
        Assert.StartsWith("not a text CSV file", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_NulCharacterOnALaterLine_IsAProblemForThatLine()
    {
        var text = ReviewsCsv + new string('\n', 9000) + "1003,01/01/2015,\0,PN1\n";

        var table = Read(text, "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(9004, problem.Line);
        Assert.Equal(2, table!.Rows.Count);
    }

    [Fact]
    public void ReadCsv_UnclosedQuote_IsAProblemAndTheLinesAfterAreRead()
    {
        var table = Read("CHILD,DOB,REVIEW,REVIEW_CODE\n\"1001,01/02/2012,28/04/2025,PN1\n1002,15/06/2019,14/08/2025,PN7\n", "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal((2, "a quoted value is not closed"), (problem.Line, problem.Reason));
        Assert.Equal("1002", table!.Value(0, "CHILD"));
        Assert.Equal([3], table.Lines);
    }

    [Fact]
    public void ReadCsv_LineLongerThanAMillionCharacters_IsAProblemAndTheRestIsRead()
    {
        var text = "CHILD,DOB,REVIEW,REVIEW_CODE\n" + new string('x', 2_000_000) + "\n1002,15/06/2019,14/08/2025,PN7\n";

        var table = Read(text, "reviews.csv", out var problems);

        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Equal([3], table!.Lines);
    }

    [Fact]
    public void ReadCsv_EmptyFile_IsAProblem()
    {
        var table = Read("", "header.csv", out var problems);

        Assert.Null(table);
        Assert.Equal("the file is empty: no header row", Assert.Single(problems).Reason);
    }

    [Fact]
    public void ReadCsv_NoRecognisableHeader_IsAProblem()
    {
        var table = Read("name,age\nBob,12\n", "people.csv", out var problems);

        Assert.Null(table);
        var problem = Assert.Single(problems);
        Assert.Equal(("people.csv", 1), (problem.File, problem.Line));
        Assert.Equal("the first row is not the header row of any 903 table (it names none of their columns)", problem.Reason);
    }

    [Fact]
    public void ReadCsv_DataWithoutAHeaderRow_IsAProblem()
    {
        var table = Read("1001,01/02/2012,28/04/2025,PN1\n", "reviews.csv", out var problems);

        Assert.Null(table);
        Assert.Contains("Reviews", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_OnlySharedColumns_TableComesFromTheFileName()
    {
        var table = Read("CHILD,SEX,DOB\n1,M,01/01/2010\n", "UASC_2025.csv", out var problems);

        Assert.Equal(Ssda903Table.Uasc, table!.Table);
        Assert.Equal("DUC", Assert.Single(problems).Column);
    }

    [Fact]
    public void ReadCsv_DoLoWithOnlySharedColumns_TableComesFromTheFileName()
    {
        var table = Read("CHILD,DOB\n1,01/01/2010\n", "DoLo.csv", out var problems);

        Assert.Equal(Ssda903Table.DoLo, table!.Table);
        Assert.Equal(["DOLO_START", "DOLO_END"], problems.Select(p => p.Column));
    }

    [Fact]
    public void ReadCsv_RepeatedShortValues_ShareOneString()
    {
        var table = Read(EpisodesCsv, "episodes.csv", out _);

        Assert.Same(table!.Value(0, "LS"), table.Value(1, "LS"));
        Assert.Same(table.Value(0, "HOME_POST"), table.Value(1, "HOME_POST"));
    }

    [Fact]
    public void ReadCsv_UnreadableStream_IsAProblemNotAnException()
    {
        using var stream = new FailingStream();

        var table = Ssda903Reader.ReadCsv(stream, "header.csv", out var problems);

        Assert.Null(table);
        Assert.StartsWith("could not be read", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_AMillionLines_AreAllRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iro-903-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                writer.Write("CHILD,DOB,REVIEW,REVIEW_CODE\n");
                for (var i = 0; i < 999_999; i++)
                {
                    writer.Write(i);
                    writer.Write(",01/02/2012,28/04/2025,PN1\n");
                }
            }
            using var stream = File.OpenRead(path);

            var table = Ssda903Reader.ReadCsv(stream, "reviews.csv", out var problems);

            Assert.Empty(problems);
            Assert.Equal(999_999, table!.Rows.Count);
            Assert.Equal(1_000_000, table.Lines[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk gone");

        public override int Read(Span<byte> buffer) => throw new IOException("disk gone");
    }
}
