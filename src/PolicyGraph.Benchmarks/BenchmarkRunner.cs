using System.Diagnostics;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// Loads a graph into a backend and times queries. The import runs in two steps, nodes first and then the whole
/// graph (imports are idempotent by id), so the heap growth of each step gives bytes per node and per relationship.
/// </summary>
public static class BenchmarkRunner
{
    public static async Task<LoadMeasurement> LoadAsync(IGraphBackend backend, PropertyGraph graph, CancellationToken ct)
    {
        var nodesOnly = new PropertyGraph(graph.Nodes, []);
        var clock = new Stopwatch();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Start();
        await backend.ImportAsync(nodesOnly, ct);
        clock.Stop();
        var afterNodes = GC.GetTotalMemory(forceFullCollection: true);
        clock.Start();
        await backend.ImportAsync(graph, ct);
        clock.Stop();
        var afterAll = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(nodesOnly);
        return new LoadMeasurement(graph.Nodes.Count, graph.Relationships.Count, clock.Elapsed.TotalMilliseconds,
            afterNodes - before, afterAll - afterNodes);
    }

    /// <summary>Loads the graph, then measures every query in file order, reporting each step as it ends.</summary>
    public static async Task<BenchmarkRun> RunAsync(
        IGraphBackend backend,
        PropertyGraph graph,
        IReadOnlyList<BenchQuery> queries,
        BenchmarkOptions options,
        IBenchmarkObserver? observer,
        CancellationToken ct)
    {
        options.Validate();
        var load = await LoadAsync(backend, graph, ct);
        observer?.Loaded(load);
        var measurements = new List<QueryMeasurement>(queries.Count);
        foreach (var query in queries)
        {
            var measurement = await MeasureAsync(backend, query, options, ct);
            observer?.Measured(measurement);
            measurements.Add(measurement);
        }
        return new BenchmarkRun(load, measurements);
    }

    /// <summary>Warms the query up (see <see cref="WarmupPolicy"/>), then times <see cref="BenchmarkOptions.Repetitions"/> runs.</summary>
    public static async Task<QueryMeasurement> MeasureAsync(
        IGraphBackend backend, BenchQuery query, BenchmarkOptions options, CancellationToken ct)
    {
        options.Validate();
        var queryOptions = new QueryOptions(Timeout: options.QueryTimeout, Workers: options.Workers);
        var warmupRuns = 0;
        try
        {
            QueryResult? result = null;
            var policy = options.EffectiveWarmup;
            var warmupClock = Stopwatch.StartNew();
            for (; policy.NeedsMore(warmupRuns, warmupClock.Elapsed); warmupRuns++)
                result = await backend.RunAsync(query.Cypher, query.Parameters, queryOptions, ct);
            var samples = new List<double>(options.Repetitions);
            var cpuSamples = new List<double>(options.Repetitions);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < options.Repetitions; i++)
            {
                // The CPU clock is read outside the wall-clock interval so its cost does not inflate latency.
                var cpuBefore = ProcessCpuClock.NowMs();
                var clock = Stopwatch.StartNew();
                result = await backend.RunAsync(query.Cypher, query.Parameters, queryOptions, ct);
                samples.Add(clock.Elapsed.TotalMilliseconds);
                if (cpuBefore is { } before && ProcessCpuClock.NowMs() is { } after) cpuSamples.Add(after - before);
            }
            var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / options.Repetitions;
            var cpu = cpuSamples.Count > 0 ? LatencySummary.From(cpuSamples) : null;
            return new QueryMeasurement(query, result, LatencySummary.From(samples), null, warmupRuns, cpu, allocatedPerRun);
        }
        catch (CypherException ex)
        {
            return new QueryMeasurement(query, null, null, ex.ToString(), warmupRuns);
        }
    }
}
