using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Execution;

// EXISTS { }, COUNT { }, COLLECT { }: once per outer row, which every clause of the subquery can see.
internal sealed partial class QueryExecutor
{
    /// <summary>
    /// Runs a subquery expression for one outer row. Its scope starts as what the outer row binds (a MATCH reuses
    /// those variables) and, as in Neo4j 5, a WITH inside it does not hide them.
    /// </summary>
    private QueryOutput RunSubquery(Query query, Row outer) => Execute(query, outer, [.. outer.VariableNames()], carried: outer);

    /// <summary>
    /// A WITH inside a subquery expression: the projection, then the outer variables put back on each row (the
    /// semantic analysis has refused a WITH that rebinds one). They are not made grouping keys, so an aggregation
    /// over no rows still gives its one row. A WHERE that only sees the projection is applied after they are back.
    /// </summary>
    private IEnumerable<Row> WithCarrying(WithClause with, IEnumerable<Row> rows, List<string> scope, Row outer)
    {
        var whereSeesOnlyProjection = with.Where is not null &&
            (with.Body.Distinct || with.Body.Items.Any(item => ExpressionScan.ContainsAggregate(item.Expression)));
        var projected = With(whereSeesOnlyProjection ? with with { Where = null } : with, rows, scope);
        var outerNames = outer.VariableNames();
        AddToScope(scope, outerNames);
        var carried = projected.Select(row => WithOuterValues(row, outer, outerNames));
        return whereSeesOnlyProjection ? carried.Where(row => _context.IsTrue(with.Where!, row)) : carried;
    }

    private static Row WithOuterValues(Row row, Row outer, IEnumerable<string> names)
    {
        foreach (var name in names)
            if (!row.Has(name)) row = row.With(name, outer.Get(name));
        return row;
    }
}
