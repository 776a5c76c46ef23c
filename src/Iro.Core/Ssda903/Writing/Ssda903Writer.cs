using System.Buffers;
using System.Text;

namespace Iro.Core.Ssda903;

/// <summary>Writes 903 tables as the DfE's CSV form: one file per table, columns in the DfE order with a header
/// row, values as stored, "\n" line ends, UTF-8 without a BOM. A value is quoted only if it must be.</summary>
public static class Ssda903Writer
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteCsv(Ssda903Return data, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var table in Enum.GetValues<Ssda903Table>())
        {
            if (data[table] is { } tableData)
            {
                using var stream = new FileStream(Path.Combine(folder, Ssda903Layout.FileName(table)), FileMode.Create, FileAccess.Write, FileShare.None, 1);
                WriteCsv(tableData, stream);
            }
        }
    }

    public static void WriteCsv(Ssda903TableData table, Stream stream)
    {
        var columns = Ssda903Layout.Columns(table.Table);
        var source = new int[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            source[i] = table.HasColumn(columns[i]) ? table.ColumnIndex(columns[i]) : -1;
        }
        using var writer = new StreamWriter(stream, Utf8NoBom, 64 * 1024, leaveOpen: true);
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            Write(writer, columns[i]);
        }
        writer.Write('\n');
        for (var row = 0; row < table.Count; row++)
        {
            for (var i = 0; i < source.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }
                if (source[i] >= 0)
                {
                    Write(writer, table[row, source[i]]);
                }
            }
            writer.Write('\n');
        }
    }

    private static void Write(StreamWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (!value.AsSpan().ContainsAny(NeedsQuotes))
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
