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
    public void Cancelling_the_query_stops_every_worker_before_the_call_returns()
    {
        using var cancellation = new CancellationTokenSource();
        var running = 0;

        // The second worker to start cancels: both are then inside a morsel that only a stop ends.
        Assert.ThrowsAny<OperationCanceledException>(() => MorselRunner.Run<int>(2, new QueryParallelism(2, 1), new QueryBudget(cancellation.Token), (_, _, worker) =>
        {
            if (Interlocked.Increment(ref running) == 2) cancellation.Cancel();
            try
            {
                while (true) worker.Poll();
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }));

        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public void A_timeout_noticed_by_one_worker_stops_the_others_and_is_the_error_reported()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(50));
        var started = 0;
        var running = 0;

        var error = Assert.Throws<CypherException>(() => MorselRunner.Run<int>(8, new QueryParallelism(2, 1), budget, (_, _, worker) =>
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            try
            {
                while (true) worker.Poll();
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }));

        Assert.Equal("QueryTimeout", error.Detail);
        Assert.NotNull(budget.StopNoticedAt);
        Assert.InRange(Volatile.Read(ref started), 1, 2);
        Assert.Equal(0, Volatile.Read(ref running));
    }

    [Fact]
    public void A_failing_morsel_fails_the_run_with_its_own_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MorselRunner.Run(50, new QueryParallelism(3, 1), new QueryBudget(), (start, _, _) =>
            start == 17 ? throw new InvalidOperationException("morsel 17") : start));

        Assert.Equal("morsel 17", error.Message);
    }

    [Fact]
    public void The_lowest_morsel_that_failed_is_reported_even_when_a_later_one_failed_first()
    {
        using var laterFailed = new ManualResetEventSlim();

        var error = Assert.Throws<InvalidOperationException>(() => MorselRunner.Run(10, new QueryParallelism(2, 1), new QueryBudget(), (start, _, _) =>
        {
            if (start == 7)
            {
                laterFailed.Set();
                throw new InvalidOperationException("morsel 7");
            }
            // Morsel 3 fails after morsel 7 has (or, if no second thread ever ran, on its own): one thread meets 3 first.
            if (start == 3)
            {
                laterFailed.Wait(TimeSpan.FromSeconds(10));
                throw new InvalidOperationException("morsel 3");
            }
            return start;
        }));

        Assert.Equal("morsel 3", error.Message);
    }

    [Fact]
    public void Morsels_after_a_failed_one_are_not_started_by_a_worker_that_sees_the_failure()
    {
        var ran = new System.Collections.Concurrent.ConcurrentBag<int>();

        Assert.Throws<InvalidOperationException>(() => MorselRunner.Run(100, new QueryParallelism(1, 1), new QueryBudget(), (start, _, _) =>
        {
            ran.Add(start);
            return start == 5 ? throw new InvalidOperationException("morsel 5") : start;
        }));

        Assert.Equal(Enumerable.Range(0, 6), ran.Order());
    }

    [Fact]
    public void Each_run_is_counted_on_the_budget_with_its_items()
    {
        var budget = new QueryBudget();

        MorselRunner.Run(10, new QueryParallelism(2, 3), budget, (start, _, _) => start);
        MorselRunner.Run(5, new QueryParallelism(2, 3), budget, (start, _, _) => start);

        Assert.Equal(2, budget.SplitRuns);
        Assert.Equal(15, budget.SplitItems);
    }
}
