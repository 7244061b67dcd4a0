using PolicyGraph.Benchmarks;

namespace PolicyGraph.Benchmarks.Tests;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Odd_count_median_is_the_middle_sample()
    {
        var summary = LatencySummary.From([5.0, 1.0, 3.0]);
        Assert.Equal((1.0, 3.0, 5.0, 3.0), (summary.MinMs, summary.MedianMs, summary.MaxMs, summary.MeanMs));
    }

    [Fact]
    public void Even_count_median_averages_the_two_middle_samples() =>
        Assert.Equal(2.5, LatencySummary.From([4.0, 1.0, 2.0, 3.0]).MedianMs);

    [Fact]
    public void P95_is_the_nearest_rank()
    {
        var samples = Enumerable.Range(1, 20).Select(i => (double)i).ToArray();
        Assert.Equal(19.0, LatencySummary.From(samples).P95Ms);
        Assert.Equal(95.0, LatencySummary.From(Enumerable.Range(1, 100).Select(i => (double)i).ToArray()).P95Ms);
        Assert.Equal(7.0, LatencySummary.From([7.0]).P95Ms);
    }

    [Fact]
    public void No_samples_is_an_error() =>
        Assert.Throws<ArgumentException>(() => LatencySummary.From([]));

    [Theory]
    [InlineData(0.25, "250 µs")]
    [InlineData(12.345, "12.35 ms")]
    [InlineData(1234.0, "1234 ms")]
    public void Formats_latencies_in_readable_units(double ms, string text) =>
        Assert.Equal(text, LatencySummary.Format(ms));
}
