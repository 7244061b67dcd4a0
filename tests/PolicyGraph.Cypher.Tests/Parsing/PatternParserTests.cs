using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

public sealed class PatternParserTests
{
    private static PatternPart FirstPart(string pattern) =>
        ((MatchClause)((SingleQuery)CypherFrontEnd.Parse($"MATCH {pattern} RETURN 1")).Clauses[0]).Pattern.Parts[0];

    private static RelationshipPattern FirstRelationship(string pattern) => FirstPart(pattern).Element.Chains[0].Relationship;

    [Theory]
    [InlineData("(a)-->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<--(b)", RelationshipDirection.Incoming)]
    [InlineData("(a)--(b)", RelationshipDirection.Undirected)]
    [InlineData("(a)<-->(b)", RelationshipDirection.Undirected)]
    [InlineData("(a)-[r]->(b)", RelationshipDirection.Outgoing)]
    [InlineData("(a)<-[r]-(b)", RelationshipDirection.Incoming)]
    public void ReadsRelationshipDirections(string pattern, RelationshipDirection direction)
    {
        Assert.Equal(direction, FirstRelationship(pattern).Direction);
    }

    [Fact]
    public void ALabelConjunctionStaysALabelListAndAnythingElseBecomesALabelExpression()
    {
        var conjunction = FirstPart("(n:A&B&C)").Element.Start;
        var disjunction = FirstPart("(n:A|!B&%)").Element.Start;

        Assert.Equal(["A", "B", "C"], conjunction.Labels);
        Assert.Null(conjunction.LabelExpression);
        Assert.Empty(disjunction.Labels);
        Assert.Equal(
            new LabelDisjunction(new LabelName("A"), new LabelConjunction(new LabelNegation(new LabelName("B")), new AnyLabel())),
            disjunction.LabelExpression);
    }

    [Fact]
    public void InsideAComprehensionFilterTheBarEndsTheFilterUnlessParenthesised()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("WITH [] AS xs RETURN [x IN xs WHERE x:A | x.name] AS plain, [x IN xs WHERE x:(A|B) | x] AS either");
        var items = ((ReturnClause)query.Clauses[^1]).Body.Items;

        var plain = (ListComprehension)items[0].Expression;
        var either = (ListComprehension)items[1].Expression;
        Assert.Equal(["A"], ((LabelPredicate)plain.Where!).Labels);
        Assert.IsType<PropertyLookup>(plain.Projection);
        Assert.IsType<LabelDisjunction>(((LabelPredicate)either.Where!).LabelExpression);
    }

    [Theory]
    [InlineData("(n:A:B|C)")]
    [InlineData("(n:A&B:C)")]
    [InlineData("(n:A:!B)")]
    public void MixingColonsWithTheNewLabelOperatorsIsASyntaxError(string node)
    {
        var error = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => FirstPart(node));

        Assert.Contains("Mixing label expression symbols", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void InsideBracesWithinAComprehensionFilterTheBarIsALabelDisjunctionAgain()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (x) RETURN [y IN [x] WHERE COUNT { MATCH (y)-->(z) WHERE z:B|C RETURN z } > 0 | y.n] AS ys");
        var comprehension = (ListComprehension)((ReturnClause)query.Clauses[^1]).Body.Items[0].Expression;

        Assert.IsType<PropertyLookup>(comprehension.Projection);
    }

    [Fact]
    public void AnExclamationMarkOutsideALabelExpressionStillHintsAtCypherSpelling()
    {
        var error = Assert.Throws<PolicyGraph.Core.Querying.CypherException>(() => CypherFrontEnd.Parse("MATCH (n) WHERE !n.ok RETURN n"));

        Assert.Contains("NOT", error.Message, StringComparison.Ordinal);
        Assert.Equal(17, error.Column);
    }

    [Theory]
    [InlineData("*", null, null)]
    [InlineData("*2", 2L, 2L)]
    [InlineData("*1..3", 1L, 3L)]
    [InlineData("*..3", null, 3L)]
    [InlineData("*2..", 2L, null)]
    public void ReadsVariableLengthBounds(string range, long? min, long? max)
    {
        var length = FirstRelationship($"(a)-[:CITES{range}]->(b)").Length;

        Assert.Equal(new VariableLength(min, max), length);
    }

    [Fact]
    public void ReadsTypeAlternativesAndProperties()
    {
        var relationship = FirstRelationship("(a)-[r:CITES|:AMENDS {since: 2020}]->(b)");

        var expected = new RelationshipPattern(V("r"), ["CITES", "AMENDS"], RelationshipDirection.Outgoing, null, new MapLiteral([new MapEntry("since", I(2020))]));
        Assert.Equal(expected, relationship);
    }

    [Fact]
    public void ReadsNamedAndShortestPaths()
    {
        var part = FirstPart("p = shortestPath((a:Org)-[*..5]-(b))");

        Assert.Equal(V("p"), part.PathVariable);
        Assert.Equal(ShortestPathKind.Shortest, part.Shortest);
        Assert.Equal(N("a", "Org"), part.Element.Start);
        Assert.Equal(ShortestPathKind.AllShortest, FirstPart("allShortestPaths((a)-->(b))").Shortest);
    }

    [Fact]
    public void ReadsMultiplePartsAndLongChains()
    {
        var pattern = ((MatchClause)((SingleQuery)CypherFrontEnd.Parse("MATCH (a)-->(b)<--(c), (d) RETURN a")).Clauses[0]).Pattern;

        var expected = Pat(
            Chain(N("a"), (R(RelationshipDirection.Outgoing), N("b")), (R(RelationshipDirection.Incoming), N("c"))),
            Chain(N("d")));
        Assert.Equal(expected, pattern);
    }

    [Fact]
    public void ReadsAParameterAsNodeProperties()
    {
        var create = (CreateClause)((SingleQuery)CypherFrontEnd.Parse("CREATE (n:Policy $props)")).Clauses[0];

        Assert.Equal(new Parameter("props"), create.Pattern.Parts[0].Element.Start.Properties);
    }
}
