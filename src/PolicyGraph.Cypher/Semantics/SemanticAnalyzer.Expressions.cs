using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

public sealed partial class SemanticAnalyzer
{
    private static readonly TypeKind[] BooleanKinds = [TypeKind.Boolean];

    /// <summary>Checks an expression and returns its static type.</summary>
    private CypherType Infer(Expression expression, ExpressionContext context)
    {
        if (context.Projected is not null && context.Projected.TryGetValue(expression, out var projected))
        {
            return projected;
        }

        return expression switch
        {
            IntegerLiteral => CypherType.Integer,
            FloatLiteral => CypherType.Float,
            StringLiteral => CypherType.String,
            BooleanLiteral => CypherType.Boolean,
            NullLiteral => CypherType.Null,
            Parameter => CypherType.Any,
            Variable variable => InferVariable(variable, context.Scope),
            ListLiteral list => InferList(list, context),
            MapLiteral map => InferMap(map, context),
            PropertyLookup lookup => InferPropertyLookup(lookup, context),
            IndexExpression index => InferIndex(index, context),
            SliceExpression slice => InferSlice(slice, context),
            BinaryExpression binary => InferBinary(binary, context),
            UnaryExpression unary => InferUnary(unary, context),
            LabelPredicate label => InferLabelPredicate(label, context),
            TypePredicate predicate => InferAndReturn(predicate.Operand, context, CypherType.Boolean),
            NormalizationPredicate predicate => InferAndReturn(predicate.Operand, context, CypherType.Boolean),
            CaseExpression caseExpression => InferCase(caseExpression, context),
            FunctionCall call => InferFunctionCall(call, context),
            CountStar countStar => InferCountStar(countStar, context),
            _ => InferScoped(expression, context),
        };
    }

    private CypherType InferAndReturn(Expression expression, ExpressionContext context, CypherType result)
    {
        Infer(expression, context);
        return result;
    }

    private CypherType InferVariable(Variable variable, Scope scope)
    {
        if (scope.TypeOf(variable.Name) is { } type)
        {
            return type;
        }

        Report("UndefinedVariable", $"Variable `{variable.Name}` not defined", variable);
        return CypherType.Any;
    }

    /// <summary>A list literal's element type is the common type of its items (Any when they differ).</summary>
    private CypherType InferList(ListLiteral list, ExpressionContext context) =>
        CypherType.ListOf(list.Items.Aggregate(CypherType.Null, (type, item) => CypherType.Join(type, Infer(item, context))));

    private CypherType InferMap(MapLiteral map, ExpressionContext context)
    {
        foreach (var entry in map.Entries)
        {
            Infer(entry.Value, context);
        }

        return CypherType.Map;
    }

    private CypherType InferPropertyLookup(PropertyLookup lookup, ExpressionContext context)
    {
        var subject = Infer(lookup.Subject, context);
        if (subject.Kind == TypeKind.Path)
        {
            Report(
                "InvalidArgumentType",
                $"Type mismatch: expected a map, node or relationship but was Path (property '{lookup.Key}')",
                lookup);
        }

        if (subject.Kind is TypeKind.Boolean or TypeKind.Integer or TypeKind.Float or TypeKind.String or TypeKind.List)
        {
            // The TCK classifies property access on a plain value as a TypeError detected at compile time.
            Report(CypherErrors.Compile(
                "TypeError",
                "InvalidArgumentType",
                $"Type mismatch: expected a map, node or relationship but was {subject} (property '{lookup.Key}')",
                lookup.Position));
        }

        return CypherType.Any;
    }

    private CypherType InferIndex(IndexExpression index, ExpressionContext context)
    {
        var subject = Infer(index.Subject, context);
        Infer(index.Index, context);
        return subject.Kind == TypeKind.List ? subject.Element ?? CypherType.Any : CypherType.Any;
    }

    private CypherType InferSlice(SliceExpression slice, ExpressionContext context)
    {
        var subject = Infer(slice.Subject, context);
        foreach (var bound in new[] { slice.From, slice.To }.OfType<Expression>())
        {
            Infer(bound, context);
        }

        return subject.Kind == TypeKind.List ? subject : CypherType.Any;
    }

    private CypherType InferCase(CaseExpression expression, ExpressionContext context)
    {
        if (expression.Test is not null)
        {
            Infer(expression.Test, context);
        }

        var result = CypherType.Null;
        foreach (var alternative in expression.Alternatives)
        {
            Infer(alternative.When, context);
            result = CypherType.Join(result, Infer(alternative.Then, context));
        }

        return expression.Else is null ? result : CypherType.Join(result, Infer(expression.Else, context));
    }

    /// <summary>A WHERE predicate: pattern predicates allowed, aggregates not, must be boolean when known.</summary>
    private void CheckPredicate(Expression? predicate, Scope scope)
    {
        if (predicate is null)
        {
            return;
        }

        var type = Infer(predicate, new ExpressionContext(scope, AllowPatternPredicates: true));
        RequireBoolean(type, predicate);
    }

    private void RequireBoolean(CypherType type, Expression expression)
    {
        if (!type.Fits(BooleanKinds))
        {
            Report("InvalidArgumentType", $"Type mismatch: expected Boolean but was {type}", expression);
        }
    }
}
