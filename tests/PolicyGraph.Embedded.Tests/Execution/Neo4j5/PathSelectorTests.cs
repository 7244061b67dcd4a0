using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>SHORTEST k, ALL SHORTEST, SHORTEST k GROUPS and ANY k on a graph whose paths are counted by hand.</summary>
public sealed class PathSelectorTests : QueryTestBase
{
    // s->a->t and s->b->t (length 2), s->a->b->t and s->c->d->t (length 3).
    private Task Seed() => Run("""
        CREATE (s:N {n: 's'}), (a:N {n: 'a'}), (b:N {n: 'b'}), (c:N {n: 'c'}), (d:N {n: 'd'}), (t:N {n: 't'}),
               (s)-[:E]->(a), (a)-[:E]->(t), (s)-[:E]->(b), (b)-[:E]->(t), (a)-[:E]->(b),
               (s)-[:E]->(c), (c)-[:E]->(d), (d)-[:E]->(t)
        """);

    private async Task<List<string>> Routes(string selector, string where = "")
    {
        var routes = await Column($"""
            MATCH p = {selector} (:N {"{"}n: 's'{"}"})-[:E]->+(:N {"{"}n: 't'{"}"}) {where}
            RETURN reduce(s = '', x IN nodes(p) | s + x.n) AS route
            """);
        return routes.Cast<string>().Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Shortest_one_gives_one_path_of_the_least_length()
    {
        await Seed();

        var route = Assert.Single(await Routes("SHORTEST 1"));

        Assert.Contains(route, new[] { "sat", "sbt" });
    }

    [Fact]
    public async Task All_shortest_gives_every_path_tied_for_least_length()
    {
        await Seed();

        Assert.Equal(["sat", "sbt"], await Routes("ALL SHORTEST"));
    }

    [Fact]
    public async Task Shortest_k_groups_gives_every_path_of_the_k_least_lengths()
    {
        await Seed();

        Assert.Equal(["sabt", "sat", "sbt", "scdt"], await Routes("SHORTEST 2 GROUPS"));
    }

    [Fact]
    public async Task Shortest_k_takes_the_shortest_first_and_then_longer_ones()
    {
        await Seed();

        var routes = await Routes("SHORTEST 3");

        Assert.Equal(3, routes.Count);
        Assert.Contains("sat", routes);
        Assert.Contains("sbt", routes);
        Assert.Single(routes, r => r.Length == 4);
    }

    [Fact]
    public async Task Any_k_gives_at_most_k_paths()
    {
        await Seed();

        Assert.Equal(2, (await Routes("ANY 2")).Count);
        Assert.Single(await Routes("ANY"));
        Assert.Equal(4, (await Routes("ANY 10")).Count);
    }

    [Fact]
    public async Task Each_pair_of_start_and_end_nodes_is_selected_from_on_its_own()
    {
        await Seed();

        var rows = (await Run("""
            MATCH p = SHORTEST 1 (:N {n: 's'})-[:E]->+(x)
            RETURN x.n AS x, length(p) AS hops ORDER BY x
            """)).Rows.Select(r => r.ToArray()).ToArray();

        Assert.Equal([["a", 1L], ["b", 1L], ["c", 1L], ["d", 2L], ["t", 2L]], rows);
    }

    [Fact]
    public async Task The_clause_where_filters_after_selecting_and_an_inline_where_before()
    {
        await Seed();

        // ALL SHORTEST picks sat and sbt; dropping paths through a afterwards leaves sbt.
        Assert.Equal(["sbt"], await Routes("ALL SHORTEST", "WHERE none(x IN nodes(p) WHERE x.n = 'a')"));
        // Through a (n <> 'a' inside the path) is excluded before selecting: the shortest left is sbt, then scdt.
        var inline = await Column("""
            MATCH p = SHORTEST 2 GROUPS (:N {n: 's'}) (()-[:E]->(x WHERE x.n <> 'a'))+ (:N {n: 't'})
            RETURN reduce(s = '', y IN nodes(p) | s + y.n) AS route ORDER BY route
            """);
        Assert.Equal(["sbt", "scdt"], inline);
    }

    [Fact]
    public async Task A_post_filter_can_leave_no_row_where_a_pre_filter_finds_the_next_path()
    {
        await Seed();

        var post = await Routes("ALL SHORTEST", "WHERE length(p) = 3");
        var pre = await Column("""
            MATCH ALL SHORTEST (p = (:N {n: 's'})-[:E]->+(:N {n: 't'}) WHERE length(p) = 3)
            RETURN reduce(s = '', y IN nodes(p) | s + y.n) AS route ORDER BY route
            """);

        Assert.Empty(post);
        Assert.Equal(["sabt", "scdt"], pre);
    }

    [Fact]
    public async Task Relationships_of_a_selected_path_are_unique()
    {
        await Run("CREATE (p:Q {n: 'p'})-[:T]->(q:Q {n: 'q'})");

        // p-q-p would reuse the one relationship, so nothing leads back to p.
        var rows = await Column("MATCH p = SHORTEST 1 (a:Q {n: 'p'})-[:T]-+(a) RETURN length(p) AS n");

        Assert.Empty(rows);
    }

    [Fact]
    public async Task Shortest_path_functions_keep_working_next_to_selectors()
    {
        await Seed();

        var length = await Scalar("MATCH p = shortestPath((:N {n: 's'})-[:E*]->(:N {n: 't'})) RETURN length(p) AS n");

        Assert.Equal(2L, length);
    }

    [Fact]
    public async Task A_search_for_an_end_that_cannot_be_reached_gives_no_rows_at_once()
    {
        await Run("UNWIND range(1, 9) AS i CREATE (:K {i: i})");
        await Run("MATCH (a:K), (b:K) WHERE a.i < b.i CREATE (a)-[:E]->(b)");
        await Run("CREATE (:Z)<-[:F]-(:K {i: 0})");

        // Only an F relationship reaches Z, and no walk over E does; a wrong direction reaches nothing either.
        var unreachable = await Run(
            "MATCH p = SHORTEST 1 (:K {i: 1})-[:E]-+(:Z) RETURN p",
            options: new QueryOptions(Timeout: TimeSpan.FromSeconds(30)));
        var backwards = await Run(
            "MATCH p = SHORTEST 1 (:K {i: 9})-[:E]->+(:K {i: 1}) RETURN p",
            options: new QueryOptions(Timeout: TimeSpan.FromSeconds(30)));
        var reachable = await Scalar("MATCH p = SHORTEST 1 (:K {i: 9})<-[:E]-+(:K {i: 1}) RETURN length(p) AS n");

        Assert.Empty(unreachable.Rows);
        Assert.Empty(backwards.Rows);
        Assert.Equal(1L, reachable);
    }

    [Fact]
    public async Task A_search_for_a_reachable_end_that_explodes_is_stopped_by_the_timeout()
    {
        await Run("UNWIND range(1, 12) AS i CREATE (:K {i: i})");
        await Run("MATCH (a:K), (b:K) WHERE a.i <> b.i CREATE (a)-[:E]->(b)");

        // Every end is reachable, but ALL SHORTEST groups of every length ask for all trails of a clique.
        var error = await Fails(() => Run(
            "MATCH p = SHORTEST 1000000 GROUPS (:K {i: 1})-[:E]-+(:K {i: 2}) RETURN count(p) AS n",
            options: new QueryOptions(Timeout: TimeSpan.FromMilliseconds(200))));

        Assert.Equal("QueryTimeout", error.Detail);
    }
}
