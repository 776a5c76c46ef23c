using System.Runtime.CompilerServices;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Iro.Core.Ssda903;

/// <summary>Decodes a byte stream to characters without loading it whole: UTF-8 (with or without BOM) or UTF-16
/// (by BOM, or by the zero bytes of plain ASCII text without one). Exports from older case systems are often
/// Windows-1252: from the first byte that is not valid UTF-8 the rest is decoded as Windows-1252 rather than
/// failing or replacing characters.</summary>
internal sealed class TextSource : IDisposable
{
    private readonly Stream _stream;
    private byte[] _bytes;
    private int _start;
    private int _end;
    private bool _eof;
    private Decoder? _decoder;

    public TextSource(Stream stream)
    {
        _stream = stream;
        _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
        FillBytes();
        while (_end < 4 && !_eof)
        {
            FillBytes();
        }
        DetectEncoding();
    }

    /// <summary>True once the text switched to Windows-1252 because it was not valid UTF-8.</summary>
    public bool FellBackToWindows1252 { get; private set; }

    private void DetectEncoding()
    {
        var head = _bytes.AsSpan(_start, _end - _start);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start += 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _start += 2;
            _decoder = Encoding.Unicode.GetDecoder();
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _start += 2;
            _decoder = Encoding.BigEndianUnicode.GetDecoder();
        }
        else if (head.Length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0)
        {
            _decoder = Encoding.Unicode.GetDecoder();
        }
        else if (head.Length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0)
        {
            _decoder = Encoding.BigEndianUnicode.GetDecoder();
        }
    }

    /// <summary>Fills <paramref name="destination"/> (at least 4 characters) with the next characters; 0 at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Read(Span<char> destination)
    {
        while (true)
        {
            if (_start == _end && !_eof)
            {
                FillBytes();
            }
            var source = _bytes.AsSpan(_start, _end - _start);
            if (_decoder is not null)
            {
                _decoder.Convert(source, destination, _eof, out var used, out var written, out _);
                _start += used;
                if (written > 0)
                {
                    return written;
                }
                if (_eof && _start == _end)
                {
                    return 0;
                }
                FillBytes();
                continue;
            }

            var status = Utf8.ToUtf16(source, destination, out var read, out var charsWritten, replaceInvalidSequences: false, isFinalBlock: _eof);
            _start += read;
            if (charsWritten > 0)
            {
                return charsWritten;
            }
            switch (status)
            {
                case OperationStatus.Done when _eof:
                    return 0;
                case OperationStatus.InvalidData:
                    _decoder = Windows1252().GetDecoder();
                    FellBackToWindows1252 = true;
                    break;
                default:
                    FillBytes();
                    break;
            }
        }
    }

    private void FillBytes()
    {
        if (_eof)
        {
            return;
        }
        if (_start > 0)
        {
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var n = _stream.Read(_bytes, _end, _bytes.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
    }

    private static Encoding Windows1252() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }
}
