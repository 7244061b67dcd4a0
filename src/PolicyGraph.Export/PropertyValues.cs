using System.Collections;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export;

/// <summary>The scalar type of a property value (lists report the type of their items).</summary>
public enum PropertyValueKind
{
    Boolean,
    Long,
    Double,
    String,

    /// <summary>A <see cref="Core.Querying.SpatialPoint"/>.</summary>
    Point,
}

/// <summary>
/// Classifies property values of the graph model and gives exporters a deterministic order. Values outside the
/// model (anything but bool, integers, floating point, string, or a list of those) are rejected with the owner
/// and key named.
/// </summary>
public static class PropertyValues
{
    public static IEnumerable<GraphNode> OrderedNodes(PropertyGraph graph) =>
        graph.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal);

    public static IEnumerable<GraphRelationship> OrderedRelationships(PropertyGraph graph) =>
        graph.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal);

    public static IEnumerable<KeyValuePair<string, object>> Ordered(IReadOnlyDictionary<string, object> properties) =>
        properties.OrderBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>True for lists (anything enumerable except strings).</summary>
    public static bool IsList(object value) => value is IEnumerable and not string;

    public static IReadOnlyList<object> Items(object list) => ((IEnumerable)list).Cast<object>().ToList();

    /// <summary>The kind of a scalar, or of a list's items (a list mixing longs and doubles is Double).</summary>
    public static PropertyValueKind KindOf(object value, string owner, string key)
    {
        if (!IsList(value))
            return ScalarKind(value, owner, key);
        var kinds = Items(value).Select(item => ScalarKind(item, owner, key)).Distinct().ToList();
        return kinds.Count switch
        {
            0 => PropertyValueKind.String,
            1 => kinds[0],
            _ when kinds.All(k => k is PropertyValueKind.Long or PropertyValueKind.Double) => PropertyValueKind.Double,
            _ => throw Unsupported(owner, key, "a list mixing value types"),
        };
    }

    public static PropertyValueKind ScalarKind(object value, string owner, string key) => value switch
    {
        bool => PropertyValueKind.Boolean,
        long or int or short or sbyte or byte or ushort or uint => PropertyValueKind.Long,
        double or float or decimal => PropertyValueKind.Double,
        string or char => PropertyValueKind.String,
        Core.Querying.SpatialPoint => PropertyValueKind.Point,
        null => throw Unsupported(owner, key, "null"),
        _ when IsList(value) => throw Unsupported(owner, key, "a nested list"),
        _ => throw Unsupported(owner, key, value.GetType().Name),
    };

    public static long AsLong(object value) => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);

    public static double AsDouble(object value) =>
        Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);

    private static ArgumentException Unsupported(string owner, string key, string what) =>
        new($"Property '{key}' of {owner} holds {what}; the graph model allows bool, long, double, string "
            + "or a list of one of those.");
}
