namespace PolicyGraph.Cypher.Tests.Semantics;

/// <summary>Queries the analyser must accept: each exercises one scoping or aggregation rule.</summary>
public sealed class ScopingTests
{
    [Theory]
    [InlineData("MATCH (a) WITH a.x AS x ORDER BY a.y RETURN x")]
    [InlineData("MATCH (a) WITH a.x AS x WHERE a.y > 1 RETURN x")]
    [InlineData("MATCH (a) RETURN DISTINCT a.x ORDER BY a.x")]
    [InlineData("MATCH (a)-->(b) RETURN a.x AS x, count(b) AS c ORDER BY a.x, count(b) DESC")]
    [InlineData("MATCH (a)-->(b) RETURN a, a.x + count(b) AS score")]
    [InlineData("MATCH (a)-->(b) WITH a.x AS x, collect(b) AS bs RETURN x, size(bs)")]
    [InlineData("MATCH (a)-->(b) RETURN [x IN collect(b) | x.name] AS names")]
    [InlineData("MATCH (p) RETURN $base + count(p) * 2 AS weighted")]
    [InlineData("MATCH (a) MATCH (a)-->(b) MATCH (b)-[r]->() MATCH ()-[r]->() RETURN r")]
    [InlineData("MATCH (a) CREATE (a)-[:REL]->(b:New) RETURN b")]
    [InlineData("MERGE (a:A) MERGE (b:B) MERGE (a)-[:T]-(b)")]
    [InlineData("CREATE (a:A {n: 1}), (b {n: a.n + 1})")]
    [InlineData("MATCH (n) WHERE (n)-->() AND NOT (n)<--() RETURN n")]
    [InlineData("MATCH (n) RETURN [(n)-->(m) | m.id] AS ids, exists((n)-->()) AS linked")]
    [InlineData("MATCH (n) WHERE EXISTS { MATCH (n)-->(m:Policy) WHERE m.year > 2000 } RETURN n")]
    [InlineData("UNWIND [1, 2] AS x WITH x WHERE x > 1 RETURN x, [y IN range(1, x) WHERE y % 2 = 0] AS evens")]
    [InlineData("MATCH (n) WITH n LIMIT 5 SET n.picked = true RETURN count(*)")]
    [InlineData("MATCH (n) WITH * RETURN *")]
    [InlineData("MATCH (n) RETURN *, n")]
    [InlineData("MATCH (n) WHERE n.flagged RETURN n")]
    [InlineData("RETURN date('2021-01-01') AS d, duration.between(date(), date()) AS span")]
    [InlineData("CALL db.labels() YIELD label RETURN label")]
    [InlineData("MATCH (n) RETURN n LIMIT $max")]
    [InlineData("MATCH (n) RETURN n SKIP 1 + 1")]
    [InlineData("MATCH (a) OPTIONAL MATCH (a)-[r]->() WITH a WHERE r IS NULL RETURN a")]
    [InlineData("FOREACH (x IN [1, 2] | CREATE (:N {v: x}) MERGE (:M {v: x}))")]
    public void AcceptsValidQueries(string query)
    {
        Assert.NotNull(CypherFrontEnd.Compile(query));
    }

    [Fact]
    public void ParseAloneDoesNotRunSemanticChecks()
    {
        const string undefined = "RETURN missing";

        Assert.NotNull(CypherFrontEnd.Parse(undefined));
        Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => CypherFrontEnd.Compile(undefined));
    }
}
