using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Semantics;

public sealed class ProjectionNormalizerTests
{
    private static Expression FirstSortKey(Query query, int clause)
    {
        var single = (SingleQuery)query;
        var body = single.Clauses[clause] switch
        {
            WithClause with => with.Body,
            ReturnClause ret => ret.Body,
            var other => throw new InvalidOperationException(other.GetType().Name),
        };
        return body.OrderBy[0].Expression;
    }

    [Fact]
    public void AfterAggregationARepeatedGroupingExpressionBecomesItsColumn()
    {
        var compiled = CypherFrontEnd.Compile("MATCH (a) WITH a.name AS name, count(*) AS cnt ORDER BY a.name + 'C' RETURN name, cnt");

        Assert.Equal(B(BinaryOperator.Add, V("name"), S("C")), FirstSortKey(compiled, 1));
    }

    [Fact]
    public void ARepeatedAggregateBecomesItsColumn()
    {
        var compiled = CypherFrontEnd.Compile("MATCH (a)-->(b) RETURN a.x, count(b) ORDER BY count(b) DESC");

        Assert.Equal(V("count(b)"), FirstSortKey(compiled, 1));
    }

    [Fact]
    public void AfterDistinctARepeatedExpressionBecomesItsColumn()
    {
        var compiled = CypherFrontEnd.Compile("MATCH (a) RETURN DISTINCT a.x AS x ORDER BY -a.x");

        Assert.Equal(new UnaryExpression(UnaryOperator.Minus, V("x")), FirstSortKey(compiled, 1));
    }

    [Fact]
    public void WhereAfterDistinctWithUsesTheColumnToo()
    {
        var compiled = (SingleQuery)CypherFrontEnd.Compile("MATCH (a) WITH DISTINCT a.name AS name WHERE a.name = 'B' RETURN *");

        Assert.Equal(B(BinaryOperator.Equal, V("name"), S("B")), ((WithClause)compiled.Clauses[1]).Where);
    }

    [Fact]
    public void APlainProjectionIsLeftAsWritten()
    {
        const string query = "MATCH (a) RETURN a.x AS x ORDER BY a.x + 1";

        Assert.Equal(CypherFrontEnd.Parse(query), CypherFrontEnd.Compile(query));
    }

    [Fact]
    public void AComprehensionVariableThatShadowsAColumnExpressionIsNotReplaced()
    {
        var compiled = CypherFrontEnd.Compile(
            "MATCH (a) WITH a.x AS ax, count(*) AS c ORDER BY size([a IN [{x: 1}] | a.x]) + size([y IN [1] | a.x]) RETURN ax");

        var shadowing = new ListComprehension(V("a"), new ListLiteral([new MapLiteral([new MapEntry("x", I(1))])]), null, P(V("a"), "x"));
        var outer = new ListComprehension(V("y"), new ListLiteral([I(1)]), null, V("ax"));
        Assert.Equal(B(BinaryOperator.Add, F("size", shadowing), F("size", outer)), FirstSortKey(compiled, 1));
    }

    [Fact]
    public void UnionPartsAreNormalisedToo()
    {
        var compiled = (UnionQuery)CypherFrontEnd.Compile(
            "MATCH (a) RETURN DISTINCT a.x AS x ORDER BY a.x UNION MATCH (b) RETURN DISTINCT b.x AS x ORDER BY b.x");

        Assert.Equal(V("x"), FirstSortKey(compiled.Right, 1));
        Assert.Equal(V("x"), FirstSortKey(compiled.Left, 1));
    }
}
