using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cli;

/// <summary>Converts between JSON and the query value model (parameters in, results out).</summary>
internal static class JsonValues
{
    public static object? ToPlain(JToken token) => token.Type switch
    {
        JTokenType.Null or JTokenType.Undefined => null,
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.Integer => token.Value<long>(),
        JTokenType.Float => token.Value<double>(),
        JTokenType.String => token.Value<string>(),
        JTokenType.Array => token.Select(ToPlain).ToList(),
        JTokenType.Object => ((JObject)token).Properties().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        _ => token.ToString(),
    };

    public static object? FromResult(object? value) => value switch
    {
        NodeValue n => new { elementId = n.ElementId, labels = n.Labels, properties = n.Properties.ToDictionary(p => p.Key, p => FromResult(p.Value)) },
        RelationshipValue r => new { elementId = r.ElementId, type = r.Type, start = r.StartElementId, end = r.EndElementId, properties = r.Properties.ToDictionary(p => p.Key, p => FromResult(p.Value)) },
        PathValue p => new { nodes = p.Nodes.Select(FromResult), relationships = p.Relationships.Select(FromResult) },
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => FromResult(p.Value)),
        string s => s,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(FromResult).ToList(),
        _ => value,
    };
}
