using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Collects graph elements without duplicates, from the loaded graph or from query values, into
/// Cytoscape.js elements. Query values identify nodes by backend element ids; the policy id property
/// (<c>id</c>) is preferred so elements from different answers merge on the page.
/// </summary>
public sealed class ElementsBuilder(GraphIndex index)
{
    private readonly Dictionary<string, CyNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CyEdge> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _policyIdByElementId = new(StringComparer.Ordinal);

    public int NodeCount => _nodes.Count;

    public bool ContainsNode(string id) => _nodes.ContainsKey(id);

    public ElementsBuilder AddNode(GraphNode node)
    {
        if (!_nodes.ContainsKey(node.Id))
            _nodes[node.Id] = ToCy(node.Id, node.Labels, NodeNaming.AsNullable(node.Properties), index.DocumentOf(node));
        return this;
    }

    public ElementsBuilder AddRelationship(GraphRelationship relationship)
    {
        if (_edges.ContainsKey(relationship.Id))
            return this;
        foreach (var endpoint in new[] { relationship.StartId, relationship.EndId })
        {
            if (index.FindNode(endpoint) is { } node)
                AddNode(node);
        }
        var data = new CyEdgeData(relationship.Id, relationship.StartId, relationship.EndId, relationship.Type,
            index.DocumentOf(relationship), NodeNaming.AsNullable(relationship.Properties));
        _edges[relationship.Id] = new CyEdge(data, relationship.Type);
        return this;
    }

    /// <summary>An edge a view derives between two nodes already present (e.g. agencies sharing measures).</summary>
    public ElementsBuilder AddVirtualEdge(string sourceId, string targetId, string label, object? weight)
    {
        if (!_nodes.ContainsKey(sourceId) || !_nodes.ContainsKey(targetId))
            return this;
        var id = $"{label}:{sourceId}->{targetId}";
        var props = new Dictionary<string, object?> { ["weight"] = weight };
        _edges.TryAdd(id, new CyEdge(new CyEdgeData(id, sourceId, targetId, label, null, props, Virtual: true), "virtual"));
        return this;
    }

    /// <summary>Adds every node, relationship and path found in a query value, walking lists and maps.</summary>
    public ElementsBuilder AddValue(object? value)
    {
        switch (value)
        {
            case NodeValue node:
                AddNodeValue(node);
                break;
            case RelationshipValue relationship:
                AddRelationshipValue(relationship);
                break;
            case PathValue path:
                path.Nodes.ToList().ForEach(AddNodeValue);
                path.Relationships.ToList().ForEach(AddRelationshipValue);
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var item in map.Values)
                    AddValue(item);
                break;
            case IReadOnlyList<object?> list:
                foreach (var item in list)
                    AddValue(item);
                break;
        }
        return this;
    }

    /// <summary>Registers the nodes of a value first, so relationships can find endpoints listed after them.</summary>
    public void RegisterNodeIds(object? value)
    {
        switch (value)
        {
            case NodeValue node:
                _policyIdByElementId.TryAdd(node.ElementId, PolicyId(node));
                break;
            case PathValue path:
                path.Nodes.ToList().ForEach(n => RegisterNodeIds(n));
                break;
            case IReadOnlyDictionary<string, object?> map:
                map.Values.ToList().ForEach(RegisterNodeIds);
                break;
            case IReadOnlyList<object?> list:
                list.ToList().ForEach(RegisterNodeIds);
                break;
        }
    }

    public CyElements Build() => new(_nodes.Values.ToArray(), _edges.Values.ToArray());

    public static string PolicyId(NodeValue node) =>
        node.Properties.TryGetValue("id", out var id) && id is string s ? s : node.ElementId;

    public static string PolicyId(RelationshipValue relationship) =>
        relationship.Properties.TryGetValue("id", out var id) && id is string s ? s : relationship.ElementId;

    private void AddNodeValue(NodeValue node)
    {
        var id = PolicyId(node);
        _policyIdByElementId.TryAdd(node.ElementId, id);
        if (_nodes.ContainsKey(id))
            return;
        var known = index.FindNode(id);
        _nodes[id] = known is not null
            ? ToCy(id, known.Labels, NodeNaming.AsNullable(known.Properties), index.DocumentOf(known))
            : ToCy(id, node.Labels, node.Properties, null);
    }

    private void AddRelationshipValue(RelationshipValue relationship)
    {
        var id = PolicyId(relationship);
        if (_edges.ContainsKey(id))
            return;
        if (index.FindRelationship(id) is { } known)
        {
            AddRelationship(known);
            return;
        }
        var source = ResolveEndpoint(relationship.StartElementId);
        var target = ResolveEndpoint(relationship.EndElementId);
        // An endpoint the answer neither returned nor the graph knows cannot be drawn.
        if (source is null || target is null)
            return;
        var data = new CyEdgeData(id, source, target, relationship.Type, null, relationship.Properties);
        _edges[id] = new CyEdge(data, relationship.Type);
    }

    private string? ResolveEndpoint(string elementId)
    {
        if (_policyIdByElementId.TryGetValue(elementId, out var policyId) && _nodes.ContainsKey(policyId))
            return policyId;
        if (index.FindNode(policyId ?? elementId) is { } node)
        {
            AddNode(node);
            return node.Id;
        }
        return null;
    }

    private static CyNode ToCy(string id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> props, string? doc)
    {
        var label = NodeNaming.PrimaryLabel(labels);
        var data = new CyNodeData(id, label, labels, NodeNaming.DisplayName(id, labels, props),
            NodeNaming.EnglishName(props), doc, props);
        return new CyNode(data, string.Join(' ', labels));
    }
}
