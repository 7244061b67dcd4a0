namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Counts how often each tuple of entity ids occurs, keeping first-seen order. A factorised match records only
/// the ids an aggregation reads, so thousands of matches that differ in unread positions become one tuple and a
/// count. Open addressing over flat arrays: no allocation per tuple. The arrays come from a pool the walk's table
/// owns (<see cref="TupleArrayPool"/>), shared with the tables of its morsels (<see cref="NewPart"/>) so they reuse
/// each other's arrays; disposing the walk's table lets go of the pool, so nothing is kept after the query.
/// </summary>
internal sealed class MatchTupleCounts : IDisposable
{
    private readonly int _arity;
    private readonly TupleArrayPool _pool;
    private readonly bool _ownsPool;
    private int[] _values;
    private long[] _counts;
    private int[] _buckets;
    private int _bucketCount = 32;
    private int _count;

    /// <summary>A walk's table, owning a new pool.</summary>
    public MatchTupleCounts(int arity)
        : this(arity, new TupleArrayPool(), ownsPool: true)
    {
    }

    private MatchTupleCounts(int arity, TupleArrayPool pool, bool ownsPool)
    {
        _arity = arity;
        _pool = pool;
        _ownsPool = ownsPool;
        _values = pool.RentInts(Math.Max(arity, 1) * InitialCapacity);
        _counts = pool.RentLongs(InitialCapacity);
        _buckets = RentCleared(_bucketCount);
    }

    private const int InitialCapacity = 16;

    /// <summary>The pool this table's arrays come from (for tests).</summary>
    internal TupleArrayPool Pool => _pool;

    /// <summary>A table for one morsel of this walk, drawing on (and giving back to) this table's pool.</summary>
    public MatchTupleCounts NewPart(int arity) => new(arity, _pool, ownsPool: false);

    public void Dispose()
    {
        if (_counts.Length == 0) return;
        _pool.Return(_values);
        _pool.Return(_counts);
        _pool.Return(_buckets);
        _values = _buckets = [];
        _counts = [];
        _count = 0;
        if (_ownsPool) _pool.Close();
    }

    /// <summary>Whether the walk has found the MATCH's WHERE true for every tuple recorded, so it need not run again.</summary>
    public bool WhereHolds { get; set; }

    /// <summary>Bytes of the arrays the table holds now: what a walk charges as the table grows.</summary>
    public long Bytes => 4L * _values.Length + 8L * _counts.Length + 4L * _buckets.Length;

    /// <summary>Distinct tuples recorded so far.</summary>
    public int Count => _count;

    public ReadOnlySpan<int> Tuple(int index) => _values.AsSpan(index * _arity, _arity);

    /// <summary>How many matches produced tuple <paramref name="index"/>.</summary>
    public long Multiplicity(int index) => _counts[index];

    /// <summary>Records <paramref name="matches"/> matches (at least one) that produced <paramref name="tuple"/>.</summary>
    public void Add(ReadOnlySpan<int> tuple, long matches = 1)
    {
        var mask = _bucketCount - 1;
        var slot = (int)(Hash(tuple) & (uint)mask);
        while (true)
        {
            var entry = _buckets[slot];
            if (entry == 0) break;
            if (SameTuple(entry - 1, tuple))
            {
                _counts[entry - 1] += matches;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (_count == _counts.Length || (_count + 1) * _arity > _values.Length) Grow();
        tuple.CopyTo(_values.AsSpan(_count * _arity, _arity));
        _counts[_count] = matches;
        _count++;
        _buckets[slot] = _count;
        if (_count * 2 > _bucketCount) Rehash();
    }

    private void Grow()
    {
        var counts = _pool.RentLongs(_counts.Length * 2);
        _counts.AsSpan(0, _count).CopyTo(counts);
        Outgrown(_counts);
        _counts = counts;
        var values = _pool.RentInts(Math.Max(_arity, 1) * _counts.Length);
        _values.AsSpan(0, _count * _arity).CopyTo(values);
        Outgrown(_values);
        _values = values;
    }

    // A morsel's outgrown arrays serve the next morsel; the walk's own table is the largest, so nothing would
    // rent its outgrown arrays: they are dropped rather than held until the query ends.
    private void Outgrown(int[] array)
    {
        if (!_ownsPool) _pool.Return(array);
    }

    private void Outgrown(long[] array)
    {
        if (!_ownsPool) _pool.Return(array);
    }

    private int[] RentCleared(int length)
    {
        var array = _pool.RentInts(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private void Rehash()
    {
        Outgrown(_buckets);
        _bucketCount *= 2;
        _buckets = RentCleared(_bucketCount);
        var mask = _bucketCount - 1;
        for (var index = 0; index < _count; index++)
        {
            var slot = (int)(Hash(Tuple(index)) & (uint)mask);
            while (_buckets[slot] != 0) slot = (slot + 1) & mask;
            _buckets[slot] = index + 1;
        }
    }

    // A plain loop: tuples hold a handful of ids, too few for the vectorised comparison to pay for its setup.
    private bool SameTuple(int index, ReadOnlySpan<int> tuple)
    {
        var start = index * _arity;
        for (var i = 0; i < tuple.Length; i++)
            if (_values[start + i] != tuple[i]) return false;
        return true;
    }

    private static uint Hash(ReadOnlySpan<int> tuple)
    {
        var hash = 2166136261u;
        foreach (var value in tuple) hash = (hash ^ (uint)value) * 16777619u;
        // Ids are dense small integers: mix the high bits down so the low bits used as the slot vary.
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return hash;
    }
}
