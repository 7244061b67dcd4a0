using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A walk that refuses every relationship of a hub produces no rows, yet reads each adjacency entry: a cancellation
/// arriving after the query started (the query cancels itself through a procedure called before the walk) must end
/// it as cancelled, not as a count. Note: the engine also checks cancellation when a query ends, so this does not
/// isolate the per-entry poll; telling the two apart needs a poll counter in the budget.
/// </summary>
public sealed class AdjacencyBudgetPollTests : QueryTestBase
{
    // Past two polling intervals of the budget (one poll per 1,024 steps), all of a type the pattern refuses.
    private const int HubRelationships = 3_000;

    [Theory]
    [InlineData("MATCH (h:Hub)-[:OTHER]->() RETURN count(*) AS n")]
    [InlineData("MATCH (h:Hub)-[:OTHER]-() RETURN count(*) AS n")]
    [InlineData("MATCH (h:Hub)-[:OTHER*1..2]->() RETURN count(*) AS n")]
    [InlineData("MATCH (h:Hub) RETURN COUNT { (h)-[:OTHER]->() } AS n")]
    public async Task A_walk_over_refused_relationships_stops_when_cancelled_during_it(string walk)
    {
        await Run($"CREATE (h:Hub) WITH h UNWIND range(1, {HubRelationships}) AS i CREATE (h)-[:REL]->(:Leaf)");
        Assert.Equal(0L, await Scalar(walk));
        using var request = new CancellationTokenSource();
        Backend.Procedures.Register(new Procedure(ProcedureSignature.Parse("test.cancel() :: (x :: INTEGER?)"), (_, _) =>
        {
            request.Cancel();
            return [[1L]];
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Backend.RunAsync("CALL test.cancel() YIELD x " + walk, null, QueryOptions.Default, request.Token));
    }
}
