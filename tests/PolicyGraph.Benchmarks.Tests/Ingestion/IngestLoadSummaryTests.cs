using PolicyGraph.Benchmarks.Ingestion;

namespace PolicyGraph.Benchmarks.Tests.Ingestion;

public sealed class IngestLoadSummaryTests
{
    [Fact]
    public void Each_figure_is_its_median_with_the_min_and_max_of_the_loads()
    {
        IngestLoadFigures[] loads =
        [
            new(17.9, 17.75, 0.10, 182.3, 1),
            new(11.4, 12.5, 0.16, 182.1, 2),
            new(16.0, 15.0, 0.11, 182.5, 1),
        ];

        var line = IngestLoadSummary.Describe(loads);

        Assert.Equal(
            "median of 3 loads (min–max): wall 16.00 (11.40–17.90) MB/s; cpu 15.00 (12.50–17.75) MB/s; " +
            "GC pauses 0.11 (0.10–0.16) s; allocated 182.3 (182.1–182.5) MB; gen0 collections 1 (1–2)", line);
    }

    [Fact]
    public void Page_faults_and_user_and_system_time_end_the_line_when_every_load_has_them()
    {
        IngestLoadFigures[] loads =
        [
            new(17.9, 17.75, 0.10, 182.3, 1, new ProcessUsage(TimeSpan.FromSeconds(0.50), TimeSpan.FromSeconds(0.01), 400, 0)),
            new(11.4, 12.5, 0.16, 182.1, 2, new ProcessUsage(TimeSpan.FromSeconds(0.70), TimeSpan.FromSeconds(0.20), 46_000, 0)),
            new(16.0, 15.0, 0.11, 182.5, 1, new ProcessUsage(TimeSpan.FromSeconds(0.55), TimeSpan.FromSeconds(0.02), 2_500, 0)),
        ];

        Assert.EndsWith("gen0 collections 1 (1–2); minor page faults 2500 (400–46000); user 0.55 (0.50–0.70) s; sys 0.02 (0.01–0.20) s",
            IngestLoadSummary.Describe(loads));
    }

    [Fact]
    public void A_load_without_kernel_figures_leaves_them_out() =>
        Assert.EndsWith("gen0 collections 1 (1–1)", IngestLoadSummary.Describe(
            [new(17.9, 17.75, 0.10, 182.3, 1, new ProcessUsage(TimeSpan.FromSeconds(0.5), TimeSpan.Zero, 400, 0)), new(17.9, 17.75, 0.10, 182.3, 1)]));

    [Fact]
    public void One_load_is_its_own_median_and_spread() =>
        Assert.StartsWith("median of 1 load (min–max): wall 17.90 (17.90–17.90) MB/s;", IngestLoadSummary.Describe([new(17.9, 17.75, 0.10, 182.3, 1)]));

    [Fact]
    public void Gen0_collections_of_an_even_number_of_loads_are_the_lower_middle_count()
    {
        IngestLoadFigures[] loads = [new(1, 1, 0.1, 1, 1), new(1, 1, 0.1, 1, 4), new(1, 1, 0.1, 1, 2), new(1, 1, 0.1, 1, 3)];

        Assert.EndsWith("gen0 collections 2 (1–4)", IngestLoadSummary.Describe(loads));
    }

    [Fact]
    public void Pdf_pages_per_second_are_the_median_with_the_min_and_max_of_the_loads() =>
        Assert.Equal("pdf median of 3 loads (min–max): wall 120 (95–131) pages/s; cpu 140 (130–150) pages/s (one thread)",
            IngestLoadSummary.DescribePdf([131.2, 95.0, 120.4], [150.0, 130.0, 140.0]));

    [Fact]
    public void No_loads_is_an_error() =>
        Assert.Throws<ArgumentException>(() => IngestLoadSummary.Describe([]));
}
