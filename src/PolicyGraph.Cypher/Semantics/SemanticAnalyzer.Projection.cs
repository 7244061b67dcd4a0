using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>WITH and RETURN: aliases, column names, aggregation, ORDER BY scoping, SKIP and LIMIT.</summary>
public sealed partial class SemanticAnalyzer
{
    private (Scope Scope, IReadOnlyList<string> Columns) AnalyzeProjection(ProjectionBody body, Scope incoming, bool isReturn)
    {
        if (body.IncludeExisting && incoming.IsEmpty && isReturn)
        {
            Report("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope", body);
        }

        var (outgoing, columns, projected) = AnalyzeItems(body, incoming);
        var aggregating = body.Items.Any(item => ExpressionTree.ContainsAggregate(item.Expression));
        if (aggregating)
        {
            CheckAggregatingItems(body);
        }

        AnalyzeOrderBy(body, incoming, outgoing, projected, aggregating);
        CheckConstantCount(body.Skip, "SKIP");
        CheckConstantCount(body.Limit, "LIMIT");
        if (!isReturn)
        {
            RequireAliases(body);
        }

        // With *, a variable also listed explicitly is one column, not a conflict (as in Neo4j).
        var existing = body.IncludeExisting ? incoming.Names.Except(columns) : [];
        return (outgoing, [.. existing, .. columns]);
    }

    /// <summary>The scope after the projection, its explicit columns, and each projected expression's type.</summary>
    private (Scope Outgoing, List<string> Columns, Dictionary<Expression, CypherType> Projected) AnalyzeItems(
        ProjectionBody body,
        Scope incoming)
    {
        var outgoing = body.IncludeExisting ? incoming : Scope.Empty;
        var projected = new Dictionary<Expression, CypherType>();
        var columns = new List<string>();
        foreach (var item in body.Items)
        {
            var type = Infer(item.Expression, new ExpressionContext(incoming, AllowAggregates: true));
            var name = item.ColumnName;
            if (columns.Contains(name))
            {
                Report("ColumnNameConflict", $"Multiple result columns with the same name '{name}' are not supported", item);
            }

            columns.Add(name);
            outgoing = outgoing.With(name, type);
            projected.TryAdd(item.Expression, type);
        }

        return (outgoing, columns, projected);
    }

    /// <summary>
    /// WITH needs a name for every expression that is not just a variable. Checked last, as Neo4j does, so that
    /// aggregation problems in the same projection are reported first.
    /// </summary>
    private void RequireAliases(ProjectionBody body)
    {
        var unnamed = body.Items.FirstOrDefault(item => item.Alias is null && item.Expression is not Variable);
        if (unnamed is not null)
        {
            Report("NoExpressionAlias", "Expression in WITH must be aliased (use AS)", unnamed);
        }
    }

    /// <summary>
    /// After DISTINCT or aggregation ORDER BY sees only the projected names (or projected expressions written
    /// again); otherwise it also sees the variables that were in scope before the projection.
    /// </summary>
    private void AnalyzeOrderBy(
        ProjectionBody body,
        Scope incoming,
        Scope outgoing,
        IReadOnlyDictionary<Expression, CypherType> projected,
        bool aggregating)
    {
        var restricted = aggregating || body.Distinct;
        var scope = restricted ? outgoing : incoming.Merge(outgoing);
        foreach (var sort in body.OrderBy)
        {
            if (!aggregating && ExpressionTree.ContainsAggregate(sort.Expression))
            {
                var aggregate = ExpressionTree.DescendantsAndSelf(sort.Expression).First(ExpressionTree.IsAggregate);
                Report(
                    "InvalidAggregation",
                    "ORDER BY can only use aggregate functions when the projection aggregates",
                    aggregate);
                continue;
            }

            if (aggregating && ExpressionTree.ContainsAggregate(sort.Expression))
            {
                CheckAggregateOrdering(sort.Expression, body, outgoing);
            }

            Infer(sort.Expression, new ExpressionContext(scope, AllowAggregates: aggregating, Projected: projected));
        }
    }

    /// <summary>SKIP and LIMIT take a constant, non-negative integer (a parameter is checked when the query runs).</summary>
    private void CheckConstantCount(Expression? count, string clause)
    {
        if (count is null)
        {
            return;
        }

        var readsGraph = ExpressionTree.DescendantsAndSelf(count).Any(e => e is PatternPredicate or ExistsSubquery or CountSubquery or CollectSubquery);
        if (ExpressionTree.VariableNames(count).Any() || readsGraph)
        {
            Report(
                "NonConstantExpression",
                $"{clause} must be a constant expression that does not refer to variables",
                count);
            return;
        }

        switch (count)
        {
            case IntegerLiteral { Value: < 0 } negative:
                Report("NegativeIntegerArgument", $"{clause} must be a non-negative integer, got {negative.Value}", count);
                break;
            case FloatLiteral or StringLiteral or BooleanLiteral or ListLiteral or MapLiteral:
                Report(
                    "InvalidArgumentType",
                    $"{clause} must be an integer, got {CypherPrinter.PrintExpression(count)}",
                    count);
                break;
        }
    }
}
