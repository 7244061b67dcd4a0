using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

/// <summary>Quantified path patterns and quantified relationships: the trees they parse into and their syntax errors.</summary>
public sealed class QuantifiedPathParserTests
{
    private static PatternElement MatchElement(string query)
    {
        var match = Assert.IsType<MatchClause>(Assert.IsType<SingleQuery>(CypherFrontEnd.Parse(query)).Clauses[0]);
        return Assert.Single(match.Pattern.Parts).Element;
    }

    [Fact]
    public void AGroupBetweenTwoNodesTakesOneRelationshipPosition()
    {
        var element = MatchElement("MATCH (a) ((x)-[r:R]->(y)){1,3} (b) RETURN a");

        var chain = Assert.Single(element.Chains);
        Assert.Equal(N("a"), element.Start);
        Assert.Equal(N("b"), chain.Node);
        Assert.Equal(new VariableLength(1, 3) { IsQuantifier = true }, chain.Relationship.Length);
        var group = Assert.IsType<QuantifiedPath>(chain.Relationship.Quantified);
        Assert.Equal(Chain(N("x"), (R(RelationshipDirection.Outgoing, "r", "R"), N("y"))), group.Element);
    }

    [Fact]
    public void AGroupWithoutNeighbouringNodesGetsAnonymousOnes()
    {
        var element = MatchElement("MATCH ((x)-->(y))+ RETURN x");

        Assert.Equal(N(), element.Start);
        Assert.Equal(N(), Assert.Single(element.Chains).Node);
        Assert.Equal(new VariableLength(1, null) { IsQuantifier = true }, element.Chains[0].Relationship.Length);
    }

    [Theory]
    [InlineData("-->+", 1L, null)]
    [InlineData("-->*", 0L, null)]
    [InlineData("--{2}", 2L, 2L)]
    [InlineData("-[:R]->{2,}", 2L, null)]
    [InlineData("<-[:R]-{,4}", 0L, 4L)]
    [InlineData("-[:R]->{1,3}", 1L, 3L)]
    public void AQuantifiedRelationshipIsAVariableLengthRelationshipWithGqlBounds(string relationship, long min, long? max)
    {
        var element = MatchElement($"MATCH (a){relationship}(b) RETURN a");

        Assert.Equal(new VariableLength(min, max) { IsQuantifier = true }, Assert.Single(element.Chains).Relationship.Length);
    }

    [Fact]
    public void AQuantifiedRelationshipWithAnInlineWhereIsTheGroupItAbbreviates()
    {
        var element = MatchElement("MATCH (a)-[r:R WHERE r.w > 1]->{1,2}(b) RETURN a");

        var group = Assert.IsType<QuantifiedPath>(Assert.Single(element.Chains).Relationship.Quantified);
        var inner = Assert.Single(group.Element.Chains).Relationship;
        Assert.NotNull(inner.Where);
        Assert.Equal("r", inner.Variable?.Name);
    }

    [Fact]
    public void PredicatesInsideAGroupStayThereWhileTheOthersJoinTheClauseWhere()
    {
        var query = CypherFrontEnd.Parse("MATCH (a WHERE a.k = 1) ((x WHERE x.k > 0)-->(y) WHERE x.k < y.k)+ (b) RETURN a");
        var match = Assert.IsType<MatchClause>(Assert.IsType<SingleQuery>(query).Clauses[0]);

        Assert.NotNull(match.Where);
        var group = match.Pattern.Parts[0].Element.Chains[0].Relationship.Quantified!;
        Assert.NotNull(group.Where);
        Assert.NotNull(group.Element.Start.Where);
    }

    [Theory]
    [InlineData("MATCH (a) ((x)-->(y)){1,3} (b) RETURN a", "MATCH (a) ((x)-->(y)){1,3} (b)")]
    [InlineData("MATCH (a)-[:R]->+(b) RETURN a", "MATCH (a)-[:R]->{1,}(b)")]
    [InlineData("MATCH (a)--{2}(b) RETURN a", "MATCH (a)--{2}(b)")]
    [InlineData("MATCH ((x)-->(y) WHERE x.k < y.k)* RETURN x", "MATCH () ((x)-->(y) WHERE x.k < y.k){0,} ()")]
    public void PrintsQuantifiersInTheirGqlForm(string query, string expectedStart)
    {
        Assert.StartsWith(expectedStart, CypherPrinter.Print(CypherFrontEnd.Parse(query)));
    }

    [Theory]
    [InlineData("MATCH (a) ((x)-->(y)) (b) RETURN a", "needs a quantifier")]
    [InlineData("MATCH (a)-[*1..2]->{1,2}(b) RETURN a", "cannot also take a quantifier")]
    [InlineData("MATCH (a)-->{}(b) RETURN a", "an integer or ','")]
    public void MalformedQuantifiersAreSyntaxErrors(string query, string message)
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse(query));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void AParenthesisedPathWithoutQuantifierStillReadsAsThePath()
    {
        Assert.Equal(Chain(N("a"), (R(RelationshipDirection.Outgoing), N("b"))), MatchElement("MATCH ((a)-->(b)) RETURN a"));
    }
}
