using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Semantics;

public sealed class Neo4j5SemanticTests
{
    private static CypherException CompileError(string query) =>
        Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query));

    [Theory]
    [InlineData("RETURN 1 || 'a' AS v", "InvalidArgumentType")]
    [InlineData("RETURN 'a' || true AS v", "InvalidArgumentType")]
    [InlineData("CREATE (a WHERE a.x = 1)", "InvalidPatternPredicate")]
    [InlineData("MATCH (a) MERGE (a)-[r:T WHERE r.x = 1]->(b)", "InvalidPatternPredicate")]
    [InlineData("CREATE ()-[:!T]->()", "NoSingleRelationshipType")]
    [InlineData("RETURN x IS :: INTEGER AS v", "UndefinedVariable")]
    [InlineData("CREATE (a) MATCH (b) RETURN b", "InvalidClauseComposition")]
    [InlineData("UNWIND [1] AS x CALL (x) { CREATE (:N) } IN TRANSACTIONS OF x ROWS", "UndefinedVariable")]
    [InlineData("UNWIND [1] AS x CALL (x) { CREATE (:N) } IN TRANSACTIONS ON ERROR CONTINUE", "UnsupportedFeature")]
    [InlineData("UNWIND [1] AS x CALL (x) { CREATE (:N) } IN TRANSACTIONS REPORT STATUS AS s RETURN s", "UnsupportedFeature")]
    public void Neo4j5ConstructsAreCheckedBeforeRunning(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Theory]
    [InlineData("RETURN [1] || [2] AS v")]
    [InlineData("MATCH (n:A WHERE n.x > 1)-[r:!T WHERE r.y = 2]->(m) RETURN n, r, m")]
    [InlineData("MATCH (n) ORDER BY n.x SKIP 1 LIMIT 1 RETURN n")]
    [InlineData("MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } RETURN n, m")]
    [InlineData("RETURN $x IS NOT :: LIST<INTEGER NOT NULL> NOT NULL AS v")]
    [InlineData("UNWIND [1, 2] AS x CALL () { CREATE (a:A) RETURN a } MATCH (b:A) RETURN x, count(b) AS n")]
    public void Neo4j5ConstructsCompile(string query)
    {
        Assert.NotNull(CypherFrontEnd.Compile(query));
    }
}
