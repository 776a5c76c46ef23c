using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iro.Core.Ssda903;

/// <summary>Reuses the strings of short values: a 903 extract repeats a few hundred codes and dates millions of
/// times, so one string each saves most of the allocations of reading it. A value of up to 11 characters is
/// packed into three 64-bit keys (four characters each, the length in the last) and found by comparing keys
/// alone, so a hit never reads the cached string itself: at national scale the strings are scattered over
/// hundreds of megabytes, and reading them was a cache miss per value. One cache per column keeps each small and
/// its values from evicting another column's. Not thread-safe: one per reader.</summary>
internal sealed class StringCache
{
    private const int MaxLength = 11;
    private const int Bits = 14;
    private readonly Slot[] _slots = new Slot[1 << Bits];

    private struct Slot
    {
        public ulong A;
        public ulong B;
        public ulong C;
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
        Span<ulong> key = [0, 0, (ulong)value.Length << 48];
        value.CopyTo(MemoryMarshal.Cast<ulong, char>(key));
        var hash = (key[0] * 0x9E3779B97F4A7C15UL) ^ (key[1] * 0xC2B2AE3D27D4EB4FUL) ^ (key[2] * 0x165667B19E3779F9UL);
        ref var slot = ref _slots[(int)(hash >> (64 - Bits))];
        if (slot.Value is { } cached && slot.A == key[0] && slot.B == key[1] && slot.C == key[2])
        {
            return cached;
        }
        var made = new string(value);
        slot = new Slot { A = key[0], B = key[1], C = key[2], Value = made };
        return made;
    }
}
