using PolicyGraph.Benchmarks;

namespace PolicyGraph.Benchmarks.Tests;

/// <summary>The clock counts every thread of the process, so these tests must not share it with other test classes.</summary>
[CollectionDefinition(nameof(ProcessCpuClockTests), DisableParallelization = true)]
public sealed class ProcessCpuClockCollection;

[Collection(nameof(ProcessCpuClockTests))]
public sealed class ProcessCpuClockTests
{
    [Fact]
    public void Busy_work_advances_the_process_cpu_clock_but_sleeping_barely_does()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ProcessCpuClock.NowMs());
            return;
        }
        var start = ProcessCpuClock.NowMs()!.Value;
        var x = BurnCpu(20_000_000);
        var afterSpin = ProcessCpuClock.NowMs()!.Value;
        Thread.Sleep(200);
        var afterSleep = ProcessCpuClock.NowMs()!.Value;
        Assert.NotEqual(0, x);
        // A fixed amount of work costs the same CPU however busy the machine is (20M dependent steps: well over 1 ms).
        Assert.True(afterSpin - start > 1, $"spin cost {afterSpin - start} ms of CPU");
        // Sleeping 200 ms costs far less than 200 ms of CPU, even counting the test host's other threads.
        Assert.True(afterSleep - afterSpin < 150, $"sleep cost {afterSleep - afterSpin} ms of CPU");
    }

    [Fact]
    public async Task Measurements_report_cpu_time_per_repetition_where_available()
    {
        await using var backend = new SpinningBackend();
        var query = new BenchQuery("spin", "RETURN 1", new Dictionary<string, object?>(), 1);
        var measurement = await BenchmarkRunner.MeasureAsync(backend, query, new BenchmarkOptions(Warmup: 0, Repetitions: 3), default);
        if (!ProcessCpuClock.IsAvailable)
        {
            Assert.Null(measurement.CpuTime);
            return;
        }
        Assert.Equal(3, measurement.CpuTime!.Count);
        Assert.True(measurement.CpuTime.MedianMs > 0.5, $"cpu median {measurement.CpuTime.MedianMs} ms");
        Assert.Contains("cpuMedianMs", ResultJson.Summary(new LoadMeasurement(0, 0, 0, 0, 0), [measurement]).ToString());
    }

    /// <summary>A fixed amount of work that the JIT cannot remove: each step depends on the previous one.</summary>
    internal static long BurnCpu(int steps)
    {
        var x = 1L;
        for (var i = 0; i < steps; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    }

    /// <summary>Burns a fixed amount of CPU (several milliseconds) per query.</summary>
    private sealed class SpinningBackend : PolicyGraph.Core.Querying.IGraphBackend
    {
        public string Name => "spinning";

        public Task<PolicyGraph.Core.Querying.QueryResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null,
            PolicyGraph.Core.Querying.QueryOptions? options = null, CancellationToken cancellationToken = default)
        {
            GC.KeepAlive(BurnCpu(5_000_000));
            return Task.FromResult(new PolicyGraph.Core.Querying.QueryResult(["x"], [[1L]], PolicyGraph.Core.Querying.QueryCounters.None));
        }

        public Task ImportAsync(PolicyGraph.Core.Model.PropertyGraph graph, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
