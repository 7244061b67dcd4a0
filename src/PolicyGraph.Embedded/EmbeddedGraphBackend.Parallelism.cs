using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded;

// How large a morsel is when a read query splits a scan (see Execution/MorselRunner.cs); how many threads it may
// use is the query's own option (QueryOptions.Workers).
public sealed partial class EmbeddedGraphBackend
{
    private int _morselSize = QueryParallelism.DefaultMorselSize;

    /// <summary>Node ids per morsel; small values let tests split small graphs.</summary>
    internal int MorselSize
    {
        get => _morselSize;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _morselSize = value;
        }
    }
}
