using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>Morsels cover the range once each, in order; a stop (cancellation, timeout, a failing worker) reaches every worker before the call returns.</summary>
public sealed class MorselRunnerTests
{
    [Theory]
    [InlineData(0, 4, 3)]
    [InlineData(1, 4, 3)]
    [InlineData(100, 4, 7)]
    [InlineData(100, 1, 7)]
    [InlineData(97, 3, 100)]
    public void Each_index_lands_in_one_morsel_and_morsels_come_back_in_order(int count, int workers, int size)
    {
        var ranges = MorselRunner.Run(count, new QueryParallelism(workers, size), new QueryBudget(), (start, end, _) => (start, end));

        Assert.Equal(Enumerable.Range(0, count), ranges.SelectMany(r => Enumerable.Range(r.start, r.end - r.start)));
    }

    [Fact]
    public async Task Cancelling_the_query_stops_every_worker_before_the_call_returns()
    {
        using var cancellation = new CancellationTokenSource();
        var running = 0;
        var started = new CountdownEvent(2);
        var run = Task.Run(() => MorselRunner.Run<int>(2, new QueryParallelism(2, 1), new QueryBudget(cancellation.Token), (_, _, worker) =>
        {
            Interlocked.Increment(ref running);
            started.Signal();
            try
            {
                while (true) worker.Poll();
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }));
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public void A_timeout_noticed_by_one_worker_stops_the_others_and_is_the_error_reported()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(50));

        var error = Assert.Throws<CypherException>(() => MorselRunner.Run<int>(8, new QueryParallelism(2, 1), budget, (_, _, worker) =>
        {
            while (true) worker.Poll();
        }));

        Assert.Equal("QueryTimeout", error.Detail);
        Assert.NotNull(budget.StopNoticedAt);
    }

    [Fact]
    public void A_failing_morsel_fails_the_run_with_its_own_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MorselRunner.Run(50, new QueryParallelism(3, 1), new QueryBudget(), (start, _, _) =>
            start == 17 ? throw new InvalidOperationException("morsel 17") : start));

        Assert.Equal("morsel 17", error.Message);
    }
}
