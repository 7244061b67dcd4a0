using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

/// <summary>
/// Rebuilds an expression top-down: where <c>replace</c> returns a node it takes the place of the subtree;
/// elsewhere the children are rewritten. Inside a comprehension, quantifier or reduce nothing that mentions
/// their own variables is replaced; patterns and subqueries are left whole.
/// </summary>
public static class ExpressionRewriter
{
    public static Expression Rewrite(Expression expression, Func<Expression, Expression?> replace)
    {
        if (replace(expression) is { } replacement)
        {
            return replacement;
        }

        Expression Child(Expression child) => Rewrite(child, replace);
        Expression? OptionalChild(Expression? child) => RewriteOptional(child, replace);
        AstList<Expression> Children(AstList<Expression> children) => AstList.From(children.Select(Child));

        return expression switch
        {
            BinaryExpression binary => binary with { Left = Child(binary.Left), Right = Child(binary.Right) },
            UnaryExpression unary => unary with { Operand = Child(unary.Operand) },
            TypePredicate predicate => predicate with { Operand = Child(predicate.Operand) },
            NormalizationPredicate predicate => predicate with { Operand = Child(predicate.Operand) },
            PropertyLookup lookup => lookup with { Subject = Child(lookup.Subject) },
            IndexExpression index => index with { Subject = Child(index.Subject), Index = Child(index.Index) },
            SliceExpression slice => slice with
            {
                Subject = Child(slice.Subject), From = OptionalChild(slice.From), To = OptionalChild(slice.To),
            },
            LabelPredicate label => label with { Subject = Child(label.Subject) },
            ListLiteral list => list with { Items = Children(list.Items) },
            MapLiteral map => map with
            {
                Entries = AstList.From(map.Entries.Select(entry => entry with { Value = Child(entry.Value) })),
            },
            FunctionCall call => call with { Arguments = Children(call.Arguments) },
            CaseExpression caseExpression => RewriteCase(caseExpression, Child, OptionalChild),
            _ => RewriteScoped(expression, replace),
        };
    }

    /// <summary>Comprehensions, quantifiers and reduce: the source as usual, the body minus their own variables.</summary>
    private static Expression RewriteScoped(Expression expression, Func<Expression, Expression?> replace) => expression switch
    {
        ListComprehension list => RewriteListComprehension(list, replace),
        Quantifier quantifier => quantifier with
        {
            Source = Rewrite(quantifier.Source, replace),
            Where = RewriteOptional(quantifier.Where, Shadowed(replace, quantifier.Variable)),
        },
        Reduce reduce => reduce with
        {
            Init = Rewrite(reduce.Init, replace),
            Source = Rewrite(reduce.Source, replace),
            Expression = Rewrite(reduce.Expression, Shadowed(replace, reduce.Variable, reduce.Accumulator)),
        },
        _ => expression,
    };

    private static Expression? RewriteOptional(Expression? expression, Func<Expression, Expression?> replace) =>
        expression is null ? null : Rewrite(expression, replace);

    private static ListComprehension RewriteListComprehension(ListComprehension list, Func<Expression, Expression?> replace)
    {
        var inner = Shadowed(replace, list.Variable);
        return list with
        {
            Source = Rewrite(list.Source, replace),
            Where = RewriteOptional(list.Where, inner),
            Projection = RewriteOptional(list.Projection, inner),
        };
    }

    /// <summary>A replacement that leaves alone any expression mentioning a variable the construct declares.</summary>
    private static Func<Expression, Expression?> Shadowed(Func<Expression, Expression?> replace, params Variable[] locals) =>
        expression => ExpressionTree.VariableNames(expression).Intersect(locals.Select(local => local.Name)).Any()
            ? null
            : replace(expression);

    private static CaseExpression RewriteCase(
        CaseExpression expression,
        Func<Expression, Expression> rewrite,
        Func<Expression?, Expression?> rewriteOptional) =>
        expression with
        {
            Test = rewriteOptional(expression.Test),
            Alternatives = AstList.From(expression.Alternatives.Select(alternative =>
                alternative with { When = rewrite(alternative.When), Then = rewrite(alternative.Then) })),
            Else = rewriteOptional(expression.Else),
        };
}
