using PolicyGraph.Embedded.Search;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Which entities each commit of a store touched, chained from snapshot to snapshot, and the store-wide search state
/// they share. A full-text index built (or read from disk) for one version is brought up to a later one by
/// re-indexing only the entities changed in between, instead of rebuilding over the whole graph.
/// </summary>
internal sealed class SnapshotLineage
{
    private SnapshotLineage(SnapshotLineage? previous, long version, int[] nodes, int[] relationships, FullTextBases bases)
    {
        (Previous, Version, Nodes, Relationships, Bases) = (previous, version, nodes, relationships, bases);
    }

    public SnapshotLineage? Previous { get; }

    public long Version { get; }

    /// <summary>Nodes the commit that made <see cref="Version"/> created, changed or deleted.</summary>
    public int[] Nodes { get; }

    public int[] Relationships { get; }

    /// <summary>The full-text indexes the store's snapshots build on (one object per store).</summary>
    public FullTextBases Bases { get; }

    /// <summary>The start of a lineage: a store opened at <paramref name="version"/>, or an empty one.</summary>
    public static SnapshotLineage Start(long version, FullTextBases bases) => new(null, version, [], [], bases);

    public SnapshotLineage Next(long version, IEnumerable<int> nodes, IEnumerable<int> relationships) =>
        new(this, version, [.. nodes], [.. relationships], Bases);

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
}
