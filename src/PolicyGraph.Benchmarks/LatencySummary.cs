using System.Globalization;

namespace PolicyGraph.Benchmarks;

/// <summary>
/// Latency statistics of one query in milliseconds. The median is the middle sample (mean of the two middle ones
/// for an even count); p95 is the nearest-rank percentile: the smallest sample with at least 95% of samples ≤ it.
/// </summary>
public sealed record LatencySummary(int Count, double MinMs, double MedianMs, double P95Ms, double MaxMs, double MeanMs)
{
    public static LatencySummary From(IReadOnlyCollection<double> samplesMs)
    {
        if (samplesMs.Count == 0) throw new ArgumentException("At least one sample is needed.", nameof(samplesMs));
        var sorted = samplesMs.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new LatencySummary(sorted.Length, sorted[0], median, NearestRank(sorted, 0.95), sorted[^1], sorted.Average());
    }

    public static double NearestRank(IReadOnlyList<double> sorted, double fraction)
    {
        var rank = (int)Math.Ceiling(fraction * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>"850 µs" below a millisecond, "12.3 ms" above.</summary>
    public static string Format(double ms) =>
        ms < 1 ? string.Create(CultureInfo.InvariantCulture, $"{ms * 1000:0} µs")
        : ms < 100 ? string.Create(CultureInfo.InvariantCulture, $"{ms:0.00} ms")
        : string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");
}
