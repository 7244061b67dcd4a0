namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>Neo4j 5 clause and pattern syntax on the embedded engine, on small graphs worked out by hand.</summary>
public sealed class ClauseSyntaxTests : QueryTestBase
{
    private Task People() => Run(
        "CREATE (a:Person {name: 'Ann', age: 40}), (b:Person {name: 'Bob', age: 25}), (c:Person {name: 'Cy', age: 31}), " +
        "(m:Movie {title: 'M'}), (a)-[:ACTED_IN {year: 2001}]->(m), (b)-[:DIRECTED {year: 1999}]->(m), (c)-[:ACTED_IN {year: 1990}]->(m)");

    [Fact]
    public async Task Union_distinct_removes_duplicates_like_union()
    {
        var values = await Column("UNWIND [1, 1, 2] AS x RETURN x UNION DISTINCT UNWIND [2, 3] AS x RETURN x");

        Assert.Equal([1L, 2L, 3L], values.Order());
    }

    [Fact]
    public async Task Standalone_order_by_offset_and_limit_page_the_rows()
    {
        await People();

        var names = await Column("MATCH (p:Person) ORDER BY p.age DESC OFFSET 1 LIMIT 1 RETURN p.name AS name");

        Assert.Equal(["Cy"], names);
    }

    [Fact]
    public async Task Offset_is_another_name_for_skip_in_return()
    {
        await People();

        Assert.Equal(["Bob", "Cy"], await Column("MATCH (p:Person) RETURN p.name AS name ORDER BY name OFFSET 1"));
    }

    [Fact]
    public async Task Standalone_limit_limits_before_aggregation()
    {
        await People();

        Assert.Equal(2L, await Scalar("MATCH (p:Person) LIMIT 2 RETURN count(p) AS n"));
    }

    [Fact]
    public async Task Where_inside_a_node_pattern_filters_that_node()
    {
        await People();

        var names = await Column("MATCH (p:Person WHERE p.age > 30) RETURN p.name AS name ORDER BY name");

        Assert.Equal(["Ann", "Cy"], names);
    }

    [Fact]
    public async Task Where_inside_a_relationship_pattern_filters_that_relationship()
    {
        await People();

        var names = await Column("MATCH (p)-[r:ACTED_IN WHERE r.year > 2000]->(m) RETURN p.name AS name");

        Assert.Equal(["Ann"], names);
    }

    [Fact]
    public async Task Inline_where_joins_the_clause_where()
    {
        await People();

        var names = await Column("MATCH (p:Person WHERE p.age > 20)-->(m) WHERE p.name <> 'Ann' RETURN p.name AS name ORDER BY name");

        Assert.Equal(["Bob", "Cy"], names);
    }

    [Fact]
    public async Task Negated_relationship_type_matches_every_other_type()
    {
        await People();

        var names = await Column("MATCH (p)-[r:!ACTED_IN]->(m) RETURN p.name AS name");

        Assert.Equal(["Bob"], names);
    }

    [Theory]
    [InlineData("MATCH ()-[r:%]->() RETURN count(r) AS n", 3L)]
    [InlineData("MATCH ()-[r:!%]->() RETURN count(r) AS n", 0L)]
    [InlineData("MATCH ()-[r:ACTED_IN&DIRECTED]->() RETURN count(r) AS n", 0L)]
    [InlineData("MATCH ()-[r:!(ACTED_IN|DIRECTED)]->() RETURN count(r) AS n", 0L)]
    [InlineData("MATCH ()-[r:ACTED_IN|DIRECTED]->() RETURN count(r) AS n", 3L)]
    [InlineData("MATCH ()-[r:!DIRECTED]->() RETURN count(*) AS n", 2L)]
    public async Task Relationship_type_expressions_count_the_matching_relationships(string query, long expected)
    {
        await People();

        Assert.Equal(expected, await Scalar(query));
    }

    [Fact]
    public async Task Optional_call_subquery_keeps_rows_without_results_with_nulls()
    {
        await People();

        var result = await Run(
            "MATCH (p:Person) OPTIONAL CALL (p) { MATCH (p)-[:DIRECTED]->(m) RETURN m.title AS title } " +
            "RETURN p.name AS name, title ORDER BY name");

        Assert.Equal([["Ann", null], ["Bob", "M"], ["Cy", null]], result.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task Call_subquery_without_optional_drops_rows_without_results()
    {
        await People();

        var names = await Column("MATCH (p:Person) CALL (p) { MATCH (p)-[:DIRECTED]->(m) RETURN m.title AS title } RETURN p.name AS name");

        Assert.Equal(["Bob"], names);
    }

    [Fact]
    public async Task Call_in_transactions_runs_the_body_for_every_row()
    {
        await Run("UNWIND range(1, 5) AS i CALL (i) { CREATE (:N {i: i}) } IN TRANSACTIONS OF 2 ROWS");

        Assert.Equal(15L, await Scalar("MATCH (n:N) RETURN sum(n.i) AS total"));
    }

    [Fact]
    public async Task A_batch_size_must_be_positive()
    {
        var error = await Fails(() => Run("UNWIND [1] AS i CALL (i) { CREATE (:N) } IN TRANSACTIONS OF 0 ROWS"));

        Assert.Equal(("ArgumentError", "InvalidArgumentValue"), (error.Category, error.Detail));
    }

    [Fact]
    public async Task The_read_only_console_refuses_call_in_transactions()
    {
        var error = await Fails(() => Run(
            "UNWIND [1] AS i CALL (i) { RETURN i + 1 AS j } IN TRANSACTIONS RETURN j",
            options: new PolicyGraph.Core.Querying.QueryOptions(ReadOnly: true)));

        Assert.Contains("IN TRANSACTIONS", error.Message);
    }
}
