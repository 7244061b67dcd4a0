namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Equality lookup from a property value to the nodes (with the index's label) carrying it. Immutable: a commit
/// that touches indexed nodes builds a new instance. An index of a store just opened is built on first use, so
/// opening does not read every node's property.
/// </summary>
public sealed class PropertyIndex
{
    private readonly Lazy<Dictionary<object, int[]>> _lazyEntries;

    public PropertyIndex(IndexDefinition definition, Dictionary<object, int[]> entries)
        : this(definition, () => entries)
    {
    }

    internal PropertyIndex(IndexDefinition definition, Func<Dictionary<object, int[]>> buildEntries)
    {
        Definition = definition;
        _lazyEntries = new Lazy<Dictionary<object, int[]>>(buildEntries, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private Dictionary<object, int[]> Entries => _lazyEntries.Value;

    public IndexDefinition Definition { get; }

    public int Count => Entries.Count;

    /// <summary>Node ids whose property equals <paramref name="value"/>; empty when none.</summary>
    public int[] Lookup(object value) =>
        IndexKey.TryNormalize(value, out var key) && Entries.TryGetValue(key, out var ids) ? ids : [];

    /// <summary>A mutable copy to apply one commit's changes to.</summary>
    public Dictionary<object, int[]> CopyEntries() => new(Entries);
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
