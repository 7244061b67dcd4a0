using System.Runtime.InteropServices;
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
        var parts = _context.Parallelism.Splits(ids.Length)
            ? MorselRunner.Run(ids.Length, _context.Parallelism, _context.Budget, (start, end, worker) => CodeCounts.Count(ids, start, end, others, column, worker.Poll))
            : [CodeCounts.Count(ids, 0, ids.Length, others, column, _context.Tick)];
        if (parts.Any(part => part is null)) return false;
        foreach (var (first, count) in CodeCounts.Merge(parts!)) counts.Add([first], count);
        return true;
    }

    /// <summary>Counts per code over a range of a label's ids: one morsel's partial aggregate.</summary>
    private sealed class CodeCounts
    {
        private readonly Dictionary<int, (int First, long Count)> _perCode = [];
        private readonly List<int> _order = [];

        /// <summary>The counts of ids[start..end); null when a node has no slot in the column (the caller walks).</summary>
        public static CodeCounts? Count(int[] ids, int start, int end, ulong[]?[] others, EncodedColumn column, Action tick)
        {
            var result = new CodeCounts();
            for (var i = start; i < end; i++)
            {
                tick();
                var id = ids[i];
                if (others.Length > 0 && !HasAll(others, id)) continue;
                var code = (uint)id < (uint)column.Codes.Length ? column.Codes[id] : EncodedColumn.NoSlot;
                if (code == EncodedColumn.NoSlot) return null;
                result.Add(code, id, 1);
            }
            return result;
        }

        /// <summary>Each code's first node and total count, in order of first appearance over the morsels in order.</summary>
        public static IEnumerable<(int First, long Count)> Merge(CodeCounts[] parts)
        {
            if (parts.Length == 1) return parts[0]._order.Select(code => parts[0]._perCode[code]);
            var merged = new CodeCounts();
            foreach (var part in parts)
                foreach (var code in part._order)
                {
                    var (first, count) = part._perCode[code];
                    merged.Add(code, first, count);
                }
            return merged._order.Select(code => merged._perCode[code]);
        }

        private void Add(int code, int id, long count)
        {
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_perCode, code, out var exists);
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
