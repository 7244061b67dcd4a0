using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// The graph as the result boundary reads it: like the transaction, but an entity the query deleted is still
/// rendered with its last state instead of failing (RETURN of a deleted node is legal, its property access is not).
/// </summary>
internal sealed class ResultGraphView(GraphTransaction transaction) : IGraphReader
{
    public bool IsDeleted(NodeRef node) => transaction.IsDeleted(node);

    public bool IsDeleted(RelationshipRef relationship) => transaction.IsDeleted(relationship);

    public IReadOnlyList<string> LabelsOf(NodeRef node) => transaction.Labels((int)node.Id);

    public bool HasLabel(NodeRef node, string label) => transaction.HasLabel((int)node.Id, label);

    public object? PropertyOf(NodeRef node, string key) => transaction.NodeProperty((int)node.Id, key);

    public IReadOnlyDictionary<string, object?> PropertiesOf(NodeRef node) => transaction.NodeProperties((int)node.Id);

    public string TypeOf(RelationshipRef relationship) => transaction.RelationshipType((int)relationship.Id);

    public object? PropertyOf(RelationshipRef relationship, string key) => transaction.RelationshipProperty((int)relationship.Id, key);

    public IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipRef relationship) =>
        transaction.RelationshipProperties((int)relationship.Id);

    public NodeRef StartOf(RelationshipRef relationship) => new(transaction.StartNode((int)relationship.Id));

    public NodeRef EndOf(RelationshipRef relationship) => new(transaction.EndNode((int)relationship.Id));
}
