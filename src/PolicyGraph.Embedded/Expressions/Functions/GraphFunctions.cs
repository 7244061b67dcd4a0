using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>Functions over nodes, relationships, paths and maps: id, labels, type, keys, properties, ...</summary>
internal static class GraphFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add("id", 1, static (a, _) => Id(a[0]));
        registry.Add("elementId", 1, static (a, _) => ElementId(a[0]));
        registry.Add("labels", 1, static (a, c) => Labels(a[0], c.Graph));
        registry.Add("type", 1, static (a, c) => Type(a[0], c.Graph));
        registry.Add("keys", 1, static (a, c) => Keys(a[0], c.Graph));
        registry.Add("properties", 1, static (a, c) => Properties(a[0], c.Graph));
        registry.Add("startNode", 1, static (a, c) => Endpoint("startNode", a[0], c.Graph, start: true));
        registry.Add("endNode", 1, static (a, c) => Endpoint("endNode", a[0], c.Graph, start: false));
        registry.Add("nodes", 1, static (a, _) => Nodes(a[0]));
        registry.Add("relationships", 1, static (a, _) => Relationships(a[0]));
        registry.Add("length", 1, static (a, _) => Length(a[0]));
    }

    /// <summary>Raised when a query reads a node or relationship it has already deleted.</summary>
    public static CypherException DeletedEntityAccess(string what) =>
        new("EntityNotFound", "DeletedEntityAccess", QueryPhase.Runtime, $"Cannot read {what} of a deleted entity.");

    public static NodeRef LiveNode(NodeRef node, IGraphReader graph, string what) =>
        graph.IsDeleted(node) ? throw DeletedEntityAccess(what) : node;

    public static RelationshipRef LiveRelationship(RelationshipRef relationship, IGraphReader graph, string what) =>
        graph.IsDeleted(relationship) ? throw DeletedEntityAccess(what) : relationship;

    private static object? Id(object? value) => value switch
    {
        null => null,
        NodeRef node => node.Id,
        RelationshipRef relationship => relationship.Id,
        _ => throw CypherErrors.InvalidArgumentValue("id", value),
    };

    private static object? ElementId(object? value) => value switch
    {
        null => null,
        NodeRef node => ResultValueConverter.ElementIdOf(node),
        RelationshipRef relationship => ResultValueConverter.ElementIdOf(relationship),
        _ => throw CypherErrors.InvalidArgumentValue("elementId", value),
    };

    private static object? Labels(object? value, IGraphReader graph) => value switch
    {
        null => null,
        NodeRef node => ToList(graph.LabelsOf(LiveNode(node, graph, "labels"))),
        _ => throw CypherErrors.InvalidArgumentValue("labels", value),
    };

    private static object? Type(object? value, IGraphReader graph) => value switch
    {
        null => null,
        RelationshipRef relationship => graph.TypeOf(relationship),
        _ => throw CypherErrors.InvalidArgumentValue("type", value),
    };

    private static object? Keys(object? value, IGraphReader graph)
    {
        var map = PropertiesOrMap("keys", value, graph);
        if (map is null) return null;
        var keys = new List<object?>(map.Count);
        foreach (var key in map.Keys) keys.Add(key);
        return keys;
    }

    private static object? Properties(object? value, IGraphReader graph) => PropertiesOrMap("properties", value, graph);

    private static IReadOnlyDictionary<string, object?>? PropertiesOrMap(string function, object? value, IGraphReader graph)
    {
        if (value is null) return null;
        return value switch
        {
            NodeRef node => graph.PropertiesOf(LiveNode(node, graph, "properties")),
            RelationshipRef relationship => graph.PropertiesOf(LiveRelationship(relationship, graph, "properties")),
            _ when CypherValues.KindOf(value) == CypherValueKind.Map => CypherValues.AsMap(value),
            _ => throw CypherErrors.InvalidArgumentValue(function, value),
        };
    }

    private static object? Endpoint(string function, object? value, IGraphReader graph, bool start) => value switch
    {
        null => null,
        RelationshipRef relationship => start ? graph.StartOf(relationship) : graph.EndOf(relationship),
        _ => throw CypherErrors.InvalidArgumentValue(function, value),
    };

    private static object? Nodes(object? value) => value switch
    {
        null => null,
        PathRef path => ToList(path.Nodes),
        _ => throw CypherErrors.InvalidArgumentValue("nodes", value),
    };

    private static object? Relationships(object? value) => value switch
    {
        null => null,
        PathRef path => ToList(path.Relationships),
        _ => throw CypherErrors.InvalidArgumentValue("relationships", value),
    };

    private static object? Length(object? value) => value switch
    {
        null => null,
        PathRef path => (long)path.Relationships.Count,
        string text => (long)text.Length,
        _ when CypherValues.KindOf(value) == CypherValueKind.List => (long)CypherValues.AsList(value).Count,
        _ => throw CypherErrors.InvalidArgumentValue("length", value),
    };

    private static IReadOnlyList<object?> ToList<T>(IReadOnlyList<T> items)
    {
        var result = new object?[items.Count];
        for (var i = 0; i < result.Length; i++) result[i] = items[i];
        return result;
    }
}
