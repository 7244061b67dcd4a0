using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// Reading clauses: MATCH / OPTIONAL MATCH, UNWIND, WITH, RETURN.
internal sealed partial class QueryExecutor
{
    private IEnumerable<Row> Match(MatchClause match, IEnumerable<Row> rows, List<string> scope)
    {
        var introduced = match.Pattern.Parts.SelectMany(p => PatternPlan.From(p).Variables())
            .Where(v => !scope.Contains(v)).Distinct().ToArray();
        AddToScope(scope, introduced);
        var where = match.Where is null || PatternMatcher.AppliesWhere(match.Pattern, match.Where) ? null : _context.Compile(match.Where);
        return rows.SelectMany(row => MatchRow(match, where, row, introduced));
    }

    /// <summary>
    /// MATCH followed by an aggregating or DISTINCT WITH / RETURN, run as one operator when
    /// <see cref="FactorisedMatchPlan"/> allows: matches are counted per tuple of the variables read later, and the
    /// MATCH's WHERE, the grouping and the aggregates see each tuple once with its count (DISTINCT projects each
    /// tuple once). Null when the pair must run clause by clause.
    /// </summary>
    private QueryOutput? FactorisedAggregation(MatchClause match, Clause next, IEnumerable<Row> rows, List<string> scope)
    {
        if (FactorisedPlanFor(match, next, scope) is not { } plan) return null;
        var (body, projectionWhere) = ProjectionParts(next)!.Value;
        AddToScope(scope, plan.Part.Variables());
        var where = match.Where is null ? null : _context.Compile(match.Where);
        var weighted = rows.SelectMany(row => CountedMatches(match, plan, where, row));
        var projection = new Projection(_context, body, scope);
        if (next is WithClause)
        {
            scope.Clear();
            scope.AddRange(projection.Columns);
        }
        var projected = projection.Aggregates
            ? projection.ApplyAggregating(weighted, projectionWhere, plan.CountsMatches)
            : projection.Apply(weighted.Select(tuple => ((TupleRow)tuple.Row).ToRow()), projectionWhere);
        return new QueryOutput(projection.Columns, projected);
    }

    private static FactorisedMatchPlan? FactorisedPlanFor(MatchClause match, Clause next, IReadOnlyCollection<string> scope) =>
        ProjectionParts(next) is var (body, where) ? FactorisedMatchPlan.TryCreate(match, body, where, scope) : null;

    /// <summary>The body of a WITH or RETURN and WITH's own WHERE; null for other clauses.</summary>
    private static (ProjectionBody Body, Expression? Where)? ProjectionParts(Clause clause) => clause switch
    {
        WithClause with => (with.Body, with.Where),
        ReturnClause @return => (@return.Body, null),
        _ => null,
    };

    private IEnumerable<WeightedRow> CountedMatches(MatchClause match, FactorisedMatchPlan plan, CompiledExpression? where, Row row)
    {
        using var counts = _matcher.CountMatches(plan.Part, row, match.Where, plan.Slots);
        var bound = new TupleRow(row, plan.Slots.Select(s => s.Variable).ToArray());
        if (counts.WhereHolds) where = null;
        var passed = 0;
        try
        {
            for (var index = 0; index < counts.Count; index++)
            {
                _context.Tick();
                BindTuple(plan.Slots, counts.Tuple(index), bound);
                if (where is not null && _context.Evaluate(where, bound) is not true) continue;
                passed++;
                yield return new WeightedRow(bound, counts.Multiplicity(index));
            }
        }
        finally
        {
            if (_tupleProfile is not null)
                ProfileTuples(match, counts.Count, Enumerable.Range(0, counts.Count).Sum(i => counts.Multiplicity(i)), passed);
        }
    }

    private void BindTuple(MatchSlot[] slots, ReadOnlySpan<int> ids, TupleRow row)
    {
        var snapshot = _context.Graph.Snapshot;
        for (var i = 0; i < slots.Length; i++)
            row.Bind(i, slots[i].IsRelationship ? snapshot.BoxedRelationship(ids[i]) : snapshot.BoxedNode(ids[i]));
    }

    private IEnumerable<Row> MatchRow(MatchClause match, CompiledExpression? where, Row row, string[] introduced)
    {
        var any = false;
        foreach (var matched in _matcher.MatchPattern(match.Pattern, row, match.Where))
        {
            if (where is not null && _context.Evaluate(where, matched) is not true) continue;
            any = true;
            yield return matched;
        }
        if (any || !match.Optional) yield break;
        var nulls = row;
        foreach (var variable in introduced) nulls = nulls.With(variable, null);
        yield return nulls;
    }

    private IEnumerable<Row> Unwind(UnwindClause unwind, IEnumerable<Row> rows, List<string> scope)
    {
        AddToScope(scope, [unwind.Variable.Name]);
        return rows.SelectMany(row => UnwindRow(unwind, row));
    }

    private IEnumerable<Row> UnwindRow(UnwindClause unwind, Row row)
    {
        var value = _context.Evaluate(unwind.Source, row);
        if (value is null) yield break;
        if (CypherValues.KindOf(value) != CypherValueKind.List)
        {
            yield return row.With(unwind.Variable.Name, value);
            yield break;
        }
        foreach (var element in CypherValues.AsList(value))
        {
            _context.Tick();
            yield return row.With(unwind.Variable.Name, element);
        }
    }

    private IEnumerable<Row> With(WithClause with, IEnumerable<Row> rows, List<string> scope)
    {
        var projection = new Projection(_context, with.Body, scope);
        scope.Clear();
        scope.AddRange(projection.Columns);
        return projection.Apply(rows, with.Where);
    }

    private IEnumerable<Row> Return(ReturnClause @return, IEnumerable<Row> rows, List<string> scope, out IReadOnlyList<string> columns)
    {
        var projection = new Projection(_context, @return.Body, scope);
        columns = projection.Columns;
        return projection.Apply(rows, where: null);
    }
}
