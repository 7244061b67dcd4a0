namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>
/// duration ÷ number and duration × number as Neo4j computes them: each component is cut towards zero, its fraction
/// spills into the next smaller one (a month as 30.436875 days), and what is left below a nanosecond is dropped.
/// Expected values worked out by hand.
/// </summary>
public sealed class DurationScalingTests : QueryTestBase
{
    [Theory]
    // 14 days / 3 = 4 days + 16 h; (12 min 70 s + 1 ns) / 3 = 790,000,000,001 ns / 3 = 263,333,333,333.67 ns, cut to 4 min 23.333333333 s.
    [InlineData("RETURN toString(duration({days: 14, minutes: 12, seconds: 70, nanoseconds: 1}) / 3) AS v", "P4DT16H4M23.333333333S")]
    // 2 ns / 3 = 0.67 ns: nothing is left, it does not round up to 1 ns.
    [InlineData("RETURN toString(duration('PT0.000000002S') / 3) AS v", "PT0S")]
    [InlineData("RETURN toString(duration('PT0.000000001S') / 2) AS v", "PT0S")]
    [InlineData("RETURN toString(duration('PT1S') / 3) AS v", "PT0.333333333S")]
    [InlineData("RETURN toString(duration('PT2S') / 3) AS v", "PT0.666666666S")]
    // Towards zero for a negative quotient too: -666,666,666.67 ns is -666,666,666 ns.
    [InlineData("RETURN toString(duration('PT2S') / -3) AS v", "PT-0.666666666S")]
    // Half a month is 15.2184375 days: 15 days and 0.2184375 × 86,400 s = 18,873 s = 5 h 14 min 33 s.
    [InlineData("RETURN toString(duration('P1M') / 2.0) AS v", "P15DT5H14M33S")]
    // Dividing by 0.5 doubles, exactly.
    [InlineData("RETURN toString(duration('PT0.000000001S') / 0.5) AS v", "PT0.000000002S")]
    public async Task Division_cuts_the_last_nanosecond(string query, string expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Theory]
    // 1.5 ns is 1 ns, not 2.
    [InlineData("RETURN toString(duration('PT0.000000001S') * 1.5) AS v", "PT0.000000001S")]
    [InlineData("RETURN toString(3 * duration('PT0.333333333S')) AS v", "PT0.999999999S")]
    [InlineData("RETURN toString(duration('P1D') * 2) AS v", "P2D")]
    public async Task Multiplication_by_a_fraction_cuts_the_same_way(string query, string expected)
    {
        Assert.Equal(expected, await Scalar(query));
    }

    [Fact]
    public async Task Dividing_a_duration_by_zero_is_an_error()
    {
        var error = await Fails(() => Run("RETURN duration('PT1S') / 0 AS v"));

        Assert.Equal("ArithmeticError", error.Category);
    }

    [Theory]
    [InlineData("RETURN duration('PT1S') * (0.0 / 0.0) AS v")]
    [InlineData("RETURN (1.0 / 0.0) * duration('P1M') AS v")]
    [InlineData("RETURN duration('PT1S') / (-1.0 / 0.0) AS v")]
    [InlineData("RETURN duration('PT1S') * 1.0e300 AS v")]
    [InlineData("RETURN duration({seconds: 0.0 / 0.0}) AS v")]
    [InlineData("RETURN duration({days: -1.0e300}) AS v")]
    public async Task NaN_infinite_and_huge_numbers_are_a_positioned_argument_error(string query)
    {
        var error = await Fails(() => Run(query));

        Assert.Equal("ArgumentError", error.Category);
        Assert.Equal("NumberOutOfRange", error.Detail);
        Assert.Equal(1, error.Line);
        Assert.Contains("finite number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Each fits a decimal, but not a duration once months become days or hours become nanoseconds.
    [InlineData("RETURN duration({years: 9223372036854775807}) AS v")]
    [InlineData("RETURN duration({hours: -9223372036854775807 - 1}) AS v")]
    [InlineData("RETURN duration({seconds: 1.0e19}) AS v")]
    [InlineData("RETURN duration({months: 1.0e28, days: 1.0e28}) AS v")]
    public async Task A_duration_past_64_bit_components_is_a_positioned_argument_error(string query)
    {
        var error = await Fails(() => Run(query));

        Assert.Equal("NumberOutOfRange", error.Detail);
        Assert.Equal(1, error.Line);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_factor_too_small_for_a_nanosecond_gives_an_empty_duration()
    {
        Assert.Equal("PT0S", await Scalar("RETURN toString(duration('PT1S') * 4.9e-324) AS v"));
    }
}
