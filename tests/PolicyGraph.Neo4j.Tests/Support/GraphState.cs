using System.Collections;
using System.Globalization;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>
/// A backend's stored copy of a graph, read back with plain Cypher and rendered as sorted lines
/// ("node id [labels] {props}", "rel id TYPE start->end {props}") so two states compare with Assert.Equal.
/// </summary>
internal static class GraphState
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IGraphBackend backend, PropertyGraph scope)
    {
        var ids = scope.Nodes.Select(n => (object?)n.Id).Concat(scope.Relationships.Select(r => (object?)r.Id)).ToArray();
        var parameters = new Dictionary<string, object?> { ["ids"] = ids };
        var nodes = await backend.RunAsync(
            "MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props", parameters);
        var rels = await backend.RunAsync(
            "MATCH (a)-[r]->(b) WHERE r.id IN $ids RETURN r.id AS id, type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props",
            parameters);
        var lines = nodes.Rows.Select(r => NodeLine((string)r[0]!, ((IEnumerable)r[1]!).Cast<string>(), Props(r[2])))
            .Concat(rels.Rows.Select(r => RelLine((string)r[0]!, (string)r[1]!, (string)r[2]!, (string)r[3]!, Props(r[4]))));
        return lines.Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The same lines computed from the source graph (the id is stored as a property too).</summary>
    public static IReadOnlyList<string> Expected(PropertyGraph graph) =>
        graph.Nodes.Select(n => NodeLine(n.Id, n.Labels, WithId(n.Id, n.Properties)))
            .Concat(graph.Relationships.Select(r => RelLine(r.Id, r.Type, r.StartId, r.EndId, WithId(r.Id, r.Properties))))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static IReadOnlyDictionary<string, object?> Props(object? value) =>
        (IReadOnlyDictionary<string, object?>)value!;

    private static IReadOnlyDictionary<string, object?> WithId(string id, IReadOnlyDictionary<string, object> properties) =>
        properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).Append(new("id", id)).ToDictionary();

    private static string NodeLine(string id, IEnumerable<string> labels, IReadOnlyDictionary<string, object?> props) =>
        $"node {id} [{string.Join(",", labels.Order(StringComparer.Ordinal))}] {Render(props)}";

    private static string RelLine(string id, string type, string start, string end, IReadOnlyDictionary<string, object?> props) =>
        $"rel {id} {type} {start}->{end} {Render(props)}";

    private static string Render(IReadOnlyDictionary<string, object?> props) =>
        "{" + string.Join(", ", props.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Render(p.Value)}")) + "}";

    private static string Render(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "f",
        long or int => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Render)) + "]",
        _ => throw new ArgumentException($"Unexpected stored value of type {value.GetType().Name}."),
    };
}
