using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>Numeric functions. Null in, null out; ceil/floor/round and the transcendental functions yield floats.</summary>
internal static class MathFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add("abs", 1, static (a, _) => Abs(a[0]));
        registry.Add("sign", 1, static (a, _) => Sign(a[0]));
        registry.Add("isNaN", 1, static (a, _) => a[0] is null ? null : double.IsNaN(FunctionArguments.Number("isNaN", a[0])));
        registry.Add("ceil", 1, static (a, _) => Real("ceil", a[0], Math.Ceiling));
        registry.Add("floor", 1, static (a, _) => Real("floor", a[0], Math.Floor));
        registry.Add("round", 1, 3, static (a, _) => Round(a));
        registry.Add("rand", 0, static (_, c) => c.Random.NextDouble());
        registry.Add("e", 0, static (_, _) => Math.E);
        registry.Add("pi", 0, static (_, _) => Math.PI);
        registry.Add("atan2", 2, static (a, _) => Atan2(a[0], a[1]));
        RegisterUnary(registry);
    }

    private static void RegisterUnary(FunctionRegistry registry)
    {
        var unary = new (string Name, Func<double, double> Apply)[]
        {
            ("sqrt", Math.Sqrt), ("exp", Math.Exp), ("log", Math.Log), ("log10", Math.Log10),
            ("sin", Math.Sin), ("cos", Math.Cos), ("tan", Math.Tan), ("cot", static x => 1 / Math.Tan(x)),
            ("asin", Math.Asin), ("acos", Math.Acos), ("atan", Math.Atan),
            ("degrees", static x => x * 180 / Math.PI), ("radians", static x => x * Math.PI / 180),
            ("haversin", static x => (1 - Math.Cos(x)) / 2),
        };
        foreach (var (name, apply) in unary)
        {
            registry.Add(name, 1, (a, _) => Real(name, a[0], apply));
        }
    }

    private static object? Real(string function, object? value, Func<double, double> apply) =>
        value is null ? null : apply(FunctionArguments.Number(function, value));

    private static object? Abs(object? value) => value switch
    {
        null => null,
        long l => l == long.MinValue ? throw CypherErrors.IntegerOverflow("abs()") : Math.Abs(l),
        double d => Math.Abs(d),
        _ => throw CypherErrors.InvalidArgumentValue("abs", value),
    };

    private static object? Sign(object? value) => value switch
    {
        null => null,
        long l => (long)Math.Sign(l),
        double d => double.IsNaN(d) ? 0L : (long)Math.Sign(d),
        _ => throw CypherErrors.InvalidArgumentValue("sign", value),
    };

    private static object? Round(object?[] arguments)
    {
        if (FunctionArguments.AnyNull(arguments)) return null;
        var value = FunctionArguments.Number("round", arguments[0]);
        if (arguments.Length == 1) return RoundHalfUp(value);
        var precision = FunctionArguments.Integer("round", arguments[1]);
        if (precision < 0) throw CypherErrors.NumberOutOfRange($"round() precision must not be negative, not {precision}.");
        // Neo4j: round(x, 0) without a mode agrees with round(x), whose ties go towards positive infinity.
        if (precision == 0 && arguments.Length == 2) return RoundHalfUp(value);
        var mode = arguments.Length > 2 ? FunctionArguments.String("round", arguments[2]).ToUpperInvariant() : "HALF_UP";
        // Decimal arithmetic avoids binary artefacts such as round(2.675, 2) = 2.67. Values too large for a decimal
        // at this scale have no digits left at that precision, so they are returned unchanged.
        if (double.IsNaN(value) || double.IsInfinity(value) || precision > 20 || Math.Abs(value) * Math.Pow(10, precision) >= 1e27)
            return value;
        return (double)RoundDecimal((decimal)value, (int)precision, mode);
    }

    /// <summary>Rounds to <paramref name="precision"/> decimals with a java.math.RoundingMode name.</summary>
    private static decimal RoundDecimal(decimal value, int precision, string mode)
    {
        var factor = 1m;
        for (var i = 0; i < precision; i++) factor *= 10;
        var scaled = value * factor;
        var truncated = Math.Truncate(scaled);
        var fraction = Math.Abs(scaled - truncated);
        var awayFromZero = truncated + Math.Sign(scaled);
        var rounded = mode switch
        {
            "UP" => fraction == 0 ? truncated : awayFromZero,
            "DOWN" => truncated,
            "CEILING" => Math.Ceiling(scaled),
            "FLOOR" => Math.Floor(scaled),
            "HALF_UP" => fraction >= 0.5m ? awayFromZero : truncated,
            "HALF_DOWN" => fraction > 0.5m ? awayFromZero : truncated,
            "HALF_EVEN" => Math.Round(scaled, MidpointRounding.ToEven),
            _ => throw CypherErrors.ArgumentError("InvalidArgumentValue", $"Unknown rounding mode '{mode}'."),
        };
        return rounded / factor;
    }

    /// <summary>Cypher's round(): halves go towards positive infinity (round(-1.5) = -1.0).</summary>
    private static double RoundHalfUp(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Floor(value) == value) return value;
        return Math.Floor(value + 0.5);
    }

    private static object? Atan2(object? y, object? x) =>
        y is null || x is null ? null : Math.Atan2(FunctionArguments.Number("atan2", y), FunctionArguments.Number("atan2", x));
}
