using System.Globalization;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// Converts runtime values into the backend-neutral result model (PolicyGraph.Core.Querying):
/// NodeRef → NodeValue, RelationshipRef → RelationshipValue, PathRef → PathValue, recursively inside
/// lists and maps. Element ids are the store ids in invariant decimal form. With a <see cref="ResultAllowance"/>,
/// the bytes of the result are counted before each list is allocated, so range(1, 100000000) in a RETURN fails
/// at the limit instead of boxing a hundred million numbers.
/// </summary>
public static class ResultValueConverter
{
    public static object? ToResultValue(object? value, IGraphReader graph) => ToResultValue(value, graph, null, 0);

    internal static object? ToResultValue(object? value, IGraphReader graph, ResultAllowance? allowance) =>
        ToResultValue(value, graph, allowance, 0);

    private static object? ToResultValue(object? value, IGraphReader graph, ResultAllowance? allowance, int depth)
    {
        allowance?.Spend(ResultAllowance.ScalarBytes + 2L * ((value as string)?.Length ?? 0));
        return value switch
        {
            null or bool or long or double or string or SpatialPoint => value,
            NodeRef node => ToNodeValue(node, graph, allowance),
            RelationshipRef relationship => ToRelationshipValue(relationship, graph, allowance),
            PathRef path => ToPathValue(path, graph, allowance),
            // The shared result model has no temporal types; their canonical ISO text is what every backend can show.
            Temporal.ITemporalValue temporal => temporal.ToCypherString(),
            _ => ToCompositeResult(value, graph, allowance, depth + 1),
        };
    }

    public static string ElementIdOf(NodeRef node) => node.Id.ToString(CultureInfo.InvariantCulture);

    public static string ElementIdOf(RelationshipRef relationship) => relationship.Id.ToString(CultureInfo.InvariantCulture);

    public static NodeValue ToNodeValue(NodeRef node, IGraphReader graph) => ToNodeValue(node, graph, null);

    public static RelationshipValue ToRelationshipValue(RelationshipRef relationship, IGraphReader graph) =>
        ToRelationshipValue(relationship, graph, null);

    public static PathValue ToPathValue(PathRef path, IGraphReader graph) => ToPathValue(path, graph, null);

    private static NodeValue ToNodeValue(NodeRef node, IGraphReader graph, ResultAllowance? allowance) =>
        new(ElementIdOf(node), graph.LabelsOf(node).ToArray(), ConvertMap(graph.PropertiesOf(node), graph, allowance, 0));

    private static RelationshipValue ToRelationshipValue(RelationshipRef relationship, IGraphReader graph, ResultAllowance? allowance) =>
        new(
            ElementIdOf(relationship),
            graph.TypeOf(relationship),
            ElementIdOf(graph.StartOf(relationship)),
            ElementIdOf(graph.EndOf(relationship)),
            ConvertMap(graph.PropertiesOf(relationship), graph, allowance, 0));

    private static PathValue ToPathValue(PathRef path, IGraphReader graph, ResultAllowance? allowance)
    {
        var nodes = new NodeValue[path.Nodes.Count];
        for (var i = 0; i < nodes.Length; i++) nodes[i] = ToNodeValue(path.Nodes[i], graph, allowance);
        var relationships = new RelationshipValue[path.Relationships.Count];
        for (var i = 0; i < relationships.Length; i++) relationships[i] = ToRelationshipValue(path.Relationships[i], graph, allowance);
        return new PathValue(nodes, relationships);
    }

    private static object ToCompositeResult(object value, IGraphReader graph, ResultAllowance? allowance, int depth)
    {
        ValueNesting.Check(depth, "a result");
        return CypherValues.KindOf(value) switch
        {
            CypherValueKind.List => ConvertList(CypherValues.AsList(value), graph, allowance, depth),
            CypherValueKind.Map => ConvertMap(CypherValues.AsMap(value), graph, allowance, depth),
            _ => CypherValues.Normalize(value)!,
        };
    }

    private static IReadOnlyList<object?> ConvertList(IReadOnlyList<object?> list, IGraphReader graph, ResultAllowance? allowance, int depth)
    {
        allowance?.Spend(ResultAllowance.ScalarBytes * (long)list.Count);
        var result = new object?[list.Count];
        for (var i = 0; i < result.Length; i++) result[i] = ToResultValue(list[i], graph, allowance, depth);
        return result;
    }

    private static IReadOnlyDictionary<string, object?> ConvertMap(
        IReadOnlyDictionary<string, object?> map, IGraphReader graph, ResultAllowance? allowance, int depth)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map) result[key] = ToResultValue(item, graph, allowance, depth);
        return result;
    }
}

/// <summary>
/// The bytes a query's result may still take (<see cref="QueryOptions.MaxResultBytes"/>), spent as values are
/// converted: an estimate of their returned size (about what their JSON takes). Converting also polls the
/// query's budget, so a huge result honours the timeout.
/// </summary>
internal sealed class ResultAllowance(long? limit, QueryBudget budget)
{
    public const long ScalarBytes = 8;

    private long _spent;

    public void Spend(long bytes)
    {
        _spent += bytes;
        if (limit is { } max && _spent > max) throw QueryBudget.ResultTooLarge(max);
        budget.Poll();
    }
}
