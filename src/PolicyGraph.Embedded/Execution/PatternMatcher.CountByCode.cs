using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// Counting a label's nodes per value of one property from the dictionary-encoded column.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// A single-node pattern whose only slot is read as one property (<c>MATCH (n:L) RETURN n.key, count(*)</c>) on
    /// a snapshot the transaction has not changed: counted per code of the key's encoded column over the label's
    /// ids, each value recorded as the first node that has it, in id order — the walk's tuples, counts and order.
    /// False when anything else applies (the caller walks).
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
        var absent = column.Values.Length;
        var perCode = new long[absent + 1];
        var first = new int[absent + 1];
        var order = new List<int>();
        foreach (var id in ids)
        {
            _context.Tick();
            if (others.Length > 0 && !HasAll(others, id)) continue;
            var code = (uint)id < (uint)column.Codes.Length ? column.Codes[id] : EncodedColumn.NoSlot;
            if (code == EncodedColumn.NoSlot) return false;
            var index = code == EncodedColumn.Absent ? absent : code;
            if (perCode[index]++ != 0) continue;
            first[index] = id;
            order.Add(index);
        }
        foreach (var index in order) counts.Add([first[index]], perCode[index]);
        return true;
    }
}
