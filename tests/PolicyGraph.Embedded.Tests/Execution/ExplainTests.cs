using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>EXPLAIN describes the steps without running them; PROFILE runs the query and counts each step's rows.</summary>
public sealed class ExplainTests : QueryTestBase
{
    private Task Seed() => Run("""
        CREATE (a:Agency {name: 'a'}), (b:Agency {name: 'b'}), (m1:Measure), (m2:Measure), (m3:Measure),
               (a)-[:R]->(m1), (b)-[:R]->(m1), (a)-[:R]->(m2), (b)-[:R]->(m2), (a)-[:R]->(m3)
        """);

    private static Dictionary<string, (string Operator, string Details, object? Rows)> Steps(QueryResult result) =>
        result.Rows.ToDictionary(r => (string)r[0]!, r => ((string)r[1]!, (string)r[2]!, r[3]));

    [Fact]
    public async Task Explain_shows_the_counting_match_and_its_start_without_running_anything()
    {
        await Seed();

        var result = await Run("""
            EXPLAIN MATCH (x:Agency)-[:R]->(m:Measure)<-[:R]-(y:Agency) WHERE x.name < y.name
            RETURN x.name AS first, y.name AS second, count(m) AS shared ORDER BY shared DESC LIMIT 5
            """);

        Assert.Equal(["step", "operator", "details", "rows"], result.Columns);
        var steps = Steps(result);
        Assert.Equal("Counting match", steps["1"].Operator);
        Assert.Contains("counts matches per (x, y)", steps["1"].Details, StringComparison.Ordinal);
        Assert.Contains("start at (m:Measure)", steps["1"].Details, StringComparison.Ordinal);
        // Both hops leave the measure, each printed in the direction the walk takes it.
        Assert.Contains("expand <-[:R]-(y:Agency)", steps["1"].Details, StringComparison.Ordinal);
        Assert.Contains("expand <-[:R]-(x:Agency)", steps["1"].Details, StringComparison.Ordinal);
        Assert.Equal("Aggregate", steps["2"].Operator);
        Assert.Contains("bounded heap", steps["2"].Details, StringComparison.Ordinal);
        Assert.All(steps.Values, s => Assert.Null(s.Rows));
    }

    [Fact]
    public async Task Explain_describes_what_would_run_for_writes_subqueries_and_costly_values()
    {
        await Seed();

        var write = Steps(await Run("EXPLAIN MATCH (x:Agency)-->(m) WITH x, count(*) AS c SET x.c = c"));
        var inner = Steps(await Run("EXPLAIN MATCH (x:Agency) CALL { MATCH (x:Agency)-[:R]->(m) RETURN count(*) AS c } RETURN x, c"));
        var costly = Steps(await Run("EXPLAIN MATCH (x {id: size(range(1, 300000000))}) RETURN x", options: new QueryOptions(Timeout: TimeSpan.FromSeconds(2))));

        Assert.Equal("Match", write["1"].Operator);
        Assert.Contains("start at (x:Agency) by label scan", inner["2.1"].Details, StringComparison.Ordinal);
        Assert.Equal("Result", inner["4"].Operator);
        Assert.Contains("through the index", costly["1"].Details, StringComparison.Ordinal);
        await Fails(() => Run("EXPLAIN EXPLAIN MATCH (n) RETURN n"));
    }

    [Fact]
    public async Task Explain_of_a_write_changes_nothing_even_in_a_read_only_session()
    {
        var result = await Run("EXPLAIN CREATE (:Note {text: 'x'})", options: new QueryOptions(ReadOnly: true));

        Assert.Equal("Create", Steps(result)["1"].Operator);
        Assert.Equal(0L, await Scalar("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Explain_needs_no_parameters_and_names_the_index_a_key_could_use()
    {
        await Seed();

        var withoutIndex = Steps(await Run("EXPLAIN MATCH (x:Agency {name: $name})-[:R]->(m) RETURN m"));
        await Run("CREATE INDEX agency_name IF NOT EXISTS FOR (a:Agency) ON (a.name)");
        var withIndex = Steps(await Run("EXPLAIN MATCH (x:Agency)-[:R]->(m) WHERE x.name = $name RETURN m"));

        Assert.Contains("label scan of :Agency", withoutIndex["1"].Details, StringComparison.Ordinal);
        Assert.Contains("through the index agency_name on name", withIndex["1"].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_counts_the_rows_of_every_step_and_of_the_result()
    {
        await Seed();

        var result = await Run("PROFILE MATCH (x:Agency)-[:R]->(m) WITH x, m MATCH (m)<-[:R]-(y) WHERE y <> x RETURN x.name, y.name");
        var steps = Steps(result);

        Assert.Equal(5L, steps["1"].Rows);
        Assert.Equal(5L, steps["2"].Rows);
        Assert.Equal(4L, steps["3"].Rows);
        Assert.Equal(4L, steps["4"].Rows);
        Assert.Equal(("Result", 4L), (steps["5"].Operator, steps["5"].Rows));
    }

    /// <summary>
    /// a–b and b–a share m1 and m2: four matches in two (x, y) tuples. A name comparison is made by the pair walk before
    /// a pair becomes a match of its count, so b–a is never counted; any other WHERE sees every match's tuple.
    /// </summary>
    [Theory]
    [InlineData("x.name < y.name", 1L, "2 matches in 1 tuples, 1 kept by the WHERE")]
    [InlineData("x <> y", 2L, "4 matches in 2 tuples, 2 kept by the WHERE")]
    public async Task Profile_of_a_counting_match_reports_tuples_and_matches(string where, long rows, string details)
    {
        await Seed();

        var result = await Run($"PROFILE MATCH (x:Agency)-[:R]->(m:Measure)<-[:R]-(y:Agency) WHERE {where} RETURN x.name, count(*) AS pairs");
        var first = Steps(result)["1"];

        Assert.Equal(rows, first.Rows);
        Assert.Contains(details, first.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_runs_writes_so_a_read_only_session_refuses_it()
    {
        var error = await Fails(() => Run("PROFILE CREATE (:Note)", options: new QueryOptions(ReadOnly: true)));
        await Run("PROFILE CREATE (:Note)");

        Assert.Equal("WriteInReadOnlyQuery", error.Detail);
        Assert.Equal(1L, await Scalar("MATCH (n:Note) RETURN count(n)"));
    }
}
