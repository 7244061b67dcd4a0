using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export;

/// <summary>
/// Reads the format <see cref="JsonGraphExporter"/> writes back into a <see cref="PropertyGraph"/>.
/// Integers become long, other numbers double; arrays become typed lists.
/// </summary>
public static class JsonGraphReader
{
    /// <exception cref="FormatException">The text is not a graph document (message gives line and position).</exception>
    public static PropertyGraph Read(TextReader reader, string sourceName = "<json>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        JObject root;
        try
        {
            using var json = new JsonTextReader(reader) { DateParseHandling = DateParseHandling.None };
            root = JObject.Load(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException e)
        {
            throw new FormatException($"{sourceName}:{e.LineNumber}:{e.LinePosition}: {e.Message}", e);
        }
        var nodes = RequireArray(root, "nodes", sourceName).Select(t => (Token: t, Node: ReadNode(t, sourceName))).ToList();
        var relationships = RequireArray(root, "relationships", sourceName)
            .Select(t => (Token: t, Relationship: ReadRelationship(t, sourceName))).ToList();
        CheckReferences(nodes, relationships, sourceName);
        return new PropertyGraph(nodes.Select(n => n.Node), relationships.Select(r => r.Relationship));
    }

    /// <summary>The graph model's own checks, made here so the error can say where in the file the problem is.</summary>
    private static void CheckReferences(
        List<(JToken Token, GraphNode Node)> nodes, List<(JToken Token, GraphRelationship Relationship)> relationships, string source)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (token, node) in nodes)
        {
            if (!ids.Add(node.Id))
                throw Error(token, source, $"node id '{node.Id}' occurs more than once");
        }
        foreach (var (token, rel) in relationships)
        {
            var missing = !ids.Contains(rel.StartId) ? rel.StartId : !ids.Contains(rel.EndId) ? rel.EndId : null;
            if (missing is not null)
                throw Error(token, source, $"relationship '{rel.Id}' refers to node '{missing}', which the file does not hold");
        }
    }

    public static PropertyGraph ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    private static GraphNode ReadNode(JToken token, string source)
    {
        var node = RequireObject(token, source);
        var labels = RequireArray(node, "labels", source).Select(l => RequireString(l, source)).ToList();
        return new GraphNode(RequireString(node, "id", source), labels, ReadProperties(node, source));
    }

    private static GraphRelationship ReadRelationship(JToken token, string source)
    {
        var rel = RequireObject(token, source);
        return new GraphRelationship(
            RequireString(rel, "id", source),
            RequireString(rel, "type", source),
            RequireString(rel, "start", source),
            RequireString(rel, "end", source),
            ReadProperties(rel, source));
    }

    private static Dictionary<string, object> ReadProperties(JObject owner, string source)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (owner["properties"] is not JObject map)
            throw Error(owner, source, "expected a \"properties\" object");
        foreach (var property in map.Properties())
            properties[property.Name] = ReadValue(property.Value, source);
        return properties;
    }

    private static object ReadValue(JToken token, string source) => token.Type switch
    {
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.Integer => AsLong(token, source),
        JTokenType.Float => token.Value<double>(),
        JTokenType.String => token.Value<string>()!,
        JTokenType.Array => ReadList((JArray)token, source),
        JTokenType.Object => ReadPoint((JObject)token, source),
        _ => throw Error(token, source, $"unsupported property value of JSON type {token.Type}"),
    };

    /// <summary>The exporter's point object {"srid", "x", "y"[, "z"]}.</summary>
    private static object ReadPoint(JObject point, string source)
    {
        var srid = point["srid"]?.Type == JTokenType.Integer ? point.Value<int>("srid") : 0;
        var numbers = new[] { "x", "y", "z" }.Select(k => point[k]).ToArray();
        if (Core.Querying.SpatialPoint.Dimensions(srid) is not { } dimensions ||
            numbers.Take(dimensions).Any(n => n?.Type is not (JTokenType.Float or JTokenType.Integer)) ||
            point.Properties().Count() != dimensions + 1)
            throw Error(point, source, "a property object must be a point: {\"srid\": 4326 | 4979 | 7203 | 9157, \"x\", \"y\"[, \"z\"]}");
        var (x, y) = (numbers[0]!.Value<double>(), numbers[1]!.Value<double>());
        return dimensions == 2
            ? Core.Querying.SpatialPoint.Create(srid, x, y)
            : Core.Querying.SpatialPoint.Create(srid, x, y, numbers[2]!.Value<double>());
    }

    private static object ReadList(JArray array, string source)
    {
        var types = array.Select(t => t.Type).Distinct().ToList();
        if (types.Count == 0 || types.All(t => t == JTokenType.String))
            return array.Select(t => t.Value<string>()!).ToList();
        if (types.All(t => t == JTokenType.Integer))
            return array.Select(t => AsLong(t, source)).ToList();
        if (types.All(t => t is JTokenType.Integer or JTokenType.Float))
            return array.Select(t => t.Value<double>()).ToList();
        if (types.All(t => t == JTokenType.Boolean))
            return array.Select(t => t.Value<bool>()).ToList();
        throw Error(array, source, "a list property must hold values of one type");
    }

    private static long AsLong(JToken token, string source) =>
        ((JValue)token).Value is long value ? value : throw Error(token, source, "integer outside the 64-bit range");

    private static JArray RequireArray(JObject owner, string name, string source) =>
        owner[name] as JArray ?? throw Error(owner, source, $"expected a \"{name}\" array");

    private static JObject RequireObject(JToken token, string source) =>
        token as JObject ?? throw Error(token, source, "expected an object");

    private static string RequireString(JObject owner, string name, string source) =>
        owner[name] is { Type: JTokenType.String } value
            ? value.Value<string>()!
            : throw Error(owner, source, $"expected a string \"{name}\"");

    private static string RequireString(JToken token, string source) =>
        token.Type == JTokenType.String ? token.Value<string>()! : throw Error(token, source, "expected a string");

    private static FormatException Error(JToken token, string source, string problem)
    {
        var info = (IJsonLineInfo)token;
        return new FormatException($"{source}:{info.LineNumber}:{info.LinePosition}: {problem}.");
    }
}
