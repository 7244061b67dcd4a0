using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Benchmarks.Kuzu;

/// <summary>
/// Whether two engines returned the same rows (as JSON arrays of values): in order when the query sorts (it says
/// ORDER BY), as multisets otherwise. Numbers compare by value, so a count that one engine gives as an integer and
/// the other as a float of the same value match; floats match within a relative 1e-9. Column names are not compared
/// (a Kuzu twin may have to rename a column whose name is a Kuzu keyword).
/// </summary>
public static partial class RowComparison
{
    private const double RelativeTolerance = 1e-9;

    /// <summary>Whether the query text orders its result (an ORDER BY outside string literals and comments).</summary>
    public static bool IsOrdered(string cypher) => OrderBy().IsMatch(WithoutLiterals().Replace(cypher, " "));

    /// <summary>Null when the rows agree, otherwise what differs first (row count, or the first differing row).</summary>
    public static string? Difference(JArray expected, JArray actual, bool ordered)
    {
        if (expected.Count != actual.Count) return $"{expected.Count} rows against {actual.Count}";
        var left = expected.Select(Canonical).ToList();
        var right = actual.Select(Canonical).ToList();
        if (!ordered)
        {
            left.Sort(StringComparer.Ordinal);
            right.Sort(StringComparer.Ordinal);
        }
        for (var i = 0; i < left.Count; i++)
        {
            if (left[i] != right[i] && !NumericallyEqual(expected, actual, left[i], right[i], ordered, i))
                return $"row {i + 1}: {left[i]} against {right[i]}";
        }
        return null;
    }

    // The canonical texts of sorted rows with floats in them may differ in the last digits; compare those by value.
    private static bool NumericallyEqual(JArray expected, JArray actual, string left, string right, bool ordered, int index)
    {
        var a = ordered ? expected[index] : JToken.Parse(left);
        var b = ordered ? actual[index] : JToken.Parse(right);
        return ValuesEqual(a, b);
    }

    public static bool ValuesEqual(JToken a, JToken b)
    {
        if (IsNumber(a) && IsNumber(b))
        {
            var (x, y) = (a.Value<double>(), b.Value<double>());
            return x == y || Math.Abs(x - y) <= RelativeTolerance * Math.Max(Math.Abs(x), Math.Abs(y));
        }
        if (a is JArray listA && b is JArray listB)
            return listA.Count == listB.Count && listA.Zip(listB).All(p => ValuesEqual(p.First, p.Second));
        if (a is JObject mapA && b is JObject mapB)
            return mapA.Count == mapB.Count && mapA.Properties().All(p => mapB[p.Name] is { } other && ValuesEqual(p.Value, other));
        return JToken.DeepEquals(a, b);
    }

    private static bool IsNumber(JToken token) => token.Type is JTokenType.Integer or JTokenType.Float;

    /// <summary>A row as compact JSON with whole floats written as integers, so 3 and 3.0 sort and compare alike.</summary>
    public static string Canonical(JToken row) => Normalise(row).ToString(Formatting.None);

    private static JToken Normalise(JToken token) => token switch
    {
        JValue { Type: JTokenType.Float } value when value.Value<double>() is var d && Math.Abs(d) < 9e15 && d == Math.Floor(d)
            => new JValue((long)d),
        JValue { Type: JTokenType.Float } value => new JValue(double.Parse(value.Value<double>().ToString("G15", CultureInfo.InvariantCulture),
            CultureInfo.InvariantCulture)),
        JArray list => new JArray(list.Select(Normalise)),
        JObject map => new JObject(map.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Normalise(p.Value)))),
        _ => token.DeepClone(),
    };

    [GeneratedRegex(@"\bORDER\s+BY\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderBy();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex WithoutLiterals();
}
