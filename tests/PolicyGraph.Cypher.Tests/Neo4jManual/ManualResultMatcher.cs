using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Neo4jManual;

/// <summary>
/// Compares a result value with the manual's value written as JSON. Integers and floats stay apart (1 is not 1.0);
/// temporal values are their ISO text; a node is an object with "_labels" and its properties, a relationship an
/// object with "_type" and its properties, a point an object with "_srid", "x", "y" and, in 3D, "z" (the manual prints
/// point({srid:4326, x:56.7, y:12.78})).
/// </summary>
public static class ManualResultMatcher
{
    public static bool RowsMatch(IReadOnlyList<IReadOnlyList<object?>> actual, IReadOnlyList<JArray> expected, bool ordered)
    {
        if (actual.Count != expected.Count) return false;
        if (ordered) return actual.Zip(expected).All(pair => RowMatches(pair.First, pair.Second));
        var unmatched = expected.ToList();
        foreach (var row in actual)
        {
            var index = unmatched.FindIndex(candidate => RowMatches(row, candidate));
            if (index < 0) return false;
            unmatched.RemoveAt(index);
        }
        return true;
    }

    private static bool RowMatches(IReadOnlyList<object?> row, JArray expected) =>
        row.Count == expected.Count && row.Zip(expected).All(pair => Matches(pair.First, pair.Second));

    public static bool Matches(object? actual, JToken expected) => expected switch
    {
        { Type: JTokenType.Null } => actual is null,
        { Type: JTokenType.Integer } => actual is long number && number == expected.Value<long>(),
        { Type: JTokenType.Float } => actual is double real && SameFloat(real, expected.Value<double>()),
        { Type: JTokenType.String } => actual is string text && text == expected.Value<string>(),
        { Type: JTokenType.Boolean } => actual is bool truth && truth == expected.Value<bool>(),
        JArray list => actual is IReadOnlyList<object?> items && items.Count == list.Count && items.Zip(list).All(p => Matches(p.First, p.Second)),
        JObject map when map.ContainsKey("_labels") => actual is NodeValue node && NodeMatches(node, map),
        JObject map when map.ContainsKey("_type") => actual is RelationshipValue relationship && RelationshipMatches(relationship, map),
        JObject map when map.ContainsKey("_srid") => actual is SpatialPoint point && PointMatches(point, map),
        JObject map => actual is IReadOnlyDictionary<string, object?> entries && MapMatches(entries, map.Properties()),
        _ => false,
    };

    private static bool SameFloat(double actual, double expected) =>
        actual.Equals(expected) || Math.Abs(actual - expected) <= 1e-12 * Math.Max(Math.Abs(actual), Math.Abs(expected));

    private static bool NodeMatches(NodeValue node, JObject expected) =>
        node.Labels.Order().SequenceEqual(expected["_labels"]!.Values<string>().Order()!)
        && MapMatches(node.Properties, expected.Properties().Where(p => !p.Name.StartsWith('_')));

    private static bool RelationshipMatches(RelationshipValue relationship, JObject expected) =>
        relationship.Type == expected.Value<string>("_type")
        && MapMatches(relationship.Properties, expected.Properties().Where(p => !p.Name.StartsWith('_')));

    private static bool MapMatches(IReadOnlyDictionary<string, object?> actual, IEnumerable<JProperty> expected)
    {
        var properties = expected.ToList();
        return actual.Count == properties.Count
            && properties.All(p => actual.TryGetValue(p.Name, out var value) && Matches(value, p.Value));
    }

    private static bool PointMatches(SpatialPoint point, JObject expected) =>
        point.Srid == expected.Value<int>("_srid") && SameFloat(point.X, expected.Value<double>("x")) &&
        SameFloat(point.Y, expected.Value<double>("y")) &&
        (expected.ContainsKey("z") ? point.Z is { } z && SameFloat(z, expected.Value<double>("z")) : point.Z is null);
}
