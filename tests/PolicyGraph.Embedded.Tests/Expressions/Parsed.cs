using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Parsing;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>Parses <c>RETURN &lt;expression&gt;</c> with the real front end and evaluates the expression.</summary>
internal static class Parsed
{
    public static Expression Expression(string text)
    {
        var query = Assert.IsType<SingleQuery>(Parser.Parse("RETURN " + text));
        var returnClause = Assert.IsType<ReturnClause>(Assert.Single(query.Clauses));
        return Assert.Single(returnClause.Body.Items).Expression;
    }

    public static object? Eval(string text, IRow? row = null, EvaluationContext? context = null) =>
        ExpressionEvaluator.Evaluate(Expression(text), row ?? EmptyRow.Instance, context ?? new EvaluationContext(new TestGraph()));
}
