namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// The groups of an aggregation by grouping key (Cypher equivalence), in first-seen order. A single dictionary
/// of many thousand groups grows into large-object-heap arrays, which the runtime collects only with older
/// generations: a join grouped into 15,000 pairs then spent more time in garbage collection than in the
/// aggregation. Splitting the table by hash into small dictionaries, and the order into small chunks, keeps
/// every array small and short-lived.
/// </summary>
internal sealed class GroupTable<TGroup>
    where TGroup : class
{
    private const int PartitionBits = 6;
    private const int ChunkSize = 1024;
    private readonly Dictionary<GroupKey, TGroup>?[] _partitions = new Dictionary<GroupKey, TGroup>?[1 << PartitionBits];
    private readonly List<TGroup[]> _chunks = [];

    public int Count { get; private set; }

    public static int HashOf(object?[] key) => RowValuesComparer.Instance.GetHashCode(key);

    public bool TryGetValue(object?[] key, int hash, out TGroup group)
    {
        group = null!;
        return _partitions[Partition(hash)] is { } partition && partition.TryGetValue(new GroupKey(key, hash), out group!);
    }

    /// <summary>Adds a group under a key the caller no longer changes (not a reused probe array).</summary>
    public void Add(object?[] key, int hash, TGroup group)
    {
        var partition = _partitions[Partition(hash)] ??= new Dictionary<GroupKey, TGroup>(GroupKeyComparer.Instance);
        partition.Add(new GroupKey(key, hash), group);
        if (Count % ChunkSize == 0) _chunks.Add(new TGroup[ChunkSize]);
        _chunks[^1][Count % ChunkSize] = group;
        Count++;
    }

    public IEnumerable<TGroup> InOrder()
    {
        for (var i = 0; i < Count; i++) yield return _chunks[i / ChunkSize][i % ChunkSize];
    }

    // Dictionaries place entries by the low bits of the hash; partitions take the high bits.
    private static int Partition(int hash) => (int)((uint)hash >> (32 - PartitionBits));

    private readonly record struct GroupKey(object?[] Values, int Hash);

    private sealed class GroupKeyComparer : IEqualityComparer<GroupKey>
    {
        public static GroupKeyComparer Instance { get; } = new();

        public bool Equals(GroupKey x, GroupKey y) => x.Hash == y.Hash && RowValuesComparer.Instance.Equals(x.Values, y.Values);

        public int GetHashCode(GroupKey key) => key.Hash;
    }
}
