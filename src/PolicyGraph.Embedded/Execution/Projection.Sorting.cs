using System.Numerics;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// ORDER BY: a stable sort of rows held in chunks below the large-object threshold, or with a small LIMIT (plus SKIP)
// a bounded heap that keeps only the rows that can still make the cut.
internal sealed partial class Projection
{
    /// <summary>
    /// The largest LIMIT (plus SKIP) sorted with a heap. The heap's array of (element, priority) pairs doubles as it
    /// grows; up to this length it stays off the large-object heap. A larger LIMIT sorts all rows in chunks instead:
    /// it then holds every row, not only the cut (the value budget counts every sorted row either way).
    /// </summary>
    internal static int LargestHeap { get; } = 1 << BitOperations.Log2((uint)ChunkedSortBuffer<(SortEntry, SortEntry)>.ChunkLength);

    private IEnumerable<(Row Output, IRow SortScope)> Sort(IEnumerable<(Row Output, IRow SortScope)> rows, long? keep)
    {
        // An ORDER BY expression equal to a projected item reads that column (how DISTINCT and aggregates sort).
        var columns = _body.OrderBy.Select(s => _items.FirstOrDefault(i => i.Expression.Equals(s.Expression)).Name).ToArray();
        var keyed = rows.Select((row, index) => SortEntryOf(row, columns, index));
        var comparer = Comparer<SortEntry>.Create(CompareEntries);
        // Yielded, not returned: the sort runs when rows are first read, where errors get the clause's position.
        var heapFits = keep is { } k && k <= LargestHeap;
        foreach (var entry in heapFits ? TopRows(keyed, (int)keep!.Value, comparer) : SortAll(keyed, comparer))
            yield return entry.Row;
    }

    private IEnumerable<SortEntry> SortAll(IEnumerable<SortEntry> entries, IComparer<SortEntry> comparer)
    {
        var buffer = new ChunkedSortBuffer<SortEntry>(comparer);
        foreach (var entry in entries) buffer.Add(entry);
        return buffer.Sorted();
    }

    private SortEntry SortEntryOf((Row Output, IRow SortScope) row, string?[] columns, int arrival)
    {
        _context.Budget.ReserveRow(columns.Length + 2);
        var first = SortKey(row, columns, 0);
        if (columns.Length == 1) return new SortEntry(row, first, null, arrival);
        var rest = new object?[columns.Length - 1];
        for (var i = 0; i < rest.Length; i++) rest[i] = SortKey(row, columns, i + 1);
        return new SortEntry(row, first, rest, arrival);
    }

    private object? SortKey((Row Output, IRow SortScope) row, string?[] columns, int index) =>
        columns[index] is { } column ? row.Output.Get(column) : _context.Evaluate(_body.OrderBy[index].Expression, row.SortScope);

    /// <summary>The <paramref name="keep"/> smallest entries, using a max-heap of that size (O(n log keep)).</summary>
    private List<SortEntry> TopRows(IEnumerable<SortEntry> entries, int keep, IComparer<SortEntry> comparer)
    {
        if (keep == 0) return [];
        var largestFirst = Comparer<SortEntry>.Create((a, b) => comparer.Compare(b, a));
        var heap = new PriorityQueue<SortEntry, SortEntry>(largestFirst);
        foreach (var entry in entries)
        {
            _context.Tick();
            if (heap.Count < keep) heap.Enqueue(entry, entry);
            else if (comparer.Compare(entry, heap.Peek()) < 0) heap.DequeueEnqueue(entry, entry);
        }
        var kept = heap.UnorderedItems.Select(item => item.Element).ToList();
        kept.Sort(comparer);
        return kept;
    }

    private int CompareEntries(SortEntry left, SortEntry right)
    {
        _context.Tick();
        for (var i = 0; i < _body.OrderBy.Count; i++)
        {
            var comparison = CypherOrdering.CompareValues(left.Key(i), right.Key(i));
            if (comparison != 0) return _body.OrderBy[i].Descending ? -comparison : comparison;
        }
        return left.Arrival.CompareTo(right.Arrival);
    }

    /// <summary>
    /// A sorted row and its keys: a struct held inline in the sort's chunks, with the first key inline too, so a sort
    /// by one key holds no object per row beyond the row itself.
    /// </summary>
    internal readonly record struct SortEntry((Row Output, IRow SortScope) Row, object? First, object?[]? Rest, int Arrival)
    {
        public object? Key(int index) => index == 0 ? First : Rest![index - 1];
    }
}
