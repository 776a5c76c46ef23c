using System.Text;
using Iro.Core.Ssda903;

namespace Iro.Core.Tests.Ssda903.Reading;

/// <summary>Literal 903 files (fictional children) for the reading and writing tests.</summary>
internal static class CsvInput
{
    public const string HeaderCsv =
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" +
        "1001,M,01/02/2012,WBRI,A123456789012,,\n" +
        "1002,F,15/06/2019,BAFR,UN1,1,03/03/2025\n";

    public const string EpisodesCsv =
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n" +
        "1001,01/04/2025,S,C2,N1,U6,PR1,10/05/2025,X1,,AB1 2CD,EF3 4GH,SC123456\n" +
        "1001,10/05/2025,P,C2,N1,U4,PR1,,,CARPL,AB1 2CD,EF3 4GH,SC123456\n" +
        "1002,20/07/2025,S,V2,N4,K2,PR4,,,,XY9 8ZW,,SC654321\n";

    public const string ReviewsCsv =
        "CHILD,DOB,REVIEW,REVIEW_CODE\n" +
        "1001,01/02/2012,28/04/2025,PN1\n" +
        "1002,15/06/2019,14/08/2025,PN7\n";

    public const string Xml =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <EXPSSDA903>
          <CHILD>
            <HEADER>
              <CHILDID>1001</CHILDID>
              <UPN>A123456789012</UPN>
              <SEX>M</SEX>
              <DOB>01/02/2012</DOB>
              <ETHNIC>WBRI</ETHNIC>
              <UASC>1</UASC>
              <DUC>01/02/2030</DUC>
              <AREVIEW>
                <REVIEW>28/04/2025</REVIEW>
                <REVIEW_CODE>PN1</REVIEW_CODE>
              </AREVIEW>
              <AREVIEW>
                <REVIEW>20/10/2025</REVIEW>
                <REVIEW_CODE>PN2</REVIEW_CODE>
              </AREVIEW>
              <MOTHER></MOTHER>
              <MC_DOB/>
              <AMISSING>
                <MISSING>M</MISSING>
                <MIS_START>03/06/2025</MIS_START>
                <MIS_END>04/06/2025</MIS_END>
              </AMISSING>
            </HEADER>
            <EPISODE>
              <DECOM>01/04/2025</DECOM>
              <RNE>S</RNE>
              <LS>C2</LS>
              <CIN>N1</CIN>
              <PL>U6</PL>
              <PL_POST>EF3 4GH</PL_POST>
              <HOME_POST>AB1 2CD</HOME_POST>
              <URN>SC123456</URN>
              <PLACE_PROVIDER>PR1</PLACE_PROVIDER>
              <DEC>10/05/2025</DEC>
              <REC>X1</REC>
              <REASON_PLACE_CHANGE/>
            </EPISODE>
            <EPISODE>
              <DECOM>10/05/2025</DECOM>
              <RNE>P</RNE>
              <LS>C2</LS>
              <CIN>N1</CIN>
              <PL>U4</PL>
              <PLACE_PROVIDER>PR1</PLACE_PROVIDER>
              <REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE>
            </EPISODE>
          </CHILD>
          <CHILD>
            <HEADER>
              <CHILDID>1002</CHILDID>
              <UPN>UN1</UPN>
              <SEX>F</SEX>
              <DOB>15/06/2019</DOB>
              <ETHNIC>BAFR</ETHNIC>
              <OC2>
                <SDQ_SCORE>12</SDQ_SCORE>
                <CONVICTED>0</CONVICTED>
              </OC2>
            </HEADER>
            <EPISODE>
              <DECOM>20/07/2025</DECOM>
              <RNE>S</RNE>
              <LS>V2</LS>
              <CIN>N4</CIN>
              <PL>K2</PL>
            </EPISODE>
          </CHILD>
        </EXPSSDA903>
        """;

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static Ssda903TableData? Read(string text, string fileName, out IReadOnlyList<Ssda903InputProblem> problems)
    {
        using var stream = Utf8(text);
        return Ssda903Reader.ReadCsv(stream, fileName, out problems);
    }

    public static Ssda903TableData? Read(byte[] bytes, string fileName, out IReadOnlyList<Ssda903InputProblem> problems)
    {
        using var stream = new MemoryStream(bytes);
        return Ssda903Reader.ReadCsv(stream, fileName, out problems);
    }

    /// <summary>A folder under the temp directory, deleted when disposed.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iro-903-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
