using System.Collections;
using System.Globalization;
using System.Text;

namespace PolicyGraph.Export.Csv;

/// <summary>
/// Turns property values into CSV field text and back. Arrays are joined with ';'. Inside string arrays an element
/// escapes '\' as <c>\\</c> and ';' as <c>\;</c>, and an empty element is written <c>\e</c>, so any list of strings
/// round-trips (an empty array is the quoted empty field ""). Plain neo4j-admin does not undo these escapes.
/// Doubles use the shortest round-trip form; NaN and infinities are written NaN, Infinity, -Infinity.
/// </summary>
public static class CsvValueCodec
{
    public const char ArrayDelimiter = ';';

    /// <summary>The kind of a property value and whether it is a list; throws for values outside the model.</summary>
    public static (CsvValueKind Kind, bool IsArray) KindOf(object value) => value switch
    {
        string => (CsvValueKind.String, false),
        long or int => (CsvValueKind.Long, false),
        double or float => (CsvValueKind.Double, false),
        bool => (CsvValueKind.Boolean, false),
        Core.Querying.SpatialPoint => (CsvValueKind.Point, false),
        IEnumerable list => (ElementKind(list), true),
        _ => throw new ArgumentException($"Property values of type {value.GetType().Name} cannot be written to CSV."),
    };

    private static CsvValueKind ElementKind(IEnumerable list)
    {
        var kinds = list.Cast<object>().Select(item => KindOf(item)).Distinct().ToArray();
        if (kinds.Any(k => k.IsArray)) throw new ArgumentException("Nested lists cannot be written to CSV.");
        if (kinds.Any(k => k.Kind == CsvValueKind.Point)) throw new ArgumentException("Lists of points cannot be written to CSV (a point column holds one point).");
        return kinds.Length == 0 ? CsvValueKind.String : Widest(kinds.Select(k => k.Kind));
    }

    /// <summary>long and double mix as double; any other mix is written as strings.</summary>
    public static CsvValueKind Widest(IEnumerable<CsvValueKind> kinds)
    {
        var distinct = kinds.Distinct().ToArray();
        if (distinct.Length == 1) return distinct[0];
        return distinct.All(k => k is CsvValueKind.Long or CsvValueKind.Double) ? CsvValueKind.Double : CsvValueKind.String;
    }

    public static CsvField Format(object value, CsvColumn column)
    {
        if (!column.IsArray) return new CsvField(FormatScalar(value, column.Kind), column.Kind == CsvValueKind.String);
        var items = ((IEnumerable)value).Cast<object>().Select(item => FormatScalar(item, column.Kind));
        if (column.Kind == CsvValueKind.String) items = items.Select(EscapeElement);
        return new CsvField(string.Join(ArrayDelimiter, items), Quoted: true);
    }

    private static string FormatScalar(object value, CsvValueKind kind) => kind switch
    {
        CsvValueKind.Long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        CsvValueKind.Double => FormatDouble(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        CsvValueKind.Boolean => (bool)value ? "true" : "false",
        CsvValueKind.Point => ((Core.Querying.SpatialPoint)value).ToMapLiteral(),
        _ => value switch
        {
            double d => FormatDouble(d),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        },
    };

    private static string FormatDouble(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "Infinity"
        : double.IsNegativeInfinity(value) ? "-Infinity"
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static string EscapeElement(string element) =>
        element.Length == 0 ? @"\e" : element.Replace(@"\", @"\\", StringComparison.Ordinal).Replace(";", @"\;", StringComparison.Ordinal);

    /// <summary>The value of a field, or null when the field is empty and unquoted (no property).</summary>
    public static object? Parse(CsvField field, CsvColumn column)
    {
        if (field.Text.Length == 0 && !field.Quoted) return null;
        if (!column.IsArray) return ParseScalar(field.Text, column.Kind);
        if (field.Text.Length == 0) return EmptyArray(column.Kind);
        return column.Kind switch
        {
            CsvValueKind.String => SplitEscaped(field.Text),
            CsvValueKind.Long => field.Text.Split(ArrayDelimiter).Select(t => (long)ParseScalar(t, column.Kind)).ToArray(),
            CsvValueKind.Double => field.Text.Split(ArrayDelimiter).Select(t => (double)ParseScalar(t, column.Kind)).ToArray(),
            _ => (object)field.Text.Split(ArrayDelimiter).Select(t => (bool)ParseScalar(t, column.Kind)).ToArray(),
        };
    }

    private static object EmptyArray(CsvValueKind kind) => kind switch
    {
        CsvValueKind.Long => Array.Empty<long>(),
        CsvValueKind.Double => Array.Empty<double>(),
        CsvValueKind.Boolean => Array.Empty<bool>(),
        _ => Array.Empty<string>(),
    };

    private static object ParseScalar(string text, CsvValueKind kind)
    {
        var trimmed = text.Trim();
        return kind switch
        {
            CsvValueKind.Long when long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            CsvValueKind.Double when ParseDouble(trimmed) is { } d => d,
            CsvValueKind.Boolean when bool.TryParse(trimmed, out var b) => b,
            CsvValueKind.Point when Core.Querying.SpatialPoint.FromMapLiteral(trimmed) is { } point => point,
            CsvValueKind.String => text,
            _ => throw new FormatException($"'{text}' is not a {CsvColumn.KindName(kind)}"),
        };
    }

    private static double? ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "+Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
    };

    private static string[] SplitEscaped(string text)
    {
        var elements = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                var escaped = text[++i];
                if (escaped != 'e') current.Append(escaped);
            }
            else if (text[i] == ArrayDelimiter)
            {
                elements.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }
        elements.Add(current.ToString());
        return elements.ToArray();
    }
}
