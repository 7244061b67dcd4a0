using System.Globalization;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>
/// toString, toInteger, toFloat, toBoolean (and their ...OrNull forms, which give null where the plain forms
/// raise TypeError.InvalidArgumentValue), plus timestamp(). Unparseable strings convert to null.
/// </summary>
internal static class ConversionFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Add("toString", 1, static (a, _) => Convert(a[0], ToStringOrInvalid, "toString"));
        registry.Add("toInteger", 1, static (a, _) => Convert(a[0], ToIntegerOrInvalid, "toInteger"));
        registry.Add("toFloat", 1, static (a, _) => Convert(a[0], ToFloatOrInvalid, "toFloat"));
        registry.Add("toBoolean", 1, static (a, _) => Convert(a[0], ToBooleanOrInvalid, "toBoolean"));
        registry.Add("toStringOrNull", 1, static (a, _) => ConvertOrNull(a[0], ToStringOrInvalid));
        registry.Add("toIntegerOrNull", 1, static (a, _) => ConvertOrNull(a[0], ToIntegerOrInvalid));
        registry.Add("toFloatOrNull", 1, static (a, _) => ConvertOrNull(a[0], ToFloatOrInvalid));
        registry.Add("toBooleanOrNull", 1, static (a, _) => ConvertOrNull(a[0], ToBooleanOrInvalid));
        registry.Add("timestamp", 0, static (_, c) => c.StatementTime.ToUnixTimeMilliseconds());
    }

    /// <summary>Outcome of a conversion attempt: a value (possibly null), or "this type is not accepted".</summary>
    private readonly record struct Conversion(object? Value, bool Invalid)
    {
        public static readonly Conversion Rejected = new(null, true);

        public static Conversion Of(object? value) => new(value, false);
    }

    private static object? Convert(object? value, Func<object, Conversion> convert, string function)
    {
        if (value is null) return null;
        var conversion = convert(value);
        return conversion.Invalid ? throw CypherErrors.InvalidArgumentValue(function, value) : conversion.Value;
    }

    private static object? ConvertOrNull(object? value, Func<object, Conversion> convert) =>
        value is null ? null : convert(value).Value;

    private static Conversion ToStringOrInvalid(object value) => value switch
    {
        string or long or double or bool or Values.Temporal.ITemporalValue => Conversion.Of(CypherValues.FormatScalar(value)),
        Core.Querying.SpatialPoint point => Conversion.Of(point.ToString()),
        _ => Conversion.Rejected,
    };

    private static Conversion ToIntegerOrInvalid(object value) => value switch
    {
        long => Conversion.Of(value),
        double d => Conversion.Of(TruncateToInteger(d)),
        bool b => Conversion.Of(b ? 1L : 0L),
        string s => Conversion.Of(ParseInteger(s)),
        _ => Conversion.Rejected,
    };

    private static Conversion ToFloatOrInvalid(object value) => value switch
    {
        double => Conversion.Of(value),
        long l => Conversion.Of((double)l),
        string s => Conversion.Of(ParseFloat(s)),
        _ => Conversion.Rejected,
    };

    private static Conversion ToBooleanOrInvalid(object value) => value switch
    {
        bool => Conversion.Of(value),
        long l => Conversion.Of(l != 0),
        string s => Conversion.Of(ParseBoolean(s)),
        _ => Conversion.Rejected,
    };

    private static object? TruncateToInteger(double value)
    {
        if (double.IsNaN(value) || value >= 9223372036854775808.0 || value < -9223372036854775808.0)
            throw CypherErrors.NumberOutOfRange($"{CypherValues.FormatFloat(value)} cannot be converted to an INTEGER.");
        return (long)value;
    }

    private static object? ParseInteger(string text)
    {
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        var real = ParseFloat(trimmed);
        if (real is not double d || double.IsNaN(d) || double.IsInfinity(d)) return null;
        return TruncateToInteger(d);
    }

    private static object? ParseFloat(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !IsFloatSyntax(trimmed)) return null;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    // .NET also accepts culture symbols such as "∞"; Cypher only accepts digits, sign, point, exponent, NaN, Infinity.
    private static bool IsFloatSyntax(string text)
    {
        var unsigned = text.TrimStart('+', '-');
        if (unsigned is "NaN" or "Infinity") return true;
        foreach (var character in unsigned)
        {
            if (!char.IsAsciiDigit(character) && character is not ('.' or 'e' or 'E' or '+' or '-')) return false;
        }
        return true;
    }

    private static object? ParseBoolean(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
