using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iro.Core.Ssda903;

/// <summary>Reuses the strings of short values: a 903 extract repeats a few hundred codes and dates millions of
/// times, so one string each saves most of the allocations of reading it. A value of up to 11 characters is
/// read as three 64-bit keys (four characters each) and found by comparing keys and length alone, so a hit
/// never reads the cached string itself: at national scale the strings are scattered over
/// hundreds of megabytes, and reading them was a cache miss per value. One cache per column keeps each small and
/// its values from evicting another column's. Not thread-safe: one per reader.</summary>
internal sealed class StringCache
{
    private const int MaxLength = 11;

    /// <summary>2,048 slots a column: room for a year's dates (a few thousand distinct, the most of any cached
    /// column), while all of a file's caches stay small enough to keep in the processor's caches. 16,384 read a
    /// national extract ~100 ms slower.</summary>
    private const int Bits = 11;
    private readonly Slot[] _slots = new Slot[1 << Bits];

    private struct Slot
    {
        public ulong A;
        public ulong B;
        public ulong C;
        public int Length;
        public string? Value;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "";
        }
        if (value.Length > MaxLength)
        {
            return new string(value);
        }
        // Keys read straight from the value: the first four characters, the next four (or, up to eight
        // characters, the last four), and the last four. Overlapping reads cover every character, so with the
        // length they tell any two values of up to 11 characters apart.
        var bytes = MemoryMarshal.AsBytes(value);
        ulong a, b, c;
        if (value.Length >= 4)
        {
            a = MemoryMarshal.Read<ulong>(bytes);
            b = MemoryMarshal.Read<ulong>(bytes[(value.Length > 8 ? 8 : bytes.Length - 8)..]);
            c = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            a = value[0] | (value.Length > 1 ? (ulong)value[1] << 16 : 0) | (value.Length > 2 ? (ulong)value[2] << 32 : 0);
            b = 0;
            c = 0;
        }
        var hash = (a * 0x9E3779B97F4A7C15UL) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ ((c + (ulong)value.Length) * 0x165667B19E3779F9UL);
        ref var slot = ref _slots[(int)(hash >> (64 - Bits))];
        if (slot.Value is { } cached && slot.A == a && slot.B == b && slot.C == c && slot.Length == value.Length)
        {
            return cached;
        }
        var made = new string(value);
        slot = new Slot { A = a, B = b, C = c, Length = value.Length, Value = made };
        return made;
    }
}
