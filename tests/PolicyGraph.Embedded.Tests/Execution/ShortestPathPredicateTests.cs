namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// shortestPath with a WHERE on the path finds the shortest path that satisfies it (as Neo4j does), instead of
/// filtering the unconstrained shortest path away.
/// </summary>
public sealed class ShortestPathPredicateTests : QueryTestBase
{
    // a-b-c-d by ROAD (3 hops); a-x-d through a Blocked node (2 hops); a-y-d by FERRY (2 hops).
    private Task Seed() => Run("""
        CREATE (a:P {n: 'a'}), (b:P {n: 'b'}), (c:P {n: 'c'}), (d:P {n: 'd'}), (x:P:Blocked {n: 'x'}), (y:P {n: 'y'}),
               (a)-[:ROAD]->(b), (b)-[:ROAD]->(c), (c)-[:ROAD]->(d),
               (a)-[:ROAD]->(x), (x)-[:ROAD]->(d),
               (a)-[:FERRY]->(y), (y)-[:FERRY]->(d)
        """);

    [Fact]
    public async Task A_node_predicate_picks_the_shortest_path_that_avoids_the_blocked_node()
    {
        await Seed();

        var path = await Scalar("""
            MATCH p = shortestPath((s:P {n: 'a'})-[:ROAD*]->(t:P {n: 'd'}))
            WHERE none(n IN nodes(p) WHERE n:Blocked)
            RETURN [n IN nodes(p) | n.n]
            """);

        Assert.Equal(["a", "b", "c", "d"], Assert.IsAssignableFrom<IEnumerable<object?>>(path));
    }

    [Fact]
    public async Task All_shortest_paths_keeps_every_satisfying_path_of_the_first_length_that_has_one()
    {
        await Seed();

        var paths = await Column("""
            MATCH p = allShortestPaths((s:P {n: 'a'})-[*]->(t:P {n: 'd'}))
            WHERE none(n IN nodes(p) WHERE n:Blocked)
            RETURN reduce(s = '', n IN nodes(p) | s + n.n) AS route ORDER BY route
            """);

        Assert.Equal(["ayd"], paths);
    }

    [Fact]
    public async Task A_relationship_predicate_constrains_the_search_too()
    {
        await Seed();

        var length = await Scalar("""
            MATCH p = shortestPath((s:P {n: 'a'})-[rs*]->(t:P {n: 'd'}))
            WHERE all(r IN rs WHERE type(r) = 'ROAD')
            RETURN length(p)
            """);

        Assert.Equal(2L, length);
    }

    [Theory]
    [InlineData("none(n IN nodes(p) WHERE (n)-[:F]->())")]
    [InlineData("none(n IN nodes(p) WHERE EXISTS { (n)-[:F]->() })")]
    [InlineData("none(n IN nodes(p) WHERE COUNT { (n)-[:F]->() } > 0)")]
    public async Task Predicates_with_patterns_or_subqueries_are_judged_during_the_search(string predicate)
    {
        await Run("CREATE (s:S {n: 's'}), (x {n: 'x'}), (y {n: 'y'}), (z {n: 'z'}), (t:T {n: 't'}), (bl {n: 'bl'}), " +
                  "(s)-[:R]->(x), (x)-[:R]->(t), (s)-[:R]->(y), (y)-[:R]->(z), (z)-[:R]->(t), (x)-[:F]->(bl)");

        var route = await Scalar($"MATCH p = shortestPath((a:S)-[:R*]-(b:T)) WHERE {predicate} RETURN reduce(r = '', n IN nodes(p) | r + n.n)");

        Assert.Equal("syzt", route);
    }

    [Fact]
    public async Task No_satisfying_path_gives_no_row()
    {
        await Seed();

        var rows = await Column("""
            MATCH p = shortestPath((s:P {n: 'a'})-[*]->(t:P {n: 'd'}))
            WHERE length(p) > 5
            RETURN length(p)
            """);

        Assert.Empty(rows);
    }
}
