namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// The arrays of one counting walk's tuple tables: the table the walk fills and, on several threads, the tables of
/// its morsels, which give their arrays back here as they are merged so the next morsel reuses them. Owned by the
/// walk's table: when that is disposed (the query finished, failed or was cancelled) the pool lets go of everything
/// it holds and keeps nothing given back later, so no array outlives the query (the shared pool kept the largest
/// growth arrays of every query for the life of the process).
/// </summary>
internal sealed class TupleArrayPool
{
    // Arrays kept per length: a table's three arrays per morsel in flight are enough to reuse.
    private const int KeptPerLength = 8;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, Stack<int[]>> _ints = [];
    private readonly Dictionary<int, Stack<long[]>> _longs = [];
    private bool _closed;

    private long _heldBytes;

    /// <summary>Bytes of the arrays given back and kept for reuse (for tests).</summary>
    public long HeldBytes
    {
        get
        {
            lock (_gate) return _heldBytes;
        }
    }

    /// <summary>An int array of exactly <paramref name="length"/>, contents unspecified.</summary>
    public int[] RentInts(int length) => Rent(_ints, length, sizeof(int));

    /// <summary>A long array of exactly <paramref name="length"/>, contents unspecified.</summary>
    public long[] RentLongs(int length) => Rent(_longs, length, sizeof(long));

    public void Return(int[] array) => Return(_ints, array, sizeof(int));

    public void Return(long[] array) => Return(_longs, array, sizeof(long));

    /// <summary>Lets go of every array held; arrays given back afterwards are dropped.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            _ints.Clear();
            _longs.Clear();
            _heldBytes = 0;
        }
    }

    private T[] Rent<T>(Dictionary<int, Stack<T[]>> held, int length, int elementBytes)
    {
        lock (_gate)
            if (held.TryGetValue(length, out var stack) && stack.TryPop(out var array))
            {
                _heldBytes -= (long)length * elementBytes;
                return array;
            }
        return GC.AllocateUninitializedArray<T>(length);
    }

    private void Return<T>(Dictionary<int, Stack<T[]>> held, T[] array, int elementBytes)
    {
        lock (_gate)
        {
            if (_closed) return;
            if (!held.TryGetValue(array.Length, out var stack)) held[array.Length] = stack = new Stack<T[]>();
            if (stack.Count >= KeptPerLength) return;
            stack.Push(array);
            _heldBytes += (long)array.Length * elementBytes;
        }
    }
}
