using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

/// <summary>
/// The entry point for evaluating AST expressions. Each distinct expression node is compiled once per
/// <see cref="EvaluationContext"/> into a delegate and then reused for every row.
/// </summary>
public static class ExpressionEvaluator
{
    public static object? Evaluate(Expression expression, IRow row, EvaluationContext context) =>
        context.GetCompiled(expression)(row, context);

    /// <summary>WHERE semantics: true only when the predicate is true (null and false both reject the row).</summary>
    public static bool IsTrue(Expression predicate, IRow row, EvaluationContext context) =>
        CypherLogic.IsTrue(Evaluate(predicate, row, context));
}
