using System.Globalization;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Json;

/// <summary>
/// Maps the Query API's typed JSON values onto the result model every backend shares.
/// Integers become long (parsed from the string, so values beyond 2^53 survive); floats become double;
/// points become <see cref="SpatialPoint"/> (the type both engines share); temporal, duration, byte-array and
/// unsupported values stay as the ISO / base64 text the server sent, because the shared model has no such types (a
/// string compares and prints the same on both engines).
/// </summary>
internal static class TypedValueReader
{
    public static object? Read(JToken token)
    {
        if (token is not JObject typed || typed["$type"] is not JValue { Value: string type })
            throw Unexpected($"a typed value {{\"$type\", \"_value\"}}, got {Describe(token)}");
        var value = typed["_value"] ?? JValue.CreateNull();
        return type switch
        {
            "Null" => null,
            "Boolean" => value.Type == JTokenType.Boolean ? value.Value<bool>() : throw Unexpected($"a Boolean, got {Describe(value)}"),
            "Integer" => ParseInteger(value),
            "Float" => ParseFloat(value),
            "String" or "Base64" or "Date" or "Time" or "LocalTime" or "ZonedDateTime" or "OffsetDateTime"
                or "LocalDateTime" or "Duration" or "UUID" => Text(value, type),
            // Points come as extended well-known text (SRID=4326;POINT (x y)); they become the engine's point value.
            "Point" => SpatialPoint.FromWkt(Text(value, type)) ?? throw Unexpected($"a point as SRID=n;POINT (x y), got {Describe(value)}"),
            // A value the server cannot represent: its description is kept as text, whatever JSON shape it has.
            "Unsupported" => value.Type == JTokenType.String ? value.Value<string>() : Describe(value),
            "List" => ReadList(value),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            "Vector" => ReadVector(value),
            _ => throw Unexpected($"a known value type, got \"$type\": \"{type}\""),
        };
    }

    public static NodeValue ReadNode(JToken value) => new(
        RequireString(value, "_element_id"),
        (value["_labels"] as JArray ?? []).Select(l => l.Value<string>()!).ToArray(),
        ReadProperties(value));

    public static RelationshipValue ReadRelationship(JToken value) => new(
        RequireString(value, "_element_id"),
        RequireString(value, "_type"),
        RequireString(value, "_start_node_element_id"),
        RequireString(value, "_end_node_element_id"),
        ReadProperties(value));

    private static string Text(JToken value, string type) =>
        value.Type == JTokenType.String
            ? value.Value<string>()!
            : throw Unexpected($"a {type} to carry its value as a string, got {Describe(value)}");

    private static long ParseInteger(JToken value)
    {
        var text = value.Type == JTokenType.Integer ? value.ToString() : Text(value, "Integer");
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Unexpected($"a 64-bit Integer, got '{text}'");
    }

    private static double ParseFloat(JToken value)
    {
        if (value.Type is JTokenType.Float or JTokenType.Integer) return value.Value<double>();
        var text = Text(value, "Float");
        return text switch
        {
            "NaN" or "Nan" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw Unexpected($"a Float, got '{text}'"),
        };
    }

    private static IReadOnlyList<object?> ReadList(JToken value) =>
        (value as JArray ?? throw Unexpected("a List value to be an array")).Select(Read).ToArray();

    private static IReadOnlyDictionary<string, object?> ReadMap(JToken value)
    {
        var map = value as JObject ?? throw Unexpected("a Map value to be an object");
        return map.Properties().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, object?> ReadProperties(JToken entity) =>
        entity["_properties"] is JObject properties ? ReadMap(properties) : new Dictionary<string, object?>();

    /// <summary>A path arrives as alternating Node, Relationship, ..., Node entries.</summary>
    private static PathValue ReadPath(JToken value)
    {
        var nodes = new List<NodeValue>();
        var relationships = new List<RelationshipValue>();
        foreach (var element in value as JArray ?? throw Unexpected("a Path value to be an array"))
        {
            switch (Read(element))
            {
                case NodeValue node: nodes.Add(node); break;
                case RelationshipValue rel: relationships.Add(rel); break;
                default: throw Unexpected("a Path to hold only nodes and relationships");
            }
        }
        if (nodes.Count != relationships.Count + 1)
            throw Unexpected($"a Path with one more node than relationships, got {nodes.Count} and {relationships.Count}");
        return new PathValue(nodes, relationships);
    }

    private static IReadOnlyList<object?> ReadVector(JToken value)
    {
        var isFloat = value.Value<string>("coordinatesType")?.StartsWith("FLOAT", StringComparison.Ordinal) == true;
        var coordinates = value["coordinates"] as JArray ?? throw Unexpected("a Vector to have coordinates");
        return coordinates.Select(c => isFloat ? (object?)ParseFloat(c) : ParseInteger(c)).ToArray();
    }

    private static string RequireString(JToken value, string key) =>
        value[key]?.Value<string>() ?? throw Unexpected($"the field '{key}' in {Describe(value)}");

    private static string Describe(JToken token)
    {
        var text = token.ToString(Newtonsoft.Json.Formatting.None);
        return text.Length <= 80 ? text : text[..80] + "…";
    }

    internal static CypherException Unexpected(string expected) => new(
        "ProtocolError", "UnexpectedResponse", QueryPhase.Runtime,
        $"Unexpected Neo4j Query API response: expected {expected}.");
}
