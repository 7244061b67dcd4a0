using PolicyGraph.Benchmarks;

namespace PolicyGraph.Benchmarks.Tests;

public sealed class FigureSpreadTests
{
    [Fact]
    public void The_median_of_an_even_number_of_measurements_is_the_mean_of_the_two_middle_ones() =>
        Assert.Equal(new FigureSpread(5.0, 1.0, 9.0), FigureSpread.Of([9.0, 1.0, 6.0, 4.0]));

    [Fact]
    public void The_median_of_an_even_number_of_counts_is_the_lower_middle_count() =>
        Assert.Equal(new FigureSpread(2, 1, 4), FigureSpread.OfCounts([4, 1, 3, 2]));

    [Fact]
    public void The_median_of_an_odd_number_is_the_middle_one() =>
        Assert.Equal(new FigureSpread(3, 1, 4), FigureSpread.OfCounts([4, 1, 3]));

    [Fact]
    public void No_values_is_an_error() =>
        Assert.Throws<ArgumentException>(() => FigureSpread.Of([]));
}
