using System.Buffers;
using System.Runtime.CompilerServices;

namespace Iro.Core.Ssda903;

internal enum CsvRecordStatus
{
    Ok,
    UnclosedQuote,
    TooLong,
}

/// <summary>Splits decoded text into CSV records (RFC 4180: a line break inside a quoted value belongs to the
/// value), over one growing character buffer so that a file is never held whole. A quote opens a quoted value
/// only at the start of a field; elsewhere it is an ordinary character, as in Python's csv module and pandas.</summary>
internal sealed class CsvRecordReader
{
    /// <summary>No 903 record comes near this; past it a quote was almost certainly never closed.</summary>
    public const int MaxRecordChars = 1 << 20;

    private static readonly SearchValues<char> QuoteOrBreak = SearchValues.Create("\"\r\n");

    private readonly TextSource _source;
    private char[] _buffer = new char[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private int _nextLine = 1;

    public CsvRecordReader(TextSource source) => _source = source;

    /// <summary>The 1-based line on which the record last read starts.</summary>
    public int Line { get; private set; }

    public CsvRecordStatus Status { get; private set; }

    /// <summary>True if the first few thousand characters hold a NUL: a binary file, not text.</summary>
    public bool LooksBinary()
    {
        if (_end == 0 && !_eof)
        {
            Fill();
        }
        return _buffer.AsSpan(0, Math.Min(_end, 8192)).Contains('\0');
    }

    /// <summary>Reads the next record (without its line break); the span is valid until the next call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(out ReadOnlySpan<char> record)
    {
        Line = _nextLine;
        Status = CsvRecordStatus.Ok;
        var scan = _start;
        var inQuotes = false;
        var ignoreQuotes = false;
        var skipping = false;
        var breaks = 0;
        while (true)
        {
            if (!skipping && scan - _start > MaxRecordChars)
            {
                if (inQuotes)
                {
                    // Read the record again as if it had no quotes: it ends at its first line break.
                    ignoreQuotes = true;
                    inQuotes = false;
                    scan = _start;
                    breaks = 0;
                    Status = CsvRecordStatus.UnclosedQuote;
                    continue;
                }
                skipping = true;
                Status = CsvRecordStatus.TooLong;
            }
            if (skipping)
            {
                _start = scan;
            }

            var span = _buffer.AsSpan(scan, _end - scan);
            var found = ignoreQuotes || skipping ? span.IndexOfAny('\r', '\n') : span.IndexOfAny(QuoteOrBreak);
            if (found < 0)
            {
                scan = _end;
                if (_eof && inQuotes)
                {
                    // Never closed: the record ends at its first line break, so the lines after it are still read.
                    ignoreQuotes = true;
                    inQuotes = false;
                    scan = _start;
                    breaks = 0;
                    Status = CsvRecordStatus.UnclosedQuote;
                    continue;
                }
                if (_eof)
                {
                    if (_start == _end && !skipping)
                    {
                        record = default;
                        return false;
                    }
                    record = skipping ? default : _buffer.AsSpan(_start, _end - _start);
                    _start = _end;
                    _nextLine += breaks + 1;
                    return true;
                }
                scan -= Fill();
                continue;
            }

            var at = scan + found;
            var c = _buffer[at];
            if (at + 1 == _end && !_eof && c != '\n')
            {
                // A quote or CR at the end of the buffer: what follows decides what it means.
                scan = at - Fill();
                continue;
            }
            if (c == '"')
            {
                if (inQuotes)
                {
                    if (at + 1 < _end && _buffer[at + 1] == '"')
                    {
                        scan = at + 2;
                        continue;
                    }
                    inQuotes = false;
                }
                else
                {
                    inQuotes = AtFieldStart(at);
                }
                scan = at + 1;
                continue;
            }

            var after = c == '\r' && at + 1 < _end && _buffer[at + 1] == '\n' ? at + 2 : at + 1;
            if (inQuotes)
            {
                breaks++;
                scan = after;
                continue;
            }
            record = skipping ? default : _buffer.AsSpan(_start, at - _start);
            _start = after;
            _nextLine += breaks + 1;
            return true;
        }
    }

    private bool AtFieldStart(int quote)
    {
        var i = quote - 1;
        while (i >= _start && (_buffer[i] == ' ' || _buffer[i] == '\t'))
        {
            i--;
        }
        return i < _start || _buffer[i] == ',';
    }

    /// <summary>Moves the unread text to the front, grows the buffer if needed, reads more; returns how far the
    /// text moved.</summary>
    private int Fill()
    {
        var shift = _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_buffer.Length - _end < 4096)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var n = _source.Read(_buffer.AsSpan(_end));
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
        return shift;
    }
}
