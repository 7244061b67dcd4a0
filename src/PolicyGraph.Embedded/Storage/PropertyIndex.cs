namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Equality lookup from a property value to the nodes (with the index's label) carrying it. Immutable: a commit
/// that touches indexed nodes builds a new instance.
/// </summary>
public sealed class PropertyIndex
{
    private readonly Dictionary<object, int[]> _entries;

    public PropertyIndex(IndexDefinition definition, Dictionary<object, int[]> entries)
    {
        Definition = definition;
        _entries = entries;
    }

    public IndexDefinition Definition { get; }

    public int Count => _entries.Count;

    /// <summary>Node ids whose property equals <paramref name="value"/>; empty when none.</summary>
    public int[] Lookup(object value) =>
        IndexKey.TryNormalize(value, out var key) && _entries.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>A mutable copy to apply one commit's changes to.</summary>
    public Dictionary<object, int[]> CopyEntries() => new(_entries);
}

/// <summary>
/// Cypher equality for index keys: 1 and 1.0 are equal, so integral doubles become longs.
/// Lists, maps, NaN and null are not indexed (lookups with them fall back to a scan).
/// </summary>
public static class IndexKey
{
    public static bool TryNormalize(object? value, out object key)
    {
        switch (value)
        {
            case string or bool or long:
                key = value;
                return true;
            case int i:
                key = (long)i;
                return true;
            case double d when double.IsNaN(d):
                key = 0L;
                return false;
            case double d when Math.Floor(d) == d && d >= long.MinValue && d < long.MaxValue:
                key = (long)d;
                return true;
            case double d:
                key = d;
                return true;
            default:
                key = 0L;
                return false;
        }
    }
}
