using System.Collections.ObjectModel;
using System.Diagnostics;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Search;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded;

/// <summary>Nodes per label and relationships per type of one committed snapshot, with the totals.</summary>
public sealed record SnapshotCounts(
    IReadOnlyDictionary<string, int> NodesByLabel, IReadOnlyDictionary<string, int> RelationshipsByType, int Nodes, int Relationships);

public sealed partial class EmbeddedGraphBackend
{
    /// <summary>
    /// The committed counts, read from the snapshot's label and type indexes (their lengths): O(labels + types), so
    /// an app can report them at start without walking every node and relationship. A node with two labels counts
    /// under each.
    /// </summary>
    public SnapshotCounts CountCommitted()
    {
        var snapshot = _store.Current;
        return new SnapshotCounts(
            snapshot.NodesByLabel.Where(l => l.Value.Length > 0).ToDictionary(l => l.Key, l => l.Value.Length, StringComparer.Ordinal),
            snapshot.RelationshipsByType.Where(t => t.Value.Length > 0).ToDictionary(t => t.Key, t => t.Value.Length, StringComparer.Ordinal),
            snapshot.NodeCount,
            snapshot.RelationshipCount);
    }

    /// <summary>
    /// Committed nodes per label set (each node's labels in stored order; none: the empty set), one pass over the node
    /// slots without building records (<see cref="LabelSetCounts"/>), where <c>MATCH (n) RETURN labels(n), count(*)</c>
    /// builds every node's record. The counts add up to <see cref="SnapshotCounts.Nodes"/>.
    /// </summary>
    public IReadOnlyList<(string[] Labels, int Count)> CountCommittedByLabelSet() => LabelSetCounts.Count(_store.Current);

    /// <summary>
    /// Builds every FULLTEXT index of the committed snapshot, on a pool thread, into the cache the first search reads:
    /// started when the app starts, it takes the build off the first search's path. A search that comes while the
    /// build runs waits for it (one build per snapshot and index) within its own query timeout. Returns how many
    /// indexes were built.
    /// </summary>
    public Task<int> BuildFullTextIndexesAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            var read = _store.BeginRead();
            var built = 0;
            foreach (var definition in read.Schema.Definitions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (definition.FullText is not { } spec) continue;
                FullTextProcedures.IndexFor(read, definition.Name, spec);
                built++;
            }
            return built;
        }, cancellationToken);

    /// <summary>
    /// Summaries of the committed nodes of some labels (values of a few keys, a count of one outgoing type), in node
    /// scan order, without building records: from the summaries persisted at the last checkpoint (or read before)
    /// with the nodes changed since read again, else read from the store's file (<see cref="NodeSummaries"/>): what
    /// search holds per node, without decoding every node at start.
    /// </summary>
    public Task<IReadOnlyList<NodeSummary>> SummariseNodesAsync(NodeSummaryRequest request, CancellationToken cancellationToken = default) =>
        Task.Run(() => ReadOnly(NodeSummaries.Committed(_store.Current, request)), cancellationToken);

    /// <summary>
    /// The searchable names (<see cref="NodeSummaryRequest.Searchable"/>) of the committed snapshot read in place from
    /// the summaries file of the checkpoint the store opened from, with the nodes changed since read again; null when
    /// the store has none to serve (read <see cref="SummariseNodesAsync"/> instead). No string is decoded for the
    /// unchanged nodes: search answers from the table's arrays.
    /// </summary>
    public Task<SearchableNamesInPlace?> ReadSearchableNamesAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() => _store.Current is var snapshot && snapshot.Lineage?.Summaries is { } stored ? stored.NamesFor(snapshot) : null, cancellationToken);

    /// <summary>Reads what search's names will come from into the store's caches: the names in place, else the summaries.</summary>
    public async Task WarmSearchableNamesAsync(CancellationToken cancellationToken = default)
    {
        if (await ReadSearchableNamesAsync(cancellationToken) is null) await SummariseNodesAsync(NodeSummaryRequest.Searchable, cancellationToken);
    }

    /// <summary>A view callers cannot cast back to a list: the rows are the store's base for later reads.</summary>
    private static IReadOnlyList<NodeSummary> ReadOnly(IReadOnlyList<NodeSummary> rows) =>
        new ReadOnlyCollection<NodeSummary>(rows as IList<NodeSummary> ?? [.. rows]);

    /// <summary>Why persisted node summaries were not used (refused with the reason, or missing) since the last call, oldest first.</summary>
    public IReadOnlyList<string> TakeNodeSummaryProblems()
    {
        var taken = new List<string>();
        if (_store.Current.Lineage?.Summaries.Problems is not { } problems) return taken;
        while (problems.TryDequeue(out var problem)) taken.Add(problem);
        return taken;
    }

    /// <summary>
    /// Summaries of the given committed nodes (by internal id, as <see cref="NodeSummary.Id"/> gives it) that exist and
    /// have a requested label, in the order given, each read from the store's file without building its chunk: what a
    /// search answer shows of its hits. Stopped, as a query is, when cancelled or past <paramref name="timeout"/>.
    /// </summary>
    public IReadOnlyList<NodeSummary> SummariseNodes(IEnumerable<int> ids, NodeSummaryRequest request, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stop = ReadStop.After(timeout, cancellationToken);
        return NodeSummaries.ReadIds(_store.Current, ids.Select(stop.Passing), request).ToList();
    }

    /// <summary>
    /// The committed nodes a FULLTEXT index finds for <paramref name="query"/> (best first, at most <paramref name="limit"/>,
    /// as <c>CALL db.index.fulltext.queryNodes(…) YIELD node, score … LIMIT n</c> finds them) with their summaries of
    /// <paramref name="fields"/> (a hit without one of its labels left out): hits and fields from one snapshot, no
    /// record built. Stopped, as a query is, when cancelled or past <paramref name="timeout"/>.
    /// </summary>
    public IReadOnlyList<(NodeSummary Node, double Score)> QueryFullTextHits(string index, string query, int limit, NodeSummaryRequest fields,
        TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var stop = ReadStop.After(timeout, cancellationToken);
        var graph = _store.BeginRead();
        var hits = FullTextProcedures.Search(graph, index, query, relationships: false, skip: null, limit: null).Take(limit).ToList();
        stop.ThrowIfStopped();
        var scores = hits.ToDictionary(hit => hit.Entity, hit => hit.Score);
        return NodeSummaries.ReadIds(graph.Snapshot, hits.Select(hit => stop.Passing(hit.Entity)), fields).Select(node => (node, scores[node.Id])).ToList();
    }
}

/// <summary>When a read outside the query engine stops: at its caller's cancellation or past its timeout (the
/// query timeout's error), checked per item read.</summary>
internal readonly record struct ReadStop(long Deadline, TimeSpan Timeout, CancellationToken Cancellation)
{
    public static ReadStop After(TimeSpan timeout, CancellationToken cancellation) =>
        new(Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency), timeout, cancellation);

    public void ThrowIfStopped()
    {
        Cancellation.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() >= Deadline) throw QueryBudget.TimedOut(Timeout);
    }

    /// <summary><paramref name="item"/>, once the read is found not stopped.</summary>
    public T Passing<T>(T item)
    {
        ThrowIfStopped();
        return item;
    }
}
