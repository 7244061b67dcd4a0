using PolicyGraph.Embedded.Search;

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
}
