using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Semantics;

/// <summary>
/// Neo4j 5: inside EXISTS / COUNT / COLLECT the outer variables stay visible after a WITH, and a WITH may not
/// rebind one of their names (42N07, variable shadowing).
/// </summary>
public sealed class SubqueryExpressionScopeTests
{
    private static CypherException CompileError(string query) =>
        Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query));

    [Theory]
    [InlineData("MATCH (p) WHERE EXISTS { WITH 'Ozzy' AS dogName MATCH (p)-->(d) WHERE d.name = dogName } RETURN p")]
    [InlineData("MATCH (p) WHERE COUNT { WITH 1 AS one MATCH (p)-->(d) RETURN d } = 1 RETURN p")]
    [InlineData("MATCH (p) RETURN COLLECT { WITH 2018 AS year MATCH (p)-[r]->(d) WHERE r.since = year RETURN d.name } AS names")]
    [InlineData("MATCH (p) RETURN COUNT { WITH count(*) AS c WHERE p.age > c RETURN c } AS n")]
    [InlineData("MATCH (p) RETURN COUNT { WITH p MATCH (p)-->(d) RETURN d } AS n")]
    [InlineData("MATCH (p) RETURN COUNT { WITH p AS p, 1 AS one WITH one RETURN p.name } AS n")]
    [InlineData("MATCH (p) RETURN COLLECT { MATCH (p)-->(d) RETURN d.name UNION WITH 'x' AS y RETURN p.name AS `d.name` } AS names")]
    public void Outer_variables_stay_visible_after_a_with(string query)
    {
        Assert.NotNull(CypherFrontEnd.Compile(query));
    }

    [Theory]
    [InlineData("WITH 'Peter' AS name MATCH (p {name: name}) WHERE EXISTS { WITH 'Ozzy' AS name MATCH (p)-->(d) WHERE d.name = name } RETURN p", 1, 75)]
    [InlineData("WITH 'Peter' AS name MATCH (p {name: name}) WHERE COUNT { WITH 'Ozzy' AS name MATCH (p)-->(d) } = 1 RETURN p", 1, 74)]
    [InlineData("WITH 'Peter' AS name MATCH (p {name: name})\nRETURN COLLECT {\n    WITH 'Ozzy' AS name\n    MATCH (p)-->(d {name: name})\n    RETURN d.name\n} AS dogs", 3, 20)]
    [InlineData("MATCH (p), (q) RETURN COUNT { WITH q AS p RETURN p } AS n", 1, 41)]
    [InlineData("MATCH (p) RETURN COUNT { MATCH (p)-->(d) WITH d.name AS p RETURN p } AS n", 1, 57)]
    [InlineData("UNWIND [1, 2] AS x RETURN COUNT { UNWIND [3] AS x RETURN x } AS n", 1, 49)]
    public void Rebinding_an_outer_variable_is_variable_shadowing(string query, int line, int column)
    {
        var error = CompileError(query);

        Assert.Equal("SyntaxError", error.Category);
        Assert.Equal("VariableShadowing", error.Detail);
        Assert.Contains("The variable `", error.Message);
        Assert.Contains("is shadowing a variable with the same name from the outer scope", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void An_outer_variable_of_another_type_cannot_be_matched_as_a_node()
    {
        // After the WITH, `name` is still the outer string, so the pattern reuses it rather than binding a node.
        var error = CompileError("WITH 'x' AS name MATCH (p) WHERE EXISTS { WITH 1 AS one MATCH (name)-->(p) } RETURN p");

        Assert.Equal("SyntaxError", error.Category);
    }

    [Fact]
    public void A_call_subquery_still_sees_only_what_it_imports()
    {
        var error = CompileError("MATCH (p) CALL () { WITH 1 AS one RETURN p.name AS n } RETURN n");

        Assert.Equal("UndefinedVariable", error.Detail);
    }
}
