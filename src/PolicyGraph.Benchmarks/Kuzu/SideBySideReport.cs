using System.Globalization;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>One query on both engines: the medians, their ratio (ours / Kuzu's) and whether the rows agree.</summary>
public sealed record QueryComparison(string Name, double? OurMedianMs, double? KuzuMedianMs, int Rows, string? Difference)
{
    public double? Ratio => OurMedianMs is { } ours && KuzuMedianMs is { } kuzu && kuzu > 0 ? ours / kuzu : null;

    /// <summary>Both engines agreed on no rows at all: equal, but nothing was compared (a wrong parameter or twin looks the same).</summary>
    public bool EmptyOnBoth => Difference is null && Rows == 0;
}

/// <summary>The two engines' reports (as written by <see cref="EngineSide"/> and kuzu-bench.mjs) set side by side.</summary>
public sealed class SideBySideReport
{
    private readonly JObject _ours;
    private readonly JObject _kuzu;
    private readonly double _ourLoadMs;
    private readonly double _kuzuLoadMs;

    public SideBySideReport(IReadOnlyList<BenchQuery> queries, JObject ours, JObject kuzu, double ourLoadMs, double kuzuLoadMs)
    {
        (_ours, _kuzu, _ourLoadMs, _kuzuLoadMs) = (ours, kuzu, ourLoadMs, kuzuLoadMs);
        Queries = queries.Select(q => Compare(q, Find(ours, q.Name), Find(kuzu, q.Name))).ToArray();
    }

    public IReadOnlyList<QueryComparison> Queries { get; }

    public bool AllRowsEqual => Queries.All(q => q.Difference is null);

    private static JObject? Find(JObject report, string name) =>
        report["queries"]?.OfType<JObject>().FirstOrDefault(q => q.Value<string>("name") == name);

    public static QueryComparison Compare(BenchQuery query, JObject? ours, JObject? kuzu)
    {
        if (ours is null || kuzu is null) return new QueryComparison(query.Name, null, null, 0, "missing from a report");
        var difference = ours.Value<string>("error") is { } ourError ? $"our engine failed: {FirstLine(ourError)}"
            : kuzu.Value<string>("error") is { } kuzuError ? $"Kuzu failed: {FirstLine(kuzuError)}"
            : RowComparison.Difference((JArray)ours["rows"]!, (JArray)kuzu["rows"]!, RowComparison.IsOrdered(query.Cypher));
        return new QueryComparison(query.Name, ours.Value<double?>("medianMs"), kuzu.Value<double?>("medianMs"),
            (ours["rows"] as JArray)?.Count ?? 0, difference);
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    public void Write(TextWriter output)
    {
        output.WriteLine($"{"",-34} {"policygraph",14} {"kuzu",14}");
        output.WriteLine($"{"threads",-34} {_ours.Value<int>("threads"),14} {_kuzu.Value<int>("threads"),14}");
        output.WriteLine($"{"load (CSV to store on disk)",-34} {Ms(_ourLoadMs),14} {Ms(_kuzuLoadMs),14}");
        output.WriteLine($"{"open + first query (fresh process)",-34} {Ms(_ours.Value<double>("openMs")),14} {Ms(_kuzu.Value<double>("openMs")),14}");
        WriteMemory(output, "resident after open (VmRSS)", "residentAfterOpenBytes");
        WriteMemory(output, "anonymous after open (RssAnon)", "anonymousAfterOpenBytes");
        WriteMemory(output, "  file-backed (RssFile)", "fileAfterOpenBytes");
        WriteMemory(output, "resident after the queries (VmRSS)", "residentBytes");
        WriteMemory(output, "anonymous after the queries (RssAnon)", "anonymousBytes");
        WriteMemory(output, "  file-backed (RssFile)", "fileBytes");
        WriteMemory(output, "peak resident (VmHWM)", "peakResidentBytes");
        if (_ours.Value<bool?>("memoryBreakdown") == true)
            output.WriteLine("note: --memory was given: our resident figures after the first query include the breakdowns' own allocations.");
        output.WriteLine();
        output.WriteLine($"{"query",-34} {"rows",6} {"ours (median)",14} {"kuzu (median)",14} {"ratio",7}  rows equal");
        foreach (var query in Queries)
        {
            var ratio = query.Ratio is { } r ? r.ToString(r < 0.1 ? "F3" : "F2", CultureInfo.InvariantCulture) + "x" : "-";
            output.WriteLine($"{query.Name,-34} {query.Rows,6} {Ms(query.OurMedianMs),14} {Ms(query.KuzuMedianMs),14} {ratio,7}  " +
                (query.Difference is not null ? $"NO: {query.Difference}" : query.EmptyOnBoth ? "yes, but 0 rows on both" : "yes"));
        }
        var empty = Queries.Where(q => q.EmptyOnBoth).Select(q => q.Name).ToArray();
        if (empty.Length > 0)
            output.WriteLine($"warning: {string.Join(", ", empty)} returned 0 rows on both engines, so their rows compared nothing: check the query and its parameters.");
        WriteMemoryBreakdown(output);
        var ratios = Queries.Select(q => q.Ratio).OfType<double>().ToArray();
        if (ratios.Length > 0)
            output.WriteLine($"queries at or under 1.0x Kuzu: {ratios.Count(r => r <= 1.0)} of {Queries.Count}; geometric mean ratio " +
                Math.Exp(ratios.Average(Math.Log)).ToString("F2", CultureInfo.InvariantCulture) + "x");
    }

    /// <summary>Our process's memory by kind and structure after open and after each query (cumulative), when the report has it.</summary>
    private void WriteMemoryBreakdown(TextWriter output)
    {
        if (_ours["memoryAfterOpen"] is not JObject afterOpen) return;
        output.WriteLine();
        output.WriteLine("our memory (after open, then after each query's runs):");
        output.WriteLine(MemoryBreakdown.Line("open", afterOpen));
        foreach (var query in Queries)
            if (Find(_ours, query.Name)?["memory"] is JObject memory) output.WriteLine(MemoryBreakdown.Line(query.Name, memory));
    }

    private void WriteMemory(TextWriter output, string label, string key) =>
        output.WriteLine($"{label,-34} {Mb(_ours.Value<long?>(key)),14} {Mb(_kuzu.Value<long?>(key)),14}");

    private static string Ms(double? ms) => ms switch
    {
        null => "-",
        < 1 => $"{ms * 1000:F0} µs",
        < 100 => $"{ms:F2} ms",
        _ => $"{ms:F0} ms",
    };

    private static string Mb(long? bytes) => bytes is { } b ? $"{b / 1048576.0:F0} MB" : "-";
}
