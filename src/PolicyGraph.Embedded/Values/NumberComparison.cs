namespace PolicyGraph.Embedded.Values;

/// <summary>Exact comparison between integers and floats (no precision loss for large longs).</summary>
internal static class NumberComparison
{
    private const double TwoPow63 = 9223372036854775808.0;

    public static bool AreEqual(object left, object right) =>
        !IsNaN(left) && !IsNaN(right) && Compare(left, right) == 0;

    public static bool IsNaN(object value) => value is double d && double.IsNaN(d);

    /// <summary>Compares two non-NaN numbers.</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (long a, long b) => a.CompareTo(b),
        (long a, double b) => CompareLongDouble(a, b),
        (double a, long b) => -CompareLongDouble(b, a),
        _ => ToDouble(left).CompareTo(ToDouble(right)),
    };

    public static double ToDouble(object number) => number switch
    {
        long l => l,
        double d => d,
        int i => i,
        float f => f,
        _ => throw new ArgumentException("Not a number.", nameof(number)),
    };

    private static int CompareLongDouble(long integer, double real)
    {
        if (real >= TwoPow63) return -1;
        if (real < -TwoPow63) return 1;
        var asDouble = (double)integer;
        if (asDouble != real) return asDouble.CompareTo(real);
        // Same double image: real is integral and in range, so an exact comparison as longs decides.
        var truncated = (long)real;
        return integer.CompareTo(truncated);
    }
}
