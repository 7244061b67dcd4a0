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
    /// <param name="memoryBreakdown">
    /// Also report our memory by structure after open and after each query (<see cref="MemoryBreakdown"/>). Taking
    /// it allocates, so later queries' resident figures include it; the final figures are read before the last one.
    /// </param>
    /// <param name="warmup">Exactly this many untimed runs per query; null: the adaptive warm-up, which a loaded machine cuts short.</param>
    public static async Task<JObject> RunAsync(
        string storeDirectory, IReadOnlyList<BenchQuery> queries, int repetitions, int? workers, CancellationToken ct,
        bool memoryBreakdown = false, int? warmup = null)
    {
        var options = new BenchmarkOptions(Warmup: warmup, Repetitions: repetitions, Workers: workers);
        options.Validate();
        var watch = Stopwatch.StartNew();
        await using var store = EmbeddedGraphBackend.Open(storeDirectory, StoreOptions.Reader with { PollInterval = null });
        await store.RunAsync(FirstQuery, cancellationToken: ct);
        var openMs = watch.Elapsed.TotalMilliseconds;
        var afterOpen = ResidentMemory.Read(Environment.ProcessId);
        var memoryAfterOpen = memoryBreakdown ? MemoryBreakdown.Read(store.CurrentSnapshot) : null;
        var measured = new JArray();
        var end = afterOpen;
        foreach (var query in queries)
        {
            var collectionsBefore = Collections();
            var line = Line(await BenchmarkRunner.MeasureAsync(store, query, options, ct));
            end = ResidentMemory.Read(Environment.ProcessId);
            // Warm-up and timed runs together: whether a GC setting is honoured shows in how often gen0 is collected.
            line["gcCollections"] = new JArray(Collections().Zip(collectionsBefore, (after, before) => after - before));
            // The peak so far after each query: the first query whose line shows the final peak set it.
            (line["residentBytes"], line["peakResidentBytes"]) = (end?.ResidentBytes, end?.PeakResidentBytes);
            // Cumulative: what this query's runs added to what the queries before it left.
            if (memoryBreakdown) line["memory"] = MemoryBreakdown.Read(store.CurrentSnapshot);
            measured.Add(line);
        }
        return new JObject
        {
            ["engine"] = "policygraph",
            // Large label scans, filters and one-hop counts split into morsels over this many threads.
            ["threads"] = workers ?? Environment.ProcessorCount,
            ["openMs"] = openMs,
            ["residentAfterOpenBytes"] = afterOpen?.ResidentBytes,
            ["anonymousAfterOpenBytes"] = afterOpen?.AnonymousBytes,
            ["fileAfterOpenBytes"] = afterOpen?.FileBytes,
            ["memoryBreakdown"] = memoryBreakdown,
            ["memoryAfterOpen"] = memoryAfterOpen,
            ["residentBytes"] = end?.ResidentBytes,
            ["anonymousBytes"] = end?.AnonymousBytes,
            ["fileBytes"] = end?.FileBytes,
            ["peakResidentBytes"] = end?.PeakResidentBytes,
            ["gcSettings"] = GcSettings(),
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
        // Figures that hold under load, where the medians do not: process CPU and managed bytes allocated per run.
        line["cpuMedianMs"] = measurement.CpuTime?.MedianMs;
        line["allocatedBytesPerRun"] = measurement.AllocatedBytesPerRun;
        return line;
    }

    /// <summary>Collections of generations 0, 1 and 2 so far in this process.</summary>
    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>The GC settings the runtime took (as it reports them), to show which of the host's settings are in force.</summary>
    private static JObject GcSettings()
    {
        var settings = new JObject();
        foreach (var (name, value) in GC.GetConfigurationVariables().OrderBy(entry => entry.Key, StringComparer.Ordinal))
            settings[name] = JToken.FromObject(value);
        return settings;
    }

    public static void Write(JObject report, string path) => File.WriteAllText(path, report.ToString(Formatting.None));
}
