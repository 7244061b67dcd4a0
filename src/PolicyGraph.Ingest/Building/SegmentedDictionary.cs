namespace PolicyGraph.Ingest.Building;

/// <summary>
/// A dictionary split into many small dictionaries by the low bits of each key's hash, so that none of its arrays
/// reaches the large object heap (see <see cref="SegmentedList{T}"/> for why that matters during a load) until it
/// holds about half a million entries. Each key is hashed once: the part keeps the hash beside the key.
/// </summary>
internal sealed class SegmentedDictionary<TKey, TValue>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private const int PartBits = 8;
    private const int PartMask = (1 << PartBits) - 1;

    private readonly Dictionary<HashedKey, TValue>?[] _parts = new Dictionary<HashedKey, TValue>?[1 << PartBits];
    private readonly HashedKeyComparer _partComparer = new(comparer);

    public int Count { get; private set; }

    public bool TryGetValue(TKey key, out TValue value)
    {
        var hashed = Hashed(key);
        if (_parts[hashed.Hash & PartMask] is { } part && part.TryGetValue(hashed, out value!)) return true;
        value = default!;
        return false;
    }

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>Adds the entry unless the key is present; returns whether it was added.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        var hashed = Hashed(key);
        var part = _parts[hashed.Hash & PartMask] ??= new Dictionary<HashedKey, TValue>(_partComparer);
        if (!part.TryAdd(hashed, value)) return false;
        Count++;
        return true;
    }

    private HashedKey Hashed(TKey key) => new(key, comparer.GetHashCode(key));

    private readonly record struct HashedKey(TKey Key, int Hash);

    private sealed class HashedKeyComparer(IEqualityComparer<TKey> comparer) : IEqualityComparer<HashedKey>
    {
        public bool Equals(HashedKey x, HashedKey y) => x.Hash == y.Hash && comparer.Equals(x.Key, y.Key);

        public int GetHashCode(HashedKey key) => key.Hash;
    }
}
