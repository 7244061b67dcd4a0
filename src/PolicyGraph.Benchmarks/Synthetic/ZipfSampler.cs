namespace PolicyGraph.Benchmarks.Synthetic;

/// <summary>Draws indexes 0..n-1 with probability proportional to 1/(rank+1)^exponent: a few are very popular.</summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "At least one item is needed.");
        _cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++) _cumulative[i] = total += 1 / Math.Pow(i + 1, exponent);
        for (var i = 0; i < count; i++) _cumulative[i] /= total;
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
