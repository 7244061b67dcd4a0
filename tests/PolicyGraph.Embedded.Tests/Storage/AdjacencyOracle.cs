using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// What each node's adjacency rows must be, worked out from a list of live relationships (stable id, type, start,
/// end) alone: a node's outgoing row is the relationships it starts, its incoming row those it ends, each in
/// relationship id order, a self-loop in both; a node not in the store has no rows. Stable ids are mapped to the
/// store's ids through their <c>id</c> property, read from the file's values where the chunk is not built.
/// </summary>
internal static class AdjacencyOracle
{
    /// <summary>Asserts that every node's rows in <paramref name="snapshot"/> are exactly those <paramref name="live"/> gives.</summary>
    public static void AssertRows(GraphSnapshot snapshot, IEnumerable<GraphRelationship> live)
    {
        var nodes = StoreIds(snapshot.Nodes.Length, snapshot.Nodes.Contains, id => NodeId(snapshot, id));
        var relationships = StoreIds(snapshot.Relationships.Length, snapshot.Relationships.Contains, id => RelationshipId(snapshot, id));
        var liveList = live.ToList();
        Assert.Equal(liveList.Select(r => r.Id).Order(StringComparer.Ordinal), relationships.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(liveList, r => r.StartId == r.EndId);

        var outgoing = nodes.Values.ToDictionary(id => id, _ => new List<(int Relationship, string Entry)>());
        var incoming = nodes.Values.ToDictionary(id => id, _ => new List<(int Relationship, string Entry)>());
        foreach (var relationship in liveList)
        {
            var (id, start, end) = (relationships[relationship.Id], nodes[relationship.StartId], nodes[relationship.EndId]);
            outgoing[start].Add((id, $"{id}->{end}:{relationship.Type}"));
            incoming[end].Add((id, $"{id}->{start}:{relationship.Type}"));
        }
        for (var node = 0; node < snapshot.Nodes.Length + 3; node++)
        {
            var expected = outgoing.TryGetValue(node, out var outs) ? Row(outs) + " | " + Row(incoming[node]) : null;
            Assert.Equal(expected, Describe(snapshot, node));
        }
    }

    /// <summary>A node's rows as the walk reads them ("relationship->other:type" per entry), or null when there is no such node.</summary>
    public static string? Describe(GraphSnapshot snapshot, int id) =>
        GraphTransaction.TryCommittedHops(snapshot, id, out var outgoing, out var incoming) ? Describe(outgoing) + " | " + Describe(incoming) : null;

    private static string Describe(HopRow row)
    {
        var entries = new List<string>();
        for (var i = 0; i < row.Length; i++) entries.Add($"{row[i].Relationship}->{row[i].Other}:{row[i].Type}");
        return string.Join(' ', entries);
    }

    private static string Row(List<(int Relationship, string Entry)> entries) =>
        string.Join(' ', entries.OrderBy(e => e.Relationship).Select(e => e.Entry));

    /// <summary>Stable id to store id for every entity the store holds.</summary>
    private static Dictionary<string, int> StoreIds(int length, Func<int, bool> contains, Func<int, object?> stableId)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < length; id++)
            if (contains(id)) ids.Add((string)stableId(id)!, id);
        return ids;
    }

    private static object? NodeId(GraphSnapshot snapshot, int id) =>
        snapshot.Nodes.TryReadUnbuiltValue(id, GraphImporter.IdProperty, out var value) ? value
            : snapshot.Nodes[id] is { } record ? PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, GraphImporter.IdProperty) : null;

    private static object? RelationshipId(GraphSnapshot snapshot, int id) =>
        snapshot.Relationships.TryReadUnbuiltValue(id, GraphImporter.IdProperty, out var value) ? value
            : snapshot.Relationships[id] is { } record ? PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, GraphImporter.IdProperty) : null;
}
