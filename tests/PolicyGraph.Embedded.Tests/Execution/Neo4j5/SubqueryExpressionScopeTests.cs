using PolicyGraph.Core.Querying;

namespace PolicyGraph.Embedded.Tests.Execution.Neo4j5;

/// <summary>
/// Neo4j 5: a WITH inside EXISTS / COUNT / COLLECT keeps the outer variables visible. Graph: A has Rex (since
/// 2016); B has Fido (2010) and Ozzy (2018); C has no dog. Expected rows worked out by hand.
/// </summary>
public sealed class SubqueryExpressionScopeTests : QueryTestBase
{
    private Task Owners() => Run(
        "CREATE (a:P {name: 'A'})-[:HAS {since: 2016}]->(:D {name: 'Rex'}), " +
        "(b:P {name: 'B'})-[:HAS {since: 2010}]->(:D {name: 'Fido'}), (b)-[:HAS {since: 2018}]->(:D {name: 'Ozzy'}), " +
        "(:P {name: 'C'})");

    [Fact]
    public async Task Exists_with_a_leading_with_still_matches_from_the_outer_node()
    {
        await Owners();

        var names = await Column(
            "MATCH (p:P) WHERE EXISTS { WITH 'Ozzy' AS dogName MATCH (p)-[:HAS]->(d) WHERE d.name = dogName } " +
            "RETURN p.name AS name ORDER BY name");

        // Were p hidden by the WITH, the inner MATCH would bind any owner of Ozzy and keep A, B and C.
        Assert.Equal(["B"], names);
    }

    [Fact]
    public async Task Count_with_a_leading_with_counts_per_outer_row()
    {
        await Owners();

        var result = await Run(
            "MATCH (p:P) RETURN p.name AS name, COUNT { WITH 2000 AS after MATCH (p)-[r:HAS]->() WHERE r.since > after } AS n " +
            "ORDER BY name");

        Assert.Equal([["A", 1L], ["B", 2L], ["C", 0L]], result.Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public async Task Collect_sees_the_outer_variable_after_an_aggregating_with()
    {
        await Owners();

        var result = await Run(
            "MATCH (p:P) RETURN p.name AS name, COLLECT { MATCH (p)-[r:HAS]->() WITH max(r.since) AS latest " +
            "MATCH (p)-[r2:HAS]->(d) WHERE r2.since = latest RETURN d.name } AS newest ORDER BY name");

        Assert.Equal(["A: Rex", "B: Ozzy", "C: "], Rendered(result));
    }

    [Fact]
    public async Task An_aggregation_over_no_rows_still_gives_its_row()
    {
        await Owners();

        // C has no dog: count(*) over nothing is one row with 0, which the outer variable does not suppress.
        var result = await Run(
            "MATCH (p:P) RETURN p.name AS name, COLLECT { MATCH (p)-[:HAS]->(d) WITH count(d) AS dogs WHERE p.name <> 'A' " +
            "RETURN p.name + ':' + dogs } AS summary ORDER BY name");

        Assert.Equal(["A: ", "B: B:2", "C: C:0"], Rendered(result));
    }

    /// <summary>Each row as "name: the collected list's items".</summary>
    private static IEnumerable<string> Rendered(QueryResult result) =>
        result.Rows.Select(row => $"{row[0]}: {string.Join(", ", Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[1]))}");

    [Fact]
    public async Task Shadowing_an_outer_variable_is_refused_before_running()
    {
        await Owners();

        var error = await Fails(() => Run(
            "WITH 'B' AS name MATCH (p:P {name: name}) WHERE EXISTS { WITH 'Ozzy' AS name MATCH (p)-->(d {name: name}) } RETURN p"));

        Assert.Equal(("SyntaxError", "VariableShadowing"), (error.Category, error.Detail));
    }
}
