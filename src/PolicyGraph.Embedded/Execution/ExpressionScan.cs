using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Execution;

/// <summary>Small syntactic questions the planner asks about expressions.</summary>
internal static class ExpressionScan
{
    /// <summary>
    /// Whether <paramref name="expression"/> may read one of <paramref name="variables"/>. Conservative: forms it
    /// does not analyse count as "yes", which only costs an optimisation, never correctness.
    /// </summary>
    public static bool MayReference(Expression expression, IReadOnlySet<string> variables) =>
        MayReference(expression, variables.Contains);

    /// <summary>Whether <paramref name="expression"/> may read a variable <paramref name="counts"/> is true of (conservative).</summary>
    public static bool MayReference(Expression expression, Func<string, bool> counts) => expression switch
    {
        Literal or Parameter => false,
        Variable variable => counts(variable.Name),
        PropertyLookup lookup => MayReference(lookup.Subject, counts),
        ListLiteral list => list.Items.Any(i => MayReference(i, counts)),
        MapLiteral map => map.Entries.Any(e => MayReference(e.Value, counts)),
        BinaryExpression binary => MayReference(binary.Left, counts) || MayReference(binary.Right, counts),
        UnaryExpression unary => MayReference(unary.Operand, counts),
        FunctionCall call => call.Arguments.Any(a => MayReference(a, counts)),
        IndexExpression index => MayReference(index.Subject, counts) || MayReference(index.Index, counts),
        _ => true,
    };

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
