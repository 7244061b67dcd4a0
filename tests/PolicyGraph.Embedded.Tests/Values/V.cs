namespace PolicyGraph.Embedded.Tests.Values;

/// <summary>Terse constructors for runtime values in test tables.</summary>
internal static class V
{
    public static IReadOnlyList<object?> List(params object?[] items) => items;

    public static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) map[key] = value;
        return map;
    }

    public const double NaN = double.NaN;
}
