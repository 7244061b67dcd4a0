using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Values;

/// <summary>
/// Equivalence for DISTINCT, grouping keys and collection membership in aggregation: like equality, but
/// total (never null): null is equivalent to null and NaN to NaN; 1 and 1.0 are equivalent.
/// Hash codes agree with that relation, so this comparer can key dictionaries and hash sets.
/// </summary>
public sealed class CypherEquivalence : IEqualityComparer<object?>
{
    public static CypherEquivalence Instance { get; } = new();

    private CypherEquivalence()
    {
    }

    public new bool Equals(object? x, object? y) => AreEquivalent(x, y);

    public int GetHashCode(object? value) => HashOf(value);

    public static bool AreEquivalent(object? x, object? y) => AreEquivalent(x, y, 0);

    private static bool AreEquivalent(object? x, object? y, int depth)
    {
        // Grouping and DISTINCT mostly compare strings: settle those before classifying both values.
        if (x is string xs && y is string ys) return string.Equals(xs, ys, StringComparison.Ordinal);
        if (x is null || y is null) return x is null && y is null;
        var xKind = CypherValues.KindOf(x);
        var yKind = CypherValues.KindOf(y);
        if (CypherEquality.IsNumeric(xKind) && CypherEquality.IsNumeric(yKind))
        {
            var xNaN = NumberComparison.IsNaN(x);
            var yNaN = NumberComparison.IsNaN(y);
            return xNaN || yNaN ? xNaN && yNaN : NumberComparison.Compare(x, y) == 0;
        }
        if (xKind != yKind) return false;
        return xKind switch
        {
            CypherValueKind.List => ListsEquivalent(CypherValues.AsList(x), CypherValues.AsList(y), depth + 1),
            CypherValueKind.Map => MapsEquivalent(CypherValues.AsMap(x), CypherValues.AsMap(y), depth + 1),
            _ when x is ITemporalValue => TemporalComparison.AreEqual(x, y),
            _ => x.Equals(y),
        };
    }

    public static int HashOf(object? value) => HashOf(value, 0);

    private static int HashOf(object? value, int depth)
    {
        switch (value)
        {
            case null:
                return 0;
            case long l:
                return HashNumber(l);
            case double d:
                return double.IsNaN(d) ? double.NaN.GetHashCode() : HashNumber(d);
            case string s:
                return StringComparer.Ordinal.GetHashCode(s);
        }
        return CypherValues.KindOf(value) switch
        {
            CypherValueKind.List => HashList(CypherValues.AsList(value), depth + 1),
            CypherValueKind.Map => HashMap(CypherValues.AsMap(value), depth + 1),
            _ when value is ITemporalValue => TemporalComparison.HashOf(value),
            _ => value.GetHashCode(),
        };
    }

    // Integral numbers hash by their long value and others by their double value, so 1 and 1.0 collide.
    private static int HashNumber(long value) => value.GetHashCode();

    private static int HashNumber(double value) =>
        value == Math.Floor(value) && value >= long.MinValue && value < 9223372036854775808.0
            ? ((long)value).GetHashCode()
            : value.GetHashCode();

    private static int HashList(IReadOnlyList<object?> list, int depth)
    {
        ValueNesting.Check(depth, "grouping");
        var hash = new HashCode();
        hash.Add(list.Count);
        for (var i = 0; i < list.Count; i++) hash.Add(HashOf(list[i], depth));
        return hash.ToHashCode();
    }

    private static int HashMap(IReadOnlyDictionary<string, object?> map, int depth)
    {
        ValueNesting.Check(depth, "grouping");
        // Order-independent: XOR of per-entry hashes.
        var hash = map.Count;
        foreach (var (key, item) in map) hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), HashOf(item, depth));
        return hash;
    }

    private static bool ListsEquivalent(IReadOnlyList<object?> x, IReadOnlyList<object?> y, int depth)
    {
        if (x.Count != y.Count) return false;
        ValueNesting.Check(depth, "grouping");
        for (var i = 0; i < x.Count; i++)
        {
            if (!AreEquivalent(x[i], y[i], depth)) return false;
        }
        return true;
    }

    private static bool MapsEquivalent(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y, int depth)
    {
        if (x.Count != y.Count) return false;
        ValueNesting.Check(depth, "grouping");
        foreach (var (key, item) in x)
        {
            if (!y.TryGetValue(key, out var other) || !AreEquivalent(item, other, depth)) return false;
        }
        return true;
    }
}
