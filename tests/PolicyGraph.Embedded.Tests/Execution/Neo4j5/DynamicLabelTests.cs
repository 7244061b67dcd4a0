using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>Dynamic labels, types and property keys in every clause that takes them, on small hand-checked graphs.</summary>
public sealed class DynamicLabelTests : QueryTestBase
{
    private Task Seed() => Run("""
        CREATE (:Person:Actor {name: 'a'}), (:Person:Director {name: 'd'}), (m:Movie {name: 'm'}),
               (:Person {name: 'p'})-[:LIKES]->(m)
        """);

    [Fact]
    public async Task Match_takes_all_labels_by_default_and_one_of_them_with_any()
    {
        await Seed();

        var all = await Column("MATCH (n:$($labels)) RETURN n.name AS n ORDER BY n", new { labels = new[] { "Person", "Actor" } });
        var any = await Column("MATCH (n:$any($labels)) RETURN n.name AS n ORDER BY n", new { labels = new[] { "Actor", "Movie" } });

        Assert.Equal(["a"], all);
        Assert.Equal(["a", "m"], any);
    }

    [Fact]
    public async Task A_dynamic_type_matches_relationships_of_that_type()
    {
        await Seed();

        var names = await Column("WITH 'LIKES' AS t MATCH (p)-[:$(t)]->(m) RETURN p.name AS n");
        var several = await Column("MATCH (p)-[:$(['LIKES', 'HATES'])]->(m) RETURN p.name AS n");

        Assert.Equal(["p"], names);
        Assert.Empty(several);
    }

    [Fact]
    public async Task A_dynamic_label_or_type_reads_variables_bound_before_the_match()
    {
        await Seed();
        await Run("MATCH (p {name: 'p'}) SET p.wants = 'Movie', p.via = 'LIKES'");

        var byOuterValue = await Column("WITH 'Actor' AS k MATCH (n:$(k)) RETURN n.name AS n");
        var byOuterNode = await Column("MATCH (p {name: 'p'}) MATCH (p)-[:$(p.via)]->(m:$(p.wants)) RETURN m.name AS n");

        Assert.Equal(["a"], byOuterValue);
        Assert.Equal(["m"], byOuterNode);
    }

    [Fact]
    public async Task Create_and_merge_add_the_labels_and_type_an_expression_gives()
    {
        await Run("WITH 'Agency' AS kind CREATE (a:Org:$(kind) {name: 'x'})-[:$('RUNS')]->(:$(['Zone', 'Place']))");

        Assert.Equal(["Org", "Agency"], (await Scalar("MATCH (a {name: 'x'}) RETURN labels(a) AS l") as IEnumerable<object?>)!.Cast<string>().ToList());
        Assert.Equal("RUNS", await Scalar("MATCH ()-[r]->(:Zone:Place) RETURN type(r) AS t"));
        await Run("MERGE (n:$('Agency') {name: 'x'})");
        Assert.Equal(1L, await Scalar("MATCH (n:Agency) RETURN count(n) AS c"));
    }

    [Fact]
    public async Task Set_and_remove_labels_and_keys_named_at_run_time()
    {
        await Seed();

        await Run("MATCH (n {name: 'm'}) SET n:$($label), n[$key] = 1999", new { label = "Film", key = "year" });
        Assert.Equal(1999L, await Scalar("MATCH (n:Film) RETURN n.year AS y"));

        await Run("MATCH (n:Film) REMOVE n:$('Movie'), n['year']");
        Assert.Equal(0L, await Scalar("MATCH (n:Movie) RETURN count(n) AS c"));
        Assert.Null(await Scalar("MATCH (n:Film) RETURN n.year AS y"));
    }

    [Theory]
    [InlineData("MATCH (n:$($v)) RETURN n")]
    [InlineData("CREATE (n:$($v))")]
    public async Task A_null_or_empty_label_is_a_type_error(string query)
    {
        var error = await Fails(() => Run(query, new Dictionary<string, object?> { ["v"] = null }));
        var empty = await Fails(() => Run(query, new Dictionary<string, object?> { ["v"] = "" }));

        Assert.Equal("InvalidArgumentType", error.Detail);
        Assert.Equal("InvalidArgumentType", empty.Detail);
    }

    [Fact]
    public async Task A_key_that_is_not_a_string_is_a_type_error()
    {
        await Seed();

        var error = await Fails(() => Run("MATCH (n {name: 'm'}) SET n[$k] = 1", new { k = 3L }));

        Assert.Equal("InvalidArgumentType", error.Detail);
    }

    [Theory]
    [InlineData("MATCH (n) SET n:$('X')")]
    [InlineData("MATCH (n) SET n['k'] = 1")]
    [InlineData("MATCH (n) REMOVE n['k']")]
    [InlineData("CREATE (:$('X'))")]
    public async Task The_read_only_console_refuses_dynamic_writes(string query)
    {
        var error = await Fails(() => Run(query, options: QueryOptions.Console));

        Assert.Equal("WriteInReadOnlyQuery", error.Detail);
    }

    [Fact]
    public async Task The_read_only_console_runs_dynamic_reads_and_path_patterns()
    {
        await Seed();

        var result = await Run("MATCH p = SHORTEST 1 (n:$any(['Person']))-[:$('LIKES')]->+(m) RETURN length(p) AS l", options: QueryOptions.Console);

        Assert.Equal(1L, Assert.Single(result.Rows)[0]);
    }
}
