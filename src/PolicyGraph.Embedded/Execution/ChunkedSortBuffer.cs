using System.Runtime.CompilerServices;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Holds items to sort in chunks that each stay below the large-object threshold, sorts each chunk, then merges
/// them. The first chunk is small and each next one twice as long up to <see cref="ChunkLength"/>, so a sort of a few
/// rows (a correlated subquery's, once per outer row) does not allocate a full chunk. One growing array would double onto the large-object heap, and every large allocation moves the
/// runtime toward a blocking full collection that lands on whichever query runs next. Nothing is pooled across
/// queries: chunks die young with the query that made them. The comparer must be a total order (ties broken by
/// arrival) for the merge to be stable.
/// </summary>
internal sealed class ChunkedSortBuffer<T>(IComparer<T> comparer)
{
    /// <summary>Items per chunk: the largest count whose array stays under the threshold (with room for its header).</summary>
    public static int ChunkLength { get; } = (int)((QueryBudget.LargeObjectThreshold - 64) / Unsafe.SizeOf<T>());

    /// <summary>Items in the first chunk.</summary>
    public static int FirstChunkLength { get; } = Math.Min(16, ChunkLength);

    private readonly List<T[]> _chunks = [];
    private int _lastCount;

    public long Count { get; private set; }

    /// <summary>The chunks' lengths, first to last: a test can tell how they grow.</summary>
    public IEnumerable<int> ChunkLengths => _chunks.Select(chunk => chunk.Length);

    public void Add(T item)
    {
        if (_chunks.Count == 0 || _lastCount == _chunks[^1].Length)
        {
            _chunks.Add(new T[_chunks.Count == 0 ? FirstChunkLength : Math.Min(2 * _chunks[^1].Length, ChunkLength)]);
            _lastCount = 0;
        }
        _chunks[^1][_lastCount++] = item;
        Count++;
    }

    /// <summary>The items in order: each chunk sorted in place, then a k-way merge of the chunks' heads.</summary>
    public IEnumerable<T> Sorted()
    {
        for (var i = 0; i < _chunks.Count; i++) Array.Sort(_chunks[i], 0, LengthOf(i), comparer);
        return _chunks.Count == 1 ? _chunks[0].Take(_lastCount) : Merged();
    }

    private int LengthOf(int chunk) => chunk == _chunks.Count - 1 ? _lastCount : _chunks[chunk].Length;

    private IEnumerable<T> Merged()
    {
        var positions = new int[_chunks.Count];
        var heads = new PriorityQueue<int, T>(comparer);
        for (var i = 0; i < _chunks.Count; i++) heads.Enqueue(i, _chunks[i][0]);
        while (heads.TryDequeue(out var chunk, out var item))
        {
            yield return item;
            if (++positions[chunk] < LengthOf(chunk)) heads.Enqueue(chunk, _chunks[chunk][positions[chunk]]);
        }
    }
}
