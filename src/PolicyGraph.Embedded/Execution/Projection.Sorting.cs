using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// ORDER BY: a stable sort of rows held in chunks below the large-object threshold, or with LIMIT a bounded heap
// that keeps only the rows that can still make the cut.
internal sealed partial class Projection
{
    private IEnumerable<(Row Output, IRow SortScope)> Sort(IEnumerable<(Row Output, IRow SortScope)> rows, long? keep)
    {
        // An ORDER BY expression equal to a projected item reads that column (how DISTINCT and aggregates sort).
        var columns = _body.OrderBy.Select(s => _items.FirstOrDefault(i => i.Expression.Equals(s.Expression)).Name).ToArray();
        var keyed = rows.Select((row, index) => new SortEntry(row, SortKeys(row, columns), index));
        var comparer = Comparer<SortEntry>.Create(CompareEntries);
        // Yielded, not returned: the sort runs when rows are first read, where errors get the clause's position.
        foreach (var entry in keep is { } k && k < int.MaxValue ? TopRows(keyed, (int)k, comparer) : SortAll(keyed, comparer))
            yield return entry.Row;
    }

    private IEnumerable<SortEntry> SortAll(IEnumerable<SortEntry> entries, IComparer<SortEntry> comparer)
    {
        var buffer = new ChunkedSortBuffer<SortEntry>(comparer);
        foreach (var entry in entries) buffer.Add(entry);
        return buffer.Sorted();
    }

    private object?[] SortKeys((Row Output, IRow SortScope) row, string?[] columns)
    {
        _context.Budget.ReserveRow(columns.Length + 2);
        var keys = new object?[columns.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = columns[i] is { } column
                ? row.Output.Get(column)
                : _context.Evaluate(_body.OrderBy[i].Expression, row.SortScope);
        }
        return keys;
    }

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
        for (var i = 0; i < left.Keys.Length; i++)
        {
            var comparison = CypherOrdering.CompareValues(left.Keys[i], right.Keys[i]);
            if (comparison != 0) return _body.OrderBy[i].Descending ? -comparison : comparison;
        }
        return left.Arrival.CompareTo(right.Arrival);
    }

    // A struct, held inline in the sort's chunks: one object less per sorted row.
    private readonly record struct SortEntry((Row Output, IRow SortScope) Row, object?[] Keys, int Arrival);
}
