using System.Text.RegularExpressions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions;

public static partial class ExpressionCompiler
{
    private static CompiledExpression CompileBinary(BinaryExpression binary)
    {
        var left = Compile(binary.Left);
        var right = Compile(binary.Right);
        return binary.Operator switch
        {
            BinaryOperator.And => CompileAnd(left, right),
            BinaryOperator.Or => CompileOr(left, right),
            BinaryOperator.Xor => Strict(left, right, static (a, b) => CypherLogic.Xor(a, b)),
            BinaryOperator.Equal => Strict(left, right, static (a, b) => CypherEquality.AreEqual(a, b)),
            BinaryOperator.NotEqual => Strict(left, right, static (a, b) => CypherEquality.AreNotEqual(a, b)),
            BinaryOperator.LessThan => Strict(left, right, static (a, b) => CypherComparison.LessThan(a, b)),
            BinaryOperator.LessThanOrEqual => Strict(left, right, static (a, b) => CypherComparison.LessThanOrEqual(a, b)),
            BinaryOperator.GreaterThan => Strict(left, right, static (a, b) => CypherComparison.GreaterThan(a, b)),
            BinaryOperator.GreaterThanOrEqual => Strict(left, right, static (a, b) => CypherComparison.GreaterThanOrEqual(a, b)),
            BinaryOperator.StartsWith => Strict(left, right, static (a, b) => StringPredicate(a, b, static (s, t) => s.StartsWith(t, StringComparison.Ordinal))),
            BinaryOperator.EndsWith => Strict(left, right, static (a, b) => StringPredicate(a, b, static (s, t) => s.EndsWith(t, StringComparison.Ordinal))),
            BinaryOperator.Contains => Strict(left, right, static (a, b) => StringPredicate(a, b, static (s, t) => s.Contains(t, StringComparison.Ordinal))),
            BinaryOperator.In => Strict(left, right, static (a, b) => In(a, b)),
            BinaryOperator.RegexMatch => CompileRegexMatch(left, right),
            BinaryOperator.Add => CompileAdd(left, right),
            BinaryOperator.Concatenate => CompileConcatenate(left, right),
            BinaryOperator.Subtract => Strict(left, right, CypherArithmetic.Subtract),
            BinaryOperator.Multiply => Strict(left, right, CypherArithmetic.Multiply),
            BinaryOperator.Divide => Strict(left, right, CypherArithmetic.Divide),
            BinaryOperator.Modulo => Strict(left, right, CypherArithmetic.Modulo),
            BinaryOperator.Power => Strict(left, right, CypherArithmetic.Power),
            _ => throw Unsupported(binary, $"Operator {binary.Operator}"),
        };
    }

    /// <summary>+ can concatenate: the result's size is checked against the budget before it is allocated.</summary>
    private static CompiledExpression CompileAdd(CompiledExpression left, CompiledExpression right) => (row, context) =>
    {
        var a = left(row, context);
        var b = right(row, context);
        if (a is long || a is null || b is null) return CypherArithmetic.Add(a, b);
        if (CypherValues.KindOf(a) == CypherValueKind.List || CypherValues.KindOf(b) == CypherValueKind.List)
            context.Budget.EnsureList((long)ListLength(a) + ListLength(b));
        else if (a is string || b is string)
            context.Budget.EnsureString((long)TextLength(a) + TextLength(b));
        return CypherArithmetic.Add(a, b);
    };

    /// <summary>
    /// a || b joins two strings or two lists (Neo4j 5); null on either side gives null, anything else is a type error.
    /// </summary>
    private static CompiledExpression CompileConcatenate(CompiledExpression left, CompiledExpression right) => (row, context) =>
    {
        var a = left(row, context);
        var b = right(row, context);
        if (a is null || b is null) return null;
        if (a is string first && b is string second)
        {
            context.Budget.EnsureString((long)first.Length + second.Length);
            return first + second;
        }
        if (CypherValues.KindOf(a) == CypherValueKind.List && CypherValues.KindOf(b) == CypherValueKind.List)
        {
            context.Budget.EnsureList((long)ListLength(a) + ListLength(b));
            return CypherArithmetic.Add(a, b);
        }
        throw CypherErrors.InvalidArgumentType("||", a is string || CypherValues.KindOf(a) == CypherValueKind.List ? b : a);
    };

    private static int ListLength(object value) =>
        CypherValues.KindOf(value) == CypherValueKind.List ? CypherValues.AsList(value).Count : 1;

    // A number or boolean renders in at most a few dozen characters.
    private static int TextLength(object value) => value is string text ? text.Length : 32;

    /// <summary>Both operands are evaluated, then combined.</summary>
    private static CompiledExpression Strict(CompiledExpression left, CompiledExpression right, Func<object?, object?, object?> combine) =>
        (row, context) => combine(left(row, context), right(row, context));

    private static CompiledExpression Strict(CompiledExpression left, CompiledExpression right, Func<object?, object?, bool?> combine) =>
        (row, context) => Box(combine(left(row, context), right(row, context)));

    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>Boxes a three-valued result without allocating (shared boxed true/false).</summary>
    internal static object? Box(bool? value) => value is { } b ? (b ? True : False) : null;

    // AND/OR short-circuit only when the left side decides the answer; a right side of the wrong type still fails.
    private static CompiledExpression CompileAnd(CompiledExpression left, CompiledExpression right) => (row, context) =>
    {
        var a = CypherLogic.AsTruth(left(row, context), "AND");
        if (a == false) return False;
        return Box(CypherLogic.And(a, right(row, context)));
    };

    private static CompiledExpression CompileOr(CompiledExpression left, CompiledExpression right) => (row, context) =>
    {
        var a = CypherLogic.AsTruth(left(row, context), "OR");
        if (a == true) return True;
        return Box(CypherLogic.Or(a, right(row, context)));
    };

    private static bool? StringPredicate(object? left, object? right, Func<string, string, bool> test) =>
        left is string s && right is string t ? test(s, t) : null;

    /// <summary>x IN list: true if some element equals x; otherwise null if some comparison was unknown.</summary>
    private static bool? In(object? element, object? list)
    {
        if (list is null) return null;
        if (CypherValues.KindOf(list) != CypherValueKind.List) throw CypherErrors.InvalidArgumentType("IN", list);
        var items = CypherValues.AsList(list);
        var sawUnknown = false;
        for (var i = 0; i < items.Count; i++)
        {
            var equal = CypherEquality.AreEqual(element, items[i]);
            if (equal == true) return true;
            if (equal is null) sawUnknown = true;
        }
        return sawUnknown ? null : false;
    }

    private static CompiledExpression CompileRegexMatch(CompiledExpression left, CompiledExpression right) => (row, context) =>
    {
        var text = left(row, context);
        var pattern = right(row, context);
        if (text is not string input || pattern is not string expression) return null;
        var regex = GetAnchoredRegex(expression, context);
        try
        {
            return Box(regex.IsMatch(input));
        }
        catch (RegexMatchTimeoutException)
        {
            throw CypherErrors.ArgumentError("RegexTimeout", $"The regular expression '{expression}' took too long to match.");
        }
    };

    private static Regex GetAnchoredRegex(string pattern, EvaluationContext context)
    {
        try
        {
            return context.GetWholeMatchRegex(pattern);
        }
        catch (ArgumentException error)
        {
            throw CypherErrors.ArgumentError("InvalidArgumentValue", $"Invalid regular expression '{pattern}': {error.Message}");
        }
    }

    private static CompiledExpression CompileUnary(UnaryExpression unary)
    {
        var operand = Compile(unary.Operand);
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, context) => Box(CypherLogic.Not(operand(row, context))),
            UnaryOperator.IsNull => (row, context) => Box(operand(row, context) is null),
            UnaryOperator.IsNotNull => (row, context) => Box(operand(row, context) is not null),
            UnaryOperator.Minus => (row, context) => CypherArithmetic.Negate(operand(row, context)),
            UnaryOperator.Plus => (row, context) => CypherArithmetic.UnaryPlus(operand(row, context)),
            _ => throw Unsupported(unary, $"Operator {unary.Operator}"),
        };
    }
}
