using System.Globalization;

namespace PolicyGraph.Benchmarks.Ingestion;

/// <summary>The figures of one timed load of <c>bench-ingest</c>.</summary>
public sealed record IngestLoadFigures(
    double WallMegabytesPerSecond,
    double CpuMegabytesPerSecond,
    double GcPauseSeconds,
    double AllocatedMegabytes,
    int Gen0Collections);

/// <summary>
/// The median and the spread (min–max) of each figure over several loads in one process: a single load's speed
/// varies by tens of percent with what else the machine does, so one load is no figure to quote.
/// </summary>
public static class IngestLoadSummary
{
    /// <summary>One line: "median of N loads: wall 17.9 MB/s (11.4–18.2); …".</summary>
    public static string Describe(IReadOnlyCollection<IngestLoadFigures> loads)
    {
        if (loads.Count == 0) throw new ArgumentException("At least one load is needed.", nameof(loads));
        return string.Create(CultureInfo.InvariantCulture,
            $"median of {loads.Count} load{(loads.Count == 1 ? "" : "s")} (min–max): wall {Spread(loads, l => l.WallMegabytesPerSecond, "F2")} MB/s; " +
            $"cpu {Spread(loads, l => l.CpuMegabytesPerSecond, "F2")} MB/s; GC pauses {Spread(loads, l => l.GcPauseSeconds, "F2")} s; " +
            $"allocated {Spread(loads, l => l.AllocatedMegabytes, "F1")} MB; gen0 collections {Spread(loads, l => l.Gen0Collections, "F0")}");
    }

    private static string Spread(IReadOnlyCollection<IngestLoadFigures> loads, Func<IngestLoadFigures, double> figure, string format)
    {
        var summary = LatencySummary.From(loads.Select(figure).ToList());
        return string.Create(CultureInfo.InvariantCulture,
            $"{summary.MedianMs.ToString(format, CultureInfo.InvariantCulture)} ({summary.MinMs.ToString(format, CultureInfo.InvariantCulture)}–{summary.MaxMs.ToString(format, CultureInfo.InvariantCulture)})");
    }
}
