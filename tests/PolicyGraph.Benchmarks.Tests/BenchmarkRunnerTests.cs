using PolicyGraph.Benchmarks;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Benchmarks.Tests;

public sealed class BenchmarkRunnerTests
{
    /// <summary>A backend that records calls and answers every query with one row, or fails on "FAIL".</summary>
    private sealed class RecordingBackend : IGraphBackend
    {
        public List<string> Queries { get; } = [];

        public List<int> Imports { get; } = [];

        public List<int?> Workers { get; } = [];

        public string Name => "recording";

        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
            QueryOptions? options = null, CancellationToken cancellationToken = default)
        {
            Queries.Add(cypher);
            Workers.Add(options?.Workers);
            if (cypher == "FAIL") throw new CypherException("SyntaxError", "UnexpectedSyntax", QueryPhase.CompileTime, "bad", 1, 1);
            return Task.FromResult(new QueryResult(["x"], [[parameters?["p"]]], QueryCounters.None));
        }

        public Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default)
        {
            Imports.Add(graph.Relationships.Count);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Runs_warmups_then_timed_repetitions_with_parameters()
    {
        var backend = new RecordingBackend();
        var query = new BenchQuery("q", "RETURN $p", new Dictionary<string, object?> { ["p"] = 7L }, 1);
        var measurement = await BenchmarkRunner.MeasureAsync(backend, query, new BenchmarkOptions(Warmup: 2, Repetitions: 5), default);
        Assert.Equal(7, backend.Queries.Count);
        Assert.Equal(2, measurement.WarmupRuns);
        Assert.Equal(5, measurement.Latency!.Count);
        Assert.Equal(1, measurement.Rows);
        Assert.Equal(7L, measurement.Result!.Rows[0][0]);
        Assert.Contains("\"rows\":[[7]]", ResultJson.QueryLine(measurement).ToString(Newtonsoft.Json.Formatting.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Every_run_asks_the_backend_for_the_workers_given(int? workers)
    {
        var backend = new RecordingBackend();
        var query = new BenchQuery("q", "RETURN $p", new Dictionary<string, object?> { ["p"] = 1L }, 1);

        await BenchmarkRunner.MeasureAsync(backend, query, new BenchmarkOptions(Warmup: 1, Repetitions: 2, Workers: workers), default);

        Assert.Equal([workers, workers, workers], backend.Workers);
    }

    [Fact]
    public void Fewer_than_one_worker_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BenchmarkOptions(Workers: 0).Validate());
    }

    [Fact]
    public async Task Adaptive_warmup_runs_until_both_the_minimum_count_and_the_minimum_time_have_passed()
    {
        var backend = new RecordingBackend();
        var policy = new WarmupPolicy(MinimumRuns: 5, MinimumTime: TimeSpan.FromMilliseconds(60), Budget: TimeSpan.FromSeconds(30));
        var query = new BenchQuery("q", "RETURN $p", new Dictionary<string, object?> { ["p"] = 1L }, 1);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var measurement = await BenchmarkRunner.MeasureAsync(backend, query, new BenchmarkOptions(Repetitions: 3, AdaptiveWarmup: policy), default);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(60), $"warm-up ended after {clock.Elapsed}");
        // An instant backend reaches 5 runs long before 60 ms, so the time bound is what stopped it.
        Assert.True(measurement.WarmupRuns > 5, $"only {measurement.WarmupRuns} warm-up runs");
        Assert.Equal(measurement.WarmupRuns + 3, backend.Queries.Count);
        Assert.Equal(3, measurement.Latency!.Count);
    }

    [Fact]
    public void Warmup_policy_needs_the_count_and_the_time_but_stops_at_the_budget()
    {
        var policy = new WarmupPolicy(50, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10));
        Assert.True(policy.NeedsMore(49, TimeSpan.FromSeconds(1)));
        Assert.True(policy.NeedsMore(500, TimeSpan.FromMilliseconds(199)));
        Assert.False(policy.NeedsMore(50, TimeSpan.FromMilliseconds(200)));
        Assert.False(policy.NeedsMore(3, TimeSpan.FromSeconds(11)));
        Assert.True(policy.NeedsMore(0, TimeSpan.FromSeconds(11)));
    }

    [Fact]
    public void An_explicit_warmup_count_overrides_the_adaptive_policy()
    {
        Assert.Equal(WarmupPolicy.Default, new BenchmarkOptions().EffectiveWarmup);
        var fixedRuns = new BenchmarkOptions(Warmup: 2).EffectiveWarmup;
        Assert.True(fixedRuns.NeedsMore(1, TimeSpan.FromHours(1)));
        Assert.False(fixedRuns.NeedsMore(2, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_failing_query_is_reported_not_thrown()
    {
        var measurement = await BenchmarkRunner.MeasureAsync(new RecordingBackend(),
            new BenchQuery("bad", "FAIL", new Dictionary<string, object?>(), 3), new BenchmarkOptions(Warmup: 1), default);
        Assert.Null(measurement.Latency);
        Assert.Contains("SyntaxError.UnexpectedSyntax", measurement.Error);
        var line = ResultJson.QueryLine(measurement);
        Assert.Equal("bad", (string?)line["name"]);
        Assert.Contains("UnexpectedSyntax", (string?)line["error"]);
    }

    [Fact]
    public async Task Loading_imports_nodes_first_then_the_whole_graph()
    {
        var backend = new RecordingBackend();
        var a = new GraphNode("a", ["A"], new Dictionary<string, object>());
        var b = new GraphNode("b", ["A"], new Dictionary<string, object>());
        var graph = new PropertyGraph([a, b], [new GraphRelationship("T:a->b", "T", "a", "b", new Dictionary<string, object>())]);
        var load = await BenchmarkRunner.LoadAsync(backend, graph, default);
        Assert.Equal([0, 1], backend.Imports);
        Assert.Equal((2, 1), (load.Nodes, load.Relationships));
    }

    [Fact]
    public void Summary_json_has_the_documented_fields()
    {
        var load = new LoadMeasurement(10, 4, 12.5, 1000, 200);
        var ok = new QueryMeasurement(new BenchQuery("q", "RETURN 1", new Dictionary<string, object?>(), 1),
            new QueryResult(["x"], [[1L]], QueryCounters.None), LatencySummary.From([1.0, 2.0, 3.0]), null);
        var summary = ResultJson.Summary(load, [ok]);
        Assert.Equal(12.5, (double)summary["loadMs"]!);
        Assert.Equal(100.0, (double)summary["bytesPerNode"]!);
        Assert.Equal(50.0, (double)summary["bytesPerRelationship"]!);
        Assert.Equal(2.0, (double)summary["queries"]![0]!["medianMs"]!);
        Assert.Equal(3.0, (double)summary["queries"]![0]!["p95Ms"]!);
        Assert.Equal(1, (int)summary["queries"]![0]!["rows"]!);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    public void Invalid_options_are_rejected(int warmup, int reps) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BenchmarkOptions(warmup, reps).Validate());
}

public sealed class BenchmarkTableTests
{
    [Fact]
    public async Task Observer_prints_the_load_line_then_a_row_per_query_as_measured()
    {
        await using var backend = new ScriptedBackend();
        var queries = new[]
        {
            new BenchQuery("first", "RETURN 1", new Dictionary<string, object?>(), 1),
            new BenchQuery("broken-one", "FAIL", new Dictionary<string, object?>(), 4),
        };
        var output = new StringWriter();
        var graph = new PolicyGraph.Core.Model.PropertyGraph([], []);
        var run = await BenchmarkRunner.RunAsync(backend, graph, queries, new BenchmarkOptions(0, 3),
            new TableWriterObserver(output, queries), default);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("loaded 0 nodes, 0 relationships", lines[0]);
        Assert.Matches(@"^query\s+rows\s+median\s+p95", lines[1]);
        Assert.Matches(@"^first\s+1\s+\d+ µs", lines[2]);
        Assert.StartsWith("broken-one  error: SyntaxError.UnexpectedSyntax", lines[3]);
        Assert.Equal(2, run.Queries.Count);
    }

    private sealed class ScriptedBackend : PolicyGraph.Core.Querying.IGraphBackend
    {
        public string Name => "scripted";

        public Task<PolicyGraph.Core.Querying.QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
            PolicyGraph.Core.Querying.QueryOptions? options = null, CancellationToken cancellationToken = default) =>
            cypher == "FAIL"
                ? throw new PolicyGraph.Core.Querying.CypherException("SyntaxError", "UnexpectedSyntax",
                    PolicyGraph.Core.Querying.QueryPhase.CompileTime, "bad")
                : Task.FromResult(new PolicyGraph.Core.Querying.QueryResult(["x"], [[1L]], PolicyGraph.Core.Querying.QueryCounters.None));

        public Task ImportAsync(PolicyGraph.Core.Model.PropertyGraph graph, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
