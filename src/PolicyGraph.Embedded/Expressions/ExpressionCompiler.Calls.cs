using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions.Aggregation;
using PolicyGraph.Embedded.Expressions.Functions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

public static partial class ExpressionCompiler
{
    private static CompiledExpression CompileFunctionCall(FunctionCall call)
    {
        if (AggregatorFactory.IsAggregate(call.Name)) return CompileAggregateReference(call);
        if (string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase)) return CompileExistsFunction(call);
        if (!FunctionRegistry.Default.TryGet(call.Name, out var function))
            throw PolicyGraph.Cypher.CypherErrors.Syntax("UnknownFunction", $"Unknown function '{call.Name}'", call.Position);
        if (!function.AcceptsArity(call.Arguments.Count))
            throw PolicyGraph.Cypher.CypherErrors.Syntax(
                "InvalidNumberOfArguments",
                $"{function.Name}() takes {DescribeArity(function)}, not {call.Arguments.Count}",
                call.Position);
        var arguments = CompileAll(call.Arguments);
        var invoke = function.Invoke;
        return (row, context) =>
        {
            var values = arguments.Length == 0 ? [] : new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](row, context);
            return invoke(values, context);
        };
    }

    private static string DescribeArity(FunctionDefinition function) =>
        function.MinArity == function.MaxArity
            ? $"{function.MinArity} argument(s)"
            : function.MaxArity == int.MaxValue
                ? $"at least {function.MinArity} argument(s)"
                : $"{function.MinArity} to {function.MaxArity} arguments";

    /// <summary>
    /// An aggregate inside a projection reads its finished value from the row (see <see cref="IAggregateRow"/>);
    /// the executor computes it with <see cref="AggregatorFactory"/>.
    /// </summary>
    private static CompiledExpression CompileAggregateReference(Expression call) => (row, _) =>
        row is IAggregateRow aggregates && aggregates.TryGetAggregate(call, out var value)
            ? value
            : throw PolicyGraph.Cypher.CypherErrors.Syntax(
                "InvalidAggregation", "Aggregate function used where aggregation is not allowed", call.Position);

    /// <summary>exists(n.prop) is true when the property is present; exists((a)-->(b)) tests a pattern.</summary>
    private static CompiledExpression CompileExistsFunction(FunctionCall call)
    {
        if (call.Arguments.Count != 1)
            throw PolicyGraph.Cypher.CypherErrors.Syntax("InvalidNumberOfArguments", "exists() takes 1 argument", call.Position);
        var argument = Compile(call.Arguments[0]);
        if (call.Arguments[0] is PatternPredicate) return argument;
        return (row, context) => Box(argument(row, context) is not null);
    }

    private static IPatternMatcher Matcher(EvaluationContext context, AstNode node) =>
        context.Patterns ?? throw Unsupported(node, "A pattern inside an expression (no pattern matcher is available)");

    private static CompiledExpression CompilePatternPredicate(PatternPredicate predicate)
    {
        var pattern = predicate.Pattern;
        return (row, context) =>
        {
            using var matches = Matcher(context, predicate).Match(pattern, null, row, context).GetEnumerator();
            return Box(matches.MoveNext());
        };
    }

    private static CompiledExpression CompilePatternComprehension(PatternComprehension comprehension)
    {
        var where = comprehension.Where is null ? null : Compile(comprehension.Where);
        var projection = Compile(comprehension.Projection);
        var pattern = comprehension.Pattern;
        var pathVariable = comprehension.PathVariable;
        return (row, context) =>
        {
            var result = new List<object?>();
            foreach (var match in Matcher(context, comprehension).Match(pattern, pathVariable, row, context))
            {
                context.Budget.Poll();
                if (where is not null && !CypherLogic.IsTrue(where(match, context))) continue;
                context.Budget.EnsureList(result.Count + 1L);
                result.Add(projection(match, context));
            }
            return result;
        };
    }

    private static CompiledExpression CompileExists(ExistsSubquery exists)
    {
        var query = exists.Query;
        return (row, context) => Box(Matcher(context, exists).Exists(query, row, context));
    }

    private static CompiledExpression CompileCount(CountSubquery count)
    {
        var query = count.Query;
        return (row, context) => Matcher(context, count).Count(query, row, context);
    }

    private static CompiledExpression CompileCollect(CollectSubquery collect)
    {
        var query = collect.Query;
        return (row, context) => Matcher(context, collect).Collect(query, row, context);
    }
}
