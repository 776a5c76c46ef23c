using System.Text;
using System.Xml;

namespace Iro.Core.Ssda903;

/// <summary>Reads the XML form of the return (ssda903.md §3.3): root EXPSSDA903, one CHILD per child holding a
/// HEADER (with nested AREVIEW, AMISSING, OC2, PERMANENCE and AD_PLACED) and EPISODE siblings, into the same
/// tables as the CSV form. Streams with <see cref="XmlReader"/>; DTDs are refused.</summary>
internal sealed class XmlReturnReader
{
    private static readonly string[] HeaderFields =
    [
        "CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "MOTHER", "MC_DOB", "DUC", "IN_TOUCH", "ACTIV", "ACCOM",
        "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR",
    ];

    private readonly StringCache _cache = new();
    private readonly ProblemList _problems;
    private readonly Ssda903Return _return;

    private XmlReturnReader(string fileName, CollectionYear year)
    {
        _problems = new ProblemList(fileName);
        _return = new Ssda903Return(year);
        foreach (var table in Enum.GetValues<Ssda903Table>())
        {
            _return.Tables[table] = new Ssda903TableData(table, fileName, Ssda903Layout.Columns(table));
        }
    }

    public static Ssda903ReadResult Read(Stream stream, string fileName, CollectionYear year)
    {
        var reader = new XmlReturnReader(fileName, year);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };
        XmlReader? xml = null;
        try
        {
            xml = XmlReader.Create(stream, settings);
            reader.ReadRoot(xml);
        }
        catch (XmlException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : xml is null ? 0 : LineOf(xml);
            reader._problems.Add(line, null, null, $"not well-formed XML: {e.Message}");
        }
        catch (IOException e)
        {
            reader._problems.Add(0, null, null, $"could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            reader._problems.Add(0, null, null, $"could not be read: {e.Message}");
        }
        finally
        {
            xml?.Dispose();
        }
        return new Ssda903ReadResult(reader.Tidy(), reader._problems.ToList());
    }

    /// <summary>Header, Episodes and Reviews are always present; the other tables only if the file had rows.</summary>
    private Ssda903Return Tidy()
    {
        foreach (var (table, data) in _return.Tables.ToList())
        {
            if (data.Count == 0 && table is not (Ssda903Table.Header or Ssda903Table.Episodes or Ssda903Table.Reviews))
            {
                _return.Tables.Remove(table);
            }
        }
        return _return;
    }

    private static int LineOf(XmlReader xml) => xml is IXmlLineInfo info ? info.LineNumber : 0;

    private void ReadRoot(XmlReader xml)
    {
        if (xml.MoveToContent() != XmlNodeType.Element)
        {
            _problems.Add(LineOf(xml), null, null, "the file has no root element");
            return;
        }
        if (xml.LocalName != "EXPSSDA903")
        {
            _problems.Add(LineOf(xml), null, xml.LocalName, "the root element is not EXPSSDA903");
            return;
        }
        ForEachChildElement(xml, () =>
        {
            if (xml.LocalName == "CHILD")
            {
                ReadChild(xml);
            }
            else
            {
                Unexpected(xml, "EXPSSDA903");
            }
        });
    }

    private void ReadChild(XmlReader xml)
    {
        var childLine = LineOf(xml);
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var headerLine = 0;
        var rows = new List<(Ssda903Table Table, string[] Values, int Line)>();
        ForEachChildElement(xml, () =>
        {
            switch (xml.LocalName)
            {
                case "HEADER":
                    if (headerLine != 0)
                    {
                        _problems.Add(LineOf(xml), "HEADER", null, "a second HEADER in one CHILD; only the first is read");
                        xml.Skip();
                        return;
                    }
                    headerLine = LineOf(xml);
                    ReadHeader(xml, header, rows);
                    break;
                case "EPISODE":
                    rows.Add(ReadRecord(xml, Ssda903Table.Episodes));
                    break;
                default:
                    Unexpected(xml, "CHILD");
                    break;
            }
        });

        if (headerLine == 0)
        {
            _problems.Add(childLine, "HEADER", null, "the CHILD has no HEADER");
        }
        var child = header.GetValueOrDefault("CHILDID", "");
        var dob = header.GetValueOrDefault("DOB", "");
        var sex = header.GetValueOrDefault("SEX", "");
        if (headerLine != 0)
        {
            Add(Ssda903Table.Header, headerLine, header, ("CHILD", child));
            if (header.GetValueOrDefault("DUC", "").Length > 0)
            {
                Add(Ssda903Table.Uasc, headerLine, header, ("CHILD", child));
            }
            if (header.ContainsKey("IN_TOUCH") || header.ContainsKey("ACTIV") || header.ContainsKey("ACCOM"))
            {
                Add(Ssda903Table.Oc3, headerLine, header, ("CHILD", child));
            }
            if (header.ContainsKey("DATE_INT") || header.ContainsKey("DATE_MATCH") || header.ContainsKey("FOSTER_CARE")
                || header.ContainsKey("NB_ADOPTR") || header.ContainsKey("SEX_ADOPTR") || header.ContainsKey("LS_ADOPTR"))
            {
                Add(Ssda903Table.Ad1, headerLine, header, ("CHILD", child));
            }
        }
        foreach (var (table, values, line) in rows)
        {
            var columns = Ssda903Layout.Columns(table);
            for (var i = 0; i < columns.Count; i++)
            {
                values[i] = columns[i] switch
                {
                    "CHILD" => child,
                    "DOB" => dob,
                    "SEX" => sex,
                    _ => values[i] ?? "",
                };
            }
            _return.Tables[table].Add(values, line);
        }
    }

    private void Add(Ssda903Table table, int line, Dictionary<string, string> fields, (string Column, string Value) extra)
    {
        var columns = Ssda903Layout.Columns(table);
        var values = new string[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            values[i] = columns[i] == extra.Column ? extra.Value : fields.GetValueOrDefault(columns[i], "");
        }
        _return.Tables[table].Add(values, line);
    }

    private void ReadHeader(XmlReader xml, Dictionary<string, string> header, List<(Ssda903Table, string[], int)> rows)
    {
        ForEachChildElement(xml, () =>
        {
            var name = xml.LocalName;
            Ssda903Table? nested = name switch
            {
                "AREVIEW" => Ssda903Table.Reviews,
                "AMISSING" => Ssda903Table.Missing,
                "OC2" => Ssda903Table.Oc2,
                "PERMANENCE" => Ssda903Table.PreviousPermanence,
                "AD_PLACED" => Ssda903Table.PlacedForAdoption,
                _ => null,
            };
            if (nested is { } table)
            {
                rows.Add(ReadRecord(xml, table));
            }
            else if (HeaderFields.Contains(name))
            {
                var line = LineOf(xml);
                if (!header.TryAdd(name, ReadLeaf(xml)))
                {
                    _problems.Add(line, name, null, "repeated in one HEADER; only the first is read");
                }
            }
            else
            {
                Unexpected(xml, "HEADER");
            }
        });
    }

    /// <summary>A record element whose children are the table's fields (EPISODE's PL is PLACE).</summary>
    private (Ssda903Table, string[], int) ReadRecord(XmlReader xml, Ssda903Table table)
    {
        var line = LineOf(xml);
        var parent = xml.LocalName;
        var columns = Ssda903Layout.Columns(table);
        var values = new string[columns.Count];
        ForEachChildElement(xml, () =>
        {
            var name = xml.LocalName;
            var column = table == Ssda903Table.Episodes && name == "PL" ? "PLACE" : name;
            var index = -1;
            for (var i = 0; i < columns.Count; i++)
            {
                if (columns[i] == column && column is not ("CHILD" or "DOB" or "SEX"))
                {
                    index = i;
                }
            }
            if (index < 0)
            {
                Unexpected(xml, parent);
                return;
            }
            var fieldLine = LineOf(xml);
            var value = ReadLeaf(xml);
            if (values[index] is not null)
            {
                _problems.Add(fieldLine, name, null, $"repeated in one {parent}; only the first is read");
                return;
            }
            values[index] = value;
        });
        return (table, values, line);
    }

    /// <summary>The text of a field element; an element nested in it is a problem, not a reason to stop.</summary>
    private string ReadLeaf(XmlReader xml)
    {
        var name = xml.LocalName;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        string? text = null;
        StringBuilder? more = null;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (text is null)
                    {
                        text = xml.Value;
                    }
                    else
                    {
                        (more ??= new StringBuilder(text)).Append(xml.Value);
                    }
                    xml.Read();
                    break;
                case XmlNodeType.Element:
                    Unexpected(xml, name);
                    break;
                default:
                    xml.Read();
                    break;
            }
        }
        xml.Read();
        var value = more?.ToString() ?? text ?? "";
        return _cache.Get(value.AsSpan().Trim());
    }

    private void Unexpected(XmlReader xml, string parent)
    {
        _problems.Add(LineOf(xml), xml.LocalName, null, $"unexpected element in {parent}");
        xml.Skip();
    }

    /// <summary>Calls <paramref name="onElement"/> on each child element of the current element; it must consume
    /// the element (read or skip it). Leaves the reader after the current element's end.</summary>
    private static void ForEachChildElement(XmlReader xml, Action onElement)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                onElement();
            }
            else
            {
                xml.Read();
            }
        }
        xml.Read();
    }
}
