using System.Collections;
using System.Globalization;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Values;

/// <summary>Classifies, normalises and formats runtime values (see EntityRefs.cs for the value model).</summary>
public static class CypherValues
{
    public static readonly IReadOnlyList<object?> EmptyList = Array.Empty<object?>();

    public static CypherValueKind KindOf(object? value) => value switch
    {
        null => CypherValueKind.Null,
        bool => CypherValueKind.Boolean,
        long or int or short or sbyte or byte => CypherValueKind.Integer,
        double or float => CypherValueKind.Float,
        string or char => CypherValueKind.String,
        NodeRef => CypherValueKind.Node,
        RelationshipRef => CypherValueKind.Relationship,
        PathRef => CypherValueKind.Path,
        SpatialPoint => CypherValueKind.Point,
        CypherDateTime => CypherValueKind.DateTime,
        CypherLocalDateTime => CypherValueKind.LocalDateTime,
        CypherDate => CypherValueKind.Date,
        CypherTime => CypherValueKind.Time,
        CypherLocalTime => CypherValueKind.LocalTime,
        CypherDuration => CypherValueKind.Duration,
        IReadOnlyDictionary<string, object?> => CypherValueKind.Map,
        IDictionary => CypherValueKind.Map,
        IList => CypherValueKind.List,
        IReadOnlyList<object?> => CypherValueKind.List,
        _ => throw new ArgumentException($"'{value.GetType().Name}' is not a Cypher runtime value.", nameof(value)),
    };

    public static bool IsNumber(object? value) => value is long or double or int or float;

    /// <summary>
    /// Turns CLR values from outside the engine (parameters, imported properties) into the runtime model:
    /// int → long, float → double, arrays and lists → IReadOnlyList&lt;object?&gt;, dictionaries → maps,
    /// DateOnly / TimeOnly / DateTime / DateTimeOffset / TimeSpan → the matching temporal values.
    /// </summary>
    public static object? Normalize(object? value) => Normalize(value, 0);

    private static object? Normalize(object? value, int depth) => value switch
    {
        null or bool or long or double or string or NodeRef or RelationshipRef or PathRef or ITemporalValue or SpatialPoint => value,
        int i => (long)i,
        short s => (long)s,
        sbyte sb => (long)sb,
        byte b => (long)b,
        uint ui => (long)ui,
        float f => (double)f,
        decimal m => (double)m,
        char c => c.ToString(),
        DateOnly or TimeOnly or DateTime or DateTimeOffset or TimeSpan => TemporalClr.FromClr(value),
        IReadOnlyDictionary<string, object?> map => NormalizeMap(map, depth + 1),
        IDictionary dictionary => NormalizeDictionary(dictionary, depth + 1),
        IEnumerable sequence => NormalizeSequence(sequence, depth + 1),
        _ => throw new ArgumentException($"'{value.GetType().Name}' cannot be used as a Cypher value.", nameof(value)),
    };

    private static IReadOnlyDictionary<string, object?> NormalizeMap(IReadOnlyDictionary<string, object?> map, int depth)
    {
        ValueNesting.Check(depth, "reading it");
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        foreach (var (key, item) in map) result[key] = Normalize(item, depth);
        return result;
    }

    private static IReadOnlyDictionary<string, object?> NormalizeDictionary(IDictionary dictionary, int depth)
    {
        ValueNesting.Check(depth, "reading it");
        var result = new Dictionary<string, object?>(dictionary.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            var key = entry.Key as string
                ?? throw new ArgumentException("Cypher map keys must be strings.", nameof(dictionary));
            result[key] = Normalize(entry.Value, depth);
        }
        return result;
    }

    private static IReadOnlyList<object?> NormalizeSequence(IEnumerable sequence, int depth)
    {
        ValueNesting.Check(depth, "reading it");
        var result = new List<object?>();
        foreach (var item in sequence) result.Add(Normalize(item, depth));
        return result;
    }

    /// <summary>A list value as IReadOnlyList&lt;object?&gt;, wrapping typed lists (e.g. long[]) when needed.</summary>
    public static IReadOnlyList<object?> AsList(object value) => value switch
    {
        IReadOnlyList<object?> list => list,
        IList list => NormalizeSequence(list, 1),
        _ => throw new ArgumentException($"'{value.GetType().Name}' is not a list.", nameof(value)),
    };

    public static IReadOnlyDictionary<string, object?> AsMap(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary dictionary => NormalizeDictionary(dictionary, 1),
        _ => throw new ArgumentException($"'{value.GetType().Name}' is not a map.", nameof(value)),
    };

    /// <summary>The Cypher type name used in error messages (INTEGER, LIST, NODE, ...).</summary>
    public static string TypeName(object? value) => KindOf(value) switch
    {
        CypherValueKind.Null => "NULL",
        CypherValueKind.Boolean => "BOOLEAN",
        CypherValueKind.Integer => "INTEGER",
        CypherValueKind.Float => "FLOAT",
        CypherValueKind.String => "STRING",
        CypherValueKind.List => "LIST",
        CypherValueKind.Map => "MAP",
        CypherValueKind.Node => "NODE",
        CypherValueKind.Relationship => "RELATIONSHIP",
        CypherValueKind.Path => "PATH",
        CypherValueKind.Point => "POINT",
        CypherValueKind.DateTime => "ZONED DATETIME",
        CypherValueKind.LocalDateTime => "LOCAL DATETIME",
        CypherValueKind.Date => "DATE",
        CypherValueKind.Time => "ZONED TIME",
        CypherValueKind.LocalTime => "LOCAL TIME",
        _ => "DURATION",
    };

    /// <summary>Formats a float the way Cypher's toString() does (Java's Double.toString): 1.0, 0.001, 1.0E-4, 1.0E20.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return double.IsNegative(value) ? "-0.0" : "0.0";
        var magnitude = Math.Abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7)
        {
            var plain = value.ToString("R", CultureInfo.InvariantCulture);
            return plain.Contains('.') || plain.Contains('E') ? plain : plain + ".0";
        }
        return FormatScientific(value);
    }

    private static string FormatScientific(double value)
    {
        // "R" yields the shortest round-trip digits; re-express them as d.ddd×10^exponent like Java does.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var exponentIndex = text.IndexOf('E');
        if (exponentIndex >= 0)
        {
            exponent = int.Parse(text[(exponentIndex + 1)..], CultureInfo.InvariantCulture);
            text = text[..exponentIndex];
        }
        var dot = text.IndexOf('.');
        var pointPosition = dot >= 0 ? dot : text.Length;
        var digits = dot >= 0 ? text.Remove(dot, 1) : text;
        var trimmed = digits.TrimStart('0');
        pointPosition -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var fraction = digits.Length > 1 ? digits[1..] : "0";
        var sign = value < 0 ? "-" : "";
        return $"{sign}{digits[0]}.{fraction}E{pointPosition + exponent - 1}";
    }

    /// <summary>String form of a value as toString() and string concatenation produce it.</summary>
    public static string FormatScalar(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        ITemporalValue temporal => temporal.ToCypherString(),
        _ => throw new ArgumentException($"'{TypeName(value)}' has no scalar string form.", nameof(value)),
    };
}
