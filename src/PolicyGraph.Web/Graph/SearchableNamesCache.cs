using System.Diagnostics;
using PolicyGraph.Embedded;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// <see cref="SearchableNames"/> for the graph as it is now: read again when the embedded engine's snapshot version
/// changes (documents loaded, a store synchronised), and — on a backend that has no version to compare (Neo4j, whose
/// graph others may change) — when the copy is older than <see cref="UnversionedLifetime"/>. Concurrent searches
/// share one read; a read that failed is tried again by the next search.
/// </summary>
internal sealed class SearchableNamesCache(GraphReader reader, IReadOnlyList<string> labels)
{
    public static readonly TimeSpan UnversionedLifetime = TimeSpan.FromSeconds(30);

    private volatile Generation? _current;

    public Task<SearchableNames> GetAsync(CancellationToken cancellationToken)
    {
        var version = GraphVersion();
        var known = _current;
        if (known is not null && known.Serves(version))
            return known.Names.WaitAsync(cancellationToken);
        // The read is shared, so one client's disconnect must not cancel it for the others.
        var fresh = new Generation(version, Stopwatch.GetTimestamp(), SearchableNames.ReadAsync(reader, labels, CancellationToken.None));
        var winner = Interlocked.CompareExchange(ref _current, fresh, known) == known ? fresh : _current!;
        return winner.Names.WaitAsync(cancellationToken);
    }

    private long? GraphVersion() => reader.Backend is EmbeddedGraphBackend embedded ? embedded.CurrentSnapshot.Version : null;

    private sealed record Generation(long? Version, long ReadAt, Task<SearchableNames> Names)
    {
        public bool Serves(long? version)
        {
            if (Names.IsFaulted || Names.IsCanceled || version != Version)
                return false;
            return version is not null || Stopwatch.GetElapsedTime(ReadAt) < UnversionedLifetime;
        }
    }
}
