using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>
/// A single expression can loop a hundred million times for one row; the query's timeout must still stop it
/// (the loops poll cancellation), instead of the caller waiting for the whole loop.
/// </summary>
public class LongLoopCancellationTests
{
    [Theory]
    [InlineData("RETURN reduce(total = 0, x IN range(1, 100000000) | total + x) AS total")]
    [InlineData("RETURN size([x IN range(1, 100000000) WHERE x % 7 = 0]) AS sevens")]
    [InlineData("RETURN all(x IN range(1, 100000000) WHERE x > 0) AS positive")]
    public async Task A_timeout_stops_a_long_loop_inside_one_expression(string query)
    {
        await using var engine = new EmbeddedGraphBackend();

        var error = await Assert.ThrowsAsync<CypherException>(
            () => engine.RunAsync(query, options: new QueryOptions(Timeout: TimeSpan.FromMilliseconds(100))));

        Assert.Equal("QueryTimeout", error.Detail);
    }
}
