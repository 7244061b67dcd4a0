namespace PolicyGraph.Core.Model;

/// <summary>
/// A directed, typed relationship between two nodes, referenced by their stable ids.
/// Property values follow the same rules as <see cref="GraphNode"/>.
/// </summary>
public sealed record GraphRelationship(
    string Id,
    string Type,
    string StartId,
    string EndId,
    IReadOnlyDictionary<string, object> Properties)
{
    public object? this[string key] => Properties.TryGetValue(key, out var value) ? value : null;
}
