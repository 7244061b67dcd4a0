namespace PolicyGraph.Neo4j.Tests;

public sealed class QueryInspectorTests
{
    [Theory]
    [InlineData("MATCH (n:Measure) RETURN n.title")]
    [InlineData("MATCH (n) WHERE n.text CONTAINS 'CREATE' RETURN n")]
    [InlineData("MATCH (n) // DELETE n\nRETURN n")]
    [InlineData("MATCH (n) /* SET n.x = 1 */ RETURN n")]
    [InlineData("MATCH (n:Measure) RETURN n.set, n.create AS `DELETE`")]
    [InlineData("MATCH (n:Merge)-[:REMOVE]->(m) RETURN {create: 1, merge: $delete}")]
    [InlineData("CALL db.index.fulltext.queryNodes('policy_text', '资金池') YIELD node RETURN node")]
    [InlineData("SHOW INDEXES")]
    public void Read_queries_are_not_updating(string cypher)
    {
        Assert.False(QueryInspector.IsUpdating(cypher));
        Assert.Null(QueryInspector.FindUpdatingClause(cypher));
    }

    [Theory]
    [InlineData("CREATE (n:Probe)")]
    [InlineData("MATCH (n) DETACH DELETE n")]
    [InlineData("MATCH (n) SET n.x = 1")]
    [InlineData("UNWIND $rows AS row MERGE (n:Agency {id: row.id}) SET n += row.properties")]
    [InlineData("MATCH (n) REMOVE n:Old")]
    [InlineData("MATCH (n) FOREACH (x IN [1] | SET n.y = x)")]
    [InlineData("CALL apoc.create.node(['X'], {}) YIELD node RETURN node")]
    [InlineData("CREATE INDEX x IF NOT EXISTS FOR (n:Zone) ON (n.name)")]
    [InlineData("DROP CONSTRAINT zone_id IF EXISTS")]
    [InlineData("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")]
    public void Updating_queries_are_recognised(string cypher)
    {
        Assert.True(QueryInspector.IsUpdating(cypher));
    }

    [Fact]
    public void The_updating_clause_is_located_by_line_and_column()
    {
        var clause = QueryInspector.FindUpdatingClause("MATCH (n)\nWHERE n.name = 'SET'\n   delete n");

        Assert.Equal(("DELETE", 3, 4), clause);
    }
}
