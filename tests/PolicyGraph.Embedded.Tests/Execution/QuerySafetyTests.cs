using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class QuerySafetyTests : QueryTestBase
{
    [Fact]
    public async Task Read_only_rejects_updating_queries_before_running_them()
    {
        var options = new QueryOptions(ReadOnly: true);

        var error = await Fails(() => Run("MATCH (n) WITH n LIMIT 1 CREATE (:Spam)", options: options));

        Assert.Equal("WriteInReadOnlyQuery", error.Detail);
        Assert.Equal(QueryPhase.CompileTime, error.Phase);
        Assert.Equal(0L, await Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Read_only_still_runs_reading_queries()
    {
        await Run("CREATE (:A {v: 1})");

        var result = await Run("MATCH (a:A) RETURN a.v", options: new QueryOptions(ReadOnly: true));

        Assert.Equal(1L, Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public async Task Max_rows_truncates_and_says_so()
    {
        var result = await Run("UNWIND range(1, 100) AS i RETURN i", options: new QueryOptions(MaxRows: 10));

        Assert.Equal(10, result.Rows.Count);
        Assert.True(result.Truncated);
        Assert.Equal(10L, result.Rows[^1][0]);
    }

    [Fact]
    public async Task Max_rows_equal_to_the_row_count_is_not_truncation()
    {
        var result = await Run("UNWIND range(1, 10) AS i RETURN i", options: new QueryOptions(MaxRows: 10));

        Assert.Equal(10, result.Rows.Count);
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task Max_rows_does_not_cut_the_writes_of_an_updating_query()
    {
        var result = await Run("UNWIND range(1, 50) AS i CREATE (n:N {i: i}) RETURN n.i", options: new QueryOptions(MaxRows: 5));

        Assert.True(result.Truncated);
        Assert.Equal(50L, await Scalar("MATCH (n:N) RETURN count(n)"));
    }

    [Fact]
    public async Task A_timeout_stops_a_runaway_variable_length_expansion()
    {
        // A complete graph: the number of trails explodes, so only the deadline can stop the query.
        await Run("UNWIND range(1, 12) AS i CREATE (:K {i: i})");
        await Run("MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");
        var options = new QueryOptions(Timeout: TimeSpan.FromMilliseconds(200));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Fails(() => Run("MATCH p = (:K)-[:E*]->(:K) RETURN count(p)", options: options));

        Assert.Equal("QueryTimeout", error.Detail);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_timeout_stops_a_chain_of_fixed_hops_that_fans_out_from_few_anchors()
    {
        // Twelve anchors, each the start of about 11^7 trails that the WHERE rejects only at the end.
        await Run("UNWIND range(1, 12) AS i CREATE (:K {i: i})");
        await Run("MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");
        var options = new QueryOptions(Timeout: TimeSpan.FromMilliseconds(200));

        var error = await Fails(() => Run(
            "MATCH (a)--()--()--()--()--()--()--(c) WHERE a.i + c.i < 0 RETURN c", options: options));

        Assert.Equal("QueryTimeout", error.Detail);
    }

    [Fact]
    public async Task A_timed_out_write_changes_nothing()
    {
        await Run("UNWIND range(1, 10) AS i CREATE (:K {i: i})");
        await Run("MATCH (a:K), (b:K) WHERE a <> b CREATE (a)-[:E]->(b)");
        var options = new QueryOptions(Timeout: TimeSpan.FromMilliseconds(200));

        await Fails(() => Run("MATCH (:K)-[:E*]->(k:K) SET k.touched = true", options: options));

        Assert.Equal(0L, await Scalar("MATCH (k:K) WHERE k.touched RETURN count(k)"));
    }

    [Fact]
    public async Task Caller_cancellation_surfaces_as_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Backend.RunAsync("RETURN 1", cancellationToken: cancel.Token));
    }
}
