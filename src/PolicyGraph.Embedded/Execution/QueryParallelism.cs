namespace PolicyGraph.Embedded.Execution;

/// <summary>How a query may split a scan: how many threads (1 = the single-threaded path) and how many items a morsel holds.</summary>
internal sealed record QueryParallelism(int Workers, int MorselSize = QueryParallelism.DefaultMorselSize)
{
    public const int DefaultMorselSize = 16_384;

    public static QueryParallelism Serial { get; } = new(1);

    /// <summary>Whether a scan of <paramref name="items"/> is worth splitting: more than one worker and more than one morsel.</summary>
    public bool Splits(int items) => Workers > 1 && items > MorselSize;
}
