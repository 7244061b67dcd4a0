namespace PolicyGraph.Ingest.Building;

/// <summary>
/// One boxed object for each of the small numbers and the two booleans the graph stores over and over (line
/// numbers, orders, flags): a graph of a large corpus would otherwise keep hundreds of thousands of equal boxes.
/// </summary>
internal static class SharedValues
{
    /// <summary>Numbers below this share a box: it covers the lines of all but very long documents.</summary>
    private const int SharedNumbers = 4096;

    private static readonly object[] Numbers = Enumerable.Range(0, SharedNumbers).Select(n => (object)(long)n).ToArray();
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>A number as a graph value, boxed only when it has no shared box: the builder states one for most properties.</summary>
    public static object Number(long number) => (ulong)number < SharedNumbers ? Numbers[number] : number;

    /// <summary>As <see cref="Number(long)"/>; null (no property) for null.</summary>
    public static object? Number(long? number) => number is { } value ? Number(value) : null;

    /// <summary>Whether <paramref name="value"/> is one of the shared boxes (every equal value is the same object).</summary>
    public static bool IsShared(object value) => value is bool || (value is long number && (ulong)number < SharedNumbers);

    /// <summary>The shared box equal to <paramref name="value"/> when there is one, else the value itself.</summary>
    public static object Of(object value) => value switch
    {
        long number when (ulong)number < SharedNumbers => Numbers[number],
        bool flag => flag ? True : False,
        _ => value,
    };
}
