namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Shares label sets, property-key sets, names and small boxed values between records of one store, so that
/// thousands of nodes of the same shape cost one array each. Not thread-safe (but <see cref="Value"/>): a store's pool is used
/// under its write lock only; a reader on another thread interns into a pool of its own.
/// </summary>
internal sealed class InternPool
{
    private const long SmallIntegerMin = -128;
    private const long SmallIntegerMax = 1024;
    private static readonly object True = true;
    private static readonly object False = false;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string[], string[]> _nameSets = new(NameSequenceComparer.Instance);
    private readonly object[] _smallIntegers = new object[SmallIntegerMax - SmallIntegerMin + 1];

    public string Name(string name)
    {
        if (_names.TryGetValue(name, out var shared)) return shared;
        // Interned process-wide so that compiled queries, which intern their property keys too, share the instance.
        shared = string.Intern(name);
        _names[shared] = shared;
        return shared;
    }

    /// <summary>An interned array equal to <paramref name="names"/> (order kept).</summary>
    public string[] NameSet(IReadOnlyList<string> names)
    {
        if (names.Count == 0) return [];
        var key = names as string[] ?? names.ToArray();
        if (_nameSets.TryGetValue(key, out var shared)) return shared;
        var set = names.Select(Name).ToArray();
        _nameSets[set] = set;
        return set;
    }

    public (string[] Keys, object[] Values) Properties(IReadOnlyDictionary<string, object> properties)
    {
        if (properties.Count == 0) return ([], []);
        var keys = NameSet(properties.Keys.ToArray());
        var values = new object[keys.Length];
        for (var i = 0; i < keys.Length; i++) values[i] = Value(properties[keys[i]]);
        return (keys, values);
    }

    /// <summary>The shared box of a small integer or boolean, else the value. Safe from any thread (records of an opened store are made on readers' threads): a slot filled twice by a race holds an equal box.</summary>
    public object Value(object value) => value switch
    {
        bool b => b ? True : False,
        long n when n >= SmallIntegerMin && n <= SmallIntegerMax => SmallInteger(n),
        _ => value,
    };

    private object SmallInteger(long n)
    {
        var slot = (int)(n - SmallIntegerMin);
        return _smallIntegers[slot] ??= n;
    }
}
