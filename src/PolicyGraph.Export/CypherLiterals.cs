using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Export;

/// <summary>
/// Cypher literal and identifier syntax. Document text is untrusted, so every string goes through
/// <see cref="String"/>, which escapes quotes, backslashes and control characters; identifiers are backquoted
/// unless plainly safe.
/// </summary>
public static partial class CypherLiterals
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();

    /// <summary>A single-quoted string literal.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var ch in value)
        {
            builder.Append(ch switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\b' => @"\b",
                '\f' => @"\f",
                _ when char.IsControl(ch) || ch is '\u2028' or '\u2029' =>
                    "\\u" + ((int)ch).ToString("x4", CultureInfo.InvariantCulture),
                _ => ch.ToString(),
            });
        }
        return builder.Append('\'').ToString();
    }

    /// <summary>A label, relationship type or property key, backquoted (with ` doubled) when not plain.</summary>
    public static string Identifier(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return PlainIdentifier().IsMatch(name) ? name : "`" + name.Replace("`", "``") + "`";
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
