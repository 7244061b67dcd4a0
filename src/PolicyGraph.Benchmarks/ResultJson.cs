using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// Result values as JSON: nodes {"labels", "properties"}, relationships {"type", "properties"}, paths
/// {"nodes", "relationships"}; element ids are left out so outputs of different backends compare.
/// </summary>
public static class ResultJson
{
    public static JToken Value(object? value) => value switch
    {
        null => JValue.CreateNull(),
        string or bool or long or int or double or float => new JValue(value),
        NodeValue node => new JObject { ["labels"] = new JArray(node.Labels), ["properties"] = Map(node.Properties) },
        RelationshipValue rel => new JObject { ["type"] = rel.Type, ["properties"] = Map(rel.Properties) },
        PathValue path => new JObject
        {
            ["nodes"] = new JArray(path.Nodes.Select(Value)),
            ["relationships"] = new JArray(path.Relationships.Select(Value)),
        },
        IReadOnlyDictionary<string, object?> map => Map(map),
        System.Collections.IEnumerable list => new JArray(list.Cast<object?>().Select(Value)),
        _ => new JValue(value.ToString()),
    };

    private static JObject Map(IReadOnlyDictionary<string, object?> map) =>
        new(map.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new JProperty(e.Key, Value(e.Value))));

    /// <summary>{"name", "columns", "rows"} or {"name", "error"}.</summary>
    public static JObject QueryLine(QueryMeasurement measurement) => measurement.Result is { } result
        ? new JObject
        {
            ["name"] = measurement.Query.Name,
            ["columns"] = new JArray(result.Columns),
            ["rows"] = new JArray(result.Rows.Select(row => new JArray(row.Select(Value)))),
        }
        : new JObject { ["name"] = measurement.Query.Name, ["error"] = measurement.Error };

    public static JObject Summary(LoadMeasurement load, IEnumerable<QueryMeasurement> measurements) => new()
    {
        ["nodes"] = load.Nodes,
        ["relationships"] = load.Relationships,
        ["loadMs"] = Math.Round(load.LoadMs, 3),
        ["bytesPerNode"] = Math.Round(load.BytesPerNode, 1),
        ["bytesPerRelationship"] = Math.Round(load.BytesPerRelationship, 1),
        ["queries"] = new JArray(measurements.Select(m => m.Latency is { } latency
            ? new JObject
            {
                ["name"] = m.Query.Name, ["rows"] = m.Rows, ["warmupRuns"] = m.WarmupRuns,
                ["medianMs"] = Math.Round(latency.MedianMs, 4), ["p95Ms"] = Math.Round(latency.P95Ms, 4),
                ["cpuMedianMs"] = m.CpuTime is { } cpu ? Math.Round(cpu.MedianMs, 4) : null,
                ["allocatedBytesPerRun"] = m.AllocatedBytesPerRun,
            }
            : new JObject { ["name"] = m.Query.Name, ["error"] = m.Error })),
    };
}
