using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Iro.Core.Ssda903;

/// <summary>Reads one CSV file into a 903 table: identifies the table by its header row, keeps every value as
/// the text sent (trimmed), and reports what is wrong with the file instead of throwing. The per-row methods
/// here and in the record reader are compiled fully optimised at once: a one-shot CLI validation spends its
/// whole first second in them, too soon for tiered compilation to catch up.</summary>
internal sealed class CsvTableReader
{
    private StringCache[] _caches = [];
    private string?[] _values = [];
    private int _expectedRows;
    private readonly ProblemList _problems;
    private readonly string _fileName;
    private char[] _scratch = new char[256];

    private CsvTableReader(string fileName)
    {
        _fileName = fileName;
        _problems = new ProblemList(fileName);
    }

    public static Ssda903TableData? Read(Stream stream, string fileName, out IReadOnlyList<Ssda903InputProblem> problems)
    {
        var reader = new CsvTableReader(fileName);
        Ssda903TableData? table;
        try
        {
            reader._expectedRows = ExpectedRows(stream);
            using var source = new TextSource(stream);
            table = reader.Read(new CsvRecordReader(source));
        }
        catch (IOException e)
        {
            reader._problems.Add(0, null, null, $"could not be read: {e.Message}");
            table = null;
        }
        catch (UnauthorizedAccessException e)
        {
            reader._problems.Add(0, null, null, $"could not be read: {e.Message}");
            table = null;
        }
        problems = reader._problems.ToList();
        return table;
    }

    private Ssda903TableData? Read(CsvRecordReader records)
    {
        if (records.LooksBinary())
        {
            _problems.Add(1, null, null, "not a text CSV file (it holds binary data)");
            return null;
        }

        Ssda903TableData? table = null;
        int[] map = [];
        var headerCount = 0;
        while (records.TryRead(out var record))
        {
            var line = records.Line;
            if (records.Status == CsvRecordStatus.TooLong)
            {
                _problems.Add(line, null, null, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {CsvRecordReader.MaxRecordChars:N0} characters"));
                continue;
            }
            if (records.Status == CsvRecordStatus.UnclosedQuote)
            {
                _problems.Add(line, null, null, "a quoted value is not closed");
                continue;
            }
            if (record.IsWhiteSpace())
            {
                continue;
            }
            if (record.Contains('\0'))
            {
                _problems.Add(line, null, null, "not a text CSV file (the line holds a NUL character)");
                continue;
            }
            if (table is null)
            {
                if (HasControlCharacters(record))
                {
                    _problems.Add(line, null, null, "not a text CSV file (the first line holds control characters)");
                    return null;
                }
                table = ReadHeader(record, line, out map, out headerCount);
                if (table is null)
                {
                    return null;
                }
                continue;
            }
            ReadRow(table, record, line, map, headerCount);
        }

        if (table is null)
        {
            _problems.Add(0, null, null, "the file is empty: no header row");
        }
        return table;
    }

    private Ssda903TableData? ReadHeader(ReadOnlySpan<char> record, int line, out int[] map, out int headerCount)
    {
        var names = new List<string>();
        var pos = 0;
        var last = false;
        while (!last)
        {
            names.Add(Ssda903TableRecognition.NormaliseColumn(NextField(record, ref pos, out last)));
        }
        headerCount = names.Count;
        map = new int[names.Count];

        var byName = Ssda903TableRecognition.ByFileName(_fileName);
        var kind = Ssda903TableRecognition.ByColumns(names, byName) ?? byName;
        var columns = kind is { } k ? Ssda903Layout.Columns(k) : [];
        if (kind is null || !names.Any(columns.Contains))
        {
            // The row itself is not quoted back: without a header it is probably a child's data.
            _problems.Add(line, null, null, kind is null
                ? "the first row is not the header row of any 903 table (it names none of their columns)"
                : $"the first row is not the {kind} table's header row (expected {string.Join(", ", columns)})");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var index = IndexOf(columns, name);
            map[i] = -1;
            if (name.Length == 0)
            {
                continue;
            }
            if (!seen.Add(name))
            {
                _problems.Add(line, name, null, "duplicate column; only the first is read");
            }
            else if (index < 0)
            {
                _problems.Add(line, name, null, $"unexpected column in the {kind} table");
            }
            else
            {
                map[i] = index;
            }
        }
        foreach (var column in columns)
        {
            if (!seen.Contains(column))
            {
                _problems.Add(line, column, null, $"missing column in the {kind} table");
            }
        }
        _caches = [.. columns.Select(_ => new StringCache())];
        _values = new string?[columns.Count];
        return new Ssda903TableData(kind.Value, _fileName, columns, _expectedRows);
    }

    /// <summary>How many rows a file of one record per line holds: its line breaks, less the header, plus a last
    /// line without one. Counted on the bytes (a second read of a file the system has just cached) so that the
    /// table's columns are made the right length once, not grown and then cut to size. A guess for any other
    /// stream, or a file with blank lines or quoted line breaks: the table grows or is trimmed as needed.</summary>
    private static int ExpectedRows(Stream stream)
    {
        if (stream is not FileStream { CanSeek: true } file || file.Length - file.Position > int.MaxValue)
        {
            return 0;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long offset = file.Position, breaks = 0;
            var last = (byte)0;
            int n;
            while ((n = RandomAccess.Read(file.SafeFileHandle, buffer, offset)) > 0)
            {
                breaks += buffer.AsSpan(0, n).Count((byte)'\n');
                last = buffer[n - 1];
                offset += n;
            }
            return (int)Math.Max(0, breaks - 1 + (last is (byte)'\n' or 0 ? 0 : 1));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HasControlCharacters(ReadOnlySpan<char> record)
    {
        foreach (var c in record)
        {
            if ((c < ' ' && c != '\t') || c == '\uFFFD')
            {
                return true;
            }
        }
        return false;
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRow(Ssda903TableData table, ReadOnlySpan<char> record, int line, int[] map, int headerCount)
    {
        var values = _values;
        Array.Clear(values);
        var count = 0;
        var pos = 0;
        var last = false;
        var anyValue = false;
        var extraValue = false;
        while (!last)
        {
            var value = NextField(record, ref pos, out last);
            if (count < map.Length)
            {
                var target = map[count];
                if (target >= 0)
                {
                    values[target] = _caches[target].Get(value);
                }
                anyValue |= !value.IsEmpty;
            }
            else if (!value.IsEmpty)
            {
                extraValue = true;
            }
            count++;
        }
        if (!anyValue && !extraValue)
        {
            // A row of nothing but commas, as spreadsheets leave below the data.
            return;
        }
        if (count < headerCount || extraValue)
        {
            _problems.Add(line, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the row has {count} values but the header has {headerCount} columns"));
        }
        table.Add(values, line);
    }

    /// <summary>The next field from <paramref name="pos"/>: unquoted ("" → " inside quotes) and trimmed. After a
    /// closing quote, anything before the next comma is kept, as pandas does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> NextField(ReadOnlySpan<char> record, ref int pos, out bool last)
    {
        var i = pos;
        while (i < record.Length && (record[i] == ' ' || record[i] == '\t'))
        {
            i++;
        }
        if (i < record.Length && record[i] == '"')
        {
            var n = 0;
            i++;
            while (true)
            {
                var quote = record[i..].IndexOf('"');
                if (quote < 0)
                {
                    Append(record[i..], ref n);
                    i = record.Length;
                    break;
                }
                Append(record.Slice(i, quote), ref n);
                i += quote + 1;
                if (i < record.Length && record[i] == '"')
                {
                    Append("\"", ref n);
                    i++;
                    continue;
                }
                break;
            }
            var commaAfter = record[i..].IndexOf(',');
            Append(commaAfter < 0 ? record[i..] : record.Slice(i, commaAfter), ref n);
            last = commaAfter < 0;
            pos = last ? record.Length : i + commaAfter + 1;
            return _scratch.AsSpan(0, n).Trim();
        }

        var comma = record[i..].IndexOf(',');
        last = comma < 0;
        pos = last ? record.Length : i + comma + 1;
        return (last ? record[i..] : record.Slice(i, comma)).Trim();
    }

    private void Append(ReadOnlySpan<char> text, ref int n)
    {
        if (n + text.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, n + text.Length));
        }
        text.CopyTo(_scratch.AsSpan(n));
        n += text.Length;
    }
}
