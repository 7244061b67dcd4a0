using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Semantics;

public sealed partial class SemanticAnalyzer
{
    private CypherType InferFunctionCall(FunctionCall call, ExpressionContext context)
    {
        if (FunctionCatalog.Find(call.Name) is not { } signature)
        {
            Report("UnknownFunction", $"Unknown function '{call.Name}'", call);
            return InferArgumentsOfUnknown(call, context);
        }

        if (!signature.AcceptsArgumentCount(call.Arguments.Count))
        {
            var expected = signature.MaxArguments == signature.MinArguments
                ? $"{signature.MinArguments}"
                : $"{signature.MinArguments} to {signature.MaxArguments?.ToString() ?? "any number"}";
            Report(
                "InvalidNumberOfArguments",
                $"Function '{call.Name}' takes {expected} argument(s), got {call.Arguments.Count}",
                call);
        }

        var argumentContext = signature.IsAggregate ? EnterAggregate(call, context) : context;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var type = InferArgument(call, argument, argumentContext);
            if (signature.ArgumentKinds is { } kinds && i < kinds.Count && !type.Fits(kinds[i]))
            {
                Report(
                    "InvalidArgumentType",
                    $"Type mismatch: function '{call.Name}' does not accept {type} as argument {i + 1}",
                    argument);
            }
        }

        return signature.ReturnType;
    }

    /// <summary>After an unknown function, its arguments are still checked so later problems are found too.</summary>
    private CypherType InferArgumentsOfUnknown(FunctionCall call, ExpressionContext context)
    {
        foreach (var argument in call.Arguments)
        {
            Infer(argument, context);
        }

        return CypherType.Any;
    }

    /// <summary>exists((a)-->(b)) is the one place a pattern predicate is allowed outside WHERE.</summary>
    private CypherType InferArgument(FunctionCall call, Expression argument, ExpressionContext context)
    {
        var allowPattern = string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase);
        return Infer(argument, allowPattern ? context with { AllowPatternPredicates = true } : context);
    }

    private CypherType InferCountStar(CountStar countStar, ExpressionContext context)
    {
        EnterAggregate(countStar, context);
        return CypherType.Integer;
    }

    /// <summary>Checks that an aggregate may appear here and returns the context for its arguments.</summary>
    private ExpressionContext EnterAggregate(Expression aggregate, ExpressionContext context)
    {
        if (context.InsideAggregate)
        {
            Report("NestedAggregation", "Can't use aggregate functions inside of aggregate functions", aggregate);
        }
        else if (!context.AllowAggregates)
        {
            Report(
                "InvalidAggregation",
                "Aggregate functions are only allowed in WITH, RETURN and ORDER BY after an aggregating projection",
                aggregate);
        }

        var nonConstant = ExpressionTree.DescendantsAndSelf(aggregate)
            .OfType<FunctionCall>()
            .FirstOrDefault(call => string.Equals(call.Name, "rand", StringComparison.OrdinalIgnoreCase));
        if (nonConstant is not null)
        {
            Report(
                "NonConstantExpression",
                "Can't use non-deterministic (random) functions inside of aggregate functions",
                nonConstant);
        }

        return context with { InsideAggregate = true, AllowAggregates = false, Projected = null };
    }
}
