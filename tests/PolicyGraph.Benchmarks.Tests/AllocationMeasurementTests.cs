using PolicyGraph.Benchmarks;
using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Benchmarks.Tests;

/// <summary>Runs alone: the allocation count is process-wide, so tests running alongside would add to it.</summary>
[CollectionDefinition(nameof(AllocationMeasurementTests), DisableParallelization = true)]
public sealed class AllocationMeasurementCollection;

[Collection(nameof(AllocationMeasurementTests))]
public sealed class AllocationMeasurementTests
{
    [Fact]
    public async Task Reports_the_bytes_each_timed_run_allocates()
    {
        // A large buffer keeps the runtime's own allocations small beside it, while the total of all four runs
        // would still fall outside the range.
        const int bytesPerRun = 16_000_000;
        var backend = new AllocatingBackend(bytesPerRun);
        var query = new BenchQuery("q", "RETURN 1", new Dictionary<string, object?>(), 1);

        var measurement = await BenchmarkRunner.MeasureAsync(backend, query, new BenchmarkOptions(Warmup: 1, Repetitions: 4), default);

        // The lower bound allows for the granularity of the runtime's allocation counters (an imprecise read once
        // came out 1 kB short); the upper bound rules out counting all four runs as one.
        Assert.InRange(measurement.AllocatedBytesPerRun!.Value, bytesPerRun * 99L / 100, 2L * bytesPerRun);
        var summary = ResultJson.Summary(new LoadMeasurement(0, 0, 0, 0, 0), [measurement]).ToString();
        Assert.Contains("\"allocatedBytesPerRun\"", summary);
    }

    /// <summary>A backend that allocates a fixed buffer per query, so allocation per run is known.</summary>
    private sealed class AllocatingBackend(int bytesPerRun) : IGraphBackend
    {
        public byte[] Last { get; private set; } = [];

        public string Name => "allocating";

        public Task<QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
            QueryOptions? options = null, CancellationToken cancellationToken = default)
        {
            Last = new byte[bytesPerRun];
            return Task.FromResult(new QueryResult(["x"], [[1L]], QueryCounters.None));
        }

        public Task ImportAsync(PropertyGraph graph, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
