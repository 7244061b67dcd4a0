using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions.Aggregation;
using PolicyGraph.Embedded.Tests.Values;

namespace PolicyGraph.Embedded.Tests.Expressions;

public class AggregatorTests
{
    private static object? Aggregate(string name, IEnumerable<object?> values, bool distinct = false, object? argument = null)
    {
        var aggregator = AggregatorFactory.Create(name, distinct);
        foreach (var value in values)
        {
            if (aggregator is IParameterizedAggregator parameterized) parameterized.SetArgument(argument);
            aggregator.Add(value);
        }
        return aggregator.Result();
    }

    [Fact]
    public void Count_skips_nulls_and_count_star_does_not()
    {
        Assert.Equal(2L, Aggregate("count", [1L, null, 2L]));
        var star = AggregatorFactory.CreateCountStar();
        star.Add(null);
        star.Add(1L);
        Assert.Equal(2L, star.Result());
        Assert.Equal(2L, Aggregate("COUNT", [1L, 1.0, 2L, null], distinct: true));
    }

    [Fact]
    public void Empty_groups_give_the_identity_of_each_aggregate()
    {
        Assert.Equal(0L, Aggregate("count", []));
        Assert.Equal(0L, Aggregate("sum", []));
        Assert.Empty((IEnumerable<object?>)Aggregate("collect", [])!);
        Assert.Null(Aggregate("avg", []));
        Assert.Null(Aggregate("min", []));
        Assert.Null(Aggregate("max", []));
    }

    [Fact]
    public void Collect_skips_nulls_and_keeps_order()
    {
        Assert.Equal(new object?[] { 3L, 1L, 3L }, (IEnumerable<object?>)Aggregate("collect", [3L, null, 1L, 3L])!);
        Assert.Equal(new object?[] { 3L, 1L }, (IEnumerable<object?>)Aggregate("collect", [3L, null, 1L, 3L], distinct: true)!);
    }

    [Fact]
    public void Sum_and_avg()
    {
        Assert.Equal(6L, Aggregate("sum", [1L, 2L, 3L]));
        Assert.Equal(6.5, Aggregate("sum", [1L, 2.5, 3L]));
        Assert.Equal(2.0, Aggregate("avg", [1L, 2L, 3L, null]));
        Assert.Throws<CypherException>(() => Aggregate("sum", ["a"]));
    }

    public static TheoryData<object?[], object?, object?> MinMaxCases => new()
    {
        // TCK Aggregation2.
        { [1L, 2L, 0L, null, -1L], -1L, 2L },
        { [1L, 2.0, 5L, null, 3.2, 0.1], 0.1, 5L },
        { ["a", "b", "B", null, "abc", "abc1"], "B", "b" },
        { [1L, "a", null, V.List(1L, 2L), 0.2, "b"], V.List(1L, 2L), 1L },
    };

    [Theory]
    [MemberData(nameof(MinMaxCases))]
    public void Min_and_max_use_the_cross_type_order(object?[] values, object? min, object? max)
    {
        Assert.Equal(min, Aggregate("min", values));
        Assert.Equal(max, Aggregate("max", values));
    }

    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(0.5, 20.0)]
    [InlineData(1.0, 30.0)]
    public void Percentiles_follow_the_TCK(double percentile, double expected)
    {
        // TCK Aggregation6 [1], [2].
        Assert.Equal(expected, Aggregate("percentileDisc", [10.0, 20.0, 30.0], argument: percentile));
        Assert.Equal(expected, Aggregate("percentileCont", [10.0, 20.0, 30.0], argument: percentile));
    }

    [Fact]
    public void PercentileCont_interpolates()
    {
        Assert.Equal(15.0, Aggregate("percentileCont", [10L, 20L], argument: 0.5));
        Assert.Equal(10L, Aggregate("percentileDisc", [10L, 20L], argument: 0.5));
    }

    [Theory]
    [InlineData(1000L)]
    [InlineData(-1L)]
    [InlineData(1.1)]
    public void Percentiles_outside_zero_to_one_are_rejected(object percentile)
    {
        // TCK Aggregation6 [3], [4].
        var error = Assert.Throws<CypherException>(() => Aggregate("percentileCont", [10.0], argument: percentile));
        Assert.Equal(("ArgumentError", "NumberOutOfRange"), (error.Category, error.Detail));
    }

    [Fact]
    public void Standard_deviations()
    {
        object?[] values = [2L, 4L, 4L, 4L, 5L, 5L, 7L, 9L];
        Assert.Equal(2.0, (double)Aggregate("stDevP", values)!, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), (double)Aggregate("stDev", values)!, 12);
        Assert.Equal(0.0, Aggregate("stDev", [1L]));
    }
}
