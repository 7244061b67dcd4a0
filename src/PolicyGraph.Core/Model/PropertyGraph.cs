namespace PolicyGraph.Core.Model;

/// <summary>
/// An immutable property graph: what the extractor produces, the exporters write and the backends import.
/// Node ids are unique; every relationship's endpoints are nodes of this graph.
/// </summary>
public sealed class PropertyGraph
{
    private readonly Dictionary<string, GraphNode> _nodesById;

    public PropertyGraph(IEnumerable<GraphNode> nodes, IEnumerable<GraphRelationship> relationships)
    {
        Nodes = nodes.ToArray();
        Relationships = relationships.ToArray();
        _nodesById = new Dictionary<string, GraphNode>(Nodes.Count, StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            if (!_nodesById.TryAdd(node.Id, node))
                throw new ArgumentException($"Duplicate node id '{node.Id}'.", nameof(nodes));
        }
        // Consecutive relationships often share an end (a document's edges start at it): an id instance just found
        // is not looked up again, since hashing long ids is most of this check's cost.
        string? foundStart = null;
        string? foundEnd = null;
        foreach (var rel in Relationships)
        {
            if (!IsNode(rel.StartId, ref foundStart) || !IsNode(rel.EndId, ref foundEnd))
                throw new ArgumentException($"Relationship '{rel.Id}' refers to a missing node.", nameof(relationships));
        }
    }

    private bool IsNode(string id, ref string? lastFound)
    {
        if (ReferenceEquals(id, lastFound)) return true;
        if (!_nodesById.ContainsKey(id)) return false;
        lastFound = id;
        return true;
    }

    public static PropertyGraph Empty { get; } = new([], []);

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphRelationship> Relationships { get; }

    public GraphNode? FindNode(string id) => _nodesById.GetValueOrDefault(id);
}
