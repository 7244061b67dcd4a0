using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>Structural queries over expressions that several checks share.</summary>
public static class ExpressionTree
{
    /// <summary>The direct sub-expressions evaluated in the same scope (not those of nested subqueries).</summary>
    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        BinaryExpression binary => [binary.Left, binary.Right],
        UnaryExpression unary => [unary.Operand],
        TypePredicate predicate => [predicate.Operand],
        NormalizationPredicate predicate => [predicate.Operand],
        PropertyLookup lookup => [lookup.Subject],
        IndexExpression index => [index.Subject, index.Index],
        SliceExpression slice => new[] { slice.Subject, slice.From, slice.To }.OfType<Expression>(),
        LabelPredicate label => [label.Subject],
        ListLiteral list => list.Items,
        MapLiteral map => map.Entries.Select(entry => entry.Value),
        FunctionCall call => call.Arguments,
        CaseExpression caseExpression => CaseChildren(caseExpression),
        ListComprehension list => new[] { list.Source, list.Where, list.Projection }.OfType<Expression>(),
        Quantifier quantifier => new[] { quantifier.Source, quantifier.Where }.OfType<Expression>(),
        Reduce reduce => [reduce.Init, reduce.Source, reduce.Expression],
        MapProjection projection => MapProjectionChildren(projection),
        PatternComprehension comprehension => new[] { comprehension.Where, comprehension.Projection }.OfType<Expression>(),
        _ => [],
    };

    /// <summary>Every expression in the tree, the root first.</summary>
    public static IEnumerable<Expression> DescendantsAndSelf(Expression expression)
    {
        yield return expression;
        foreach (var child in Children(expression))
        {
            foreach (var descendant in DescendantsAndSelf(child))
            {
                yield return descendant;
            }
        }
    }

    public static bool IsAggregate(Expression expression) =>
        expression is CountStar || (expression is FunctionCall call && FunctionCatalog.IsAggregate(call.Name));

    public static bool ContainsAggregate(Expression expression) => DescendantsAndSelf(expression).Any(IsAggregate);

    public static IEnumerable<string> VariableNames(Expression expression) =>
        DescendantsAndSelf(expression).OfType<Variable>().Select(variable => variable.Name)
            .Concat(DescendantsAndSelf(expression).OfType<MapProjection>().Select(projection => projection.Subject.Name));

    private static IEnumerable<Expression> CaseChildren(CaseExpression expression)
    {
        if (expression.Test is not null)
        {
            yield return expression.Test;
        }

        foreach (var alternative in expression.Alternatives)
        {
            yield return alternative.When;
            yield return alternative.Then;
        }

        if (expression.Else is not null)
        {
            yield return expression.Else;
        }
    }

    private static IEnumerable<Expression> MapProjectionChildren(MapProjection projection)
    {
        foreach (var item in projection.Items)
        {
            if (item is LiteralEntry entry)
            {
                yield return entry.Value;
            }
            else if (item is VariableSelector selector)
            {
                yield return selector.Variable;
            }
        }
    }
}
