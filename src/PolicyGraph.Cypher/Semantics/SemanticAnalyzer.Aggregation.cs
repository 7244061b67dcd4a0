using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>
/// When a projection aggregates, the non-aggregated parts of an aggregating expression must be grouping keys
/// written as a variable or a property of one; anything else would be ambiguous.
/// </summary>
public sealed partial class SemanticAnalyzer
{
    private void CheckAggregatingItems(ProjectionBody body)
    {
        var keys = GroupingKeys(body);
        foreach (var item in body.Items.Where(item => ExpressionTree.ContainsAggregate(item.Expression)))
        {
            CheckGrouped(item.Expression, keys, variable =>
                Error(
                    "AmbiguousAggregationExpression",
                    $"Expression mixes aggregation with `{variable.Name}`, which is not a grouping key",
                    variable));
        }
    }

    /// <summary>In ORDER BY after aggregation, projected aliases are also fine; unknown names are undefined.</summary>
    private void CheckAggregateOrdering(Expression sort, ProjectionBody body, Scope outgoing)
    {
        var keys = GroupingKeys(body);
        var keyVariables = keys.SelectMany(ExpressionTree.VariableNames).ToHashSet();
        var aggregates = body.Items.Select(item => item.Expression).Where(ExpressionTree.ContainsAggregate).ToHashSet();
        CheckGrouped(sort, keys, variable =>
        {
            if (outgoing.Contains(variable.Name))
            {
                return null;
            }

            return keyVariables.Contains(variable.Name)
                ? Error(
                    "AmbiguousAggregationExpression",
                    $"Expression mixes aggregation with `{variable.Name}`, which is not a grouping key",
                    variable)
                : Error("UndefinedVariable", $"Variable `{variable.Name}` not defined", variable);
        }, aggregates);
    }

    private static HashSet<Expression> GroupingKeys(ProjectionBody body) =>
        body.Items.Select(item => item.Expression).Where(expression => !ExpressionTree.ContainsAggregate(expression)).ToHashSet();

    /// <summary>
    /// Walks the parts outside aggregate calls; <paramref name="reject"/> decides about a variable that is not
    /// covered by a simple grouping key (null = allowed). Parts equal to <paramref name="projectedAggregates"/>
    /// refer to an already computed column and are not inspected.
    /// </summary>
    private void CheckGrouped(
        Expression expression,
        HashSet<Expression> keys,
        Func<Variable, CypherException?> reject,
        HashSet<Expression>? projectedAggregates = null,
        IReadOnlySet<string>? locals = null)
    {
        if (ExpressionTree.IsAggregate(expression) || projectedAggregates?.Contains(expression) == true)
        {
            return;
        }

        if (expression is Variable or PropertyLookup { Subject: Variable } && keys.Contains(expression))
        {
            return;
        }

        if (expression is Variable variable)
        {
            if (!IsLocal(variable, locals) && reject(variable) is { } error)
            {
                Report(error);
            }

            return;
        }

        var innerLocals = LocalsOf(expression, locals);
        foreach (var child in ExpressionTree.Children(expression))
        {
            CheckGrouped(child, keys, reject, projectedAggregates, innerLocals);
        }
    }

    private static bool IsLocal(Variable variable, IReadOnlySet<string>? locals) => locals?.Contains(variable.Name) == true;

    /// <summary>Variables a comprehension, quantifier or reduce declares for its own body.</summary>
    private static IReadOnlySet<string>? LocalsOf(Expression expression, IReadOnlySet<string>? outer)
    {
        var declared = expression switch
        {
            ListComprehension list => [list.Variable.Name],
            Quantifier quantifier => [quantifier.Variable.Name],
            Reduce reduce => [reduce.Variable.Name, reduce.Accumulator.Name],
            PatternComprehension comprehension => PatternVariableNames(comprehension),
            _ => Array.Empty<string>(),
        };
        return declared.Length == 0 ? outer : (outer ?? new HashSet<string>()).Union(declared).ToHashSet();
    }

    private static string[] PatternVariableNames(PatternComprehension comprehension)
    {
        var pattern = comprehension.Pattern;
        var nodes = new[] { pattern.Start }.Concat(pattern.Chains.Select(chain => chain.Node)).Select(node => node.Variable);
        var relationships = pattern.Chains.Select(chain => chain.Relationship.Variable);
        return nodes.Concat(relationships).Append(comprehension.PathVariable).OfType<Variable>().Select(v => v.Name).ToArray();
    }
}
