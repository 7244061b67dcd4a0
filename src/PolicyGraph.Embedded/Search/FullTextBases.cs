using System.Collections.Concurrent;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// The flat full-text indexes a store's snapshots build on, one per index name (shared by every snapshot of one
/// store through <see cref="SnapshotLineage"/>): the one read from the store's directory when it opened, or the
/// last one built. The index of a later snapshot is that base with the entities changed since re-indexed on top, so
/// neither the first search after a start nor the first after a commit walks the whole graph.
/// </summary>
internal sealed class FullTextBases(Func<string, FullTextSpec, (FullTextIndex? Index, string? Problem)>? stored = null)
{
    /// <summary>Past this many changed entities a full rebuild replaces the base (the layer on top would outgrow its use).</summary>
    internal const int MaxLayered = 50_000;

    private readonly ConcurrentDictionary<string, FullTextIndex> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _storedTried = new(StringComparer.Ordinal);

    private int _builds;

    /// <summary>Indexes built from the whole graph so far (for tests: neither the file nor a layer served).</summary>
    internal int Builds => _builds;

    /// <summary>Why an index on disk was not used (refused or missing), for hosts to log.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>The index <paramref name="name"/> of the committed snapshot <paramref name="graph"/> reads.</summary>
    public FullTextIndex For(GraphTransaction graph, string name, FullTextSpec spec)
    {
        if (_latest.TryGetValue(name, out var latest) && OnTopOf(latest, graph, spec) is { } layered) return layered;
        if (stored is not null && _storedTried.TryAdd(name, true))
        {
            var (loaded, problem) = stored(name, spec);
            if (problem is not null) Problems.Enqueue(problem);
            if (loaded is not null)
            {
                Offer(name, loaded);
                if (OnTopOf(loaded, graph, spec) is { } fromDisk) return fromDisk;
            }
        }
        var built = FullTextIndex.Build(graph, spec);
        Interlocked.Increment(ref _builds);
        Offer(name, built);
        return built;
    }

    /// <summary>Makes <paramref name="index"/> the base of later snapshots when it is flat and newer than the current base.</summary>
    public void Offer(string name, FullTextIndex index)
    {
        if (!index.IsFlat) return;
        _latest.AddOrUpdate(name, index, (_, current) => current.Version > index.Version ? current : index);
    }

    private static FullTextIndex? OnTopOf(FullTextIndex flat, GraphTransaction graph, FullTextSpec spec)
    {
        if (!SameSpec(flat.Spec, spec) || flat.Version > graph.Snapshot.Version) return null;
        if (flat.Version == graph.Snapshot.Version) return flat;
        if (graph.Snapshot.Lineage?.ChangedSince(flat.Version, MaxLayered) is not { } changed) return null;
        return FullTextIndex.Layered(flat, graph, spec.OnRelationships ? changed.Relationships : changed.Nodes);
    }

    /// <summary>Whether two definitions index the same thing (a dropped and re-created index may differ).</summary>
    public static bool SameSpec(FullTextSpec a, FullTextSpec b) => Describe(a) == Describe(b);

    /// <summary>The definition as one line, stored with an index on disk so another definition's file is never used.</summary>
    public static string Describe(FullTextSpec spec) =>
        $"{(spec.OnRelationships ? "relationships" : "nodes")} [{string.Join(",", spec.Labels)}] on [{string.Join(",", spec.Properties)}] analyzer {spec.Analyzer}";
}
