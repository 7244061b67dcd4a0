namespace PolicyGraph.Core.Querying;

// Query results use one value model on every backend, so callers cannot tell the engines apart:
// null, bool, long, double, string, IReadOnlyList<object?>, IReadOnlyDictionary<string, object?>,
// NodeValue, RelationshipValue, PathValue.

/// <summary>A node in a query result. <see cref="ElementId"/> is the backend's identity, not the policy id.</summary>
public sealed record NodeValue(
    string ElementId,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship in a query result.</summary>
public sealed record RelationshipValue(
    string ElementId,
    string Type,
    string StartElementId,
    string EndElementId,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: Nodes.Count == Relationships.Count + 1.</summary>
public sealed record PathValue(
    IReadOnlyList<NodeValue> Nodes,
    IReadOnlyList<RelationshipValue> Relationships);
