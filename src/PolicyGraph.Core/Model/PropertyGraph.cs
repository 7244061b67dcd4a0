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
        _nodesById = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            if (!_nodesById.TryAdd(node.Id, node))
                throw new ArgumentException($"Duplicate node id '{node.Id}'.", nameof(nodes));
        }
        foreach (var rel in Relationships)
        {
            if (!_nodesById.ContainsKey(rel.StartId) || !_nodesById.ContainsKey(rel.EndId))
                throw new ArgumentException($"Relationship '{rel.Id}' refers to a missing node.", nameof(relationships));
        }
    }

    public static PropertyGraph Empty { get; } = new([], []);

    public IReadOnlyList<GraphNode> Nodes { get; }

    public IReadOnlyList<GraphRelationship> Relationships { get; }

    public GraphNode? FindNode(string id) => _nodesById.GetValueOrDefault(id);
}
