using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Execution;

/// <summary>Small syntactic questions the planner asks about expressions.</summary>
internal static class ExpressionScan
{
    /// <summary>
    /// Whether <paramref name="expression"/> may read one of <paramref name="variables"/>. Conservative: forms it
    /// does not analyse count as "yes", which only costs an optimisation, never correctness.
    /// </summary>
    public static bool MayReference(Expression expression, IReadOnlySet<string> variables) => expression switch
    {
        Literal or Parameter => false,
        Variable variable => variables.Contains(variable.Name),
        PropertyLookup lookup => MayReference(lookup.Subject, variables),
        ListLiteral list => list.Items.Any(i => MayReference(i, variables)),
        MapLiteral map => map.Entries.Any(e => MayReference(e.Value, variables)),
        BinaryExpression binary => MayReference(binary.Left, variables) || MayReference(binary.Right, variables),
        UnaryExpression unary => MayReference(unary.Operand, variables),
        FunctionCall call => call.Arguments.Any(a => MayReference(a, variables)),
        IndexExpression index => MayReference(index.Subject, variables) || MayReference(index.Index, variables),
        _ => true,
    };

    /// <summary>
    /// The variables <paramref name="expression"/> reads from its row (not those its comprehensions, quantifiers and
    /// reduce bind themselves); null when it holds a pattern or subquery, whose reads this does not follow.
    /// </summary>
    public static IReadOnlySet<string>? FreeVariables(Expression expression)
    {
        var free = new HashSet<string>(StringComparer.Ordinal);
        return CollectFree(expression, new HashSet<string>(StringComparer.Ordinal), free) ? free : null;
    }

    private static bool CollectFree(Expression expression, IReadOnlySet<string> local, HashSet<string> free)
    {
        switch (expression)
        {
            case PatternComprehension or PatternPredicate or ExistsSubquery or CountSubquery or CollectSubquery:
                return false;
            case Variable variable:
                if (!local.Contains(variable.Name)) free.Add(variable.Name);
                return true;
            case ListComprehension list:
                return CollectFree(list.Source, local, free) && CollectFreeWith(local, [list.Variable.Name], free, list.Where, list.Projection);
            case Quantifier quantifier:
                return CollectFree(quantifier.Source, local, free) && CollectFreeWith(local, [quantifier.Variable.Name], free, quantifier.Where);
            case Reduce reduce:
                return CollectFree(reduce.Init, local, free) && CollectFree(reduce.Source, local, free) &&
                       CollectFreeWith(local, [reduce.Accumulator.Name, reduce.Variable.Name], free, reduce.Expression);
            case MapProjection projection:
                if (!local.Contains(projection.Subject.Name)) free.Add(projection.Subject.Name);
                break;
        }
        foreach (var child in PolicyGraph.Cypher.Semantics.ExpressionTree.Children(expression))
            if (!CollectFree(child, local, free)) return false;
        return true;
    }

    private static bool CollectFreeWith(IReadOnlySet<string> local, string[] bound, HashSet<string> free, params Expression?[] scoped)
    {
        var inner = new HashSet<string>(local, StringComparer.Ordinal);
        inner.UnionWith(bound);
        return scoped.All(e => e is null || CollectFree(e, inner, free));
    }

    /// <summary>The AND-ed parts of a predicate.</summary>
    public static IEnumerable<Expression> Conjuncts(Expression? predicate)
    {
        if (predicate is null) yield break;
        if (predicate is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            foreach (var part in Conjuncts(and.Left)) yield return part;
            foreach (var part in Conjuncts(and.Right)) yield return part;
        }
        else
        {
            yield return predicate;
        }
    }

    /// <summary>Does the expression contain an aggregate call (outside nested scopes that aggregate on their own)?</summary>
    public static bool ContainsAggregate(Expression expression) => FindAggregates(expression).Any();

    /// <summary>The aggregate calls inside <paramref name="expression"/>, outermost first.</summary>
    public static IEnumerable<Expression> FindAggregates(Expression expression)
    {
        switch (expression)
        {
            case CountStar:
                yield return expression;
                yield break;
            case FunctionCall call when Expressions.Aggregation.AggregatorFactory.IsAggregate(call.Name):
                yield return expression;
                yield break;
        }
        foreach (var child in Children(expression))
            foreach (var found in FindAggregates(child)) yield return found;
    }

    private static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        PropertyLookup lookup => [lookup.Subject],
        ListLiteral list => list.Items,
        MapLiteral map => map.Entries.Select(e => e.Value),
        BinaryExpression binary => [binary.Left, binary.Right],
        UnaryExpression unary => [unary.Operand],
        FunctionCall call => call.Arguments,
        IndexExpression index => [index.Subject, index.Index],
        SliceExpression slice => new[] { slice.Subject, slice.From, slice.To }.OfType<Expression>(),
        LabelPredicate label => [label.Subject],
        CaseExpression @case => new[] { @case.Test, @case.Else }.OfType<Expression>()
            .Concat(@case.Alternatives.SelectMany(a => new[] { a.When, a.Then })),
        ListComprehension comprehension => new[] { comprehension.Source, comprehension.Where, comprehension.Projection }.OfType<Expression>(),
        Quantifier quantifier => new[] { quantifier.Source, quantifier.Where }.OfType<Expression>(),
        Reduce reduce => [reduce.Init, reduce.Source, reduce.Expression],
        MapProjection projection => projection.Items.OfType<LiteralEntry>().Select(e => e.Value),
        _ => [],
    };
}
