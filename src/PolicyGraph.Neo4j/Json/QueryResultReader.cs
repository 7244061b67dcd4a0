using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Neo4j.Json;

/// <summary>
/// Reads a Query API response body (<c>{"data": {"fields": [...], "values": [[...], ...]}, "counters": {...}}</c>)
/// into a <see cref="QueryResult"/>, keeping at most <c>maxRows</c> rows.
/// </summary>
internal static class QueryResultReader
{
    public static QueryResult Read(JObject body, int? maxRows)
    {
        var data = body["data"] as JObject;
        var columns = (data?["fields"] as JArray ?? []).Select(f => f.Value<string>()!).ToArray();
        var values = data?["values"] as JArray ?? [];
        var limit = maxRows ?? int.MaxValue;
        var rows = new List<IReadOnlyList<object?>>(Math.Min(values.Count, limit));
        foreach (var row in values.Take(limit))
        {
            if (row is not JArray cells || cells.Count != columns.Length)
                throw TypedValueReader.Unexpected($"each row to be an array of {columns.Length} value(s)");
            rows.Add(cells.Select(TypedValueReader.Read).ToArray());
        }
        return new QueryResult(columns, rows, ReadCounters(body["counters"] as JObject), values.Count > limit);
    }

    public static QueryCounters ReadCounters(JObject? counters)
    {
        if (counters is null) return QueryCounters.None;
        int Get(string name) => counters[name]?.Value<int>() ?? 0;
        return new QueryCounters(
            Get("nodesCreated"), Get("nodesDeleted"), Get("relationshipsCreated"), Get("relationshipsDeleted"),
            Get("propertiesSet"), Get("labelsAdded"), Get("labelsRemoved"));
    }
}
