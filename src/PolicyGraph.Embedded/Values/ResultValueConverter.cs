using System.Globalization;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// Converts runtime values into the backend-neutral result model (PolicyGraph.Core.Querying):
/// NodeRef → NodeValue, RelationshipRef → RelationshipValue, PathRef → PathValue, recursively inside
/// lists and maps. Element ids are the store ids in invariant decimal form.
/// </summary>
public static class ResultValueConverter
{
    public static object? ToResultValue(object? value, IGraphReader graph) => ToResultValue(value, graph, 0);

    private static object? ToResultValue(object? value, IGraphReader graph, int depth) => value switch
    {
        null or bool or long or double or string => value,
        NodeRef node => ToNodeValue(node, graph),
        RelationshipRef relationship => ToRelationshipValue(relationship, graph),
        PathRef path => ToPathValue(path, graph),
        // The shared result model has no temporal types; their canonical ISO text is what every backend can show.
        Temporal.ITemporalValue temporal => temporal.ToCypherString(),
        _ => ToCompositeResult(value, graph, depth + 1),
    };

    public static string ElementIdOf(NodeRef node) => node.Id.ToString(CultureInfo.InvariantCulture);

    public static string ElementIdOf(RelationshipRef relationship) => relationship.Id.ToString(CultureInfo.InvariantCulture);

    public static NodeValue ToNodeValue(NodeRef node, IGraphReader graph) =>
        new(ElementIdOf(node), graph.LabelsOf(node).ToArray(), ConvertMap(graph.PropertiesOf(node), graph));

    public static RelationshipValue ToRelationshipValue(RelationshipRef relationship, IGraphReader graph) =>
        new(
            ElementIdOf(relationship),
            graph.TypeOf(relationship),
            ElementIdOf(graph.StartOf(relationship)),
            ElementIdOf(graph.EndOf(relationship)),
            ConvertMap(graph.PropertiesOf(relationship), graph));

    public static PathValue ToPathValue(PathRef path, IGraphReader graph)
    {
        var nodes = new NodeValue[path.Nodes.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = ToNodeValue(path.Nodes[i], graph);
        var relationships = new RelationshipValue[path.Relationships.Count];
        for (var i = 0; i < relationships.Length; i++) relationships[i] = ToRelationshipValue(path.Relationships[i], graph);
        return new PathValue(nodes, relationships);
    }

    private static object ToCompositeResult(object value, IGraphReader graph, int depth)
    {
        ValueNesting.Check(depth, "a result");
        return CypherValues.KindOf(value) switch
        {
            CypherValueKind.List => ConvertList(CypherValues.AsList(value), graph, depth),
            CypherValueKind.Map => ConvertMap(CypherValues.AsMap(value), graph, depth),
            _ => CypherValues.Normalize(value)!,
        };
    }

    private static IReadOnlyList<object?> ConvertList(IReadOnlyList<object?> list, IGraphReader graph, int depth)
    {
        var result = new object?[list.Count];
        for (var i = 0; i < result.Length; i++) result[i] = ToResultValue(list[i], graph, depth);
        return result;
    }

    private static IReadOnlyDictionary<string, object?> ConvertMap(IReadOnlyDictionary<string, object?> map, IGraphReader graph, int depth = 0)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map) result[key] = ToResultValue(item, graph, depth);
        return result;
    }
}
