using PolicyGraph.Embedded.Expressions.Functions;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Numbers at and past the edges of their types (NaN, ±Infinity, the largest and smallest doubles, the extreme
/// integers) fed into every place a query number can be converted: each argument (up to the third, optional ones too)
/// of every function that takes one, each
/// component of a temporal or duration map, and the arithmetic of durations. Deterministic and exhaustive, so a
/// conversion that overflows (to a decimal, a long, a date) is found without waiting for a random stream to hit it.
/// </summary>
public static class NumericEdgeQueries
{
    public static IReadOnlyList<string> EdgeNumbers { get; } =
    [
        "0.0 / 0.0", "1.0 / 0.0", "-1.0 / 0.0", "1.7976931348623157e308", "-1.7976931348623157e308", "4.9e-324",
        "1.0e19", "-1.0e19", "1.0e-10", "9223372036854775807", "-9223372036854775807 - 1", "-1", "0", "2147483648",
    ];

    // A harmless value per argument position, so one extreme at a time reaches each function's own checks.
    private static readonly string[] OrdinaryArguments = ["1", "2", "3"];

    private static readonly string[] TemporalConstructors = ["date", "localtime", "time", "localdatetime", "datetime"];

    private static readonly string[] TemporalKeys =
    [
        "year", "month", "day", "week", "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter", "hour", "minute", "second",
        "millisecond", "microsecond", "nanosecond", "epochSeconds", "epochMillis",
    ];

    private static readonly string[] DurationKeys =
        ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"];

    private static readonly string[] DurationOperations =
    [
        "duration('P1Y2M3DT4.5S') * {0}", "duration('P1Y2M3DT4.5S') / {0}", "{0} * duration('P1M')",
        "date('2024-01-31') + duration({{days: {0}}})", "datetime('2024-01-31T10:00Z') - duration({{seconds: {0}}})",
        "localtime('10:00') + duration({{hours: {0}}})", "duration({{months: {0}}}) + duration({{months: {0}}})",
        "duration({{seconds: {0}}}) - duration({{seconds: -{0}}})",
    ];

    /// <summary>Every query of the enumeration, in a fixed order.</summary>
    public static IEnumerable<string> All() =>
        FunctionArguments().Concat(TemporalMaps()).Concat(DurationArithmetic()).Select(e => $"RETURN {e} AS c");

    private static IEnumerable<string> FunctionArguments()
    {
        // Every arity a function accepts (up to three arguments), so optional arguments meet the extremes too; a
        // function of no arguments has nothing to convert.
        foreach (var function in FunctionRegistry.Default.All.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            for (var arity = Math.Max(function.MinArity, 1); arity <= Math.Min(function.MaxArity, OrdinaryArguments.Length); arity++)
            {
                for (var position = 0; position < arity; position++)
                {
                    foreach (var edge in EdgeNumbers)
                        yield return $"{function.Name}({string.Join(", ", OrdinaryArguments.Take(arity).Select((ordinary, i) => i == position ? edge : ordinary))})";
                }
            }
        }
    }

    private static IEnumerable<string> TemporalMaps()
    {
        foreach (var edge in EdgeNumbers)
        {
            foreach (var constructor in TemporalConstructors)
            {
                foreach (var key in TemporalKeys)
                {
                    yield return $"{constructor}({{{key}: {edge}}})";
                    yield return $"{constructor}({{year: 2024, {key}: {edge}}})";
                }
                yield return $"{constructor}.truncate('day', {constructor}(), {{year: {edge}}})";
            }
            foreach (var key in DurationKeys) yield return $"duration({{{key}: {edge}}})";
            yield return $"datetime.fromepoch({edge}, 0)";
            yield return $"datetime.fromepochmillis({edge})";
        }
    }

    private static IEnumerable<string> DurationArithmetic() =>
        EdgeNumbers.SelectMany(edge => DurationOperations.Select(operation => string.Format(System.Globalization.CultureInfo.InvariantCulture, operation, $"({edge})")));
}
