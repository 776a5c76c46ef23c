using System.Runtime.CompilerServices;

namespace Iro.Core.Ssda903;

/// <summary>Reuses the strings of short values: a 903 extract repeats a few hundred codes and dates millions of
/// times, so one string each saves most of the allocations of reading it. Not thread-safe: one per reader.</summary>
internal sealed class StringCache
{
    private const int MaxLength = 10;
    private const int Slots = 1 << 14;
    private readonly string?[] _slots = new string?[Slots];

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
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }
        ref var slot = ref _slots[(hash ^ (hash >> 15)) & (Slots - 1)];
        if (slot is not null && value.SequenceEqual(slot))
        {
            return slot;
        }
        slot = new string(value);
        return slot;
    }
}
