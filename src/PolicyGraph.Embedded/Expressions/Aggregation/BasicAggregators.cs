using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Aggregation;

/// <summary>count(x) skips nulls; count(*) counts every row.</summary>
internal sealed class CountAggregator(bool countNulls = false) : IAggregator
{
    private long count;

    public void Add(object? value)
    {
        if (countNulls || value is not null) count++;
    }

    public void AddRepeated(object? value, long rows)
    {
        if (countNulls || value is not null) count += rows;
    }

    public object? Result() => count;
}

/// <summary>collect(x): the non-null values in arrival order.</summary>
internal sealed class CollectAggregator : IAggregator
{
    private readonly List<object?> items = [];

    public void Add(object? value)
    {
        if (value is not null) items.Add(value);
    }

    public object? Result() => items.ToArray();

    public bool HoldsValues => true;
}

/// <summary>min(x) / max(x) over the ORDER BY total order, ignoring nulls; null for no values.</summary>
internal sealed class ExtremumAggregator(bool wantMaximum) : IAggregator
{
    private object? best;

    public void Add(object? value)
    {
        if (value is null) return;
        if (best is null)
        {
            best = value;
            return;
        }
        var comparison = CypherOrdering.CompareValues(value, best);
        if (wantMaximum ? comparison > 0 : comparison < 0) best = value;
    }

    public void AddRepeated(object? value, long rows)
    {
        if (rows > 0) Add(value);
    }

    public object? Result() => best;
}

/// <summary>Wraps an aggregator so each distinct (by equivalence) non-null value is fed once.</summary>
internal sealed class DistinctAggregator(IAggregator inner) : IParameterizedAggregator
{
    private readonly HashSet<object?> seen = new(CypherEquivalence.Instance);

    public void Add(object? value)
    {
        if (value is null || seen.Add(value)) inner.Add(value);
    }

    public void AddRepeated(object? value, long rows)
    {
        if (value is null) inner.AddRepeated(value, rows);
        else if (rows > 0 && seen.Add(value)) inner.Add(value);
    }

    public void SetArgument(object? argument)
    {
        if (inner is IParameterizedAggregator parameterized) parameterized.SetArgument(argument);
    }

    public object? Result() => inner.Result();

    public bool HoldsValues => true;
}
