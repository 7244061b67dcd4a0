using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>
/// After DISTINCT or aggregation only the projected columns exist, yet ORDER BY (and WITH's WHERE) may repeat a
/// projected expression inside a larger one (<c>WITH a.name AS name, count(*) AS c ORDER BY a.name + 'x'</c>).
/// This pass replaces every such repeat with the column it names (<c>name + 'x'</c>), so an executor only has to
/// look up columns there. Run it after semantic analysis; the result means the same as the input.
/// </summary>
public static class ProjectionNormalizer
{
    public static Query Normalize(Query query) => query switch
    {
        SingleQuery single => single with { Clauses = AstList.From(single.Clauses.Select(NormalizeClause)) },
        UnionQuery union => union with { Left = Normalize(union.Left), Right = (SingleQuery)Normalize(union.Right) },
        ExplainedQuery explained => explained with { Query = Normalize(explained.Query) },
        _ => query,
    };

    private static Clause NormalizeClause(Clause clause)
    {
        switch (clause)
        {
            case WithClause with when ColumnReplacer(with.Body) is { } toColumn:
                var where = with.Where is null ? null : ExpressionRewriter.Rewrite(with.Where, toColumn);
                return with with { Body = NormalizeOrderBy(with.Body, toColumn), Where = where };
            case ReturnClause ret when ColumnReplacer(ret.Body) is { } toColumn:
                return ret with { Body = NormalizeOrderBy(ret.Body, toColumn) };
            default:
                return clause;
        }
    }

    private static ProjectionBody NormalizeOrderBy(ProjectionBody body, Func<Expression, Expression?> toColumn)
    {
        var orderBy = body.OrderBy.Select(sort => sort with { Expression = ExpressionRewriter.Rewrite(sort.Expression, toColumn) });
        return body with { OrderBy = AstList.From(orderBy) };
    }

    /// <summary>Maps a projected expression to its column, or null for a plain projection (nothing to do).</summary>
    private static Func<Expression, Expression?>? ColumnReplacer(ProjectionBody body)
    {
        var onlyColumnsVisible = body.Distinct || body.Items.Any(item => ExpressionTree.ContainsAggregate(item.Expression));
        if (!onlyColumnsVisible)
        {
            return null;
        }

        var columns = new Dictionary<Expression, string>();
        foreach (var item in body.Items)
        {
            columns.TryAdd(item.Expression, item.ColumnName);
        }

        return expression =>
            columns.TryGetValue(expression, out var name) ? new Variable(name) { Position = expression.Position } : null;
    }
}
