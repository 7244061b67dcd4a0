namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Committed nodes per label set, each set in the node's stored label order (what <c>labels(n)</c> returns), a node
/// without labels under the empty set. One pass over the node slots, no record built: an unbuilt chunk's label sets
/// are read from the store's file (<see cref="ChunkedArray{T}.UnbuiltHead"/>).
/// </summary>
internal static class LabelSetCounts
{
    public static IReadOnlyList<(string[] Labels, int Count)> Count(GraphSnapshot snapshot)
    {
        var nodes = snapshot.Nodes;
        // Label sets are shared arrays (interned when read, copied on write), so most nodes group by reference.
        var byReference = new Dictionary<string[], int>(ReferenceEqualityComparer.Instance);
        for (var chunkIndex = 0; chunkIndex < nodes.ChunkCount; chunkIndex++)
        {
            if (nodes.BuiltChunk(chunkIndex) is { } records)
            {
                foreach (var record in records)
                {
                    if (record is not null) Add(byReference, record.Labels);
                }
                continue;
            }
            var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
            for (var id = first; id < Math.Min(first + ChunkedArray<NodeRecord>.ChunkSize, nodes.Length); id++)
            {
                // A chunk another reader builds meanwhile has no head any more: its record holds the labels.
                if (nodes.Contains(id)) Add(byReference, nodes.UnbuiltHead(id) as string[] ?? nodes[id]!.Labels);
            }
        }
        return byReference.GroupBy(set => set.Key, NameSequenceComparer.Instance)
            .Select(group => (group.Key.ToArray(), group.Sum(set => set.Value))).ToArray();
    }

    private static void Add(Dictionary<string[], int> counts, string[] labels) =>
        counts[labels] = counts.GetValueOrDefault(labels) + 1;
}
