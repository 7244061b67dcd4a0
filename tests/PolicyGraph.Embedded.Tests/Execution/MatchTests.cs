using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class MatchTests : QueryTestBase
{
    [Fact]
    public async Task Single_hop_follows_direction_and_type()
    {
        await Run("CREATE (a:P {name: 'a'})-[:CITES]->(b:P {name: 'b'}), (a)-[:AMENDS]->(c:P {name: 'c'}), (d:P {name: 'd'})-[:CITES]->(a)");

        var outgoing = await Column("MATCH (:P {name: 'a'})-[:CITES]->(x) RETURN x.name");
        var incoming = await Column("MATCH (:P {name: 'a'})<-[:CITES]-(x) RETURN x.name");
        var any = await Column("MATCH (:P {name: 'a'})--(x) RETURN x.name ORDER BY x.name");

        Assert.Equal(["b"], outgoing);
        Assert.Equal(["d"], incoming);
        Assert.Equal(["b", "c", "d"], any);
    }

    [Fact]
    public async Task Relationships_are_unique_within_one_pattern()
    {
        await Run("CREATE (a {name: 'a'})-[:T]->(b {name: 'b'})");

        var rows = await Run("MATCH (x)-[r1]-(y)-[r2]-(z) RETURN x, z");

        Assert.Empty(rows.Rows);
    }

    [Fact]
    public async Task Variable_length_respects_bounds()
    {
        await Run("CREATE (:N {i: 0})-[:NEXT]->(:N {i: 1})-[:NEXT]->(:N {i: 2})-[:NEXT]->(:N {i: 3})");

        var reached = await Column("MATCH (:N {i: 0})-[:NEXT*2..3]->(m) RETURN m.i ORDER BY m.i");
        var withZero = await Column("MATCH (:N {i: 0})-[:NEXT*0..1]->(m) RETURN m.i ORDER BY m.i");

        Assert.Equal([2L, 3L], reached);
        Assert.Equal([0L, 1L], withZero);
    }

    [Fact]
    public async Task Named_path_holds_nodes_and_relationships_in_order()
    {
        await Run("CREATE (:A {n: 1})-[:T]->(:B {n: 2})<-[:U]-(:C {n: 3})");

        var path = Assert.IsType<PathValue>(await Scalar("MATCH p = (:A)-[:T]->(:B)<-[:U]-(:C) RETURN p"));

        Assert.Equal([1L, 2L, 3L], path.Nodes.Select(n => n.Properties["n"]));
        Assert.Equal(["T", "U"], path.Relationships.Select(r => r.Type));
    }

    [Fact]
    public async Task Optional_match_binds_null_when_nothing_matches()
    {
        await Run("CREATE (:A {name: 'lonely'})");

        var result = await Run("MATCH (a:A) OPTIONAL MATCH (a)-->(b) RETURN a.name, b");

        var row = Assert.Single(result.Rows);
        Assert.Equal("lonely", row[0]);
        Assert.Null(row[1]);
    }

    [Fact]
    public async Task Where_filters_after_the_pattern()
    {
        await Run("UNWIND range(1, 10) AS i CREATE (:N {i: i})");

        var values = await Column("MATCH (n:N) WHERE n.i % 3 = 0 RETURN n.i ORDER BY n.i DESC");

        Assert.Equal([9L, 6L, 3L], values);
    }

    [Fact]
    public async Task Shortest_path_finds_the_fewest_hops()
    {
        await Run("CREATE (a:S)-[:R]->(:M)-[:R]->(:M)-[:R]->(e:E), (a)-[:R]->(:M)-[:R]->(e)");

        var length = await Scalar("MATCH p = shortestPath((:S)-[:R*]->(:E)) RETURN length(p)");
        var all = await Scalar("MATCH p = allShortestPaths((:S)-[:R*]-(:E)) RETURN count(p)");

        Assert.Equal(2L, length);
        Assert.Equal(1L, all);
    }
}
