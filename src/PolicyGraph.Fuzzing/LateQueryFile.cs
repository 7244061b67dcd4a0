using Newtonsoft.Json;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// The late queries of a run as JSON lines (<c>{"query": "…", "ratio": 1.9, …}</c>, then where the time went), so they can be replayed on a quiet
/// machine to tell an engine that does not stop from a machine that was busy. JSON keeps multi-line queries whole.
/// </summary>
public static class LateQueryFile
{
    public static void Write(string path, IEnumerable<LateQuery> queries)
    {
        using var writer = new StreamWriter(path);
        foreach (var late in queries) writer.WriteLine(JsonConvert.SerializeObject(Record(late)));
    }

    // query and ratio first, as before; the breakdown's fields follow, when measured (readers take what they know).
    private static Dictionary<string, object?> Record(LateQuery late)
    {
        var record = new Dictionary<string, object?> { ["query"] = late.Query, ["ratio"] = late.Ratio };
        if (late.Breakdown is { } why)
        {
            record["startDelayMs"] = why.StartDelayMs;
            record["noticeDelayMs"] = why.NoticeDelayMs;
            record["returnDelayMs"] = why.ReturnDelayMs;
            record["gen0"] = why.Gen0;
            record["gen1"] = why.Gen1;
            record["gen2"] = why.Gen2;
            record["gcPauseMs"] = why.GcPauseMs;
            record["steps"] = why.Steps;
            record["largeObjectBytes"] = why.LargeObjectBytes;
        }
        return record;
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
