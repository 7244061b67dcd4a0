using PolicyGraph.Embedded;

namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// A query stopped by the large-object cap of a short timeout is a budget outcome of the fuzz run, like the other
/// budget errors, and not a defect.
/// </summary>
public class LargeObjectOutcomeTests
{
    [Fact]
    public async Task Doubling_a_string_under_a_short_timeout_is_classed_as_a_large_object_budget_outcome()
    {
        await using var backend = new EmbeddedGraphBackend();
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions with { Timeout = TimeSpan.FromMilliseconds(900), MaxSingleValueBytes = null });

        var outcome = await runner.RunOneAsync("RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS n");

        Assert.Equal(OutcomeKind.BudgetExceeded, outcome.Kind);
        Assert.Equal("budget exceeded LargeObjectBudgetExceeded", outcome.Class);
        Assert.False(outcome.IsDefect);
        Assert.Contains("line 1, column", outcome.Message);
    }
}
