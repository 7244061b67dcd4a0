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
        return id =>
        {
            var value = slots is not null && (uint)id < (uint)slots.Length && !graph.IsDrafted(id) && slots[id] is { } slot
                ? slot
                : graph.NodeProperty(id, key);
            return value is string text && !text.Contains(needle, StringComparison.Ordinal);
        };
    }
}
