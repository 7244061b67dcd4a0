using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// One operation on one large value: refused before it allocates when the value would pass the single-value cap
/// (QueryOptions.MaxSingleValueBytes), and otherwise done in chunks that check the timeout, with the same answer
/// as in one piece. Behaviour only: which error, or which result; never how long it took.
/// </summary>
public sealed class SingleOperationBudgetTests : QueryTestBase
{
    private static readonly QueryOptions Console = QueryOptions.Console;

    [Theory]
    [InlineData("WITH reduce(s = 'n30', i IN range(1, 36) | s + s) AS s RETURN s AS c")]
    [InlineData("WITH reduce(s = 'ab', i IN range(1, 20) | s + s) AS s RETURN size(s + s) AS c")]
    [InlineData("WITH reduce(s = 'ab', i IN range(1, 20) | s + s) AS s RETURN size(s || s) AS c")]
    [InlineData("WITH reduce(s = 'ab', i IN range(1, 19) | s + s) AS s RETURN size(replace(s, 'a', 'xyz')) AS c")]
    [InlineData("WITH range(1, 300000) AS l RETURN size(l + l) AS c")]
    [InlineData("RETURN size(reverse(range(1, 600000))) AS c")]
    [InlineData("RETURN size([x IN range(1, 600000) | x]) AS c")]
    [InlineData("WITH reduce(s = 'ab', i IN range(1, 19) | s + s) AS s RETURN size(split(s, '')) AS c")]
    public async Task A_value_past_the_single_value_cap_is_refused_before_it_is_built(string query)
    {
        var error = await Fails(() => Run(query, options: Console));

        Assert.Equal("ValueTooLarge", error.Detail);
        Assert.Equal("Neo.ClientError.Statement.ValueTooLarge", error.StatusCode);
        Assert.Contains("4 MB one value may take", error.Message);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task The_cumulative_budget_still_applies_to_values_each_under_the_cap()
    {
        var options = Console with { MaxValueBytes = 8L * 1024 * 1024 };

        var error = await Fails(() => Run("UNWIND range(1, 20) AS i RETURN size(reduce(s = 'ab', j IN range(1, 19) | s + s)) AS c", options: options));

        Assert.Equal("MemoryBudgetExceeded", error.Detail);
    }

    [Fact]
    public async Task Case_conversion_in_chunks_keeps_a_surrogate_pair_whole_across_a_chunk_boundary()
    {
        // U+10428 (Deseret small long I) upper-cases to U+10400; placed so that its two halves straddle 65,536.
        var text = new string('a', 65_535) + "\U00010428" + new string('b', 70_000);

        var result = await Run("RETURN toUpper($t) AS u, toLower(toUpper($t)) AS l", new { t = text }, options: Console);

        Assert.Equal(new string('A', 65_535) + "\U00010400" + new string('B', 70_000), result.Rows[0][0]);
        Assert.Equal(text, result.Rows[0][1]);
    }

    [Fact]
    public async Task Split_piece_by_piece_gives_every_piece_including_empty_ones()
    {
        var pieces = await Scalar("WITH reduce(s = 'a,,b', i IN range(1, 12) | s + ',' + s) AS s RETURN split(s, ',') AS p");

        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(pieces);
        Assert.Equal(3 * 4096, list.Count);
        Assert.Equal(["a", "", "b", "a", "", "b"], list.Take(6));
        Assert.Equal(["a", ",b", ""], (IEnumerable<object?>)(await Scalar("RETURN split('a,,,b,,', ',,') AS p") as IReadOnlyList<object?>)!);
    }

    [Fact]
    public void A_poll_after_the_deadline_is_a_timeout_even_when_no_timer_fired()
    {
        var budget = new QueryBudget(timeout: TimeSpan.FromMilliseconds(1));
        Thread.Sleep(20);

        var error = Assert.Throws<CypherException>(budget.CheckTime);

        Assert.Equal("QueryTimeout", error.Detail);
    }

    [Fact]
    public async Task Without_a_cap_a_value_larger_than_the_console_cap_is_built()
    {
        var length = await Scalar("RETURN size(toUpper(reduce(s = 'ab', i IN range(1, 21) | s + s))) AS n");

        Assert.Equal(2L * (1 << 21), length);
    }
}
