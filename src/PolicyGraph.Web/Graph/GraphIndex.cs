using PolicyGraph.Core.Model;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Read-only lookups over the loaded graph that the API answers without running Cypher:
/// relationships by node, the document each fact was read from, and per-node search terms.
/// Built once at start-up; the graph does not change while the app runs.
/// </summary>
public sealed partial class GraphIndex
{
    private readonly Dictionary<string, List<GraphRelationship>> _relationshipsByNode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphRelationship> _relationshipsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _documentIdBySourceFile = new(StringComparer.Ordinal);

    /// <param name="referenceAliases">Gazetteer aliases by canonical name, searched for agency and zone nodes of that name.</param>
    public GraphIndex(PropertyGraph graph, IReadOnlyDictionary<string, IReadOnlyList<string>>? referenceAliases = null)
    {
        Graph = graph;
        foreach (var relationship in graph.Relationships)
        {
            _relationshipsById[relationship.Id] = relationship;
            AddAdjacency(relationship.StartId, relationship);
            if (relationship.StartId != relationship.EndId)
                AddAdjacency(relationship.EndId, relationship);
        }
        foreach (var document in graph.Nodes.Where(n => n.HasLabel("Document")))
        {
            if (document["sourceFile"] is string sourceFile)
                _documentIdBySourceFile.TryAdd(FileKey(sourceFile), document.Id);
        }
        _searchEntries = BuildSearchEntries(graph, referenceAliases ?? new Dictionary<string, IReadOnlyList<string>>());
    }

    public PropertyGraph Graph { get; }

    public GraphNode? FindNode(string id) => Graph.FindNode(id);

    public GraphRelationship? FindRelationship(string id) => _relationshipsById.GetValueOrDefault(id);

    public IReadOnlyList<GraphRelationship> RelationshipsOf(string nodeId) =>
        _relationshipsByNode.TryGetValue(nodeId, out var list) ? list : [];

    /// <summary>The document a node was read from: itself for a document, else by its sourceFile.</summary>
    public string? DocumentOf(GraphNode node)
    {
        if (node.HasLabel("Document"))
            return node.Id;
        return node["sourceFile"] is string file ? _documentIdBySourceFile.GetValueOrDefault(FileKey(file)) : null;
    }

    /// <summary>The document an edge's provenance points into: its own sourceFile, else that of an endpoint.</summary>
    public string? DocumentOf(GraphRelationship relationship)
    {
        if (relationship["sourceFile"] is string file && _documentIdBySourceFile.TryGetValue(FileKey(file), out var id))
            return id;
        var end = FindNode(relationship.EndId);
        var start = FindNode(relationship.StartId);
        // The end is usually the measure that carries the line; a document start (CITES, ISSUED_BY) is its own source.
        return (end is null || end.HasLabel("Document") ? null : DocumentOf(end))
            ?? (start is null ? null : DocumentOf(start));
    }

    private void AddAdjacency(string nodeId, GraphRelationship relationship)
    {
        if (!_relationshipsByNode.TryGetValue(nodeId, out var list))
            _relationshipsByNode[nodeId] = list = [];
        list.Add(relationship);
    }

    private static string FileKey(string sourceFile) => Path.GetFileName(sourceFile.Replace('\\', '/'));
}
