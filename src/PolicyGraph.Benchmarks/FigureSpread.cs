namespace PolicyGraph.Benchmarks;

/// <summary>
/// The median, minimum and maximum of one figure over several runs. The median of an even number of measurements
/// is the mean of the two middle ones; of counts (<see cref="OfCounts"/>) the lower middle one, so it is a count
/// that some run had.
/// </summary>
public readonly record struct FigureSpread(double Median, double Min, double Max)
{
    public static FigureSpread Of(IEnumerable<double> values)
    {
        var sorted = Sorted(values);
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new FigureSpread(median, sorted[0], sorted[^1]);
    }

    public static FigureSpread OfCounts(IEnumerable<int> counts)
    {
        var sorted = Sorted(counts.Select(c => (double)c));
        return new FigureSpread(sorted[(sorted.Length - 1) / 2], sorted[0], sorted[^1]);
    }

    private static double[] Sorted(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length > 0 ? sorted : throw new ArgumentException("At least one value is needed.", nameof(values));
    }
}
