using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

// Dynamic labels, types and property keys (Neo4j 5.26): names given by expressions evaluated at run time.
public sealed partial class SemanticAnalyzer
{
    private static readonly TypeKind[] LabelNameKinds = [TypeKind.String, TypeKind.List];

    /// <summary>Each $(…) in a label or type expression must give a string or a list of strings.</summary>
    private void CheckDynamicLabels(LabelExpression? expression, PatternBinding binding)
    {
        switch (expression)
        {
            case DynamicLabel dynamic:
                CheckLabelNames([dynamic.Expression], new ExpressionContext(binding.Scope));
                RejectSameMatchReferences(dynamic.Expression, binding);
                break;
            case LabelNegation negation:
                CheckDynamicLabels(negation.Operand, binding);
                break;
            case LabelConjunction both:
                CheckDynamicLabels(both.Left, binding);
                CheckDynamicLabels(both.Right, binding);
                break;
            case LabelDisjunction either:
                CheckDynamicLabels(either.Left, binding);
                CheckDynamicLabels(either.Right, binding);
                break;
        }
    }

    /// <summary>A MATCH evaluates $(…) on the incoming row, so it cannot see what the same pattern binds.</summary>
    private void RejectSameMatchReferences(Expression expression, PatternBinding binding)
    {
        if (binding.Mode is not (PatternMode.Match or PatternMode.Nested)) return;
        foreach (var variable in SameClauseVariables(expression, binding))
        {
            Report("InvalidLabelExpression",
                $"A dynamic label or type in MATCH may only reference variables bound before the clause; `{variable.Name}` is defined in the same MATCH clause",
                variable);
        }
    }

    private void CheckLabelNames(IEnumerable<Expression> expressions, ExpressionContext context)
    {
        foreach (var expression in expressions)
        {
            var type = Infer(expression, context);
            if (!type.Fits(LabelNameKinds) || (type.Kind == TypeKind.List && type.Element is { } element && !element.Fits([TypeKind.String])))
            {
                Report("InvalidArgumentType", $"A dynamic label or type must be a STRING or a LIST<STRING>, but was {type}", expression);
            }
        }
    }

    /// <summary>CREATE and MERGE add every label they name: names and $(…) / $all(…), joined by ':' or '&amp;'.</summary>
    private static bool IsCreatableLabels(LabelExpression expression) => expression switch
    {
        LabelName => true,
        DynamicLabel dynamic => !dynamic.Any,
        LabelConjunction both => IsCreatableLabels(both.Left) && IsCreatableLabels(both.Right),
        _ => false,
    };

    /// <summary>n:$(…) outside a pattern is not Neo4j 5 syntax: dynamic labels belong to patterns, SET and REMOVE.</summary>
    private CypherType InferLabelPredicate(LabelPredicate label, ExpressionContext context)
    {
        if (label.LabelExpression is { } expression && DynamicLabel.Within(expression))
        {
            Report("InvalidLabelExpression", "Dynamic labels ($(…)) can be used in patterns, SET and REMOVE, not in a label predicate; compare with labels(n) instead", label);
        }

        return InferAndReturn(label.Subject, context, CypherType.Boolean);
    }

    /// <summary>SET n[key] / REMOVE n[key]: an entity (or null) and a string key.</summary>
    private void CheckDynamicProperty(Expression subject, Expression key, ExpressionContext context)
    {
        var subjectType = Infer(subject, context);
        if (!subjectType.Fits([TypeKind.Node, TypeKind.Relationship]))
        {
            Report("InvalidArgumentType", $"Properties can only be set on nodes and relationships, but this is {subjectType}", subject);
        }

        var keyType = Infer(key, context);
        if (!keyType.Fits([TypeKind.String]))
        {
            Report("InvalidArgumentType", $"A dynamic property key must be a STRING, but was {keyType}", key);
        }
    }
}
