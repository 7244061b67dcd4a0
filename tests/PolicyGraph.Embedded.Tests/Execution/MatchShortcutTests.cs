namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// Behaviour the matcher's fast paths must keep: label tests from resolved bitsets (also for nodes changed in
/// the same query), skipped "already bound" checks for fresh variables, relationship uniqueness without a hash set.
/// </summary>
public sealed class MatchShortcutTests : QueryTestBase
{
    [Fact]
    public async Task A_label_added_earlier_in_the_query_is_seen_by_a_later_match()
    {
        await Run("CREATE (:A {n: 1}), (:A {n: 2}), (:C {n: 3})");

        var matched = await Column("MATCH (a:A {n: 1}) SET a:B WITH count(*) AS changed MATCH (b:B) RETURN b.n AS n");

        Assert.Equal([1L], matched);
    }

    [Fact]
    public async Task A_label_removed_earlier_in_the_query_no_longer_matches()
    {
        await Run("CREATE (:A {n: 1}), (:A {n: 2})");

        var matched = await Column("MATCH (a:A {n: 2}) REMOVE a:A WITH count(*) AS changed MATCH (x:A) RETURN x.n AS n");

        Assert.Equal([1L], matched);
    }

    [Fact]
    public async Task Pairs_through_a_shared_node_never_reuse_the_same_relationship()
    {
        await Run("CREATE (a:Ag {name: 'a'}), (b:Ag {name: 'b'}), (c:Ag {name: 'c'}), (m1:M), (m2:M) " +
                  "CREATE (a)-[:R]->(m1), (b)-[:R]->(m1), (c)-[:R]->(m1), (a)-[:R]->(m2), (b)-[:R]->(m2)");

        var result = await Run("MATCH (x:Ag)-[:R]->(m:M)<-[:R]-(y:Ag) WHERE x.name < y.name " +
                               "RETURN x.name AS x, y.name AS y, count(m) AS shared ORDER BY shared DESC, x, y");

        Assert.Equal([["a", "b", 2L], ["a", "c", 1L], ["b", "c", 1L]], result.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task A_variable_repeated_in_the_pattern_closes_a_cycle()
    {
        await Run("CREATE (a:N {k: 'a'})-[:T]->(b:N {k: 'b'})-[:T]->(a), (b)-[:T]->(:N {k: 'c'})");

        var result = await Column("MATCH (x:N)-[:T]->(y)-[:T]->(x) RETURN x.k AS k ORDER BY k");

        Assert.Equal(["a", "b"], result);
    }

    [Fact]
    public async Task Property_maps_on_nodes_and_relationships_still_filter()
    {
        await Run("CREATE (a:P {k: 1})-[:T {w: 1}]->(:Q {k: 'x'}), (a)-[:T {w: 2}]->(:Q {k: 'x'}), (a)-[:T {w: 1}]->(:Q {k: 'y'})");

        var count = await Scalar("MATCH (:P {k: 1})-[:T {w: 1}]->(q:Q {k: 'x'}) RETURN count(q) AS n");

        Assert.Equal(1L, count);
    }
}
