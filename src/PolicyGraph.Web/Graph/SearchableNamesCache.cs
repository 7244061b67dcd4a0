using System.Diagnostics;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// <see cref="SearchableNames"/> for the graph as it is now: read again when the graph's version changes (the
/// embedded engine's snapshot version: documents loaded, a store synchronised), and — on a backend that has no
/// version to compare (Neo4j, whose graph others may change) — when the copy is older than
/// <see cref="UnversionedLifetime"/>. Exactly one read per generation: the search that finds the copy out of date
/// starts it and waits for it; searches arriving while it runs are answered from the previous copy, so a refresh
/// never stalls them (stale by at most the duration of that read). A read that failed is tried again by the next search.
/// Unversioned, exact and containing names may be <see cref="UnversionedLifetime"/> old while full text is live (docs/web.md).
/// </summary>
internal sealed class SearchableNamesCache(GraphReader reader, IReadOnlyList<string> labels, Func<long?> graphVersion)
{
    public static readonly TimeSpan UnversionedLifetime = TimeSpan.FromSeconds(30);

    private volatile Generation? _current;
    private volatile Generation? _lastRead;

    public Task<SearchableNames> GetAsync(CancellationToken cancellationToken)
    {
        var version = graphVersion();
        var known = _current;
        if (known is not null && known.Serves(version))
            return Current(known).WaitAsync(cancellationToken);
        // The read is shared, so one client's disconnect must not cancel it for the others; only the winner starts it.
        var fresh = new Generation(version, Stopwatch.GetTimestamp(), reader, labels);
        if (Interlocked.CompareExchange(ref _current, fresh, known) == known)
            return Read(fresh).WaitAsync(cancellationToken);
        return Current(_current!).WaitAsync(cancellationToken);
    }

    /// <summary>What a search that did not start <paramref name="generation"/> is answered from: it, when read;
    /// else the previous copy, while one is there.</summary>
    private Task<SearchableNames> Current(Generation generation) =>
        generation.Names.IsValueCreated && generation.Names.Value.IsCompletedSuccessfully || _lastRead is not { } previous
            ? generation.Names.Value
            : previous.Names.Value;

    private async Task<SearchableNames> Read(Generation generation)
    {
        var names = await generation.Names.Value;
        _lastRead = generation;
        return names;
    }

    private sealed class Generation(long? version, long startedAt, GraphReader reader, IReadOnlyList<string> labels)
    {
        public Lazy<Task<SearchableNames>> Names { get; } =
            new(() => SearchableNames.ReadAsync(reader, labels, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);

        public bool Serves(long? current)
        {
            if (current != version || Names.IsValueCreated && (Names.Value.IsFaulted || Names.Value.IsCanceled))
                return false;
            return current is not null || Stopwatch.GetElapsedTime(startedAt) < UnversionedLifetime;
        }
    }
}
