using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Collects graph elements from query values, without duplicates, into Cytoscape.js elements. Values identify
/// nodes by backend element ids; the policy id property (<c>id</c>) is used instead so elements from different
/// answers merge on the page.
/// </summary>
public sealed class ElementsBuilder(DocumentFiles documents)
{
    private readonly Dictionary<string, CyNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CyEdge> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _policyIdByElementId = new(StringComparer.Ordinal);

    public int NodeCount => _nodes.Count;

    public bool ContainsNode(string id) => _nodes.ContainsKey(id);

    /// <summary>A relationship whose endpoints' policy ids the query returned beside it.</summary>
    public ElementsBuilder AddRelationship(RelationshipValue relationship, string startId, string endId)
    {
        var id = PolicyId(relationship);
        if (!_edges.ContainsKey(id))
            _edges[id] = ToCy(id, relationship, startId, endId);
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

    /// <summary>
    /// Adds every node, relationship and path found in a query value, walking lists and maps. A relationship whose
    /// endpoints the answer does not hold cannot be drawn and is left out.
    /// </summary>
    public ElementsBuilder AddValue(object? value)
    {
        switch (value)
        {
            case NodeValue node:
                AddNode(node);
                break;
            case RelationshipValue relationship:
                AddRelationshipValue(relationship);
                break;
            case PathValue path:
                path.Nodes.ToList().ForEach(n => AddNode(n));
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

    /// <summary>Adds the nodes of a value first, so relationships can find endpoints listed after them.</summary>
    public void AddNodesOf(object? value)
    {
        switch (value)
        {
            case NodeValue node:
                AddNode(node);
                break;
            case PathValue path:
                path.Nodes.ToList().ForEach(n => AddNode(n));
                break;
            case IReadOnlyDictionary<string, object?> map:
                map.Values.ToList().ForEach(AddNodesOf);
                break;
            case IReadOnlyList<object?> list:
                list.ToList().ForEach(AddNodesOf);
                break;
        }
    }

    public ElementsBuilder AddNode(NodeValue node)
    {
        var id = PolicyId(node);
        _policyIdByElementId.TryAdd(node.ElementId, id);
        _nodes.TryAdd(id, ToCy(id, node));
        return this;
    }

    public CyElements Build() => new(_nodes.Values.ToArray(), _edges.Values.ToArray());

    public CyNode ToCy(string id, NodeValue node)
    {
        var label = NodeNaming.PrimaryLabel(node.Labels);
        var data = new CyNodeData(id, label, node.Labels, NodeNaming.DisplayName(id, node.Labels, node.Properties),
            NodeNaming.EnglishName(node.Properties), documents.DocumentOf(id, node.Labels, node.Properties), node.Properties);
        return new CyNode(data, string.Join(' ', node.Labels));
    }

    public static string PolicyId(NodeValue node) =>
        node.Properties.TryGetValue(PropertyNames.Id, out var id) && id is string s ? s : node.ElementId;

    public static string PolicyId(RelationshipValue relationship) =>
        relationship.Properties.TryGetValue(PropertyNames.Id, out var id) && id is string s ? s : relationship.ElementId;

    private void AddRelationshipValue(RelationshipValue relationship)
    {
        if (_policyIdByElementId.TryGetValue(relationship.StartElementId, out var start)
            && _policyIdByElementId.TryGetValue(relationship.EndElementId, out var end))
            AddRelationship(relationship, start, end);
    }

    private CyEdge ToCy(string id, RelationshipValue relationship, string startId, string endId)
    {
        var data = new CyEdgeData(id, startId, endId, relationship.Type, DocumentOf(relationship, startId, endId), relationship.Properties)
        {
            Sources = EdgeStatements.SourcesOf(relationship.Properties),
            Role = relationship.Properties.GetValueOrDefault(PropertyNames.Role) as string,
        };
        return new CyEdge(data, relationship.Type);
    }

    // The edge's own sourceFile, else the end's (usually the measure carrying the line), else the start's; a document
    // at the end (CITES) is not where the edge was read.
    private string? DocumentOf(RelationshipValue relationship, string startId, string endId)
    {
        if (documents.IdOfFile(relationship.Properties.GetValueOrDefault(PropertyNames.SourceFile) as string) is { } own)
            return own;
        var end = _nodes.GetValueOrDefault(endId)?.Data;
        var start = _nodes.GetValueOrDefault(startId)?.Data;
        return (end is null || end.Labels.Contains(NodeLabels.Document) ? null : end.Doc) ?? start?.Doc;
    }
}
