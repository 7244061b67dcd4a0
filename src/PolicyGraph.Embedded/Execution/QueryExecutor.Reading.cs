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
        var where = match.Where is null ? null : _context.Compile(match.Where);
        return rows.SelectMany(row => MatchRow(match, where, row, introduced));
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
