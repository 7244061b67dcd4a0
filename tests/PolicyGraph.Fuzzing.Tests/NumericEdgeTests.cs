using PolicyGraph.Embedded;

namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// NaN, ±Infinity and numbers past every type's range, into every function argument, temporal and duration map
/// component and duration arithmetic: each must end as a value or a positioned query error, never as an exception
/// of the runtime (an overflow converting to a decimal, a long or a date).
/// </summary>
public class NumericEdgeTests
{
    [Fact]
    public void Optional_arguments_get_the_extremes_and_functions_without_arguments_are_left_out()
    {
        var queries = NumericEdgeQueries.All().ToHashSet(StringComparer.Ordinal);

        Assert.Contains("RETURN round(1, 2, 0.0 / 0.0) AS c", queries);
        Assert.Contains("RETURN substring(1, 2, -1) AS c", queries);
        Assert.Contains("RETURN range(1, 2, 0) AS c", queries);
        Assert.DoesNotContain(queries, q => q.StartsWith("RETURN pi(", StringComparison.Ordinal) || q.StartsWith("RETURN rand(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extreme_numbers_everywhere_end_as_values_or_positioned_query_errors()
    {
        await using var backend = new EmbeddedGraphBackend();
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions);
        var queries = NumericEdgeQueries.All().ToList();

        var defects = new List<string>();
        var endings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            var outcome = await runner.RunOneAsync(query);
            endings.Add(outcome.Class);
            if (outcome.IsDefect) defects.Add($"{query}  →  {outcome.Class}: {outcome.Message}");
        }

        Assert.True(defects.Count == 0, $"{defects.Count} of {queries.Count}:\n{string.Join("\n", defects)}");
        // The enumeration reaches both endings: extremes some functions accept, and extremes they refuse.
        Assert.Contains("ok", endings);
        Assert.Contains(endings, c => c.StartsWith("runtime error ArgumentError", StringComparison.Ordinal));
    }
}
