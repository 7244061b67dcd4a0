using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Tests.Parsing;

/// <summary>Short factories for writing expected syntax trees by hand (positions are not compared).</summary>
internal static class Trees
{
    public static Variable V(string name) => new(name);

    public static IntegerLiteral I(long value) => new(value);

    public static StringLiteral S(string value) => new(value);

    public static PropertyLookup P(Expression subject, string key) => new(subject, key);

    public static BinaryExpression B(BinaryOperator op, Expression left, Expression right) => new(op, left, right);

    public static FunctionCall F(string name, params Expression[] arguments) => new(name, false, AstList.From(arguments));

    public static NodePattern N(string? variable = null, params string[] labels) =>
        new(variable is null ? null : V(variable), AstList.From(labels), null);

    public static RelationshipPattern R(RelationshipDirection direction, string? variable = null, params string[] types) =>
        new(variable is null ? null : V(variable), AstList.From(types), direction, null, null);

    public static PatternElement Chain(NodePattern start, params (RelationshipPattern Relationship, NodePattern Node)[] steps) =>
        new(start, AstList.From(steps.Select(step => new PatternElementChain(step.Relationship, step.Node))));

    public static Pattern Pat(params PatternElement[] elements) =>
        new(AstList.From(elements.Select(element => new PatternPart(null, element, ShortestPathKind.None))));

    public static ProjectionItem Item(Expression expression, string? alias = null) =>
        new(expression, alias is null ? null : V(alias));

    public static ProjectionBody Body(params ProjectionItem[] items) =>
        new(false, false, AstList.From(items), [], null, null);

    public static ReturnClause Return(params ProjectionItem[] items) => new(Body(items));

    public static SingleQuery Q(params Clause[] clauses) => new(AstList.From(clauses));

    /// <summary>The single RETURN item's expression of "RETURN expr".</summary>
    public static Expression ParseExpression(string expression)
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("RETURN " + expression);
        return ((ReturnClause)query.Clauses[0]).Body.Items[0].Expression;
    }
}
