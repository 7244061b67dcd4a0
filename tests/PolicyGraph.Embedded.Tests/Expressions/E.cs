using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Expressions;

/// <summary>Builds AST expressions by hand (the tests do not depend on the parser) and evaluates them.</summary>
internal static class E
{
    public static Expression Int(long value) => new IntegerLiteral(value);

    public static Expression Float(double value) => new FloatLiteral(value);

    public static Expression Str(string value) => new StringLiteral(value);

    public static Expression Bool(bool value) => new BooleanLiteral(value);

    public static Expression Null => new NullLiteral();

    public static Variable Var(string name) => new(name);

    public static Expression Param(string name) => new Parameter(name);

    public static Expression List(params Expression[] items) => new ListLiteral(AstList.From(items));

    public static Expression Map(params (string Key, Expression Value)[] entries) =>
        new MapLiteral(AstList.From(entries.Select(e => new MapEntry(e.Key, e.Value))));

    public static Expression Bin(BinaryOperator op, Expression left, Expression right) => new BinaryExpression(op, left, right);

    public static Expression Un(UnaryOperator op, Expression operand) => new UnaryExpression(op, operand);

    public static Expression Prop(Expression subject, string key) => new PropertyLookup(subject, key);

    public static Expression Index(Expression subject, Expression index) => new IndexExpression(subject, index);

    public static Expression Slice(Expression subject, Expression? from, Expression? to) => new SliceExpression(subject, from, to);

    public static FunctionCall Call(string name, params Expression[] arguments) => new(name, false, AstList.From(arguments));

    public static object? Eval(Expression expression, IRow? row = null, EvaluationContext? context = null) =>
        ExpressionEvaluator.Evaluate(expression, row ?? EmptyRow.Instance, context ?? new EvaluationContext(new TestGraph()));

    public static IRow Row(params (string Name, object? Value)[] bindings) =>
        new DictionaryRow(bindings.ToDictionary(b => b.Name, b => b.Value));
}
