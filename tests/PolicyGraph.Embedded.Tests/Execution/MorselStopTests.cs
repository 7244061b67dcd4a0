using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A query stopped while its scans are split across threads answers like any stopped query: its timeout as
/// <c>QueryTimeout</c>, the caller's cancellation as a cancellation, never an internal error.
/// </summary>
public sealed class MorselStopTests
{
    // One split one-hop count per input row: the query spends its time in split runs.
    private const string SplitPerRow = "UNWIND range(1, 10000000) AS i MATCH (a:A)-[:R]->(m:M) RETURN count(*) AS n";

    // The same with a pair of ends counted from the middle (PatternMatcher.Pairs.cs).
    private const string PairsPerRow = "UNWIND range(1, 10000000) AS i MATCH (a:A)-[:R]->(m:M)<-[:R]-(b:A) RETURN count(*) AS n";

    [Theory]
    [InlineData(SplitPerRow)]
    [InlineData(PairsPerRow)]
    public async Task A_timeout_during_split_runs_is_a_query_timeout(string query)
    {
        await using var backend = await MorselParallelismTests.RandomGraph(1);
        backend.MorselSize = 3;
        QueryBudget? budget = null;
        backend.BudgetObserver = made => budget = made;

        var error = await Assert.ThrowsAsync<CypherException>(() =>
            backend.RunAsync(query, options: new QueryOptions(Timeout: TimeSpan.FromMilliseconds(300), Workers: 4)));

        Assert.Equal("QueryTimeout", error.Detail);
        Assert.True(budget!.SplitRuns > 0, "no scan was split before the timeout");
    }

    [Theory]
    [InlineData(SplitPerRow)]
    [InlineData(PairsPerRow)]
    public async Task Cancelling_during_split_runs_is_a_cancellation(string query)
    {
        await using var backend = await MorselParallelismTests.RandomGraph(1);
        backend.MorselSize = 3;
        using var cancellation = new CancellationTokenSource();
        QueryBudget? budget = null;
        backend.BudgetObserver = made => budget = made;

        var run = Task.Run(() => backend.RunAsync(query, options: new QueryOptions(Workers: 4), cancellationToken: cancellation.Token));
        while (Volatile.Read(ref budget) is not { SplitRuns: > 0 } && !run.IsCompleted) await Task.Delay(5);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(budget!.SplitRuns > 0);
    }
}
