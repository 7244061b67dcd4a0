using PolicyGraph.Core.Model;

namespace PolicyGraph.Ingest.Building;

/// <summary>
/// Collects nodes and relationships while documents are added. Adding a node id twice merges it: labels are
/// united, list properties (aliases) are united, other properties keep their first value.
/// </summary>
internal sealed class GraphAccumulator
{
    private readonly Dictionary<string, (SortedSet<string> Labels, Dictionary<string, object> Properties)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _relationships = new(StringComparer.Ordinal);
    private readonly List<string> _nodeOrder = [];
    private readonly List<string> _relationshipOrder = [];

    public bool HasNode(string id) => _nodes.ContainsKey(id);

    public IEnumerable<string> NodeIdsWithLabel(string label) =>
        _nodeOrder.Where(id => _nodes[id].Labels.Contains(label));

    public void AddNode(string id, IEnumerable<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            node = (new SortedSet<string>(StringComparer.Ordinal), new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = id });
            _nodes[id] = node;
            _nodeOrder.Add(id);
        }
        node.Labels.UnionWith(labels);
        foreach (var (key, value) in properties)
        {
            if (value is null) continue;
            if (value is IReadOnlyList<string> list && node.Properties.GetValueOrDefault(key) is IReadOnlyList<string> existing)
            {
                if (!list.All(existing.Contains))
                    node.Properties[key] = existing.Union(list, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            }
            else
                node.Properties.TryAdd(key, value);
        }
    }

    /// <summary>Adds a relationship unless one with the same id exists; returns false in that case.</summary>
    public bool AddRelationship(string type, string startId, string endId, IReadOnlyDictionary<string, object?> properties, string? discriminator = null)
    {
        var id = Ids.Relationship(type, startId, endId, discriminator);
        if (_relationships.ContainsKey(id)) return false;
        var clean = properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        _relationships[id] = new GraphRelationship(id, type, startId, endId, clean);
        _relationshipOrder.Add(id);
        return true;
    }

    public bool HasRelationship(string type, string startId, string endId) =>
        _relationships.ContainsKey(Ids.Relationship(type, startId, endId));

    public PropertyGraph Build()
    {
        var nodes = _nodeOrder.Select(id => new GraphNode(id, _nodes[id].Labels.ToArray(), _nodes[id].Properties));
        return new PropertyGraph(nodes, _relationshipOrder.Select(id => _relationships[id]));
    }
}
