using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Execution;

// Skipping anchor candidates the MATCH's WHERE is sure to refuse, before a row is built for them.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// For a WHERE whose first-evaluated conjunct is <c>v.key CONTAINS 'text'</c> (or a parameter) on the anchor's
    /// fresh variable: a test that is false exactly where that conjunct is false. AND stops at a false left side, so
    /// the WHERE is then false without evaluating anything else (no error it could raise is hidden); a node whose
    /// value is not a string makes the conjunct null, not false, and is kept for the WHERE to decide. Null when the
    /// WHERE has another form.
    /// </summary>
    private Func<int, bool>? RefusedByWhere(PatternPlan plan, int anchor, Row row, Expression? where)
    {
        var first = where;
        while (first is BinaryExpression { Operator: BinaryOperator.And } conjunction) first = conjunction.Left;
        if (first is not BinaryExpression { Operator: BinaryOperator.Contains, Left: PropertyLookup { Subject: Variable owner } lookup } contains ||
            plan.Nodes[anchor].Variable?.Name != owner.Name || row.Has(owner.Name) ||
            contains.Right is not (StringLiteral or Parameter) || _context.Evaluate(contains.Right, row) is not string needle)
            return null;
        var graph = _context.Graph;
        var key = lookup.Key;
        // A built column is read by slot (no lookup of the key per node); nodes the transaction changed, or that the
        // column has no slot for, are read through the transaction.
        var slots = graph.Snapshot.NodeColumns.BuiltColumn(key);
        if (slots is not null && !graph.HasChanges && _context.Parallelism.Splits(slots.Length))
            return new SplitSubstringTest(slots, needle, _context).IsRefused;
        return id =>
        {
            var value = slots is not null && (uint)id < (uint)slots.Length && !graph.IsDrafted(id) && slots[id] is { } slot
                ? slot
                : graph.NodeProperty(id, key);
            return IsRefused(value, needle);
        };
    }

    private static bool IsRefused(object? value, string needle) => value is string text && !text.Contains(needle, StringComparison.Ordinal);

    /// <summary>
    /// The prefilter over a built column on an unchanged snapshot: the first candidates are tested one by one (an
    /// index may hand over only a few); past a morsel's worth the anchor is a scan, and the test of every slot is
    /// made at once in morsels across threads, into a bitset the rest of the scan reads.
    /// </summary>
    private sealed class SplitSubstringTest(object?[] slots, string needle, ExecutionContext context)
    {
        private int _tested;
        private ulong[]? _refused;

        public bool IsRefused(int id)
        {
            if (_refused is null && ++_tested > context.Parallelism.MorselSize) _refused = TestAll();
            if (_refused is null || (uint)id >= (uint)slots.Length) return (uint)id < (uint)slots.Length && PatternMatcher.IsRefused(slots[id], needle);
            return (_refused[id >> 6] & (1UL << (id & 63))) != 0;
        }

        private ulong[] TestAll()
        {
            // Morsels of whole 64-id words, so no two workers write the same word.
            var refused = new ulong[(slots.Length + 63) >> 6];
            var words = context.Parallelism with { MorselSize = Math.Max(1, context.Parallelism.MorselSize >> 6) };
            MorselRunner.Run(refused.Length, words, context.Budget, (start, end, worker) =>
            {
                for (var id = start << 6; id < Math.Min(end << 6, slots.Length); id++)
                {
                    worker.Poll();
                    if (PatternMatcher.IsRefused(slots[id], needle)) refused[id >> 6] |= 1UL << (id & 63);
                }
                return true;
            });
            return refused;
        }
    }
}
