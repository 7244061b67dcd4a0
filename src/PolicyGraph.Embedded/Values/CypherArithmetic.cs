using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// Arithmetic operators. Null in, null out. Integer with integer stays integer (overflow raises
/// ArithmeticError.IntegerOverflow, integer division truncates, integer division or modulo by zero raises
/// ArithmeticError.DivisionByZero); any float operand promotes to float (IEEE semantics, so 1.0/0 is Infinity).
/// <c>^</c> always yields a float. <c>+</c> also concatenates strings (with numbers and booleans rendered as
/// toString() does, temporal values as their ISO text) and lists (a non-list operand is appended or prepended as one element).
/// </summary>
public static class CypherArithmetic
{
    public static object? Add(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long a && right is long b) return AddExact(a, b);
        if (CypherValues.IsNumber(left) && CypherValues.IsNumber(right)) return ToDouble(left) + ToDouble(right);
        if (IsList(left) || IsList(right)) return ConcatenateLists(left, right);
        if (left is string && right is ITemporalValue || left is ITemporalValue && right is string) return TemporalText(left) + TemporalText(right);
        if (left is ITemporalValue || right is ITemporalValue) return TemporalArithmetic.Add(left, right) ?? throw InvalidOperands("+", left, right);
        if (left is string || right is string) return ConcatenateStrings(left, right);
        throw InvalidOperands("+", left, right);
    }

    public static object? Subtract(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long a && right is long b) return SubtractExact(a, b);
        if (CypherValues.IsNumber(left) && CypherValues.IsNumber(right)) return ToDouble(left) - ToDouble(right);
        if (left is ITemporalValue) return TemporalArithmetic.Subtract(left, right) ?? throw InvalidOperands("-", left, right);
        throw InvalidOperands("-", left, right);
    }

    public static object? Multiply(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long a && right is long b) return MultiplyExact(a, b);
        if (CypherValues.IsNumber(left) && CypherValues.IsNumber(right)) return ToDouble(left) * ToDouble(right);
        if (left is CypherDuration scaled && CypherValues.IsNumber(right)) return DurationScaling.Multiply(scaled, DurationBuilder.Amount("A duration's factor", right));
        if (right is CypherDuration duration && CypherValues.IsNumber(left)) return DurationScaling.Multiply(duration, DurationBuilder.Amount("A duration's factor", left));
        throw InvalidOperands("*", left, right);
    }

    public static object? Divide(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long a && right is long b)
        {
            if (b == 0) throw CypherErrors.DivisionByZero();
            if (a == long.MinValue && b == -1) throw CypherErrors.IntegerOverflow("division");
            return a / b;
        }
        if (CypherValues.IsNumber(left) && CypherValues.IsNumber(right)) return ToDouble(left) / ToDouble(right);
        if (left is CypherDuration duration && CypherValues.IsNumber(right))
        {
            var divisor = DurationBuilder.Amount("A duration's divisor", right);
            if (divisor == 0) throw CypherErrors.DivisionByZero();
            return DurationScaling.Divide(duration, divisor);
        }
        throw InvalidOperands("/", left, right);
    }

    public static object? Modulo(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (left is long a && right is long b)
        {
            if (b == 0) throw CypherErrors.DivisionByZero();
            return b == -1 ? 0L : a % b;
        }
        if (CypherValues.IsNumber(left) && CypherValues.IsNumber(right))
            return ToDouble(left) % ToDouble(right);
        throw InvalidOperands("%", left, right);
    }

    public static object? Power(object? left, object? right)
    {
        if (left is null || right is null) return null;
        if (CypherValues.IsNumber(left) && CypherValues.IsNumber(right)) return Math.Pow(ToDouble(left), ToDouble(right));
        throw InvalidOperands("^", left, right);
    }

    public static object? Negate(object? operand) => operand switch
    {
        null => null,
        long l => l == long.MinValue ? throw CypherErrors.IntegerOverflow("negation") : -l,
        double d => -d,
        _ => throw CypherErrors.InvalidArgumentType("Unary minus", operand),
    };

    public static object? UnaryPlus(object? operand) => operand switch
    {
        null or long or double => operand,
        _ => throw CypherErrors.InvalidArgumentType("Unary plus", operand),
    };

    private static double ToDouble(object number) => NumberComparison.ToDouble(number);

    private static bool IsList(object value) => CypherValues.KindOf(value) == CypherValueKind.List;

    // Overflow is detected arithmetically rather than with checked/OverflowException: no exceptions on hot paths.
    private static long AddExact(long a, long b)
    {
        var sum = unchecked(a + b);
        if (((a ^ sum) & (b ^ sum)) < 0) throw CypherErrors.IntegerOverflow("addition");
        return sum;
    }

    private static long SubtractExact(long a, long b)
    {
        var difference = unchecked(a - b);
        if (((a ^ b) & (a ^ difference)) < 0) throw CypherErrors.IntegerOverflow("subtraction");
        return difference;
    }

    private static long MultiplyExact(long a, long b)
    {
        var high = Math.BigMul(a, b, out long low);
        if (high != (low >> 63)) throw CypherErrors.IntegerOverflow("multiplication");
        return low;
    }

    private static IReadOnlyList<object?> ConcatenateLists(object left, object right)
    {
        var result = new List<object?>();
        AppendListOrElement(result, left);
        AppendListOrElement(result, right);
        return result;
    }

    private static void AppendListOrElement(List<object?> target, object value)
    {
        if (IsList(value)) target.AddRange(CypherValues.AsList(value));
        else target.Add(value);
    }

    private static string ConcatenateStrings(object left, object right)
    {
        if (!IsScalar(left) || !IsScalar(right)) throw InvalidOperands("+", left, right);
        return CypherValues.FormatScalar(left) + CypherValues.FormatScalar(right);
    }

    /// <summary>Neo4j 5 joins a string and a temporal value as the temporal value's ISO text.</summary>
    private static string TemporalText(object value) => value is ITemporalValue temporal ? temporal.ToCypherString() : (string)value;

    private static bool IsScalar(object value) => value is string or long or double or bool;

    private static Core.Querying.CypherException InvalidOperands(string op, object left, object right) =>
        CypherErrors.TypeError(
            "InvalidArgumentType",
            $"Cannot apply '{op}' to {CypherValues.TypeName(left)} and {CypherValues.TypeName(right)}.");
}
