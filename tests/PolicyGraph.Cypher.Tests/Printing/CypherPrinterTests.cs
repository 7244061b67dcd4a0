using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Printing;

public sealed class CypherPrinterTests
{
    [Theory]
    [InlineData("match (p:Policy)-[:CITES*1..3]->(q) where p.year>=2020 return p.title as t order by t desc limit 5",
        "MATCH (p:Policy)-[:CITES*1..3]->(q) WHERE p.year >= 2020 RETURN p.title AS t ORDER BY t DESC LIMIT 5")]
    [InlineData("RETURN (1+2)*3, 1+2*3, 2^(3^2), (-2)^2", "RETURN (1 + 2) * 3, 1 + 2 * 3, 2 ^ (3 ^ 2), -2 ^ 2")]
    [InlineData("RETURN a-(b-c), (a-b)-c", "RETURN a - (b - c), a - b - c")]
    [InlineData("RETURN NOT (a OR b) AND c", "RETURN NOT (a OR b) AND c")]
    [InlineData("RETURN - -x, -(-1)", "RETURN -(-x), -(-1)")]
    [InlineData("MATCH (a)<-[r:T|U*]-(b)--(c) RETURN *", "MATCH (a)<-[r:T|U*]-(b)--(c) RETURN *")]
    [InlineData("RETURN 'it\\'s', \"tab\\t\"", "RETURN 'it\\'s', 'tab\\t'")]
    [InlineData("RETURN `weird name`, `MATCH`, plain", "RETURN `weird name`, `MATCH`, plain")]
    [InlineData("CREATE CONSTRAINT c IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT c IF NOT EXISTS FOR (n:L) REQUIRE n.id IS UNIQUE")]
    public void PrintsCanonicalCypher(string query, string expected)
    {
        Assert.Equal(expected, CypherPrinter.Print(CypherFrontEnd.Parse(query)));
    }

    [Fact]
    public void APrintedComparisonOfAComparisonKeepsItsParentheses()
    {
        var nested = B(BinaryOperator.LessThan, B(BinaryOperator.LessThan, V("a"), V("b")), V("c"));

        var printed = CypherPrinter.PrintExpression(nested);

        Assert.Equal("(a < b) < c", printed);
        Assert.Equal(nested, ParseExpression(printed));
    }

    [Fact]
    public void PrintsFloatsSoTheyReadBackAsFloats()
    {
        Assert.Equal("1.0", CypherPrinter.PrintExpression(new FloatLiteral(1)));
        Assert.Equal("1e300", CypherPrinter.PrintExpression(new FloatLiteral(1e300)));
        Assert.Equal("-0.0", CypherPrinter.PrintExpression(new FloatLiteral(-0.0)));
    }

    [Fact]
    public void QuotedStringsKeepLineBreaksAndSeparatorsEscapedAndReadBackUnchanged()
    {
        const string text = "a\u2028b\u2029c\nd'e\\";

        var quoted = CypherPrinter.Quote(text);

        Assert.Equal(@"'a\u2028b\u2029c\nd\'e\\'", quoted);
        Assert.Equal(new StringLiteral(text), ParseExpression(quoted));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void RoundTripsThroughTheParser(string query)
    {
        var tree = CypherFrontEnd.Parse(query);

        var printed = CypherPrinter.Print(tree);

        Assert.Equal(tree, CypherFrontEnd.Parse(printed));
        Assert.Equal(printed, CypherPrinter.Print(CypherFrontEnd.Parse(printed)));
    }

    public static TheoryData<string> Corpus() =>
    [
        "MATCH (o:Org {name: $org})-[:ISSUED]->(p:Policy) WHERE p.year IN [2020, 2021] RETURN o, collect(p.title) AS titles",
        "MATCH p = shortestPath((a:Policy {id: 'A'})-[:CITES*..6]-(b:Policy {id: 'B'})) RETURN length(p), nodes(p)",
        "MATCH (p:Policy) WITH p, size([(p)-[:CITES]->(q) WHERE q.year < p.year | q]) AS older WHERE older > 2 RETURN p.id ORDER BY older DESC SKIP 10 LIMIT 10",
        "UNWIND $rows AS row MERGE (p:Policy {id: row.id}) ON CREATE SET p += row.props, p:New ON MATCH SET p.seen = timestamp()",
        "MATCH (n) WHERE n:Policy:Active AND NOT (n)-[:REPEALED_BY]->() AND EXISTS { MATCH (n)<-[:ISSUED]-(o) WHERE o.level = 'national' } RETURN n{.id, .title, issuer: [(n)<-[:ISSUED]-(o) | o.name][0], .*}",
        "RETURN reduce(total = 0, x IN range(1, 10) | total + x) AS sum, all(x IN [1, 2] WHERE x > 0), single(y IN [] WHERE y IS NULL)",
        "RETURN CASE WHEN $a IS NULL THEN 'none' WHEN $a STARTS WITH 'x' THEN 'x' ELSE $a END, 'a' =~ '.*', [1, 2, 3][1..], [1, 2, 3][..-1]",
        "MATCH (a)-[r]-(b) DELETE r DETACH DELETE a RETURN count(*) AS removed",
        "MATCH (n) REMOVE n.tmp, n:Draft SET n.updated = true RETURN n",
        "FOREACH (i IN range(0, 2) | CREATE (:Slot {i: i}))",
        "CALL db.index.fulltext.queryNodes('texts', 'tax relief') YIELD node, score RETURN node.title, score ORDER BY score DESC",
        "RETURN 1 AS x UNION ALL RETURN 2 AS x UNION ALL RETURN 3 AS x",
        "CREATE FULLTEXT INDEX texts IF NOT EXISTS FOR (n:Policy|Clause) ON EACH [n.title, n.body]",
        "CREATE INDEX FOR ()-[r:CITES]-() ON (r.year, r.kind)",
        "DROP INDEX texts IF EXISTS",
        "RETURN 0x1F AS hex, -0o17 AS octal, .5e-3 AS small, '\\u00e9\\n' AS text, $0 AS first",
        "MATCH (a), (b) WHERE a.x < b.x <= 10 XOR a.y <> b.y RETURN DISTINCT a.x % 3 AS bucket",
        "MATCH (a:Agency) CALL { WITH a MATCH (a)-->(m) RETURN count(m) AS n UNION ALL WITH a RETURN 0 AS n } CALL (a) { CREATE (:Log {of: a.name}) } RETURN a, n",
        "CALL () { MATCH (m) RETURN count(m) AS total } RETURN total",
        "MATCH (a) CALL (*) { MATCH (a)-->(b) RETURN count(b) AS n } RETURN a, n",
        "EXPLAIN MATCH (n) RETURN n",
        "PROFILE MATCH (n) RETURN count(n) AS c UNION MATCH (m) RETURN count(m) AS c",
        "MATCH (n)-[r]->(m) WHERE n:Agency|Zone AND r:R|S AND NOT m:!% RETURN [x IN [n, m] WHERE x:(A|B)&C | x], [(n)-->(k) WHERE k:(A|B) | k]",
        "MATCH (n:Agency|Zone), (m:!Measure&%), (k:(A|B)&!(C|D)), (j:A&B) RETURN n, m, k, j",
        "MATCH (a:Agency) WHERE COUNT { (a)-[:RESPONSIBLE_FOR]->(m) WHERE m.year > 2020 } > 2 RETURN a.name, COLLECT { MATCH (a)-->(z:Zone) RETURN z.name ORDER BY z.name } AS zones",
        "RETURN 'a' || 'b' || [1] + [2] AS v, trim(LEADING 'x' FROM 'xa') AS t, normalize('a', NFKC) AS n, 'a' IS NOT NFD NORMALIZED AS m",
        "RETURN $x IS :: INTEGER NOT NULL, $x :: LIST<STRING | FLOAT> NOT NULL, $x IS NOT TYPED ANY<DATE | ZONED DATETIME>, NOT $x IS :: NOTHING",
        "MATCH (a:Person WHERE a.age > 30)-[r:!ACTED_IN&!(A|B) WHERE r.year < 2000]->(m:%) ORDER BY a.age OFFSET 1 LIMIT 2 RETURN a, r, m",
        "MATCH (n) OPTIONAL CALL (n) { MATCH (n)-->(m) RETURN m } OPTIONAL CALL db.labels() YIELD label RETURN n, m, label UNION DISTINCT RETURN 1 AS n, 2 AS m, 3 AS label",
        "RETURN CASE $x WHEN 1, 2 THEN 'low' ELSE 'high' END AS v, count(ALL $x) AS c",
        "UNWIND range(1, 9) AS i CALL (i) { CREATE (:N {i: i}) } IN 2 CONCURRENT TRANSACTIONS OF 3 ROWS",
    ];
}
