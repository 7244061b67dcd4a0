namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>Where Neo4j 5 gives a value openCypher leaves open or refuses; expected values worked out by hand.</summary>
public sealed class SemanticsTests : QueryTestBase
{
    [Theory]
    [InlineData("UNWIND [duration('PT1H'), duration('PT30M'), null] AS d RETURN toString(sum(d)) AS v", "PT1H30M")]
    [InlineData("UNWIND [duration('PT1H'), duration('PT30M')] AS d RETURN toString(avg(d)) AS v", "PT45M")]
    [InlineData("UNWIND [duration('P1D'), duration('P2D'), duration('P4D')] AS d RETURN toString(avg(d)) AS v", "P2DT8H")]
    public async Task Sum_and_avg_of_durations_are_durations(string query, string expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Theory]
    [InlineData("UNWIND [duration('PT1H'), 2] AS d RETURN sum(d) AS v")]
    [InlineData("UNWIND [2, duration('PT1H')] AS d RETURN avg(d) AS v")]
    public async Task Numbers_and_durations_do_not_mix_in_one_aggregate(string query)
    {
        var error = await Fails(() => Run(query));
        Assert.Equal("TypeError", error.Category);
    }

    [Fact]
    public async Task Sum_of_numbers_stays_as_before()
    {
        Assert.Equal(6L, await Scalar("UNWIND [1, 2, 3] AS x RETURN sum(x) AS v"));
        Assert.Equal(0L, await Scalar("UNWIND [] AS x RETURN sum(x) AS v"));
        Assert.Null(await Scalar("UNWIND [] AS x RETURN avg(x) AS v"));
    }

    [Theory]
    [InlineData("RETURN 'Due ' + date('2024-01-31') AS v", "Due 2024-01-31")]
    [InlineData("RETURN duration('P1D') + ' later' AS v", "P1D later")]
    public async Task A_string_and_a_temporal_value_join_as_text(string query, string expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Theory]
    [InlineData("RETURN round(-1.5, 0) AS v", -1.0)]
    [InlineData("RETURN round(2.5, 0) AS v", 3.0)]
    [InlineData("RETURN round(-1.5, 0, 'HALF_UP') AS v", -2.0)]
    [InlineData("RETURN round(-1.55, 1) AS v", -1.6)]
    public async Task Round_with_precision_zero_agrees_with_round(string query, double expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Fact]
    public async Task A_match_directly_after_an_updating_call_sees_every_update()
    {
        await Run("CREATE (:Counter {n: 0})");

        var result = await Run(
            "UNWIND [1, 2, 3] AS x CALL () { MATCH (c:Counter) SET c.n = c.n + 1 RETURN c.n AS seen } " +
            "MATCH (c:Counter) RETURN x, seen, c.n AS total ORDER BY x");

        Assert.Equal([[1L, 1L, 3L], [2L, 2L, 3L], [3L, 3L, 3L]], result.Rows.Select(r => r.ToArray()));
    }
}
