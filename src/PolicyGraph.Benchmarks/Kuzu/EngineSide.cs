using System.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyGraph.Benchmarks.Load;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>
/// Our engine's side of the comparison, run in a fresh process: opens the store read-only, answers the same first
/// query Kuzu's side does (count all nodes), then times every query and writes the report in the shape the Kuzu
/// script writes (<c>openMs</c>, resident memory, per query <c>medianMs</c>, <c>columns</c>, <c>rows</c> or <c>error</c>).
/// </summary>
public static class EngineSide
{
    public const string FirstQuery = "MATCH (n) RETURN count(n)";

    /// <param name="workers">Threads one query may split a large scan across; null: every core.</param>
    public static async Task<JObject> RunAsync(string storeDirectory, IReadOnlyList<BenchQuery> queries, int repetitions, int? workers, CancellationToken ct)
    {
        var options = new BenchmarkOptions(Repetitions: repetitions, Workers: workers);
        options.Validate();
        var watch = Stopwatch.StartNew();
        await using var store = EmbeddedGraphBackend.Open(storeDirectory, StoreOptions.Reader with { PollInterval = null });
        await store.RunAsync(FirstQuery, cancellationToken: ct);
        var openMs = watch.Elapsed.TotalMilliseconds;
        var afterOpen = ResidentMemory.Read(Environment.ProcessId);
        var memoryAfterOpen = MemoryBreakdown.Read(store.CurrentSnapshot);
        var measured = new JArray();
        foreach (var query in queries)
        {
            var measurement = await BenchmarkRunner.MeasureAsync(store, query, options, ct);
            var line = Line(measurement);
            // Cumulative: what this query's runs added to what the queries before it left.
            line["memory"] = MemoryBreakdown.Read(store.CurrentSnapshot);
            measured.Add(line);
        }
        var end = ResidentMemory.Read(Environment.ProcessId);
        return new JObject
        {
            ["engine"] = "policygraph",
            // Large label scans, filters and one-hop counts split into morsels over this many threads.
            ["threads"] = workers ?? Environment.ProcessorCount,
            ["openMs"] = openMs,
            ["residentAfterOpenBytes"] = afterOpen?.ResidentBytes,
            ["memoryAfterOpen"] = memoryAfterOpen,
            ["residentBytes"] = end?.ResidentBytes,
            ["peakResidentBytes"] = end?.PeakResidentBytes,
            ["queries"] = measured,
        };
    }

    private static JObject Line(QueryMeasurement measurement)
    {
        var line = ResultJson.QueryLine(measurement);
        if (measurement.Latency is { } latency)
        {
            line["medianMs"] = latency.MedianMs;
            line["warmupRuns"] = measurement.WarmupRuns;
        }
        return line;
    }

    public static void Write(JObject report, string path) => File.WriteAllText(path, report.ToString(Formatting.None));
}
