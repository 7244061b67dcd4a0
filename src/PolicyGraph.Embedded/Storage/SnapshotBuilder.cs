using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Builds a snapshot in one pass from stored records (opening a store), without the per-entity drafts a
/// transaction would make: records, adjacency in relationship-id order (the order commits append in), label and
/// type indexes, label bitsets and property indexes.
/// </summary>
internal static class SnapshotBuilder
{
    public static GraphSnapshot Build(
        IReadOnlyList<StoredNode> storedNodes, IReadOnlyList<StoredRelationship> storedRelationships,
        int nodesLength, int relationshipsLength, SchemaCatalog schema, long version, InternPool pool)
    {
        var (outgoing, incoming) = Adjacency(storedRelationships, nodesLength, pool);
        var nodes = ChunkedArray<NodeRecord>.Empty.ToBuilder();
        if (nodesLength > 0) nodes.Set(nodesLength - 1, null);
        var byLabel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var node in storedNodes)
        {
            var (keys, values) = Intern(pool, node.Keys, node.Values);
            var labels = pool.NameSet(node.Labels);
            nodes.Set(node.Id, new NodeRecord(node.Id, labels, keys, values, outgoing[node.Id] ?? [], incoming[node.Id] ?? []));
            foreach (var label in labels)
            {
                if (!byLabel.TryGetValue(label, out var ids)) byLabel[label] = ids = [];
                ids.Add(node.Id);
            }
        }
        var relationships = ChunkedArray<RelationshipRecord>.Empty.ToBuilder();
        if (relationshipsLength > 0) relationships.Set(relationshipsLength - 1, null);
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var r in storedRelationships)
        {
            var (keys, values) = Intern(pool, r.Keys, r.Values);
            var type = pool.Name(r.Type);
            relationships.Set(r.Id, new RelationshipRecord(r.Id, type, r.Start, r.End, keys, values));
            if (!byType.TryGetValue(type, out var ids)) byType[type] = ids = [];
            ids.Add(r.Id);
        }
        var nodeArray = nodes.Build();
        var nodesByLabel = Sorted(byLabel);
        return new GraphSnapshot(
            nodeArray, relationships.Build(), nodesByLabel, LabelBits(nodesByLabel), Sorted(byType), schema,
            IndexBuilder.Update(GraphSnapshot.Empty, schema, nodeArray, new Dictionary<int, NodeDraft>()),
            storedNodes.Count, storedRelationships.Count, version,
            EntityBoxes.NoNodes.CoveringIdsBelow(nodesLength), EntityBoxes.NoRelationships.CoveringIdsBelow(relationshipsLength));
    }

    private static (Hop[]?[] Outgoing, Hop[]?[] Incoming) Adjacency(IReadOnlyList<StoredRelationship> relationships, int nodesLength, InternPool pool)
    {
        var outCount = new int[nodesLength];
        var inCount = new int[nodesLength];
        foreach (var r in relationships)
        {
            outCount[r.Start]++;
            inCount[r.End]++;
        }
        var outgoing = new Hop[]?[nodesLength];
        var incoming = new Hop[]?[nodesLength];
        var outFill = new int[nodesLength];
        var inFill = new int[nodesLength];
        foreach (var r in relationships) // in id order, as snapshots store them
        {
            var type = pool.Name(r.Type);
            (outgoing[r.Start] ??= new Hop[outCount[r.Start]])[outFill[r.Start]++] = new Hop(r.Id, r.End, type);
            (incoming[r.End] ??= new Hop[inCount[r.End]])[inFill[r.End]++] = new Hop(r.Id, r.Start, type);
        }
        return (outgoing, incoming);
    }

    private static (string[] Keys, object[] Values) Intern(InternPool pool, string[] keys, object[] values)
    {
        var sharedKeys = pool.NameSet(keys);
        for (var i = 0; i < values.Length; i++) values[i] = pool.Value(values[i]);
        return (sharedKeys, values);
    }

    private static Dictionary<string, int[]> Sorted(Dictionary<string, List<int>> groups)
    {
        var sorted = new Dictionary<string, int[]>(groups.Count, StringComparer.Ordinal);
        foreach (var (name, ids) in groups)
        {
            var array = ids.ToArray();
            Array.Sort(array);
            sorted[name] = array;
        }
        return sorted;
    }

    private static Dictionary<string, ulong[]> LabelBits(Dictionary<string, int[]> nodesByLabel)
    {
        var bits = new Dictionary<string, ulong[]>(nodesByLabel.Count, StringComparer.Ordinal);
        foreach (var (label, ids) in nodesByLabel)
        {
            var set = new ulong[(ids[^1] >> 6) + 1];
            foreach (var id in ids) set[id >> 6] |= 1UL << (id & 63);
            bits[label] = set;
        }
        return bits;
    }
}
