using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Iro.Core.Data;

/// <summary>Writes rows in PostgreSQL's binary COPY format (PostgreSQL 15 documentation, COPY, "Binary Format"):
/// a signature, then per row a field count and each field as a length and its bytes, big-endian. Encoding the
/// rows is most of a COPY's client work; done here, into a buffer, it can run on another thread while the
/// connection is busy with the table before (<see cref="BulkInsert"/>). Only the column types Iro's bulk-inserted
/// tables use are encoded; <see cref="CanEncode"/> says whether a column's type is one of them.</summary>
internal static class PostgresBinaryCopy
{
    /// <summary>"PGCOPY\n\377\r\n\0": written as bytes, since 0xFF in a UTF-8 literal would become two.</summary>
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly int PostgresEpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long PostgresEpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>The store types encoded, by their base name, with the CLR provider type each takes.</summary>
    private static readonly Dictionary<string, Type> Encodable = new(StringComparer.Ordinal)
    {
        ["uuid"] = typeof(Guid),
        ["date"] = typeof(DateOnly),
        ["text"] = typeof(string),
        ["character varying"] = typeof(string),
        ["integer"] = typeof(int),
        ["bigint"] = typeof(long),
        ["boolean"] = typeof(bool),
        ["timestamp with time zone"] = typeof(DateTime),
    };

    public static bool CanEncode(string storeTypeNameBase, Type providerType) =>
        Encodable.TryGetValue(storeTypeNameBase, out var type) && type == providerType;

    /// <summary>The whole COPY payload for <paramref name="rows"/>: each row's provider values in column order.</summary>
    public static ReadOnlyMemory<byte> Encode(int columnCount, IEnumerable<object> rows, Func<object, int, object?> value)
    {
        var output = new ArrayBufferWriter<byte>(1 << 16);
        Write(output, Signature);
        WriteInt32(output, 0); // flags
        WriteInt32(output, 0); // header extension length
        foreach (var row in rows)
        {
            WriteInt16(output, (short)columnCount);
            for (var c = 0; c < columnCount; c++)
            {
                WriteField(output, value(row, c));
            }
        }
        WriteInt16(output, -1);
        return output.WrittenMemory;
    }

    private static void WriteField(ArrayBufferWriter<byte> output, object? value)
    {
        switch (value)
        {
            case null:
                WriteInt32(output, -1);
                break;
            case string text:
                var length = Encoding.UTF8.GetByteCount(text);
                WriteInt32(output, length);
                Encoding.UTF8.GetBytes(text, output.GetSpan(length));
                output.Advance(length);
                break;
            case Guid guid:
                WriteInt32(output, 16);
                // PostgreSQL keeps a uuid as its 16 bytes in RFC 9562 order, which is .NET's big-endian form.
                guid.TryWriteBytes(output.GetSpan(16), bigEndian: true, out _);
                output.Advance(16);
                break;
            case DateOnly date:
                WriteInt32(output, 4);
                WriteInt32(output, date.DayNumber - PostgresEpochDay);
                break;
            case int number:
                WriteInt32(output, 4);
                WriteInt32(output, number);
                break;
            case long number:
                WriteInt32(output, 8);
                WriteInt64(output, number);
                break;
            case bool flag:
                WriteInt32(output, 1);
                Write(output, [flag ? (byte)1 : (byte)0]);
                break;
            case DateTime instant:
                if (instant.Kind != DateTimeKind.Utc)
                {
                    throw new InvalidOperationException("A timestamp with time zone must be written from a UTC DateTime.");
                }
                WriteInt32(output, 8);
                WriteInt64(output, (instant.Ticks - PostgresEpochTicks) / TimeSpan.TicksPerMicrosecond);
                break;
            default:
                throw new InvalidOperationException($"Binary COPY does not encode a {value.GetType().Name}.");
        }
    }

    private static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }

    private static void WriteInt16(ArrayBufferWriter<byte> output, short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(output.GetSpan(2), value);
        output.Advance(2);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> output, int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> output, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(output.GetSpan(8), value);
        output.Advance(8);
    }
}
