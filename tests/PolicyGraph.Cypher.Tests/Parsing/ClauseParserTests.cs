using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

public sealed class ClauseParserTests
{
    [Fact]
    public void ParsesMatchWhereReturnWithAliases()
    {
        var match = new MatchClause(false, Pat(Chain(N("p", "Policy"))), B(BinaryOperator.Equal, P(V("p"), "year"), I(2021)));
        var expected = Q(match, Return(Item(P(V("p"), "title"), "title"), Item(V("p"))));

        Assert.Equal(expected, CypherFrontEnd.Parse("match (p:Policy) where p.year = 2021 return p.title as title, p"));
    }

    [Fact]
    public void ParsesOptionalMatchAndUnwind()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("UNWIND [1, 2] AS x OPTIONAL MATCH (n {id: x}) RETURN n");

        Assert.Equal(new UnwindClause(new ListLiteral([I(1), I(2)]), V("x")), query.Clauses[0]);
        var optional = Assert.IsType<MatchClause>(query.Clauses[1]);
        Assert.True(optional.Optional);
        Assert.Equal(new MapLiteral([new MapEntry("id", V("x"))]), optional.Pattern.Parts[0].Element.Start.Properties);
    }

    [Fact]
    public void ParsesTheWholeProjectionBody()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (n) WITH DISTINCT *, n.a AS a ORDER BY a DESC, n.b ASC SKIP 1 LIMIT $max WHERE a > 0 RETURN a");
        var with = Assert.IsType<WithClause>(query.Clauses[1]);

        var expected = new ProjectionBody(
            true,
            true,
            [Item(P(V("n"), "a"), "a")],
            [new SortItem(V("a"), true), new SortItem(P(V("n"), "b"), false)],
            I(1),
            new Parameter("max"));
        Assert.Equal(expected, with.Body);
        Assert.Equal(B(BinaryOperator.GreaterThan, V("a"), I(0)), with.Where);
    }

    [Fact]
    public void KeepsTheWrittenTextAsTheColumnName()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("RETURN count( * ), n.name AS name, 1+2, `a b`");
        var items = ((ReturnClause)query.Clauses[0]).Body.Items;

        Assert.Equal(["count( * )", "name", "1+2", "a b"], items.Select(item => item.ColumnName));
    }

    [Fact]
    public void ParsesUnionAndUnionAllLeftAssociatively()
    {
        var one = Q(Return(Item(I(1), "x")));
        var two = Q(Return(Item(I(2), "x")));
        var three = Q(Return(Item(I(3), "x")));

        var parsed = CypherFrontEnd.Parse("RETURN 1 AS x UNION RETURN 2 AS x UNION ALL RETURN 3 AS x");

        Assert.Equal(new UnionQuery(new UnionQuery(one, two, false), three, true), parsed);
    }

    [Fact]
    public void ParsesCreateAndMergeWithActions()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse(
            "CREATE (a:Org {name: 'MOF'})-[:ISSUED]->(p:Policy) MERGE (t:Topic {name: 'tax'}) ON CREATE SET t.created = 1 ON MATCH SET t += {seen: true}");

        var create = Assert.IsType<CreateClause>(query.Clauses[0]);
        Assert.Equal("ISSUED", Assert.Single(create.Pattern.Parts[0].Element.Chains).Relationship.Types[0]);
        var merge = Assert.IsType<MergeClause>(query.Clauses[1]);
        Assert.Equal(
            [
                new MergeAction(true, [new SetPropertyItem(P(V("t"), "created"), I(1))]),
                new MergeAction(false, [new SetVariableItem(V("t"), new MapLiteral([new MapEntry("seen", new BooleanLiteral(true))]), true)]),
            ],
            merge.Actions);
    }

    [Fact]
    public void ParsesEverySetAndRemoveItemKind()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (n) SET n.a = 1, n = {b: 2}, n:A:B REMOVE n.a, n:B");

        Assert.Equal(
            new SetClause([
                new SetPropertyItem(P(V("n"), "a"), I(1)),
                new SetVariableItem(V("n"), new MapLiteral([new MapEntry("b", I(2))]), false),
                new SetLabelsItem(V("n"), ["A", "B"]),
            ]),
            query.Clauses[1]);
        Assert.Equal(
            new RemoveClause([new RemovePropertyItem(P(V("n"), "a")), new RemoveLabelsItem(V("n"), ["B"])]),
            query.Clauses[2]);
    }

    [Fact]
    public void ParsesDeleteDetachDeleteAndForeach()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (n)-[r]->(m) DELETE r DETACH DELETE n, m FOREACH (x IN [1] | CREATE (:T {v: x}))");

        Assert.Equal(new DeleteClause(false, [V("r")]), query.Clauses[1]);
        Assert.Equal(new DeleteClause(true, [V("n"), V("m")]), query.Clauses[2]);
        var each = Assert.IsType<ForeachClause>(query.Clauses[3]);
        Assert.Equal(V("x"), each.Variable);
        Assert.IsType<CreateClause>(Assert.Single(each.Updates));
    }

    [Fact]
    public void ParsesStandaloneAndInQueryCalls()
    {
        var standalone = (SingleQuery)CypherFrontEnd.Parse("CALL db.labels");
        var inQuery = (SingleQuery)CypherFrontEnd.Parse("CALL db.index.fulltext.queryNodes('idx', $q) YIELD node AS n, score WHERE score > 1 RETURN n");

        Assert.Equal(new CallClause("db.labels", null, false, null, null), standalone.Clauses[0]);
        Assert.Equal(
            new CallClause(
                "db.index.fulltext.queryNodes",
                [S("idx"), new Parameter("q")],
                false,
                [new YieldItem("node", V("n")), new YieldItem("score", null)],
                B(BinaryOperator.GreaterThan, V("score"), I(1))),
            inQuery.Clauses[0]);
    }

    [Fact]
    public void AcceptsATrailingSemicolonAndComments()
    {
        var parsed = CypherFrontEnd.Parse("/* header */ RETURN 1 AS one; // done");

        Assert.Equal(Q(Return(Item(I(1), "one"))), parsed);
    }
}
