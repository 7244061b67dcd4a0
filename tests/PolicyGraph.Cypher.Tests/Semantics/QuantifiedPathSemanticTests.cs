using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Semantics;

/// <summary>Neo4j 5's rules for quantified path patterns, checked before running.</summary>
public sealed class QuantifiedPathSemanticTests
{
    private static CypherException CompileError(string query) =>
        Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query));

    [Theory]
    [InlineData("MATCH ((x)){2,4} RETURN x", "InvalidQuantifiedPathPattern")]
    [InlineData("MATCH (a) (()-[:R]->+()){2,3} (b) RETURN a", "InvalidQuantifiedPathPattern")]
    [InlineData("MATCH (a) ((x)-->(y)){3,1} (b) RETURN a", "InvalidQuantifier")]
    [InlineData("MATCH (a)-[*]->(b)-->+(c) RETURN a", "InvalidQuantifiedPathPattern")]
    [InlineData("MATCH (a) ((x)-->(y) WHERE x.k < a.k)+ (b) RETURN a", "InvalidQuantifiedPathPattern")]
    [InlineData("MATCH (x) MATCH (a) ((x)-->(y))+ (b) RETURN a", "VariableAlreadyBound")]
    [InlineData("CREATE (a) ((x)-[:R]->(y)){1,2} (b)", "InvalidQuantifiedPathPattern")]
    [InlineData("MATCH p = shortestPath((a) ((x)-->(y))+ (b)) RETURN p", "InvalidQuantifiedPathPattern")]
    public void BrokenRulesAreCompileErrors(string query, string detail)
    {
        Assert.Equal(detail, CompileError(query).Detail);
    }

    [Fact]
    public void ReadingAVariableOfTheSameClauseFromInsideNamesIt()
    {
        var error = CompileError("MATCH (a) ((x)-->(y) WHERE x.k < a.k)+ (b) RETURN a");

        Assert.Contains("`a` is defined in the same MATCH clause", error.Message);
    }

    [Theory]
    [InlineData("MATCH (a) ((x)-[r]->(y) WHERE r.w > 1){1,3} (b) RETURN size(x) AS n, r[0].w AS w, [v IN y | v.k] AS ks")]
    [InlineData("MATCH (z) MATCH (a) ((x)-->(y) WHERE x.k < z.k)+ (b) RETURN a")]
    [InlineData("MATCH (a)-[r:R]->+(b) WHERE all(e IN r WHERE e.w > 0) RETURN a")]
    [InlineData("MATCH p = (a) ((x)-->(y))* (b) RETURN length(p) AS n")]
    [InlineData("MATCH (a) WHERE EXISTS { (a)-->+(:X) } RETURN a")]
    public void GroupVariablesAreListsOutsideAndSinglesInside(string query)
    {
        Assert.NotNull(CypherFrontEnd.Compile(query));
    }

    [Fact]
    public void UsingAGroupVariableAsASingleEntityOutsideIsATypeError()
    {
        Assert.Equal("InvalidArgumentType", CompileError("MATCH (a) ((x)-->(y))+ (b) RETURN x.name").Detail);
    }
}

/// <summary>Neo4j 5's rules for path selectors.</summary>
public sealed class PathSelectorSemanticTests
{
    [Theory]
    [InlineData("MATCH p = SHORTEST 1 (a)--+(b), (c) RETURN p", "InvalidPathSelector")]
    [InlineData("MATCH p = SHORTEST 0 (a)--+(b) RETURN p", "InvalidPathSelector")]
    [InlineData("MATCH SHORTEST 1 (p = (a)--+(b) WHERE length(q) > 1) RETURN p", "UndefinedVariable")]
    public void BrokenRulesAreCompileErrors(string query, string detail)
    {
        Assert.Equal(detail, Assert.Throws<CypherException>(() => CypherFrontEnd.Compile(query)).Detail);
    }

    [Theory]
    [InlineData("MATCH (a), (b) MATCH p = ALL SHORTEST (a)-[:R]-+(b) RETURN p")]
    [InlineData("MATCH SHORTEST 2 GROUPS (a) ((x)-->(y))+ (b) RETURN size(x) AS n")]
    [InlineData("MATCH (a) WHERE EXISTS { MATCH ANY (a)-->+(:X) } RETURN a")]
    public void SelectivePathsCompile(string query)
    {
        Assert.NotNull(CypherFrontEnd.Compile(query));
    }
}
