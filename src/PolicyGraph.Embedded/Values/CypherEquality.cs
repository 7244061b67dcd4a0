using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// openCypher equality (=, &lt;&gt;): three-valued. Null on either side gives null; values of different types are
/// unequal (numbers compare numerically, 1 = 1.0); NaN equals nothing; lists and maps compare element-wise,
/// where any unequal element makes the result false and otherwise any null element makes it null.
/// </summary>
public static class CypherEquality
{
    /// <returns>true, false, or null when the answer is unknown.</returns>
    public static bool? AreEqual(object? left, object? right) => AreEqual(left, right, 0);

    private static bool? AreEqual(object? left, object? right, int depth)
    {
        if (left is null || right is null) return null;
        // Fast paths for the common scalar cases; the general rules below give the same answers.
        if (left is long x && right is long y) return x == y;
        if (left is string s && right is string t) return string.Equals(s, t, StringComparison.Ordinal);
        var leftKind = CypherValues.KindOf(left);
        var rightKind = CypherValues.KindOf(right);
        if (IsNumeric(leftKind) && IsNumeric(rightKind)) return NumberComparison.AreEqual(left, right);
        if (leftKind != rightKind) return false;
        return leftKind switch
        {
            CypherValueKind.List => ListsEqual(CypherValues.AsList(left), CypherValues.AsList(right), depth + 1),
            CypherValueKind.Map => MapsEqual(CypherValues.AsMap(left), CypherValues.AsMap(right), depth + 1),
            CypherValueKind.String => string.Equals(AsString(left), AsString(right), StringComparison.Ordinal),
            _ when left is ITemporalValue => TemporalComparison.AreEqual(left, right),
            _ => left.Equals(right),
        };
    }

    public static bool? AreNotEqual(object? left, object? right) => AreEqual(left, right) is { } equal ? !equal : null;

    internal static bool IsNumeric(CypherValueKind kind) => kind is CypherValueKind.Integer or CypherValueKind.Float;

    private static string AsString(object value) => value as string ?? value.ToString()!;

    private static bool? ListsEqual(IReadOnlyList<object?> left, IReadOnlyList<object?> right, int depth)
    {
        if (left.Count != right.Count) return false;
        ValueNesting.Check(depth, "comparison");
        var sawUnknown = false;
        for (var i = 0; i < left.Count; i++)
        {
            var element = AreEqual(left[i], right[i], depth);
            if (element == false) return false;
            if (element is null) sawUnknown = true;
        }
        return sawUnknown ? null : true;
    }

    private static bool? MapsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right, int depth)
    {
        if (left.Count != right.Count) return false;
        ValueNesting.Check(depth, "comparison");
        foreach (var key in left.Keys)
        {
            if (!right.ContainsKey(key)) return false;
        }
        var sawUnknown = false;
        foreach (var (key, value) in left)
        {
            var element = AreEqual(value, right[key], depth);
            if (element == false) return false;
            if (element is null) sawUnknown = true;
        }
        return sawUnknown ? null : true;
    }
}
