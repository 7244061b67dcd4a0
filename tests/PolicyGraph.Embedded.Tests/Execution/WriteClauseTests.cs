using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

public sealed class WriteClauseTests : QueryTestBase
{
    [Fact]
    public async Task Create_builds_the_whole_pattern_and_reuses_bound_nodes()
    {
        var result = await Run("CREATE (a:Doc {t: 'a'})-[:CITES {at: 1}]->(b:Doc {t: 'b'}) WITH a, b CREATE (b)-[:CITES]->(a) RETURN a.t, b.t");

        Assert.Equal(["a", "b"], Assert.Single(result.Rows));
        Assert.Equal(2L, await Scalar("MATCH (:Doc)-[r:CITES]->(:Doc) RETURN count(r)"));
        Assert.Equal(2L, await Scalar("MATCH (d:Doc) RETURN count(d)"));
        Assert.Equal(1L, await Scalar("MATCH (:Doc {t: 'a'})-[r]->() RETURN r.at"));
    }

    [Fact]
    public async Task Create_with_an_incoming_arrow_points_the_relationship_left()
    {
        await Run("CREATE (:L)<-[:T]-(:R)");

        Assert.Equal(1L, await Scalar("MATCH (:R)-[t:T]->(:L) RETURN count(t)"));
    }

    [Fact]
    public async Task Create_skips_null_properties()
    {
        await Run("CREATE (:N {a: 1, b: null})");

        Assert.Equal(["a"], await Scalar("MATCH (n:N) RETURN keys(n)") as IReadOnlyList<object?>);
    }

    [Fact]
    public async Task Merge_matches_once_it_exists_and_reads_its_own_writes()
    {
        var first = await Run("UNWIND ['x', 'y', 'x'] AS name MERGE (t:Tag {name: name}) RETURN t.name");

        Assert.Equal(3, first.Rows.Count);
        Assert.Equal(2, first.Counters.NodesCreated);
        Assert.Equal(2L, await Scalar("MATCH (t:Tag) RETURN count(t)"));
    }

    [Fact]
    public async Task Merge_in_a_loop_finds_its_own_nodes_through_the_id_index()
    {
        var first = await Run("UNWIND range(1, 5000) AS i MERGE (:Item {id: i % 2500})");
        var second = await Run("UNWIND range(1, 5000) AS i MERGE (:Item {id: i % 2500})");

        Assert.Equal(2500, first.Counters.NodesCreated);
        Assert.Equal(0, second.Counters.NodesCreated);
    }

    [Fact]
    public async Task Merge_runs_on_create_and_on_match_actions()
    {
        const string merge = "MERGE (c:Counter {id: 'c'}) ON CREATE SET c.n = 1 ON MATCH SET c.n = c.n + 1 RETURN c.n";

        Assert.Equal(1L, await Scalar(merge));
        Assert.Equal(2L, await Scalar(merge));
        Assert.Equal(3L, await Scalar(merge));
    }

    [Fact]
    public async Task Merge_of_a_relationship_between_bound_nodes_creates_only_the_relationship()
    {
        await Run("CREATE (:P {id: 1}), (:P {id: 2})");

        await Run("MATCH (a:P {id: 1}), (b:P {id: 2}) MERGE (a)-[:LINK]->(b)");
        await Run("MATCH (a:P {id: 1}), (b:P {id: 2}) MERGE (a)-[:LINK]->(b)");

        Assert.Equal(2L, await Scalar("MATCH (p:P) RETURN count(p)"));
        Assert.Equal(1L, await Scalar("MATCH ()-[l:LINK]->() RETURN count(l)"));
    }

    [Fact]
    public async Task Merge_with_a_null_property_is_refused()
    {
        var error = await Fails(() => Run("MERGE (:T {k: null})"));

        Assert.Equal("MergeReadOwnWrites", error.Detail);
    }

    [Fact]
    public async Task Set_assigns_replaces_merges_and_labels()
    {
        await Run("CREATE (:N {a: 1, b: 2})");

        await Run("MATCH (n:N) SET n.c = 3, n:Extra");
        var afterSet = await Scalar("MATCH (n:N:Extra) RETURN n {.*}");
        await Run("MATCH (n:N) SET n += {a: 10, b: null}");
        var afterMerge = await Scalar("MATCH (n:N) RETURN n {.*}");
        await Run("MATCH (n:N) SET n = {z: 0}");
        var afterReplace = await Scalar("MATCH (n:N) RETURN n {.*}");

        AssertMap(afterSet, ("a", 1L), ("b", 2L), ("c", 3L));
        AssertMap(afterMerge, ("a", 10L), ("c", 3L));
        AssertMap(afterReplace, ("z", 0L));
    }

    [Fact]
    public async Task Set_on_null_is_ignored_and_on_a_scalar_is_a_type_error()
    {
        await Run("OPTIONAL MATCH (n:Missing) SET n.x = 1");

        var error = await Fails(() => Run("WITH 1 AS x SET x.y = 2"));

        Assert.Equal("TypeError", error.Category);
    }

    [Fact]
    public async Task Remove_drops_properties_and_labels()
    {
        await Run("CREATE (:A:B {k: 1, j: 2})");

        await Run("MATCH (n:A) REMOVE n.k, n:B");

        Assert.Equal(0L, await Scalar("MATCH (n:B) RETURN count(n)"));
        AssertMap(await Scalar("MATCH (n:A) RETURN n {.*}"), ("j", 2L));
    }

    [Fact]
    public async Task Delete_handles_relationships_paths_and_nulls()
    {
        await Run("CREATE (:S)-[:T]->(:M)-[:T]->(:E)");

        await Run("MATCH ()-[r:T]->(:E) DELETE r");
        Assert.Equal(1L, await Scalar("MATCH ()-[r]->() RETURN count(r)"));
        await Run("MATCH p = (:S)-->(:M) DELETE p");
        await Run("OPTIONAL MATCH (x:Nothing) DELETE x");

        Assert.Equal(["E"], await Column("MATCH (n) RETURN labels(n)[0]"));
    }

    [Fact]
    public async Task Foreach_applies_its_updates_per_element()
    {
        await Run("CREATE (:Root)");

        await Run("MATCH (r:Root) FOREACH (i IN range(1, 3) | CREATE (r)-[:HAS]->(:Leaf {i: i}))");

        Assert.Equal([1L, 2L, 3L], await Column("MATCH (:Root)-[:HAS]->(l) RETURN l.i ORDER BY l.i"));
    }

    [Fact]
    public async Task Uniqueness_constraints_apply_to_queries()
    {
        await Run("CREATE CONSTRAINT tag_name IF NOT EXISTS FOR (t:Tag) REQUIRE t.name IS UNIQUE");
        await Run("CREATE (:Tag {name: 'x'})");

        var error = await Fails(() => Run("CREATE (:Tag {name: 'x'})"));
        await Run("CREATE CONSTRAINT tag_name IF NOT EXISTS FOR (t:Tag) REQUIRE t.name IS UNIQUE");

        Assert.Equal("ConstraintValidationFailed", error.Category);
        Assert.Equal(1L, await Scalar("MATCH (t:Tag) RETURN count(t)"));
    }

    [Fact]
    public async Task Indexes_are_accepted_and_used_for_lookups()
    {
        await Run("CREATE INDEX doc_title IF NOT EXISTS FOR (d:Doc) ON (d.title)");
        await Run("UNWIND range(1, 100) AS i CREATE (:Doc {title: 'doc ' + toString(i)})");

        Assert.Equal(1L, await Scalar("MATCH (d:Doc {title: 'doc 42'}) RETURN count(d)"));
        Assert.Equal(1L, await Scalar("MATCH (d:Doc) WHERE d.title = 'doc 7' RETURN count(d)"));
        Assert.Contains(Backend.CurrentSnapshot.Schema.Definitions, d => d.Name == "doc_title");
    }

    [Fact]
    public async Task Unsupported_constraint_kinds_are_refused_clearly()
    {
        var error = await Fails(() => Run("CREATE CONSTRAINT FOR (t:Tag) REQUIRE t.name IS NOT NULL"));

        Assert.Contains("uniqueness", error.Message);
    }

    [Fact]
    public async Task Runtime_errors_name_the_query_line_and_column()
    {
        var error = await Fails(() => Run("WITH 1 AS x\nSET x.y = 2"));

        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Equal(2, error.Line);
        Assert.InRange(error.Column!.Value, 5, 11); // somewhere in "x.y = 2"
        Assert.Contains($"line 2, column {error.Column}", error.Message);
    }

    private static void AssertMap(object? value, params (string Key, object? Value)[] expected)
    {
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(expected.OrderBy(e => e.Key), map.Select(e => (e.Key, e.Value)).OrderBy(e => e.Key));
    }
}
