using PolicyGraph.Embedded.Values;
using PolicyGraph.Embedded.Values.Temporal;

namespace PolicyGraph.Embedded.Expressions.Aggregation;

/// <summary>
/// sum(x): integer while every value is an integer (overflow is an error), float otherwise; 0 when empty. Durations
/// sum to a duration (Neo4j 5); numbers and durations may not be mixed.
/// </summary>
internal sealed class SumAggregator : IAggregator
{
    private object total = 0L;
    private bool sawValue;

    public void Add(object? value)
    {
        if (value is null) return;
        total = NumbersOrDurations.Combine("sum()", sawValue ? total : null, value, CypherArithmetic.Add);
        sawValue = true;
    }

    public object? Result() => total;
}

/// <summary>avg(x): the float mean of the numeric values, or the mean duration of durations; null when there are none.</summary>
internal sealed class AverageAggregator : IAggregator
{
    private long count;
    private double mean;
    private object? durationTotal;

    public void Add(object? value)
    {
        if (value is null) return;
        if (value is CypherDuration || durationTotal is not null)
        {
            if (count > 0 && durationTotal is null) throw CypherErrors.InvalidArgumentType("avg()", value);
            durationTotal = NumbersOrDurations.Combine("avg()", durationTotal, value, CypherArithmetic.Add);
            count++;
            return;
        }
        if (!CypherValues.IsNumber(value)) throw CypherErrors.InvalidArgumentType("avg()", value);
        count++;
        // Incremental mean avoids overflowing an intermediate sum.
        mean += (ToDouble(value) - mean) / count;
    }

    public object? Result() => count == 0 ? null : durationTotal is null ? mean : CypherArithmetic.Divide(durationTotal, count);

    internal static double ToDouble(object value) => value is long l ? l : (double)value;
}

/// <summary>What sum() and avg() accept: all numbers, or all durations.</summary>
internal static class NumbersOrDurations
{
    /// <summary>Adds <paramref name="value"/> to <paramref name="total"/> (null before the first value).</summary>
    public static object Combine(string function, object? total, object value, Func<object?, object?, object?> add)
    {
        var duration = value is CypherDuration;
        if (!duration && !CypherValues.IsNumber(value)) throw CypherErrors.InvalidArgumentType(function, value);
        if (total is null) return value;
        if ((total is CypherDuration) != duration) throw CypherErrors.InvalidArgumentType(function, value);
        return add(total, value)!;
    }
}

/// <summary>stDev (sample, n − 1) and stDevP (population, n) via Welford's algorithm; 0.0 for too few values.</summary>
internal sealed class StandardDeviationAggregator(bool sample) : IAggregator
{
    private long count;
    private double mean;
    private double squaredDistances;

    public void Add(object? value)
    {
        if (value is null) return;
        if (!CypherValues.IsNumber(value)) throw CypherErrors.InvalidArgumentType(sample ? "stDev()" : "stDevP()", value);
        var x = AverageAggregator.ToDouble(value);
        count++;
        var delta = x - mean;
        mean += delta / count;
        squaredDistances += delta * (x - mean);
    }

    public object? Result()
    {
        var divisor = sample ? count - 1 : count;
        return divisor <= 0 ? 0.0 : Math.Sqrt(squaredDistances / divisor);
    }
}

/// <summary>
/// percentileDisc (the smallest value whose rank covers the percentile) and percentileCont (linear interpolation,
/// always a float). The percentile must be a number in [0, 1], else ArgumentError.NumberOutOfRange.
/// </summary>
internal sealed class PercentileAggregator(bool continuous) : IParameterizedAggregator
{
    private readonly List<object> values = [];
    private double? percentile;

    public void SetArgument(object? argument)
    {
        if (argument is null) return;
        if (!CypherValues.IsNumber(argument)) throw CypherErrors.InvalidArgumentType("percentile", argument);
        var p = AverageAggregator.ToDouble(argument);
        if (!(p >= 0 && p <= 1))
            throw CypherErrors.NumberOutOfRange($"The percentile must be between 0.0 and 1.0, not {CypherValues.FormatScalar(argument)}.");
        percentile = p;
    }

    public void Add(object? value)
    {
        if (value is null) return;
        if (!CypherValues.IsNumber(value)) throw CypherErrors.InvalidArgumentType(continuous ? "percentileCont()" : "percentileDisc()", value);
        values.Add(value);
    }

    public bool HoldsValues => true;

    public object? Result()
    {
        if (values.Count == 0 || percentile is not { } p) return null;
        values.Sort(CypherOrdering.Instance);
        return continuous ? Interpolate(p) : Discrete(p);
    }

    private object Discrete(double p)
    {
        var index = (int)Math.Ceiling(p * values.Count) - 1;
        return values[Math.Clamp(index, 0, values.Count - 1)];
    }

    private double Interpolate(double p)
    {
        var position = p * (values.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        var low = AverageAggregator.ToDouble(values[lower]);
        if (lower == upper) return low;
        var high = AverageAggregator.ToDouble(values[upper]);
        return low + (high - low) * (position - lower);
    }
}
