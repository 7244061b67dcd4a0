using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>A tiny in-memory IGraphReader for evaluating expressions in tests.</summary>
internal sealed class TestGraph : IGraphReader
{
    private readonly Dictionary<long, (string[] Labels, Dictionary<string, object?> Properties)> nodes = [];
    private readonly Dictionary<long, (string Type, NodeRef Start, NodeRef End, Dictionary<string, object?> Properties)> relationships = [];
    private readonly HashSet<long> deletedNodes = [];

    public NodeRef AddNode(string[] labels, params (string Key, object? Value)[] properties)
    {
        var id = nodes.Count + 1L;
        nodes[id] = (labels, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        return new NodeRef(id);
    }

    public RelationshipRef AddRelationship(NodeRef start, string type, NodeRef end, params (string Key, object? Value)[] properties)
    {
        var id = 100L + relationships.Count;
        relationships[id] = (type, start, end, properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        return new RelationshipRef(id);
    }

    public void Delete(NodeRef node) => deletedNodes.Add(node.Id);

    public bool IsDeleted(NodeRef node) => deletedNodes.Contains(node.Id);

    public bool IsDeleted(RelationshipRef relationship) => false;

    public IReadOnlyList<string> LabelsOf(NodeRef node) => nodes[node.Id].Labels;

    public bool HasLabel(NodeRef node, string label) => nodes[node.Id].Labels.Contains(label);

    public object? PropertyOf(NodeRef node, string key) => nodes[node.Id].Properties.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, object?> PropertiesOf(NodeRef node) => nodes[node.Id].Properties;

    public string TypeOf(RelationshipRef relationship) => relationships[relationship.Id].Type;

    public object? PropertyOf(RelationshipRef relationship, string key) => relationships[relationship.Id].Properties.GetValueOrDefault(key);

    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipRef relationship) => relationships[relationship.Id].Properties;

    public NodeRef StartOf(RelationshipRef relationship) => relationships[relationship.Id].Start;

    public NodeRef EndOf(RelationshipRef relationship) => relationships[relationship.Id].End;
}
