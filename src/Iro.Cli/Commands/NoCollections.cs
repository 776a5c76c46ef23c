using System.Runtime;

namespace Iro.Cli.Commands;

/// <summary>Suspends garbage collection for a one-shot batch step that keeps nearly everything it allocates until
/// the process ends, such as validating a 903 extract: the tables read, then the index over them. Collections
/// during it find almost nothing to free but still mark and copy every live object; at 85,000 children they paused
/// the run for 110–190 ms and kept a background collector busy on the other core (docs/benchmarks.md). Past the
/// budget the runtime simply collects again, so a larger input costs time, never correctness.</summary>
internal sealed class NoCollections : IDisposable
{
    /// <summary>The most reserved: well under the 1 GB a national run may use (issue 3 §5).</summary>
    private const long MaxBudget = 512L << 20;

    private readonly bool _started;

    private NoCollections(long budget)
    {
        try
        {
            _started = GC.TryStartNoGCRegion(Math.Clamp(budget, 16L << 20, MaxBudget));
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can reserve at once: run with collections as usual.
        }
    }

    /// <summary>Reserves about what reading and validating files of <paramref name="inputBytes"/> allocates
    /// (measured: 5.5 bytes per byte of a generated national extract, 8 leaves room for wider values).</summary>
    public static NoCollections ForInput(long inputBytes) => new(inputBytes * 8);

    public void Dispose()
    {
        if (_started && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }
}
