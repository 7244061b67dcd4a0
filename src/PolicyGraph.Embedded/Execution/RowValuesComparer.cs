using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

/// <summary>Compares rows' values by Cypher equivalence (for DISTINCT, UNION and grouping).</summary>
internal sealed class RowValuesComparer : IEqualityComparer<object?[]>
{
    public static RowValuesComparer Instance { get; } = new();

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null || x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
            if (!CypherEquivalence.AreEquivalent(x[i], y[i])) return false;
        return true;
    }

    public int GetHashCode(object?[] values)
    {
        var hash = new HashCode();
        foreach (var value in values) hash.Add(CypherEquivalence.HashOf(value));
        return hash.ToHashCode();
    }
}
