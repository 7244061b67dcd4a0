using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A walk that refuses every relationship of a hub produces no rows, yet reads each adjacency entry: the budget is
/// polled per entry, so cancellation reaches it there (a poll per row would never come).
/// </summary>
public sealed class AdjacencyBudgetPollTests : QueryTestBase
{
    // Past two polling intervals of the budget (one poll per 1,024 steps), all of a type the pattern refuses.
    private const int HubRelationships = 3_000;

    [Theory]
    [InlineData("MATCH (h:Hub)-[:OTHER]->() RETURN count(*) AS n")]
    [InlineData("MATCH (h:Hub)-[:OTHER]-() RETURN count(*) AS n")]
    [InlineData("MATCH (h:Hub)-[:OTHER*1..2]->() RETURN count(*) AS n")]
    public async Task A_cancelled_walk_over_refused_relationships_stops(string query)
    {
        await Run($"CREATE (h:Hub) WITH h UNWIND range(1, {HubRelationships}) AS i CREATE (h)-[:REL]->(:Leaf)");
        Assert.Equal(0L, await Scalar(query));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Backend.RunAsync(query, null, QueryOptions.Default with { ReadOnly = true }, cancelled.Token));
    }
}
