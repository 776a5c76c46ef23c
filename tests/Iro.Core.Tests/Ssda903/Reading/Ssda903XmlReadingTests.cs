using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Reading.CsvInput;

namespace Iro.Core.Tests.Ssda903.Reading;

public class Ssda903XmlReadingTests
{
    private static readonly CollectionYear Year = new(2025);

    private static Ssda903ReadResult ReadXml(string xml)
    {
        using var stream = Utf8(xml);
        return Ssda903Reader.ReadXml(stream, "return.xml", Year);
    }

    [Fact]
    public void ReadXml_Sample_HeaderRowsComeFromHeaderElements()
    {
        var result = ReadXml(Xml);

        Assert.Empty(result.Problems);
        var header = result.Return[Ssda903Table.Header]!;
        Assert.Equal(["1001", "M", "01/02/2012", "WBRI", "A123456789012", "", ""], header.Rows[0]);
        Assert.Equal(["1002", "F", "15/06/2019", "BAFR", "UN1", "", ""], header.Rows[1]);
        Assert.Equal([4, 53], header.Lines);
    }

    [Fact]
    public void ReadXml_Sample_EpisodesTakeTheChildAndPlMapsToPlace()
    {
        var episodes = ReadXml(Xml).Return[Ssda903Table.Episodes]!;

        Assert.Equal(["1001", "01/04/2025", "S", "C2", "N1", "U6", "PR1", "10/05/2025", "X1", "", "AB1 2CD", "EF3 4GH", "SC123456"], episodes.Rows[0]);
        Assert.Equal("U4", episodes.Value(1, "PLACE"));
        Assert.Equal(("1002", "K2"), (episodes.Value(2, "CHILD"), episodes.Value(2, "PLACE")));
        Assert.Equal([28, 42, 64], episodes.Lines);
    }

    [Fact]
    public void ReadXml_Sample_ReviewsTakeTheChildAndDob()
    {
        var reviews = ReadXml(Xml).Return[Ssda903Table.Reviews]!;

        Assert.Equal(["1001", "01/02/2012", "28/04/2025", "PN1"], reviews.Rows[0]);
        Assert.Equal(["1001", "01/02/2012", "20/10/2025", "PN2"], reviews.Rows[1]);
    }

    [Fact]
    public void ReadXml_Sample_NestedTablesAreFilled()
    {
        var data = ReadXml(Xml).Return;

        Assert.Equal(["1001", "01/02/2012", "M", "03/06/2025", "04/06/2025"], data[Ssda903Table.Missing]!.Rows[0]);
        Assert.Equal(["1001", "M", "01/02/2012", "01/02/2030"], data[Ssda903Table.Uasc]!.Rows[0]);
        var oc2 = data[Ssda903Table.Oc2]!;
        Assert.Equal(("1002", "15/06/2019", "12", "0", ""), (oc2.Value(0, "CHILD"), oc2.Value(0, "DOB"), oc2.Value(0, "SDQ_SCORE"), oc2.Value(0, "CONVICTED"), oc2.Value(0, "SDQ_REASON")));
        Assert.Null(data[Ssda903Table.Ad1]);
    }

    [Fact]
    public void ReadXml_Malformed_IsAProblemWithTheLine()
    {
        var result = ReadXml("<EXPSSDA903>\n<CHILD>\n<HEADER>\n<CHILDID>1</CHILD>\n</EXPSSDA903>");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("return.xml", 4), (problem.File, problem.Line));
        Assert.StartsWith("not well-formed XML", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadXml_Dtd_IsRefused()
    {
        var result = ReadXml("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<EXPSSDA903>&e;</EXPSSDA903>");

        Assert.Contains("DTD", Assert.Single(result.Problems).Reason, StringComparison.Ordinal);
        Assert.Empty(result.Return[Ssda903Table.Header]!.Rows);
    }

    [Fact]
    public void ReadXml_WrongRoot_IsAProblem()
    {
        var result = ReadXml("<CHILDREN><CHILD/></CHILDREN>");

        Assert.Equal("the root element is not EXPSSDA903", Assert.Single(result.Problems).Reason);
    }

    [Fact]
    public void ReadXml_UnexpectedElement_IsAProblemNamingIt()
    {
        var result = ReadXml("<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>1</CHILDID>\n<NICKNAME>Bob</NICKNAME></HEADER>\n</CHILD>\n</EXPSSDA903>");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((4, "NICKNAME"), (problem.Line, problem.Column));
        Assert.Equal("1", result.Return[Ssda903Table.Header]!.Value(0, "CHILD"));
    }

    [Fact]
    public void ReadXml_ElementInsideAField_IsAProblemAndReadingGoesOn()
    {
        var result = ReadXml("<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>1<B>x</B></CHILDID>\n<SEX>M</SEX></HEADER>\n</CHILD>\n</EXPSSDA903>");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((3, "B"), (problem.Line, problem.Column));
        Assert.Equal(["1", "M"], result.Return[Ssda903Table.Header]!.Rows[0][..2]);
    }

    [Fact]
    public void ReadXml_ChildWithoutHeader_IsAProblem()
    {
        var result = ReadXml("<EXPSSDA903>\n<CHILD>\n<EPISODE><DECOM>01/04/2025</DECOM></EPISODE>\n</CHILD>\n</EXPSSDA903>");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "HEADER"), (problem.Line, problem.Column));
    }

    [Fact]
    public void ReadXml_NotXmlAtAll_IsAProblem()
    {
        var result = ReadXml("CHILD,DOB\n1,01/01/2010\n");

        Assert.Single(result.Problems);
    }
}
