using System.Collections;

namespace PolicyGraph.Ingest.Building;

/// <summary>
/// An append-only list kept in fixed segments of references, each below the large object heap's threshold (85,000
/// bytes). A <see cref="List{T}"/> of a load's tens of thousands of nodes or relationships grows through ever larger
/// arrays, and every array past the threshold counts towards the large object budget whose overrun starts a full
/// (gen-2) collection of the heap in the middle of the load; segments are ordinary small objects.
/// </summary>
internal sealed class SegmentedList<T> : IReadOnlyList<T>
    where T : class
{
    /// <summary>4,096 references: 32 KB a segment.</summary>
    private const int SegmentBits = 12;
    private const int SegmentLength = 1 << SegmentBits;
    private const int SegmentMask = SegmentLength - 1;

    private readonly List<T[]> _segments = [];

    public int Count { get; private set; }

    public T this[int index] =>
        (uint)index < (uint)Count
            ? _segments[index >> SegmentBits][index & SegmentMask]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The list holds {Count} items.");

    public void Add(T item)
    {
        var at = Count & SegmentMask;
        if (at == 0) _segments.Add(new T[SegmentLength]);
        _segments[^1][at] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        var remaining = Count;
        foreach (var segment in _segments)
        {
            var length = Math.Min(remaining, SegmentLength);
            for (var i = 0; i < length; i++) yield return segment[i];
            remaining -= length;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
