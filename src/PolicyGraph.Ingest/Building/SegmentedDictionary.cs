namespace PolicyGraph.Ingest.Building;

/// <summary>
/// A dictionary split into many small dictionaries by the low bits of each key's hash, so that none of its arrays
/// reaches the large object heap (see <see cref="SegmentedList{T}"/> for why that matters during a load) until it
/// holds a few hundred thousand entries. Keys are compared by their type's default equality (ordinal for strings),
/// and each is hashed once: a part keeps the hash beside the key.
/// </summary>
internal sealed class SegmentedDictionary<TKey, TValue>
    where TKey : notnull
{
    private const int PartBits = 8;
    private const int PartMask = (1 << PartBits) - 1;

    private readonly Dictionary<HashedKey, TValue>?[] _parts = new Dictionary<HashedKey, TValue>?[1 << PartBits];

    public int Count { get; private set; }

    public bool TryGetValue(TKey key, out TValue value)
    {
        var hashed = new HashedKey(key);
        if (_parts[hashed.Hash & PartMask] is { } part && part.TryGetValue(hashed, out value!)) return true;
        value = default!;
        return false;
    }

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>Adds the entry unless the key is present; returns whether it was added.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        var hashed = new HashedKey(key);
        var part = _parts[hashed.Hash & PartMask] ??= [];
        if (!part.TryAdd(hashed, value)) return false;
        Count++;
        return true;
    }

    /// <remarks>Equatable itself, so the parts need no comparer object and compare keys without an interface call.</remarks>
    private readonly struct HashedKey(TKey key) : IEquatable<HashedKey>
    {
        public readonly TKey Key = key;
        public readonly int Hash = EqualityComparer<TKey>.Default.GetHashCode(key);

        public bool Equals(HashedKey other) => Hash == other.Hash && EqualityComparer<TKey>.Default.Equals(Key, other.Key);

        public override bool Equals(object? obj) => obj is HashedKey other && Equals(other);

        public override int GetHashCode() => Hash;
    }
}
