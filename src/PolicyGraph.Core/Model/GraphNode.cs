namespace PolicyGraph.Core.Model;

/// <summary>
/// A node of the extracted policy graph. <see cref="Id"/> is the stable, deterministic string id
/// (also stored as the <c>id</c> property when written to a database).
/// Property values are null-free and one of: bool, long, double, string, or an
/// <see cref="IReadOnlyList{T}"/> of one of those (homogeneous).
/// </summary>
public sealed record GraphNode(
    string Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object> Properties)
{
    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);

    public object? this[string key] => Properties.TryGetValue(key, out var value) ? value : null;
}
