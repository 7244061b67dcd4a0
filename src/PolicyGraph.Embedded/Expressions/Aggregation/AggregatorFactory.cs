using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Expressions.Aggregation;

/// <summary>Creates aggregators by (case-insensitive) function name; DISTINCT wraps them in a de-duplicating filter.</summary>
public static class AggregatorFactory
{
    private static readonly Dictionary<string, (int Arity, Func<IAggregator> Create)> Aggregates =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["count"] = (1, static () => new CountAggregator()),
            ["collect"] = (1, static () => new CollectAggregator()),
            ["sum"] = (1, static () => new SumAggregator()),
            ["avg"] = (1, static () => new AverageAggregator()),
            ["min"] = (1, static () => new ExtremumAggregator(wantMaximum: false)),
            ["max"] = (1, static () => new ExtremumAggregator(wantMaximum: true)),
            ["stDev"] = (1, static () => new StandardDeviationAggregator(sample: true)),
            ["stDevP"] = (1, static () => new StandardDeviationAggregator(sample: false)),
            ["percentileDisc"] = (2, static () => new PercentileAggregator(continuous: false)),
            ["percentileCont"] = (2, static () => new PercentileAggregator(continuous: true)),
        };

    /// <summary>The aggregate function names, in their canonical spelling.</summary>
    public static IEnumerable<string> Names => Aggregates.Keys;

    public static bool IsAggregate(string functionName) => Aggregates.ContainsKey(functionName);

    /// <summary>Number of arguments the aggregate takes (count(*) is handled by <see cref="CreateCountStar"/>).</summary>
    public static int ArityOf(string functionName) =>
        Aggregates.TryGetValue(functionName, out var entry) ? entry.Arity : throw UnknownAggregate(functionName);

    public static IAggregator Create(string functionName, bool distinct = false)
    {
        if (!Aggregates.TryGetValue(functionName, out var entry)) throw UnknownAggregate(functionName);
        var aggregator = entry.Create();
        return distinct ? new DistinctAggregator(aggregator) : aggregator;
    }

    /// <summary>count(*): counts rows, whatever is passed to Add.</summary>
    public static IAggregator CreateCountStar() => new CountAggregator(countNulls: true);

    private static CypherException UnknownAggregate(string name) =>
        new("SyntaxError", "UnknownFunction", QueryPhase.CompileTime, $"Unknown aggregate function '{name}'.");
}
