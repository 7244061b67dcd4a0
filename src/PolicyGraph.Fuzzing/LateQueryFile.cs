using Newtonsoft.Json;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// The late queries of a run as JSON lines (<c>{"query": "…", "ratio": 1.9}</c>), so they can be replayed on a quiet
/// machine to tell an engine that does not stop from a machine that was busy. JSON keeps multi-line queries whole.
/// </summary>
public static class LateQueryFile
{
    public static void Write(string path, IEnumerable<LateQuery> queries)
    {
        using var writer = new StreamWriter(path);
        foreach (var late in queries) writer.WriteLine(JsonConvert.SerializeObject(new { query = late.Query, ratio = late.Ratio }));
    }

    /// <summary>The queries of a late-query file; a line that is not such a record is an error naming the file and line.</summary>
    public static IReadOnlyList<string> ReadQueries(string path)
    {
        var queries = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            queries.Add(QueryOf(line) ?? throw new FormatException($"{path}:{lineNumber}: not a late-query record (a JSON object with a \"query\" string)"));
        }
        return queries;
    }

    private static string? QueryOf(string line)
    {
        try
        {
            return JsonConvert.DeserializeObject<Dictionary<string, object?>>(line)?.GetValueOrDefault("query") as string;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
