using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// The per-query budget: values built, result bytes and time. Exceeding one is a positioned query error with a
/// Neo4j-style status code; the same engine then runs the next query normally.
/// </summary>
public sealed class QueryBudgetTests : QueryTestBase
{
    private static readonly QueryOptions Console = QueryOptions.Console;

    [Fact]
    public async Task Doubling_a_string_past_the_value_budget_is_a_positioned_error()
    {
        var error = await Fails(() => Run("RETURN size(split(reduce(s = 'x', i IN range(1, 26) | s + s), '')) AS n",
            options: Console with { MaxSingleValueBytes = null }));

        Assert.Equal("MemoryBudgetExceeded", error.Detail);
        Assert.Equal("Neo.ClientError.Statement.MemoryBudgetExceeded", error.StatusCode);
        Assert.Equal(1, error.Line);
        Assert.NotNull(error.Column);
        Assert.Equal(3L, await Scalar("RETURN 1 + 2"));
    }

    [Fact]
    public async Task Doubling_a_string_past_what_dotnet_can_hold_is_a_query_error_without_a_budget()
    {
        var error = await Fails(() => Run("RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n"));

        Assert.Equal("ValueTooLarge", error.Detail);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task Replace_that_would_outgrow_a_string_is_a_query_error()
    {
        var error = await Fails(() => Run(
            "WITH reduce(s = 'ab', i IN range(1, 20) | s + s) AS s RETURN size(replace(s, 'a', reduce(t = 'x', i IN range(1, 12) | t + t))) AS n"));

        Assert.Equal("ValueTooLarge", error.Detail);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task The_row_cap_does_not_bound_bytes_but_the_result_budget_does()
    {
        var options = Console with { MaxResultBytes = 1024 * 1024 };

        var error = await Fails(() => Run("UNWIND range(1, 2000) AS i RETURN range(1, 20000) AS r", options: options));

        Assert.True(error.Detail == "ResultBudgetExceeded", error.ToString());
        Assert.Equal("Neo.ClientError.Statement.ResultBudgetExceeded", error.StatusCode);
        Assert.True((1, 28) == (error.Line, error.Column), error.ToString());
    }

    [Fact]
    public async Task A_result_within_the_budget_is_returned_whole()
    {
        var result = await Run("UNWIND range(1, 20) AS i RETURN range(1, 100) AS r", options: Console);

        Assert.Equal(20, result.Rows.Count);
        Assert.False(result.Truncated);
    }

    [Theory]
    [InlineData("UNWIND range(1, 100000) AS i RETURN collect(i) AS all", 37)]
    [InlineData("UNWIND range(1, 100000) AS i RETURN i ORDER BY -i", 37)]
    [InlineData("UNWIND range(1, 100000) AS i RETURN DISTINCT i % 50000 AS d", 37)]
    [InlineData("RETURN size([x IN range(1, 100000) | x]) AS n", 13)]
    [InlineData("RETURN size(range(1, 1000000)) AS n", 13)]
    // range() is lazy but counts as built, so every later walk over it is bounded by the budget too.
    public async Task Holding_or_building_more_than_the_value_budget_is_a_positioned_error(string query, int column)
    {
        var options = Console with { MaxValueBytes = 1024 * 1024 };

        var error = await Fails(() => Run(query, options: options));

        Assert.Equal("MemoryBudgetExceeded", error.Detail);
        Assert.True((1, column) == (error.Line, error.Column), error.ToString());
    }

    [Fact]
    public async Task A_timeout_inside_a_string_builder_loop_is_reported_with_its_code()
    {
        var options = new QueryOptions(Timeout: TimeSpan.FromMilliseconds(100));

        var error = await Fails(() => Run("RETURN reduce(s = '', i IN range(1, 100000000) | left(s + 'x', 10)) AS s", options: options));

        Assert.Equal("QueryTimeout", error.Detail);
        Assert.Equal("Neo.ClientError.Transaction.TransactionTimedOut", error.StatusCode);
    }

    [Theory]
    [InlineData("UNWIND [true, false] AS x\nRETURN avg(x) AS a", 2, 8)]
    [InlineData("UNWIND ['a', 1] AS s\nRETURN 1 + s - 2 AS a", 2, 14)]
    [InlineData("WITH [1] AS l\nRETURN l, toInteger(l) AS a", 2, 11)]
    [InlineData("UNWIND [1, 'a'] AS x\nRETURN x ORDER BY x - 1", 2, 21)]
    public async Task Runtime_errors_carry_the_position_of_the_expression_that_raised_them(string query, int line, int column)
    {
        var error = await Fails(() => Run(query));

        Assert.Equal(QueryPhase.Runtime, error.Phase);
        Assert.True((line, column) == (error.Line, error.Column), error.ToString());
    }
}
