using System.Runtime.InteropServices;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// Counting a label's nodes per value of one property from the dictionary-encoded column.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// A single-node pattern whose only slot is read as one property (<c>MATCH (n:L) RETURN n.key, count(*)</c>) on
    /// a snapshot the transaction has not changed: counted per code of the key's encoded column over the label's
    /// ids, each value recorded as the first node that has it, in id order — the walk's tuples, counts and order.
    /// A large label is counted in morsels on several threads and the morsels merged in order. False when anything
    /// else applies (the caller walks).
    /// </summary>
    private bool TryCountByCode(PatternPlan plan, MatchSlot[] slots, MatchTupleCounts counts, CountingWalk walk)
    {
        if (plan.Relationships.Length != 0 || slots is not [{ Read.Kind: SlotReadKind.Property } slot] || _context.Graph.HasChanges) return false;
        var node = plan.Nodes[0];
        var labels = node.Labels.ToArray();
        if (node.Properties is not null || node.LabelExpression is not null || walk.FixedIds[0] is not null || labels.Length == 0) return false;
        var snapshot = _context.Graph.Snapshot;
        var others = LabelBitsOf(labels.Skip(1));
        if (!snapshot.NodesByLabel.TryGetValue(labels[0], out var ids) || others.Any(b => b is null)) return false;
        if (snapshot.NodeColumns.BuiltEncoded(slot.Read.Key!) is not { } column) return false;
        var budget = _context.Budget;
        CodeCounts?[] parts;
        if (_context.Parallelism.Splits(ids.Length))
        {
            parts = MorselRunner.Run(ids.Length, _context.Parallelism, budget, (start, end, worker) => CodeCounts.Count(ids, start, end, others, column, budget, worker));
            // Charged here, on the query's thread: workers never touch the budget's byte count.
            budget.Reserve(parts.Sum(part => part?.Bytes ?? 0));
        }
        else parts = [CodeCounts.Count(ids, 0, ids.Length, others, column, budget, worker: null)];
        if (parts.Any(part => part is null)) return false;
        foreach (var (first, count) in CodeCounts.Merge(parts!, column)) counts.Add([first], count);
        return true;
    }

    /// <summary>
    /// Counts per code over a range of a label's ids: one morsel's partial aggregate. Arrays indexed by code when the
    /// code space is no larger than the range (always on one thread, as before the split), else a dictionary of the
    /// codes seen, so many small morsels of a high-cardinality key do not each allocate the whole code space.
    /// </summary>
    private sealed class CodeCounts
    {
        private const long EntryBytes = 48;
        private readonly long[]? _counts;
        private readonly int[]? _firsts;
        private readonly Dictionary<int, (int First, long Count)>? _perCode;
        private readonly List<int> _order = [];

        private CodeCounts(int codes, bool dense)
        {
            if (dense) (_counts, _firsts) = (new long[codes], new int[codes]);
            else _perCode = [];
        }

        /// <summary>Bytes this part holds, for the query's memory budget.</summary>
        public long Bytes => (_counts?.Length * 12L ?? _perCode!.Count * EntryBytes) + 4L * _order.Count;

        /// <summary>The counts of ids[start..end); null when a node has no slot in the column (the caller walks).</summary>
        public static CodeCounts? Count(int[] ids, int start, int end, ulong[]?[] others, EncodedColumn column, QueryBudget budget, WorkerBudget? worker)
        {
            var codes = column.Values.Length + 1;
            var result = new CodeCounts(codes, dense: worker is null || codes <= end - start);
            for (var i = start; i < end; i++)
            {
                if (worker is null) budget.Poll();
                else worker.Poll();
                var id = ids[i];
                if (others.Length > 0 && !HasAll(others, id)) continue;
                var code = (uint)id < (uint)column.Codes.Length ? column.Codes[id] : EncodedColumn.NoSlot;
                if (code == EncodedColumn.NoSlot) return null;
                result.Add(code == EncodedColumn.Absent ? codes - 1 : code, id, 1);
            }
            return result;
        }

        /// <summary>Each code's first node and total count, in order of first appearance over the morsels in order.</summary>
        public static IEnumerable<(int First, long Count)> Merge(CodeCounts[] parts, EncodedColumn column)
        {
            if (parts.Length == 1) return parts[0].Entries();
            var merged = new CodeCounts(column.Values.Length + 1, dense: true);
            foreach (var part in parts)
                foreach (var code in part._order)
                {
                    var (first, count) = part.Get(code);
                    merged.Add(code, first, count);
                }
            return merged.Entries();
        }

        private IEnumerable<(int First, long Count)> Entries() => _order.Select(Get);

        private (int First, long Count) Get(int code) => _counts is not null ? (_firsts![code], _counts[code]) : _perCode![code];

        private void Add(int code, int id, long count)
        {
            if (_counts is not null)
            {
                if (_counts[code] == 0)
                {
                    _firsts![code] = id;
                    _order.Add(code);
                }
                _counts[code] += count;
                return;
            }
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_perCode!, code, out var exists);
            if (exists)
            {
                seen.Count += count;
                return;
            }
            seen = (id, count);
            _order.Add(code);
        }
    }
}
