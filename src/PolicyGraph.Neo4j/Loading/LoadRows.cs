using System.Collections;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Neo4j.Loading;

/// <summary>
/// Turns graph elements into the <c>$rows</c> entries the load scripts expect. The stable id is also written
/// as the <c>id</c> property; list properties become <c>IReadOnlyList&lt;object?&gt;</c>, the parameter shape
/// every backend accepts.
/// </summary>
internal static class LoadRows
{
    public static IReadOnlyDictionary<string, object?> ForNode(GraphNode node) => new Dictionary<string, object?>
    {
        [PropertyNames.Id] = node.Id,
        ["properties"] = Properties(node.Id, node.Properties),
    };

    public static IReadOnlyDictionary<string, object?> ForRelationship(GraphRelationship rel) => new Dictionary<string, object?>
    {
        [PropertyNames.Id] = rel.Id,
        ["start"] = rel.StartId,
        ["end"] = rel.EndId,
        ["properties"] = Properties(rel.Id, rel.Properties),
    };

    private static IReadOnlyDictionary<string, object?> Properties(string id, IReadOnlyDictionary<string, object> properties)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties) result[key] = value is string or not IEnumerable ? value : ToList((IEnumerable)value);
        result[PropertyNames.Id] = id;
        return result;
    }

    private static IReadOnlyList<object?> ToList(IEnumerable values) => values.Cast<object?>().ToArray();
}
