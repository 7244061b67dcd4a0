namespace PolicyGraph.Embedded.Expressions.Aggregation;

/// <summary>
/// Accumulates one aggregate function over the rows of one group. Create a fresh instance per group through
/// <see cref="AggregatorFactory"/>; <see cref="Result"/> is valid at any time, including for an empty group.
/// </summary>
public interface IAggregator
{
    /// <summary>Feeds the value of the aggregate's (first) argument for one row.</summary>
    void Add(object? value);

    /// <summary>
    /// Feeds the same value for <paramref name="rows"/> identical rows: a factorised match hands over a count
    /// instead of the rows. Aggregates that can, answer without looping.
    /// </summary>
    void AddRepeated(object? value, long rows)
    {
        for (var i = 0L; i < rows; i++) Add(value);
    }

    object? Result();

    /// <summary>Whether every value fed is kept (collect, DISTINCT, percentiles), so the query's budget must count it.</summary>
    bool HoldsValues => false;
}

/// <summary>Aggregates whose extra argument (the percentile) is an expression evaluated per row.</summary>
public interface IParameterizedAggregator : IAggregator
{
    /// <summary>Feeds the value of the second argument for the row about to be added.</summary>
    void SetArgument(object? argument);
}
