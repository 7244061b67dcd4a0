using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Fuzzing.Tests;

/// <summary>
/// The backend's budget observer is a shared hook: a fuzz run adds its own observer for the length of the run and
/// removes it after, leaving other observers in place, and an observer that throws fails that query as a query error.
/// </summary>
public class BudgetObserverTests
{
    [Fact]
    public async Task A_fuzz_run_keeps_other_observers_and_removes_its_own_afterwards()
    {
        await using var backend = new EmbeddedGraphBackend();
        var seenByOther = 0;
        Action<QueryBudget> other = _ => seenByOther++;
        backend.BudgetObserver = other;
        var runner = new FuzzRunner(backend, FuzzRunner.DefaultOptions);

        var report = await runner.RunAsync(["UNWIND range(1, 10) AS x RETURN sum(x) AS s"]);

        Assert.True(report.SlowestBreakdown!.Steps >= 10, report.SlowestBreakdown.ToString());
        Assert.True(seenByOther >= 1);
        Assert.Same(other, backend.BudgetObserver);
    }

    [Fact]
    public async Task An_observer_that_throws_fails_the_query_as_a_cypher_error()
    {
        await using var backend = new EmbeddedGraphBackend();
        backend.BudgetObserver = _ => throw new InvalidOperationException("observer failed");

        var error = await Assert.ThrowsAsync<CypherException>(() => backend.RunAsync("RETURN 1 AS one"));

        Assert.Contains("observer failed", error.ToString(), StringComparison.Ordinal);
    }
}
