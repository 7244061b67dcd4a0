using PolicyGraph.Core.Schema;

namespace PolicyGraph.Embedded.Storage;

/// <summary>What a node summary reads: some property values and the count of one outgoing relationship type (none: 0).</summary>
public sealed record NodeSummaryRequest(IReadOnlyList<string> Labels, IReadOnlyList<string> Keys, string? OutgoingType)
{
    /// <summary>What the app's search holds per node (<see cref="GraphReads.SearchableNodes"/>): a store persists it at every checkpoint by default.</summary>
    public static NodeSummaryRequest Searchable { get; } = new(GraphReads.SearchableLabels, GraphReads.SearchableKeys, RelationshipTypes.ResponsibleFor);

    /// <summary>The request as one line, stored with persisted summaries so those of another request are never used.</summary>
    public string Describe() => $"labels [{string.Join(",", Labels)}] keys [{string.Join(",", Keys)}] outgoing {OutgoingType ?? "-"}";
}

/// <summary>
/// One node's labels, its values of <see cref="NodeSummaryRequest.Keys"/> (null where it lacks one) and how many
/// relationships of <see cref="NodeSummaryRequest.OutgoingType"/> start at it.
/// </summary>
public sealed record NodeSummary(int Id, IReadOnlyList<string> Labels, object?[] Values, int Outgoing);

/// <summary>
/// Summaries of every committed node that has one of the requested labels, in id order (the order of a node scan),
/// without building records: a chunk a commit wrote or a query built is read from its records; an unbuilt chunk of
/// an opened store from the file's columns and adjacency rows, decoding only the requested values. So a caller that
/// needs a few properties of many nodes (search's names) does not decode, or hold, every node.
/// </summary>
public static class NodeSummaries
{
    /// <summary>
    /// The summaries of a committed snapshot: from the store's persisted or last-read summaries brought up to this
    /// version with only the nodes changed since (<see cref="StoredSummaries"/>), else read from every node.
    /// </summary>
    public static IReadOnlyList<NodeSummary> Committed(GraphSnapshot snapshot, NodeSummaryRequest request) =>
        snapshot.Lineage?.Summaries is { } stored ? stored.For(snapshot, request) : Read(snapshot, request).ToList();

    /// <summary>The summaries of the given nodes (ascending ids) that exist and have a requested label, read without building their chunks.</summary>
    public static IEnumerable<NodeSummary> ReadIds(GraphSnapshot snapshot, IEnumerable<int> ids, NodeSummaryRequest request)
    {
        foreach (var id in ids)
        {
            if (snapshot.Nodes.Summarise(id, request) is { } summary && HasAny(summary.Labels, request.Labels)) yield return summary;
        }
    }

    public static IEnumerable<NodeSummary> Read(GraphSnapshot snapshot, NodeSummaryRequest request)
    {
        var nodes = snapshot.Nodes;
        for (var chunkIndex = 0; chunkIndex < nodes.ChunkCount; chunkIndex++)
        {
            if (!AnyInChunk(snapshot, request.Labels, chunkIndex)) continue;
            var summaries = nodes.BuiltChunk(chunkIndex) is { } records
                ? records.Select(record => record is null ? null : Of(record, request))
                : nodes.SummariseUnbuilt(chunkIndex, request);
            foreach (var summary in summaries)
            {
                if (summary is not null && HasAny(summary.Labels, request.Labels)) yield return summary;
            }
        }
    }

    /// <summary>Whether the label bitsets hold a node of one of <paramref name="labels"/> in the chunk: chunks of other labels are skipped unread.</summary>
    private static bool AnyInChunk(GraphSnapshot snapshot, IReadOnlyList<string> labels, int chunkIndex)
    {
        const int WordsPerChunk = ChunkedArray<NodeRecord>.ChunkSize / 64;
        foreach (var label in labels)
        {
            if (!snapshot.LabelBits.TryGetValue(label, out var bits)) continue;
            var first = chunkIndex * WordsPerChunk;
            for (var word = first; word < Math.Min(first + WordsPerChunk, bits.Length); word++)
            {
                if (bits[word] != 0) return true;
            }
        }
        return false;
    }

    internal static NodeSummary Of(NodeRecord record, NodeSummaryRequest request)
    {
        var values = new object?[request.Keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var position = Array.IndexOf(record.PropertyKeys, request.Keys[i]);
            if (position >= 0) values[i] = record.PropertyValues[position];
        }
        var outgoing = request.OutgoingType is null ? 0
            : record.Outgoing.Count(hop => string.Equals(hop.Type, request.OutgoingType, StringComparison.Ordinal));
        return new NodeSummary(record.Id, record.Labels, values, outgoing);
    }

    internal static bool HasAny(IReadOnlyList<string> labels, IReadOnlyList<string> wanted)
    {
        foreach (var label in labels)
        {
            if (wanted.Contains(label)) return true;
        }
        return false;
    }
}
