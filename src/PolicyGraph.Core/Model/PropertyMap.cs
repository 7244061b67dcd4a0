using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PolicyGraph.Core.Model;

/// <summary>
/// An immutable property map that keeps its entries in the order given: the keys and the values as two arrays.
/// </summary>
/// <remarks>
/// The extractor builds tens of thousands of relationships with a handful of properties each; a dictionary per
/// relationship costs three objects and a hash table, where two arrays do. Many maps of the same shape share one
/// key array, which is why the constructor takes the arrays as they are: callers must not change them afterwards, and
/// the map hands them out only as read-only views. A caller building a key array checks it once with
/// <see cref="RequireDistinct"/>. Lookups are a linear search — maps hold a few keys, usually the same interned literals.
/// </remarks>
public sealed class PropertyMap : IReadOnlyDictionary<string, object>
{
    private readonly string[] _keys;
    private readonly object[] _values;

    /// <param name="keys">Distinct keys (<see cref="RequireDistinct"/>), in the order the map lists them; kept, not copied.</param>
    /// <param name="values">Non-null values, one per key; kept, not copied.</param>
    public PropertyMap(string[] keys, object[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Length != values.Length)
            throw new ArgumentException($"{keys.Length} keys but {values.Length} values.", nameof(values));
        _keys = keys;
        _values = values;
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => Array.AsReadOnly(_keys);

    public IEnumerable<object> Values => Array.AsReadOnly(_values);

    public object this[string key] =>
        IndexOf(key) is var at and >= 0 ? _values[at] : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Returns <paramref name="keys"/> when no key repeats; throws naming the repeated key otherwise.</summary>
    public static string[] RequireDistinct(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        for (var i = 1; i < keys.Length; i++)
        {
            if (IndexOf(keys.AsSpan(0, i), keys[i]) >= 0)
                throw new ArgumentException($"Property key '{keys[i]}' is given twice.", nameof(keys));
        }
        return keys;
    }

    /// <summary>Where <paramref name="key"/> is among <paramref name="keys"/> (ordinal), or -1.</summary>
    public static int IndexOf(ReadOnlySpan<string> keys, string key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
            yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => IndexOf(_keys, key);
}
