namespace PolicyGraph.Cypher.Tests;

public sealed class QueryInspectionTests
{
    [Theory]
    [InlineData("MATCH (n) RETURN n", false)]
    [InlineData("MATCH (n) WHERE EXISTS { (n)-->() } RETURN count(*)", false)]
    [InlineData("CALL db.labels() YIELD label RETURN label", false)]
    [InlineData("CREATE (n)", true)]
    [InlineData("MATCH (n) SET n.x = 1", true)]
    [InlineData("MATCH (n) REMOVE n:Draft", true)]
    [InlineData("MATCH (n) DETACH DELETE n", true)]
    [InlineData("MERGE (n:Policy {id: 1}) RETURN n", true)]
    [InlineData("FOREACH (x IN [1] | CREATE (:N))", true)]
    [InlineData("RETURN 1 AS x UNION MATCH (n) SET n.y = 2 RETURN 2 AS x", true)]
    [InlineData("CREATE INDEX i FOR (n:Policy) ON (n.id)", true)]
    [InlineData("DROP CONSTRAINT c", true)]
    [InlineData("CALL apoc.refactor.rename.label('A', 'B')", true)]
    [InlineData("UNWIND [1] AS x CALL (x) { RETURN x + 1 AS y } IN TRANSACTIONS RETURN y", true)]
    [InlineData("MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } RETURN m", false)]
    [InlineData("MATCH (n) OPTIONAL CALL (n) { CREATE (m) RETURN m } RETURN m", true)]
    [InlineData("MATCH (n:$($label))-[r:$any($types)]->(m) RETURN n", false)]
    [InlineData("MATCH p = SHORTEST 2 (a)-[:R]->+(b) RETURN p", false)]
    [InlineData("MATCH (n) SET n:$($label)", true)]
    [InlineData("MATCH (n) SET n[$key] = 1", true)]
    [InlineData("MATCH (n) REMOVE n[$key]", true)]
    [InlineData("MATCH (n) REMOVE n:$($label)", true)]
    [InlineData("CREATE (:$($label))-[:$($type)]->()", true)]
    [InlineData("MERGE (n:$($label) {id: 1})", true)]
    public void RecognisesUpdatingQueries(string query, bool updating)
    {
        Assert.Equal(updating, QueryInspection.IsUpdating(CypherFrontEnd.Parse(query)));
    }
}
