using PolicyGraph.Embedded;

namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// Queries a million-query run found late (Data/late-single-operations.jsonl: one long string operation on a value
/// up to the value budget). Under the console's limits each is now refused before it builds a value past the
/// single-value cap, or completes; none needs the timeout to stop it. Outcomes only: a generous timeout, no timing.
/// </summary>
public class LateSingleOperationTests
{
    private static readonly string DataFile =
        PolicyGraph.Testing.RepositoryRoot.Combine("tests", "PolicyGraph.Fuzzing.Tests", "Data", "late-single-operations.jsonl");

    [Fact]
    public async Task Each_late_single_operation_is_refused_by_the_single_value_cap_or_completes()
    {
        var queries = LateQueryFile.ReadQueries(DataFile);
        await using var backend = new EmbeddedGraphBackend();
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions with { Timeout = TimeSpan.FromSeconds(30) });

        var outcomes = new List<(string Query, FuzzOutcome Outcome)>();
        foreach (var query in queries)
            outcomes.Add((query, await runner.RunOneAsync(query)));

        Assert.True(queries.Count >= 10, "the data file holds the late queries");
        Assert.All(outcomes, o => Assert.True(
            o.Outcome.Kind == OutcomeKind.Ok || o.Outcome is { Kind: OutcomeKind.BudgetExceeded, Code: "ValueTooLarge" },
            $"{o.Query} → {o.Outcome.Class} {o.Outcome.Message}"));
        Assert.All(outcomes.Where(o => o.Query.Contains("s + s", StringComparison.Ordinal)),
            o => Assert.Equal("ValueTooLarge", o.Outcome.Code));
    }
}
