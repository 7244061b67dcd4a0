using System.Globalization;
using PolicyGraph.Cypher;

namespace PolicyGraph.Export;

/// <summary>
/// Cypher literal and identifier syntax for the script exporter. Document text is untrusted, so strings go through
/// the Cypher front end's printer, the one place that knows how to keep any text inside its literal.
/// </summary>
public static class CypherLiterals
{
    /// <summary>A single-quoted string literal with quotes, backslashes and control characters escaped.</summary>
    public static string String(string value) => CypherPrinter.Quote(value);

    /// <summary>
    /// A label, relationship type or property key, backquoted (with ` doubled) unless plain ASCII. Keywords stay
    /// bare: after ':' or before ':' in a map they can only be names, and the script reads better (:CONTAINS).
    /// </summary>
    public static string Identifier(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var plain = (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        return plain ? name : "`" + name.Replace("`", "``") + "`";
    }

    /// <summary>A property value of the graph model as a literal.</summary>
    public static string Value(object value, string owner, string key)
    {
        if (PropertyValues.IsList(value))
        {
            PropertyValues.KindOf(value, owner, key);
            return "[" + string.Join(", ", PropertyValues.Items(value).Select(item => Scalar(item, owner, key))) + "]";
        }
        return Scalar(value, owner, key);
    }

    /// <summary>A map literal {key: value, …} with keys in ordinal order.</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object>> entries, string owner) =>
        "{" + string.Join(", ", entries
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => Identifier(e.Key) + ": " + Value(e.Value, owner, e.Key))) + "}";

    private static string Scalar(object value, string owner, string key) =>
        PropertyValues.ScalarKind(value, owner, key) switch
        {
            PropertyValueKind.Boolean => (bool)value ? "true" : "false",
            PropertyValueKind.Long => PropertyValues.AsLong(value).ToString(CultureInfo.InvariantCulture),
            PropertyValueKind.Double => Double(PropertyValues.AsDouble(value)),
            PropertyValueKind.Point => "point(" + ((Core.Querying.SpatialPoint)value).ToMapLiteral() + ")",
            _ => String(value.ToString()!),
        };

    /// <summary>Cypher has no NaN/Infinity literals; toFloat of their names yields them.</summary>
    private static string Double(double value)
    {
        if (double.IsNaN(value))
            return "toFloat('NaN')";
        if (double.IsInfinity(value))
            return value > 0 ? "toFloat('Infinity')" : "toFloat('-Infinity')";
        // Cypher's exponent grammar has no '+' sign.
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
