using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Semantics;

public sealed class SemanticErrorTests
{
    private static CypherException CompileError(string query) =>
        Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query));

    [Theory]
    [InlineData("MATCH (p:Policy) RETURN q", "UndefinedVariable")]
    [InlineData("MATCH (p) WITH p.id AS id RETURN p", "UndefinedVariable")]
    [InlineData("MATCH (p) WHERE (p)-[:CITES]->(unknown) RETURN p", "UndefinedVariable")]
    [InlineData("UNWIND [1] AS x UNWIND [2] AS x RETURN x", "VariableAlreadyBound")]
    [InlineData("MATCH (a) CREATE (a:Copy)", "VariableAlreadyBound")]
    [InlineData("MATCH ()-[r]->() MERGE (x)-[r:T]->(y)", "VariableAlreadyBound")]
    [InlineData("MATCH (n) MATCH p = (n)-->() MATCH p = ()-->() RETURN p", "VariableAlreadyBound")]
    [InlineData("MATCH (a)-[r]->(b) MATCH (r) RETURN r", "VariableTypeConflict")]
    [InlineData("WITH 'text' AS n MATCH (n) RETURN n", "VariableTypeConflict")]
    [InlineData("MATCH (a)-[r]->(b)-[r]->(c) RETURN a", "RelationshipUniquenessViolation")]
    [InlineData("MATCH (n) RETURN n, count(count(n))", "NestedAggregation")]
    [InlineData("MATCH (n) WHERE count(n) > 1 RETURN n", "InvalidAggregation")]
    [InlineData("MATCH (n) RETURN n.a ORDER BY sum(n.b)", "InvalidAggregation")]
    [InlineData("MATCH (n) SET n.total = count(*)", "InvalidAggregation")]
    [InlineData("MATCH (n) RETURN [x IN [1] | collect(x)]", "InvalidAggregation")]
    [InlineData("MATCH (a)-->(b) RETURN a.x + count(b)", "AmbiguousAggregationExpression")]
    [InlineData("MATCH (n) WITH n.a, count(*) AS c RETURN c", "NoExpressionAlias")]
    [InlineData("MATCH (n) RETURN n.a AS x, n.b AS x", "ColumnNameConflict")]
    [InlineData("RETURN 1 AS a UNION RETURN 1 AS b", "DifferentColumnsInUnion")]
    [InlineData("RETURN 1 AS a UNION ALL RETURN 1 AS a UNION RETURN 1 AS a", "InvalidClauseComposition")]
    [InlineData("MATCH (n) RETURN n MATCH (m) RETURN m", "InvalidClauseComposition")]
    [InlineData("MATCH (n)", "InvalidClauseComposition")]
    [InlineData("CREATE (n) MATCH (m) RETURN m", "InvalidClauseComposition")]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m) DELETE m } RETURN n", "InvalidClauseComposition")]
    [InlineData("MATCH (n) RETURN COUNT { MATCH (n)-->(m) SET m.seen = true RETURN m }", "InvalidClauseComposition")]
    [InlineData("MATCH (n) CALL { RETURN n.x AS y } RETURN y", "UndefinedVariable")]
    [InlineData("MATCH (n) CALL { WITH DISTINCT n RETURN n.x AS y } RETURN y", "UndefinedVariable")]
    [InlineData("MATCH (n) CALL { WITH n ORDER BY n.x LIMIT 1 RETURN n.x AS y } RETURN y", "UndefinedVariable")]
    [InlineData("MATCH (n) CALL (m) { RETURN 1 AS y } RETURN y", "UndefinedVariable")]
    [InlineData("MATCH (a) CALL { MATCH (b) RETURN b AS a } RETURN a", "VariableAlreadyBound")]
    [InlineData("MATCH (a) CALL { WITH a MATCH (a)-->(b) } RETURN a", "InvalidClauseComposition")]
    [InlineData("MATCH (a) CALL { WITH a RETURN 1 AS x UNION RETURN 2 AS y } RETURN a", "DifferentColumnsInUnion")]
    [InlineData("MATCH (a) WHERE EXISTS { CALL { CREATE (b) } MATCH (a)-->(c) } RETURN a", "InvalidClauseComposition")]
    [InlineData("MATCH (n) RETURN COLLECT { MATCH (n)-->(m) RETURN m.a, m.b }", "InvalidClauseComposition")]
    [InlineData("MATCH (n) RETURN COUNT { (n)-->(unknown) WHERE unknown.x = other }", "UndefinedVariable")]
    [InlineData("RETURN *", "NoVariablesInScope")]
    [InlineData("MATCH (n) DELETE n:Policy", "InvalidDelete")]
    [InlineData("MATCH (n) DELETE 'n'", "InvalidArgumentType")]
    [InlineData("CREATE (a)-[:T*1..2]->(b)", "CreatingVarLength")]
    [InlineData("CREATE (a)-[:T|U]->(b)", "NoSingleRelationshipType")]
    [InlineData("MERGE (a)-[r]->(b)", "NoSingleRelationshipType")]
    [InlineData("CREATE (a)-[:T]-(b)", "RequiresDirectedRelationship")]
    [InlineData("MATCH (n $props) RETURN n", "InvalidParameterUse")]
    [InlineData("MATCH (n) RETURN n SKIP n.x", "NonConstantExpression")]
    [InlineData("MATCH (n) RETURN n LIMIT -3", "NegativeIntegerArgument")]
    [InlineData("MATCH (n) RETURN n LIMIT 2.5", "InvalidArgumentType")]
    [InlineData("MATCH (n) RETURN n SKIP 'two'", "InvalidArgumentType")]
    [InlineData("RETURN collect(rand())", "NonConstantExpression")]
    [InlineData("RETURN policyScore(1)", "UnknownFunction")]
    [InlineData("RETURN substring('abc')", "InvalidNumberOfArguments")]
    [InlineData("RETURN toUpper('a', 'b')", "InvalidNumberOfArguments")]
    [InlineData("MATCH (n) RETURN type(n)", "InvalidArgumentType")]
    [InlineData("MATCH ()-[r]->() RETURN labels(r)", "InvalidArgumentType")]
    [InlineData("MATCH p = ()-->() RETURN p.name", "InvalidArgumentType")]
    [InlineData("RETURN 1 AND true", "InvalidArgumentType")]
    [InlineData("RETURN NOT 'yes'", "InvalidArgumentType")]
    [InlineData("RETURN 2 IN 'abc'", "InvalidArgumentType")]
    [InlineData("RETURN [x IN ['a'] | x * 2]", "InvalidArgumentType")]
    [InlineData("MATCH (n) WHERE 1 RETURN n", "InvalidArgumentType")]
    [InlineData("MATCH (n) RETURN (n)-->()", "UnexpectedSyntax")]
    public void RaisesTheTckDetailCode(string query, string detail)
    {
        var error = CompileError(query);

        Assert.Equal(detail, error.Detail);
        Assert.Equal(QueryPhase.CompileTime, error.Phase);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void PropertyAccessOnAPlainValueIsATypeError()
    {
        var error = CompileError("WITH 42 AS n RETURN n.name");

        Assert.Equal("TypeError", error.Category);
        Assert.Equal("InvalidArgumentType", error.Detail);
    }

    [Fact]
    public void PointsAtTheOffendingVariable()
    {
        var error = CompileError("MATCH (p:Policy)\nWHERE p.year > 2000\nRETURN p.title, issuer.name");

        Assert.Equal("UndefinedVariable", error.Detail);
        Assert.Equal((3, 17), (error.Line, error.Column));
        Assert.Contains("`issuer`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PointsAtTheUnknownFunction()
    {
        var error = CompileError("RETURN 1,\n  frobnicate(2)");

        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("frobnicate", error.Message, StringComparison.Ordinal);
    }
}
