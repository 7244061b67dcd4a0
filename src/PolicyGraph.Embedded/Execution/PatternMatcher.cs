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
    private readonly Func<Query, Row, IEnumerable<Row>> _runSubquery;

    public PatternMatcher(ExecutionContext context, Func<Query, Row, IEnumerable<Row>> runSubquery)
    {
        _context = context;
        _runSubquery = runSubquery;
    }

    /// <summary>All matches of a MATCH pattern for one input row, before its WHERE.</summary>
    public IEnumerable<Row> MatchPattern(Pattern pattern, Row row, Expression? where)
    {
        var plans = PatternPlan.ForPattern(pattern);
        return MatchParts(plans, 0, row, new UsedRelationships(), where);
    }

    public IEnumerable<IRow> Match(PatternElement pattern, Variable? pathVariable, IRow outer, EvaluationContext context)
    {
        var start = outer as Row ?? Row.Nested(outer);
        var plan = new PatternPlan(pattern, pathVariable, ShortestPathKind.None);
        return MatchPart(plan, start, new UsedRelationships(), where: null);
    }

    public bool Exists(Query subquery, IRow outer, EvaluationContext context) =>
        _runSubquery(subquery, outer as Row ?? Row.Nested(outer)).Any();

    private IEnumerable<Row> MatchParts(PatternPlan[] plans, int index, Row row, UsedRelationships used, Expression? where)
    {
        if (index == plans.Length - 1) return MatchPart(plans[index], row, used, where);
        return MatchRemainingParts(plans, index, row, used, where);
    }

    private IEnumerable<Row> MatchRemainingParts(PatternPlan[] plans, int index, Row row, UsedRelationships used, Expression? where)
    {
        if (index == plans.Length)
        {
            yield return row;
            yield break;
        }
        foreach (var matched in MatchPart(plans[index], row, used, where))
            foreach (var complete in MatchParts(plans, index + 1, matched, used, where))
                yield return complete;
    }

    /// <summary>
    /// Matches one part for one row. Equality hints are taken from the WHERE with this row, so a later part can
    /// join through an index on values bound by an earlier one (<c>MATCH (a), (b) WHERE b.id = a.ref</c>).
    /// </summary>
    private IEnumerable<Row> MatchPart(PatternPlan plan, Row row, UsedRelationships used, Expression? where)
    {
        if (plan.Shortest != ShortestPathKind.None) return MatchShortest(plan, row, used);
        var hints = where is null ? EqualityHints.None : EqualityHints.From(where, [plan], row, _context);
        var properties = new PatternProperties(plan, row, _context);
        var anchor = ChooseAnchor(plan, row, properties, hints);
        return MatchFromAnchor(plan, anchor, row, used, properties, hints);
    }

    private IEnumerable<Row> MatchFromAnchor(
        PatternPlan plan, int anchor, Row row, UsedRelationships used, PatternProperties properties, EqualityHints hints)
    {
        var state = new MatchState(plan, _context.Graph);
        var singleNode = plan.Nodes.Length == 1;
        foreach (var candidate in AnchorCandidates(plan, anchor, row, properties, hints))
        {
            _context.Tick();
            if (!TryBindNode(plan, anchor, candidate, row, state, properties, out var bound)) continue;
            if (singleNode)
            {
                yield return WithPath(plan, bound, state);
                continue;
            }
            foreach (var complete in ExtendFromAnchor(plan, anchor, bound, state, used, properties))
                yield return WithPath(plan, complete, state);
        }
    }

    /// <summary>The complete matches around a bound anchor: rightwards, then leftwards from each of those.</summary>
    private IEnumerable<Row> ExtendFromAnchor(PatternPlan plan, int anchor, Row bound, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        if (anchor == 0) return ExtendRight(plan, 0, bound, state, used, properties);
        if (anchor == plan.Nodes.Length - 1) return ExtendLeft(plan, anchor, bound, state, used, properties);
        return ExtendBothWays(plan, anchor, bound, state, used, properties);
    }

    private IEnumerable<Row> ExtendBothWays(PatternPlan plan, int anchor, Row bound, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        foreach (var right in ExtendRight(plan, anchor, bound, state, used, properties))
            foreach (var both in ExtendLeft(plan, anchor, right, state, used, properties))
                yield return both;
    }

    /// <summary>
    /// Binds nodes position + 1 .. last (position &lt; last). The last hop's matches are already complete rows, so its
    /// iterator is handed out as is rather than wrapped in one more (an allocation and a MoveNext per row saved).
    /// </summary>
    private IEnumerable<Row> ExtendRight(PatternPlan plan, int position, Row row, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        var hops = Hop(plan, position, forward: true, row, state, used, properties);
        return position + 1 == plan.Nodes.Length - 1 ? hops : ExtendRightAfter(plan, position + 1, hops, state, used, properties);
    }

    private IEnumerable<Row> ExtendRightAfter(
        PatternPlan plan, int position, IEnumerable<Row> hops, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        foreach (var next in hops)
            foreach (var complete in ExtendRight(plan, position, next, state, used, properties))
                yield return complete;
    }

    /// <summary>Binds nodes position - 1 .. 0 (position &gt; 0); like <see cref="ExtendRight"/>, the last hop is not wrapped.</summary>
    private IEnumerable<Row> ExtendLeft(PatternPlan plan, int position, Row row, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        var hops = Hop(plan, position - 1, forward: false, row, state, used, properties);
        return position == 1 ? hops : ExtendLeftAfter(plan, position - 1, hops, state, used, properties);
    }

    private IEnumerable<Row> ExtendLeftAfter(
        PatternPlan plan, int position, IEnumerable<Row> hops, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        foreach (var next in hops)
            foreach (var complete in ExtendLeft(plan, position, next, state, used, properties))
                yield return complete;
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
