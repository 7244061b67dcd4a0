using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded;

// How many threads one read query may use for its scans (see Execution/MorselRunner.cs).
public sealed partial class EmbeddedGraphBackend
{
    private QueryParallelism _parallelism = new(Environment.ProcessorCount);

    /// <summary>
    /// Threads one read query may split a large label scan, filter or counting walk across (morsels of node ids);
    /// every core by default, 1 for the single-threaded path. Results are the same either way. Writing queries
    /// always run on one thread.
    /// </summary>
    public int QueryWorkers
    {
        get => _parallelism.Workers;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _parallelism = _parallelism with { Workers = value };
        }
    }

    /// <summary>Node ids per morsel; small values let tests split small graphs.</summary>
    internal int MorselSize
    {
        get => _parallelism.MorselSize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _parallelism = _parallelism with { MorselSize = value };
        }
    }
}
