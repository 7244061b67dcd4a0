using PolicyGraph.Embedded.Search;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Which entities each commit of a store touched, chained from snapshot to snapshot, and the store-wide search state
/// they share (full-text indexes, node summaries). A full-text index built (or read from disk) for one version is brought up to a later one by
/// re-indexing only the entities changed in between, instead of rebuilding over the whole graph.
/// </summary>
internal sealed class SnapshotLineage
{
    private readonly Window _window;

    private SnapshotLineage(SnapshotLineage? previous, long version, int[] nodes, int[] relationships, FullTextBases bases, StoredSummaries summaries, Window window)
    {
        (Previous, Version, Nodes, Relationships, Bases, Summaries, _window) = (previous, version, nodes, relationships, bases, summaries, window);
    }

    /// <summary>The commit before; null at the start, or once the commits since this one changed too much to layer on it.</summary>
    public SnapshotLineage? Previous { get; private set; }

    public long Version { get; }

    /// <summary>Nodes the commit that made <see cref="Version"/> created, changed or deleted.</summary>
    public int[] Nodes { get; }

    public int[] Relationships { get; }

    /// <summary>The full-text indexes the store's snapshots build on (one object per store).</summary>
    public FullTextBases Bases { get; }

    /// <summary>The node summaries the store's snapshots build on (one object per store).</summary>
    public StoredSummaries Summaries { get; }

    /// <summary>The start of a lineage: a store opened at <paramref name="version"/>, or an empty one.</summary>
    public static SnapshotLineage Start(long version, FullTextBases bases, StoredSummaries? summaries = null)
    {
        var start = new SnapshotLineage(null, version, [], [], bases, summaries ?? new StoredSummaries(), new Window());
        start._window.Add(start);
        return start;
    }

    public SnapshotLineage Next(long version, IEnumerable<int> nodes, IEnumerable<int> relationships)
    {
        var next = new SnapshotLineage(this, version, [.. nodes], [.. relationships], Bases, Summaries, _window);
        _window.Add(next);
        return next;
    }

    /// <summary>
    /// The entities changed after <paramref name="since"/> up to this version (sorted, distinct), or null when the
    /// lineage does not reach back that far or they exceed <paramref name="limit"/> (then a full rebuild is cheaper).
    /// </summary>
    public (int[] Nodes, int[] Relationships)? ChangedSince(long since, int limit)
    {
        var (nodes, relationships) = (new HashSet<int>(), new HashSet<int>());
        for (var at = this; at is not null; at = at.Previous)
        {
            if (at.Version == since) return ([.. nodes.Order()], [.. relationships.Order()]);
            if (at.Version < since) return null;
            nodes.UnionWith(at.Nodes);
            relationships.UnionWith(at.Relationships);
            if (nodes.Count + relationships.Count > limit) return null;
        }
        return null;
    }

    /// <summary>
    /// The commits of one chain still worth reaching, oldest first. Once the commits after the oldest changed more
    /// than <see cref="FullTextBases.MaxLayered"/> entities (counted once per commit, an upper bound), nothing layers
    /// on it any more: it is cut off, so a long load or a long-running writer keeps a bounded chain.
    /// </summary>
    private sealed class Window
    {
        private readonly Queue<SnapshotLineage> _links = new();
        private readonly Lock _lock = new();
        private long _changedAfterOldest;

        public void Add(SnapshotLineage link)
        {
            lock (_lock)
            {
                if (_links.Count > 0) _changedAfterOldest += Changed(link);
                _links.Enqueue(link);
                while (_changedAfterOldest > FullTextBases.MaxLayered && _links.Count > 1)
                {
                    _links.Dequeue();
                    var oldest = _links.Peek();
                    oldest.Previous = null;
                    _changedAfterOldest -= Changed(oldest);
                }
            }
        }

        private static long Changed(SnapshotLineage link) => link.Nodes.Length + link.Relationships.Length;
    }
}
