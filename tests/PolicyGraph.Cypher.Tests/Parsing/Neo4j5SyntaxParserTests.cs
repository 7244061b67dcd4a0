using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

/// <summary>Neo4j 5 syntax: the trees it parses into (built by hand) and the errors it raises.</summary>
public sealed class Neo4j5SyntaxParserTests
{
    [Fact]
    public void DoubleBarConcatenatesAtTheLevelOfPlus()
    {
        var expected = B(BinaryOperator.Add, B(BinaryOperator.Concatenate, S("a"), S("b")), S("c"));

        Assert.Equal(expected, ParseExpression("'a' || 'b' + 'c'"));
    }

    [Theory]
    [InlineData("trim(BOTH 'x' FROM s)", "btrim")]
    [InlineData("trim('x' FROM s)", "btrim")]
    [InlineData("trim(LEADING 'x' FROM s)", "ltrim")]
    [InlineData("trim(TRAILING 'x' FROM s)", "rtrim")]
    public void TrimWithASpecificationReadsAsTheMatchingTrimFunction(string text, string function)
    {
        Assert.Equal(F(function, V("s"), S("x")), ParseExpression(text));
    }

    [Fact]
    public void TrimWithoutCharactersTrimsWhitespace()
    {
        Assert.Equal(F("ltrim", V("s")), ParseExpression("trim(LEADING FROM s)"));
        Assert.Equal(F("trim", V("s")), ParseExpression("trim(s)"));
    }

    [Fact]
    public void TrimWithAModeNeedsFrom()
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse("RETURN trim(LEADING 'x' s)"));
        Assert.Contains("expected FROM", error.Message);
    }

    [Fact]
    public void NormalizeTakesTheFormAsABareWord()
    {
        Assert.Equal(F("normalize", V("s"), S("NFKD")), ParseExpression("normalize(s, nfkd)"));
    }

    [Fact]
    public void IsNormalizedNamesItsFormNfcByDefault()
    {
        Assert.Equal(new NormalizationPredicate(V("s"), "NFD", true), ParseExpression("s IS NOT NFD NORMALIZED"));
        Assert.Equal(new NormalizationPredicate(V("s"), "NFC", false), ParseExpression("s IS NORMALIZED"));
    }

    [Fact]
    public void ExtendedSimpleCaseBecomesTheGenericCaseItMeans()
    {
        var expected = new CaseExpression(null,
        [
            new CaseAlternative(new UnaryExpression(UnaryOperator.IsNull, V("x")), S("none")),
            new CaseAlternative(new TypePredicate(V("x"), new NamedTypeSpec("STRING"), true), S("none")),
            new CaseAlternative(B(BinaryOperator.Equal, V("x"), I(0)), S("zero")),
            new CaseAlternative(B(BinaryOperator.LessThan, V("x"), I(10)), S("small")),
            new CaseAlternative(B(BinaryOperator.StartsWith, V("x"), S("a")), S("a")),
        ], S("other"));

        var parsed = ParseExpression("CASE x WHEN IS NULL, IS NOT TYPED STRING THEN 'none' WHEN 0 THEN 'zero' WHEN < 10 THEN 'small' WHEN STARTS WITH 'a' THEN 'a' ELSE 'other' END");

        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("x IS :: INTEGER NOT NULL", false)]
    [InlineData("x :: INTEGER NOT NULL", false)]
    [InlineData("x IS TYPED INT NOT NULL", false)]
    [InlineData("x IS NOT :: SIGNED INTEGER NOT NULL", true)]
    [InlineData("x IS NOT TYPED INTEGER NOT NULL", true)]
    public void TypePredicatesHaveFourSpellings(string text, bool negated)
    {
        var expected = new TypePredicate(V("x"), new NamedTypeSpec("INTEGER") { NotNull = true }, negated);

        Assert.Equal(expected, ParseExpression(text));
    }

    [Fact]
    public void ListAndUnionTypesNest()
    {
        var union = new UnionTypeSpec([new NamedTypeSpec("INTEGER"), new NamedTypeSpec("STRING")]);
        var expected = new TypePredicate(V("x"), new ListTypeSpec(union), false);

        Assert.Equal(expected, ParseExpression("x IS :: LIST<INTEGER | STRING>"));
        Assert.Equal(expected, ParseExpression("x IS :: ARRAY<ANY<INT | VARCHAR>>"));
    }

    [Fact]
    public void AnUnknownTypeNameIsASyntaxError()
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse("RETURN 1 IS :: NUMBER"));
        Assert.Equal("SyntaxError", error.Category);
        Assert.Contains("a type", error.Message);
    }

    [Fact]
    public void CaseAlternativesWithSeveralValuesBecomeOneAlternativePerValue()
    {
        var expected = new CaseExpression(V("x"),
            [new CaseAlternative(I(1), S("a")), new CaseAlternative(I(2), S("a"))], null);

        Assert.Equal(expected, ParseExpression("CASE x WHEN 1, 2 THEN 'a' END"));
    }

    [Fact]
    public void CountAllIsCount()
    {
        Assert.Equal(F("count", V("x")), ParseExpression("count(ALL x)"));
        Assert.Equal(F("count", V("all")), ParseExpression("count(all)"));
    }

    [Fact]
    public void UnionDistinctIsUnion()
    {
        var query = (UnionQuery)CypherFrontEnd.Parse("RETURN 1 AS a UNION DISTINCT RETURN 2 AS a");

        Assert.False(query.All);
    }

    [Fact]
    public void StandalonePagingIsAWithStar()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (n) ORDER BY n.a DESC OFFSET 1 LIMIT 2 RETURN n");

        var with = Assert.IsType<WithClause>(query.Clauses[1]);
        Assert.True(with.Body.IncludeExisting);
        Assert.Empty(with.Body.Items);
        Assert.Equal([new SortItem(P(V("n"), "a"), true)], with.Body.OrderBy);
        Assert.Equal((I(1), I(2)), (with.Body.Skip, with.Body.Limit));
    }

    [Fact]
    public void InlineWhereMovesToTheMatchWhereInPatternOrder()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (a WHERE a.x = 1)-[r WHERE r.y = 2]->(b) WHERE b.z = 3 RETURN a");

        var match = Assert.IsType<MatchClause>(query.Clauses[0]);
        var expected = B(BinaryOperator.And,
            B(BinaryOperator.And, B(BinaryOperator.Equal, P(V("a"), "x"), I(1)), B(BinaryOperator.Equal, P(V("r"), "y"), I(2))),
            B(BinaryOperator.Equal, P(V("b"), "z"), I(3)));
        Assert.Equal(expected, match.Where);
        Assert.Null(match.Pattern.Parts[0].Element.Start.Where);
    }

    [Fact]
    public void InlineWhereOnAVariableLengthRelationshipIsRefused()
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse("MATCH (a)-[r:T*1..2 WHERE r.x = 1]->(b) RETURN a"));
        Assert.Contains("variable-length", error.Message);
    }

    [Theory]
    [InlineData("[r:!A]", new string[0], new[] { "A" })]
    [InlineData("[r:!(A|B)]", new string[0], new[] { "A", "B" })]
    [InlineData("[r:%]", new string[0], new string[0])]
    [InlineData("[r:A&!B]", new[] { "A" }, null)]
    [InlineData("[r:A|B]", new[] { "A", "B" }, null)]
    public void RelationshipTypeExpressionsResolveToAllowedAndExcludedTypes(string relationship, string[] allowed, string[]? excluded)
    {
        var query = (SingleQuery)CypherFrontEnd.Parse($"MATCH ()-{relationship}->() RETURN r");

        var pattern = ((MatchClause)query.Clauses[0]).Pattern.Parts[0].Element.Chains[0].Relationship;
        Assert.Equal(allowed, pattern.Types);
        Assert.Equal(excluded, pattern.ExcludedTypes?.ToArray());
    }

    [Fact]
    public void TwoRequiredRelationshipTypesAreRefused()
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse("MATCH ()-[r:A:B]->() RETURN r"));
        Assert.Contains("exactly one type", error.Message);
    }

    [Fact]
    public void InTransactionsKeepsItsBatching()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse(
            "UNWIND range(1, 9) AS i CALL (i) { CREATE (:N {i: i}) } IN 2 CONCURRENT TRANSACTIONS OF 3 ROWS ON ERROR FAIL");

        var batching = Assert.IsType<SubqueryCallClause>(query.Clauses[1]).InTransactions;
        Assert.Equal(new TransactionBatching(I(2), I(3), "FAIL", null), batching);
    }

    [Fact]
    public void OptionalCallMarksTheCallOptional()
    {
        var query = (SingleQuery)CypherFrontEnd.Parse("MATCH (n) OPTIONAL CALL (n) { RETURN 1 AS x } RETURN n, x");

        Assert.True(Assert.IsType<SubqueryCallClause>(query.Clauses[1]).Optional);
    }
}
