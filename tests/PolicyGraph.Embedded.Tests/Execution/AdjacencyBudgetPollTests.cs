using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A walk that refuses every relationship of a hub produces no rows, yet reads each adjacency entry: a cancellation
/// arriving after the query started (the query cancels itself through a procedure called before the walk) must end
/// it as cancelled, not as a count. The engine also checks cancellation when a query ends, so the budget's step
/// count (<see cref="QueryBudget.Steps"/>) tells that the walk itself polls: at least once per entry it reads.
/// </summary>
public sealed class AdjacencyBudgetPollTests : QueryTestBase
{
    // Past two polling intervals of the budget (one poll per 1,024 steps), all of a type the pattern refuses.
    private const int HubRelationships = 3_000;

    [Theory]
    [MemberData(nameof(RefusingWalks))]
    public async Task A_walk_over_refused_relationships_polls_once_per_entry(string walk)
    {
        await Run($"CREATE (h:Hub) WITH h UNWIND range(1, {HubRelationships}) AS i CREATE (h)-[:REL]->(:Leaf)");
        QueryBudget? budget = null;
        Backend.BudgetObserver = made => budget = made;

        Assert.Equal(0L, await Scalar(walk));

        Assert.True(budget!.Steps >= HubRelationships, $"{budget.Steps} steps for {HubRelationships} entries");
    }

    public static TheoryData<string> RefusingWalks =>
    [
        "MATCH (h:Hub)-[:OTHER]->() RETURN count(*) AS n",
        "MATCH (h:Hub)-[:OTHER]-() RETURN count(*) AS n",
        "MATCH (h:Hub)-[:OTHER*1..2]->() RETURN count(*) AS n",
        "MATCH (h:Hub) RETURN COUNT { (h)-[:OTHER]->() } AS n",
    ];

    [Theory]
    [MemberData(nameof(RefusingWalks))]
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

    // The cartesian product of node scans runs the row pipeline (several parts are not counted by the factorised
    // walk): every combination is a step, whether it is kept, counted or filtered out.
    [Theory]
    [InlineData("MATCH (a), (b), (c) RETURN count(*) AS n", 27_000L, 27_000)]
    [InlineData("MATCH (a), (b), (c) WHERE a.k + b.k + c.k < 0 RETURN count(*) AS n", 0L, 27_000)]
    [InlineData("MATCH (a), (b) WITH a, b WHERE a.k + b.k < 0 RETURN count(*) AS n", 0L, 900)]
    public async Task A_cartesian_product_of_node_scans_polls_once_per_combination(string product, long expected, int combinations)
    {
        await Run("UNWIND range(1, 30) AS k CREATE (:N {k: k})");
        QueryBudget? budget = null;
        Backend.BudgetObserver = made => budget = made;

        Assert.Equal(expected, await Scalar(product));

        Assert.True(budget!.Steps >= combinations, $"{budget.Steps} steps for {combinations} combinations");
    }
}
