using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Read access to the graph state a query currently sees (its snapshot plus its own uncommitted writes).
/// Used by expression evaluation for property access, labels(), type(), startNode() and friends.
/// </summary>
public interface IGraphReader
{
    bool IsDeleted(NodeRef node);

    bool IsDeleted(RelationshipRef relationship);

    IReadOnlyList<string> LabelsOf(NodeRef node);

    bool HasLabel(NodeRef node, string label);

    /// <summary>The property value, or null when absent.</summary>
    object? PropertyOf(NodeRef node, string key);

    IReadOnlyDictionary<string, object?> PropertiesOf(NodeRef node);

    string TypeOf(RelationshipRef relationship);

    object? PropertyOf(RelationshipRef relationship, string key);

    IReadOnlyDictionary<string, object?> PropertiesOf(RelationshipRef relationship);

    NodeRef StartOf(RelationshipRef relationship);

    NodeRef EndOf(RelationshipRef relationship);
}
