using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Tests.Parsing;

/// <summary>GQL path selectors before a path pattern, and the parenthesised path with its own WHERE.</summary>
public sealed class PathSelectorParserTests
{
    private static PatternPart Part(string query)
    {
        var match = Assert.IsType<MatchClause>(Assert.IsType<SingleQuery>(CypherFrontEnd.Parse(query)).Clauses[0]);
        return Assert.Single(match.Pattern.Parts);
    }

    [Theory]
    [InlineData("SHORTEST 1", PathSelectorKind.Shortest, 1L)]
    [InlineData("SHORTEST 3 PATHS", PathSelectorKind.Shortest, 3L)]
    [InlineData("ANY SHORTEST", PathSelectorKind.Shortest, 1L)]
    [InlineData("ANY SHORTEST PATH", PathSelectorKind.Shortest, 1L)]
    [InlineData("ALL SHORTEST", PathSelectorKind.AllShortest, 1L)]
    [InlineData("ALL SHORTEST PATHS", PathSelectorKind.AllShortest, 1L)]
    [InlineData("SHORTEST 2 GROUPS", PathSelectorKind.ShortestGroups, 2L)]
    [InlineData("SHORTEST 2 PATH GROUPS", PathSelectorKind.ShortestGroups, 2L)]
    [InlineData("ANY", PathSelectorKind.Any, 1L)]
    [InlineData("ANY 5 PATHS", PathSelectorKind.Any, 5L)]
    public void ReadsEverySelectorForm(string selector, PathSelectorKind kind, long count)
    {
        var part = Part($"MATCH p = {selector} (a)-->+(b) RETURN p");

        Assert.Equal(new PathSelector(kind, count), part.Selector);
        Assert.Equal("p", part.PathVariable?.Name);
    }

    [Fact]
    public void InlinePredicatesOfASelectivePathFilterBeforeSelecting()
    {
        var query = "MATCH SHORTEST 1 (a WHERE a.k = 1)-[r:R WHERE r.w > 0]->(b)-->+(c) WHERE c.k = 2 RETURN a";
        var match = Assert.IsType<MatchClause>(Assert.IsType<SingleQuery>(CypherFrontEnd.Parse(query)).Clauses[0]);

        var part = Assert.Single(match.Pattern.Parts);
        Assert.Equal("a.k = 1 AND r.w > 0", CypherPrinter.PrintExpression(part.Where!));
        Assert.Equal("c.k = 2", CypherPrinter.PrintExpression(match.Where!));
    }

    [Fact]
    public void AParenthesisedPathKeepsItsWhereAndItsPathVariable()
    {
        var part = Part("MATCH SHORTEST 1 (p = (a)--+(b) WHERE length(p) % 2 = 0) RETURN p");

        Assert.Equal("p", part.PathVariable?.Name);
        Assert.Equal("length(p) % 2 = 0", CypherPrinter.PrintExpression(part.Where!));
    }

    [Fact]
    public void AQuantifiedGroupMayOpenASelectivePath()
    {
        var part = Part("MATCH ANY ((x)-->(y)){1,2} (b) RETURN b");

        Assert.NotNull(Assert.Single(part.Element.Chains).Relationship.Quantified);
    }

    [Theory]
    [InlineData("MATCH p = ALL SHORTEST (a)-->+(b) RETURN p", "MATCH p = ALL SHORTEST (a)-->{1,}(b)")]
    [InlineData("MATCH p = SHORTEST 2 GROUPS (a)-->+(b) RETURN p", "MATCH p = SHORTEST 2 GROUPS (a)-->{1,}(b)")]
    public void PrintsSelectors(string query, string start)
    {
        Assert.StartsWith(start, CypherPrinter.Print(CypherFrontEnd.Parse(query)));
    }

    [Fact]
    public void AnyAsAFunctionIsStillAFunction()
    {
        Assert.NotNull(CypherFrontEnd.Compile("MATCH (n) WHERE any(x IN [1] WHERE x = 1) RETURN n"));
    }

    [Fact]
    public void TwoPathVariablesForOneSelectivePathAreRefused()
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse("MATCH p = SHORTEST 1 (q = (a)--+(b)) RETURN p"));

        Assert.Equal("UnsupportedFeature", error.Detail);
    }
}
