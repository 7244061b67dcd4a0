using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>Quantified path patterns on small graphs whose answers are worked out by hand in each test.</summary>
public sealed class QuantifiedPathTests : QueryTestBase
{
    // a -R(w 1)-> b -R(w 2)-> c -R(w 3)-> d, and c -S-> a closing a cycle through another type.
    private Task SeedChain() => Run("""
        CREATE (a:P {n: 'a'})-[:R {w: 1}]->(b:P {n: 'b'})-[:R {w: 2}]->(c:P {n: 'c'})-[:R {w: 3}]->(d:P {n: 'd'}),
               (c)-[:S]->(a)
        """);

    private static List<object?> List(object? value) => Assert.IsAssignableFrom<IEnumerable<object?>>(value).ToList();

    [Fact]
    public async Task Repetitions_within_the_bounds_reach_each_node_once()
    {
        await SeedChain();

        var ends = await Column("MATCH (:P {n: 'a'}) ((x)-[:R]->(y)){1,3} (t) RETURN t.n AS t ORDER BY t");

        Assert.Equal(["b", "c", "d"], ends);
    }

    [Fact]
    public async Task Group_variables_are_lists_in_path_order()
    {
        await SeedChain();

        var row = Assert.Single((await Run("""
            MATCH (:P {n: 'a'}) ((x)-[r:R]->(y)){2} (t)
            RETURN [v IN x | v.n] AS xs, [e IN r | e.w] AS ws, [v IN y | v.n] AS ys, t.n AS t
            """)).Rows);

        Assert.Equal(["a", "b"], List(row[0]));
        Assert.Equal([1L, 2L], List(row[1]));
        Assert.Equal(["b", "c"], List(row[2]));
        Assert.Equal("c", row[3]);
    }

    [Fact]
    public async Task The_inner_where_holds_for_every_repetition()
    {
        await SeedChain();

        // w < 3 stops the walk before c -> d.
        var ends = await Column("MATCH (:P {n: 'a'}) ((x)-[r:R]->(y) WHERE r.w < 3)+ (t) RETURN t.n AS t ORDER BY t");

        Assert.Equal(["b", "c"], ends);
    }

    [Fact]
    public async Task Zero_repetitions_join_the_two_neighbouring_nodes()
    {
        await SeedChain();

        var rows = (await Run("MATCH (s:P {n: 'a'}) ((x)-[:R]->(y))* (t) RETURN t.n AS t, size(x) AS n ORDER BY t")).Rows;

        Assert.Equal([["a", 0L], ["b", 1L], ["c", 2L], ["d", 3L]], rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public async Task Walking_from_the_far_end_still_lists_group_variables_left_to_right()
    {
        await SeedChain();

        // t is bound by the first MATCH, so the second starts at t and walks the group leftwards.
        var xs = await Scalar("""
            MATCH (t:P {n: 'd'})
            MATCH (s) ((x)-[:R]->(y))+ (t) WHERE s.n = 'a'
            RETURN [v IN x | v.n] AS xs
            """);

        Assert.Equal(["a", "b", "c"], List(xs));
    }

    [Fact]
    public async Task A_path_variable_holds_every_node_and_relationship_of_the_repetitions()
    {
        await SeedChain();

        var row = Assert.Single((await Run("""
            MATCH p = (:P {n: 'a'}) ((x)-[:R]->(y)){3} (t)
            RETURN [n IN nodes(p) | n.n] AS names, length(p) AS hops
            """)).Rows);

        Assert.Equal(["a", "b", "c", "d"], List(row[0]));
        Assert.Equal(3L, row[1]);
    }

    [Fact]
    public async Task A_repeated_part_of_two_hops_repeats_as_a_whole()
    {
        await SeedChain();

        // a -> c is one repetition; a second one would need two more R hops after c, and there is one.
        var ends = await Column("MATCH (:P {n: 'a'}) ((x)-[:R]->()-[:R]->(y)){1,2} (t) RETURN t.n AS t");

        Assert.Equal(["c"], ends);
    }

    [Fact]
    public async Task Relationships_are_not_reused_across_repetitions()
    {
        await Run("CREATE (p:Q {n: 'p'})-[:T]->(q:Q {n: 'q'})");

        // Undirected: p-q once; going back over the same relationship is not a second repetition.
        var count = await Scalar("MATCH (:Q {n: 'p'}) (()-[:T]-())+ (t) RETURN count(*) AS n");

        Assert.Equal(1L, count);
    }

    [Fact]
    public async Task Relationships_are_unique_across_the_group_and_the_rest_of_the_match()
    {
        await SeedChain();

        // a-R->b then the group may not walk a->b again: from b it goes b->c (and on to d).
        var ends = await Column("MATCH (s:P {n: 'a'})-[:R]->(m) ((x)-[:R]-(y))+ (t) RETURN t.n AS t ORDER BY t");

        Assert.Equal(["c", "d"], ends);
    }

    [Fact]
    public async Task A_quantified_relationship_with_an_inline_where_checks_each_relationship()
    {
        await SeedChain();

        var ends = await Column("MATCH (:P {n: 'a'})-[r:R WHERE r.w <> 2]->+(t) RETURN t.n AS t");

        Assert.Equal(["b"], ends);
    }

    [Fact]
    public async Task The_inner_where_may_read_variables_of_earlier_clauses()
    {
        await SeedChain();

        var ends = await Column("""
            WITH 2 AS most
            MATCH (:P {n: 'a'}) ((x)-[r:R]->(y) WHERE r.w <= most)+ (t)
            RETURN t.n AS t ORDER BY t
            """);

        Assert.Equal(["b", "c"], ends);
    }

    [Fact]
    public async Task An_unbounded_group_on_a_dense_graph_is_stopped_by_the_timeout()
    {
        await Run("UNWIND range(1, 9) AS i CREATE (:K {i: i})");
        await Run("MATCH (a:K), (b:K) WHERE a.i < b.i CREATE (a)-[:E]->(b)");

        var error = await Fails(() => Run(
            "MATCH (:K {i: 1}) (()-[:E]-())+ (t) RETURN count(*) AS n",
            options: new QueryOptions(Timeout: TimeSpan.FromMilliseconds(200))));

        Assert.Equal("QueryTimeout", error.Detail);
    }
}
