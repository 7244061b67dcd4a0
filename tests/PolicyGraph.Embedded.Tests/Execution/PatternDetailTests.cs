namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class PatternDetailTests : QueryTestBase
{
    [Fact]
    public async Task A_self_loop_matches_once_in_an_undirected_pattern()
    {
        await Run("CREATE (n:Loop)-[:SELF]->(n)");

        Assert.Equal(1L, await Scalar("MATCH (n:Loop)-[r]-(m) RETURN count(r)"));
        Assert.Equal(1L, await Scalar("MATCH (n:Loop)-[r]->(n) RETURN count(r)"));
    }

    [Fact]
    public async Task A_repeated_node_variable_closes_a_cycle()
    {
        await Run("CREATE (a:C {n: 1})-[:T]->(b:C {n: 2})-[:T]->(c:C {n: 3})-[:T]->(a), (b)-[:T]->(:C {n: 4})");

        var starts = await Column("MATCH (x)-[:T]->()-[:T]->()-[:T]->(x) RETURN x.n ORDER BY x.n");

        Assert.Equal([1L, 2L, 3L], starts);
    }

    [Fact]
    public async Task A_relationship_bound_earlier_constrains_a_later_match()
    {
        await Run("CREATE (:A)-[:T {k: 1}]->(:B), (:A)-[:T {k: 2}]->(:B)");

        var values = await Column("MATCH ()-[r:T {k: 2}]->() MATCH (a)-[r]->(b) RETURN r.k");

        Assert.Equal([2L], values);
    }

    [Fact]
    public async Task Relationships_are_unique_across_the_parts_of_one_match_but_not_across_matches()
    {
        await Run("CREATE (:A)-[:T]->(:B)");

        var oneMatch = await Scalar("MATCH (a)-[r1]->(b), (c)-[r2]->(d) RETURN count(*)");
        var twoMatches = await Scalar("MATCH (a)-[r1]->(b) MATCH (c)-[r2]->(d) RETURN count(*)");

        Assert.Equal(0L, oneMatch);
        Assert.Equal(1L, twoMatches);
    }

    [Fact]
    public async Task Variable_length_relationships_bind_a_list_in_pattern_order()
    {
        await Run("CREATE (:N {i: 0})-[:E {s: 'a'}]->(:N {i: 1})-[:E {s: 'b'}]->(:N {i: 2})");

        var forward = await Scalar("MATCH (:N {i: 0})-[rs:E*2]->(:N {i: 2}) RETURN [r IN rs | r.s]");
        var backward = await Scalar("MATCH (:N {i: 2})<-[rs:E*2]-(:N {i: 0}) RETURN [r IN rs | r.s]");

        Assert.Equal(["a", "b"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(forward));
        Assert.Equal(["b", "a"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(backward));
    }

    [Fact]
    public async Task Variable_length_property_maps_apply_to_every_hop()
    {
        await Run("CREATE (:N {i: 0})-[:E {ok: true}]->(:N {i: 1})-[:E {ok: false}]->(:N {i: 2})");

        var reached = await Column("MATCH (:N {i: 0})-[:E*1.. {ok: true}]->(m) RETURN m.i");

        Assert.Equal([1L], reached);
    }

    [Fact]
    public async Task A_pattern_anchored_on_its_far_end_still_binds_every_variable()
    {
        await Run("CREATE INDEX zone_name IF NOT EXISTS FOR (z:Zone) ON (z.name)");
        await Run("CREATE (:Agency {name: 'a'})-[:RESP]->(:Measure {t: 'm'})-[:IN]->(:Zone {name: 'z'})");

        var result = await Run("MATCH (a:Agency)-[r:RESP]->(m:Measure)-[:IN]->(z:Zone) WHERE z.name = 'z' RETURN a.name, type(r), m.t, z.name");

        Assert.Equal(["a", "RESP", "m", "z"], Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Lookups_by_id_use_the_implicit_index_and_see_updates()
    {
        await Run("UNWIND range(1, 500) AS i CREATE (:Policy {id: 'p' + toString(i), v: i})");
        await Run("MATCH (p {id: 'p7'}) SET p.id = 'renamed'");

        Assert.Equal(0L, await Scalar("MATCH (p {id: 'p7'}) RETURN count(p)"));
        Assert.Equal(7L, await Scalar("MATCH (p:Policy {id: 'renamed'}) RETURN p.v"));
        Assert.Equal(8L, await Scalar("MATCH (p) WHERE p.id = $id RETURN p.v", new { id = "p8" }));
    }

    [Fact]
    public async Task Optional_match_nulls_every_new_variable_including_paths()
    {
        await Run("CREATE (:A)");

        var result = await Run("MATCH (a:A) OPTIONAL MATCH p = (a)-[r]->(b) RETURN p, r, b");

        Assert.Equal([null, null, null], Assert.Single(result.Rows));
    }

    [Fact]
    public async Task Exists_subqueries_see_the_outer_row()
    {
        await Run("CREATE (:P {n: 1})-[:K]->(:Q {ok: true}), (:P {n: 2})-[:K]->(:Q {ok: false})");

        var values = await Column("MATCH (p:P) WHERE EXISTS { MATCH (p)-[:K]->(q) WHERE q.ok } RETURN p.n");

        Assert.Equal([1L], values);
    }

    [Fact]
    public async Task All_shortest_paths_returns_every_path_of_minimal_length()
    {
        await Run("CREATE (s:S)-[:R]->(:M)-[:R]->(e:E), (s)-[:R]->(:M)-[:R]->(e), (s)-[:R]->(:M)-[:R]->(:M)-[:R]->(e)");

        var lengths = await Column("MATCH p = allShortestPaths((:S)-[:R*]->(:E)) RETURN length(p)");

        Assert.Equal([2L, 2L], lengths);
    }

    [Fact]
    public async Task Long_chains_are_walked_without_deep_recursion()
    {
        await Run("UNWIND range(0, 2999) AS i CREATE (:Link {i: i, id: toString(i)})");
        await Run("UNWIND range(0, 2998) AS i MATCH (a:Link {id: toString(i)}), (b:Link {id: toString(i + 1)}) CREATE (a)-[:NEXT]->(b)");

        var shortest = await Scalar("MATCH p = shortestPath((:Link {i: 0})-[:NEXT*]->(:Link {i: 2999})) RETURN length(p)");
        var walked = await Scalar("MATCH (:Link {i: 0})-[:NEXT*]->(x) RETURN count(x)");

        Assert.Equal(2999L, shortest);
        Assert.Equal(2999L, walked);
    }

    [Fact]
    public async Task A_where_equality_on_an_earlier_part_joins_through_the_id_index()
    {
        await Run("UNWIND range(1, 2000) AS i CREATE (:Doc {id: 'd' + toString(i), cites: 'd' + toString(i % 7 + 1)})");

        var pairs = await Scalar("MATCH (a:Doc), (b:Doc) WHERE b.id = a.cites RETURN count(*)");

        // Speed of the index join is measured by the benchmark (policygraph bench), not here.
        Assert.Equal(2000L, pairs);
    }
}
