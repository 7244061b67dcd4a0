using System.Globalization;

namespace PolicyGraph.Benchmarks.Ingestion;

/// <summary>
/// The median and the spread (min–max) of each figure over several loads in one process: a single load's speed
/// varies by tens of percent with what else the machine does, so one load is no figure to quote.
/// </summary>
public static class IngestLoadSummary
{
    /// <summary>
    /// One line: "median of N loads (min–max): wall 17.90 (11.40–18.20) MB/s; …", ending with the minor page faults
    /// and the user and system CPU seconds when every load has them.
    /// </summary>
    public static string Describe(IReadOnlyCollection<IngestLoadFigures> loads)
    {
        if (loads.Count == 0) throw new ArgumentException("At least one load is needed.", nameof(loads));
        return $"{Loads(loads.Count)}: wall {Format(FigureSpread.Of(loads.Select(l => l.WallMegabytesPerSecond)), "F2")} MB/s; " +
            $"cpu {Format(FigureSpread.Of(loads.Select(l => l.CpuMegabytesPerSecond)), "F2")} MB/s; " +
            $"GC pauses {Format(FigureSpread.Of(loads.Select(l => l.GcPauseSeconds)), "F2")} s; " +
            $"allocated {Format(FigureSpread.Of(loads.Select(l => l.AllocatedMegabytes)), "F1")} MB; " +
            $"gen0 collections {Format(FigureSpread.OfCounts(loads.Select(l => l.Gen0Collections)), "F0")}" +
            Usage(loads);
    }

    private static string Usage(IReadOnlyCollection<IngestLoadFigures> loads)
    {
        if (loads.Any(l => l.Usage is null)) return "";
        var usages = loads.Select(l => l.Usage!).ToList();
        return $"; minor page faults {Format(FigureSpread.Of(usages.Select(u => (double)u.MinorFaults)), "F0")}; " +
            $"user {Format(FigureSpread.Of(usages.Select(u => u.User.TotalSeconds)), "F2")} s; " +
            $"sys {Format(FigureSpread.Of(usages.Select(u => u.System.TotalSeconds)), "F2")} s";
    }

    /// <summary>One line for the PDF loads: "pdf median of N loads (min–max): wall 120 (100–130) pages/s; cpu …".</summary>
    public static string DescribePdf(IReadOnlyCollection<double> wallPagesPerSecond, IReadOnlyCollection<double> cpuPagesPerSecond)
    {
        if (wallPagesPerSecond.Count == 0 || wallPagesPerSecond.Count != cpuPagesPerSecond.Count)
            throw new ArgumentException("One wall and one CPU figure per load are needed.", nameof(wallPagesPerSecond));
        return $"pdf {Loads(wallPagesPerSecond.Count)}: wall {Format(FigureSpread.Of(wallPagesPerSecond), "F0")} pages/s; " +
            $"cpu {Format(FigureSpread.Of(cpuPagesPerSecond), "F0")} pages/s (one thread)";
    }

    private static string Loads(int count) => $"median of {count} load{(count == 1 ? "" : "s")} (min–max)";

    private static string Format(FigureSpread spread, string format) =>
        $"{Number(spread.Median, format)} ({Number(spread.Min, format)}–{Number(spread.Max, format)})";

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
