using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// Finds the matches of patterns in the graph: each match extends the input row with the pattern's variables.
/// A part is matched from its cheapest "anchor" node outwards (bound variable, index lookup, label scan, all
/// nodes). Relationships are unique within one MATCH (across all its parts).
/// </summary>
internal sealed partial class PatternMatcher : IPatternMatcher
{
    private readonly ExecutionContext _context;
    private readonly Func<Query, Row, QueryOutput> _runSubquery;

    public PatternMatcher(ExecutionContext context, Func<Query, Row, QueryOutput> runSubquery)
    {
        _context = context;
        _runSubquery = runSubquery;
    }

    /// <summary>All matches of a MATCH pattern for one input row, before its WHERE (after it when <see cref="AppliesWhere"/>).</summary>
    public IEnumerable<Row> MatchPattern(Pattern pattern, Row row, Expression? where)
    {
        var plans = PatternPlan.ForPattern(pattern);
        if (AppliesWhere(pattern, where)) return MatchApplyingWhere(plans[0], row, where!);
        return MatchParts(plans, 0, row, new UsedRelationships(), where);
    }

    private IEnumerable<Row> MatchApplyingWhere(PatternPlan plan, Row row, Expression where)
    {
        var properties = new PatternProperties(plan, row, _context);
        var hints = EqualityHints.From(where, [plan], row, _context);
        var anchor = ChooseAnchor(plan, row, properties, hints);
        return BoundAnchors(plan, anchor, row, new MatchState(plan, _context, row), properties, hints,
            ConjunctVerdict(plan, anchor, row, where), _context.Compile(where));
    }

    public IEnumerable<IRow> Match(PatternElement pattern, Variable? pathVariable, IRow outer, EvaluationContext context)
    {
        var start = outer as Row ?? Row.Nested(outer);
        var plan = new PatternPlan(pattern, pathVariable, ShortestPathKind.None);
        return MatchPart(plan, start, new UsedRelationships(), where: null);
    }

    public bool Exists(Query subquery, IRow outer, EvaluationContext context) =>
        _runSubquery(subquery, outer as Row ?? Row.Nested(outer)).Rows.Any();

    public long Count(Query subquery, IRow outer, EvaluationContext context)
    {
        var count = 0L;
        foreach (var _ in _runSubquery(subquery, outer as Row ?? Row.Nested(outer)).Rows)
        {
            _context.Tick();
            count++;
        }
        return count;
    }

    public IReadOnlyList<object?> Collect(Query subquery, IRow outer, EvaluationContext context)
    {
        var output = _runSubquery(subquery, outer as Row ?? Row.Nested(outer));
        var column = output.Columns[0];
        var values = new List<object?>();
        foreach (var row in output.Rows)
        {
            _context.Tick();
            values.Add(row.Get(column));
        }
        return values.ToArray();
    }

    private IEnumerable<Row> MatchParts(PatternPlan[] plans, int index, Row row, UsedRelationships used, Expression? where)
    {
        if (index == plans.Length - 1) return MatchPart(plans[index], row, used, where, plans);
        return MatchRemainingParts(plans, index, row, used, where);
    }

    private IEnumerable<Row> MatchRemainingParts(PatternPlan[] plans, int index, Row row, UsedRelationships used, Expression? where)
    {
        if (index == plans.Length)
        {
            yield return row;
            yield break;
        }
        foreach (var matched in MatchPart(plans[index], row, used, where, plans))
            foreach (var complete in MatchParts(plans, index + 1, matched, used, where))
                yield return complete;
    }

    /// <summary>
    /// Matches one part for one row. Equality hints are taken from the WHERE with this row, so a later part can
    /// join through an index on values bound by an earlier one (<c>MATCH (a), (b) WHERE b.id = a.ref</c>).
    /// </summary>
    /// <param name="parts">All parts of the MATCH (a shortest path's WHERE may read variables only later parts bind).</param>
    private IEnumerable<Row> MatchPart(PatternPlan plan, Row row, UsedRelationships used, Expression? where, PatternPlan[]? parts = null)
    {
        if (plan.Selector is not null) return MatchSelective(plan, row, used, where);
        if (plan.Shortest != ShortestPathKind.None) return MatchShortest(plan, row, used, where, ReadsLaterParts(where, plan, row, parts));
        var hints = where is null ? EqualityHints.None : EqualityHints.From(where, [plan], row, _context);
        var properties = new PatternProperties(plan, row, _context);
        var anchor = ChooseAnchor(plan, row, properties, hints);
        return MatchFromAnchor(plan, anchor, row, used, properties, hints, where);
    }

    /// <summary>
    /// Binds the anchor, then stacks one operator per hop: rightwards to the last node, then leftwards to the first.
    /// Each operator pulls rows from the one below and extends them, so a match costs one iterator per hop level,
    /// not one per intermediate row. Operator k reads the node bound by operator k - 1, which is suspended right
    /// after binding it, and relationship uniqueness is kept in stack order.
    /// </summary>
    private IEnumerable<Row> MatchFromAnchor(
        PatternPlan plan, int anchor, Row row, UsedRelationships used, PatternProperties properties, EqualityHints hints, Expression? where = null)
    {
        var state = new MatchState(plan, _context, row);
        var verdict = ConjunctVerdict(plan, anchor, row, where);
        return StackHops(plan, anchor, BoundAnchors(plan, anchor, row, state, properties, hints, verdict), state, used, properties);
    }

    /// <summary>The hop operators over rows that bind the anchor: rightwards to the last node, then leftwards to the first.</summary>
    private IEnumerable<Row> StackHops(PatternPlan plan, int anchor, IEnumerable<Row> anchors, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        var rows = anchors;
        for (var index = anchor; index < plan.Relationships.Length; index++)
            rows = Hop(plan, index, forward: true, rows, state, used, properties);
        for (var index = anchor - 1; index >= 0; index--)
            rows = Hop(plan, index, forward: false, rows, state, used, properties);
        return plan.PathVariable is null ? rows : WithPaths(plan, rows, state);
    }

    /// <param name="where">The WHERE to apply to the bound rows the verdict leaves undecided (see <see cref="AppliesWhere"/>), or null.</param>
    private IEnumerable<Row> BoundAnchors(PatternPlan plan, int anchor, Row row, MatchState state, PatternProperties properties,
        EqualityHints hints, Func<int, Verdict>? verdictOn, CompiledExpression? where = null)
    {
        foreach (var candidate in AnchorCandidates(plan, anchor, row, properties, hints))
        {
            _context.Tick();
            var verdict = verdictOn?.Invoke(candidate) ?? Verdict.Undecided;
            if (verdict == Verdict.Refused || !TryBindNode(plan, anchor, candidate, row, state, properties, out var bound)) continue;
            if (where is null || verdict == Verdict.Holds || _context.Evaluate(where, bound) is true) yield return bound;
        }
    }

    /// <summary>Whether the WHERE reads a variable that another part of the MATCH binds after this one.</summary>
    private static bool ReadsLaterParts(Expression? where, PatternPlan plan, Row row, PatternPlan[]? parts)
    {
        if (where is null || parts is null) return false;
        var pending = parts.Where(p => !ReferenceEquals(p, plan)).SelectMany(p => p.Variables()).Where(v => !row.Has(v))
            .ToHashSet(StringComparer.Ordinal);
        return pending.Count > 0 && ExpressionScan.MayReference(where, pending);
    }

    private IEnumerable<Row> WithPaths(PatternPlan plan, IEnumerable<Row> rows, MatchState state)
    {
        foreach (var row in rows) yield return WithPath(plan, row, state);
    }

    private Row WithPath(PatternPlan plan, Row row, MatchState state) =>
        plan.PathVariable is null ? row : row.With(plan.PathVariable.Name, BuildPath(state));

    private PathRef BuildPath(MatchState state)
    {
        var nodes = new List<NodeRef> { new(state.NodeIds[0]) };
        var relationships = new List<RelationshipRef>();
        var current = state.NodeIds[0];
        for (var index = 0; index < state.Relationships.Length; index++)
        {
            var hops = state.Trails[index] ?? [state.Relationships[index]];
            foreach (var relationship in hops)
            {
                current = OtherEnd(relationship, current);
                relationships.Add(new RelationshipRef(relationship));
                nodes.Add(new NodeRef(current));
            }
        }
        return new PathRef(nodes, relationships);
    }

    private int OtherEnd(int relationship, int from)
    {
        var start = _context.Graph.StartNode(relationship);
        return start == from ? _context.Graph.EndNode(relationship) : start;
    }
}
