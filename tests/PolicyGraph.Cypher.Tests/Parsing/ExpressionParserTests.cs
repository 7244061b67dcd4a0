using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using static PolicyGraph.Cypher.Tests.Parsing.Trees;

namespace PolicyGraph.Cypher.Tests.Parsing;

public sealed class ExpressionParserTests
{
    [Fact]
    public void MultiplicationBindsTighterThanAdditionAndBothAreLeftAssociative()
    {
        var expected = B(BinaryOperator.Subtract,
            B(BinaryOperator.Add, I(1), B(BinaryOperator.Multiply, I(2), I(3))),
            I(4));

        Assert.Equal(expected, ParseExpression("1 + 2 * 3 - 4"));
    }

    [Fact]
    public void BooleanOperatorsBindOrXorAndNotFromLoosestToTightest()
    {
        var expected = B(BinaryOperator.Or,
            V("a"),
            B(BinaryOperator.Xor, V("b"), B(BinaryOperator.And, V("c"), new UnaryExpression(UnaryOperator.Not, V("d")))));

        Assert.Equal(expected, ParseExpression("a OR b XOR c AND NOT d"));
    }

    [Fact]
    public void NotAppliesToAWholeComparison()
    {
        var expected = new UnaryExpression(UnaryOperator.Not, B(BinaryOperator.Equal, V("a"), I(1)));

        Assert.Equal(expected, ParseExpression("NOT a = 1"));
    }

    [Fact]
    public void AComparisonChainBecomesAConjunction()
    {
        var expected = B(BinaryOperator.And,
            B(BinaryOperator.LessThan, I(1), V("x")),
            B(BinaryOperator.LessThanOrEqual, V("x"), I(5)));

        Assert.Equal(expected, ParseExpression("1 < x <= 5"));
    }

    [Fact]
    public void PowerIsLeftAssociativeAndBindsTighterThanMultiplication()
    {
        var expected = B(BinaryOperator.Multiply, I(2), B(BinaryOperator.Power, B(BinaryOperator.Power, I(3), I(2)), I(2)));

        Assert.Equal(expected, ParseExpression("2 * 3 ^ 2 ^ 2"));
    }

    [Fact]
    public void StringListAndNullPredicatesBindLooserThanArithmetic()
    {
        var expected = B(BinaryOperator.And,
            B(BinaryOperator.StartsWith, P(V("n"), "name"), B(BinaryOperator.Add, S("a"), S("b"))),
            new UnaryExpression(UnaryOperator.IsNotNull, B(BinaryOperator.In, V("x"), V("list"))));

        Assert.Equal(expected, ParseExpression("n.name STARTS WITH 'a' + 'b' AND x IN list IS NOT NULL"));
    }

    [Theory]
    [InlineData("ENDS WITH", BinaryOperator.EndsWith)]
    [InlineData("CONTAINS", BinaryOperator.Contains)]
    [InlineData("=~", BinaryOperator.RegexMatch)]
    [InlineData("<>", BinaryOperator.NotEqual)]
    [InlineData("%", BinaryOperator.Modulo)]
    public void ParsesEachBinaryOperator(string text, BinaryOperator op)
    {
        Assert.Equal(B(op, V("a"), V("b")), ParseExpression($"a {text} b"));
    }

    [Fact]
    public void AMinusBeforeANumberIsFoldedIntoTheLiteral()
    {
        Assert.Equal(I(long.MinValue), ParseExpression("-9223372036854775808"));
        Assert.Equal(new FloatLiteral(-0.5), ParseExpression("-.5"));
        Assert.Equal(new UnaryExpression(UnaryOperator.Minus, V("x")), ParseExpression("-x"));
    }

    [Theory]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    [InlineData("-0x8000000000000000", long.MinValue)]
    [InlineData("0o17", 15)]
    [InlineData("0xff", 255)]
    public void ParsesHexAndOctalIntegers(string text, long value)
    {
        Assert.Equal(I(value), ParseExpression(text));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("0x8000000000000000")]
    [InlineData("0o1000000000000000000000")]
    public void RejectsIntegersOutsideSixtyFourBits(string text)
    {
        var error = Assert.Throws<CypherException>(() => CypherFrontEnd.Parse("RETURN " + text));

        Assert.Equal("IntegerOverflow", error.Detail);
    }

    [Fact]
    public void ParsesPostfixPropertyIndexSliceAndLabels()
    {
        var expected = new LabelPredicate(
            new IndexExpression(new SliceExpression(P(V("n"), "list"), I(1), null), I(0)),
            ["A", "B"]);

        Assert.Equal(expected, ParseExpression("n.list[1..][0]:A:B"));
    }

    [Fact]
    public void ParsesLiteralsListsAndMaps()
    {
        var expected = new ListLiteral([
            new NullLiteral(), new BooleanLiteral(true), new FloatLiteral(1.5),
            new MapLiteral([new MapEntry("k", S("v")), new MapEntry("order", new ListLiteral([]))]),
        ]);

        Assert.Equal(expected, ParseExpression("[null, TRUE, 1.5, {k: 'v', order: []}]"));
    }

    [Fact]
    public void ParsesNamedAndNumberedParameters()
    {
        Assert.Equal(new Parameter("since"), ParseExpression("$since"));
        Assert.Equal(new Parameter("0"), ParseExpression("$0"));
    }

    [Fact]
    public void ParsesBothCaseForms()
    {
        var simple = new CaseExpression(V("x"), [new CaseAlternative(I(1), S("one"))], S("many"));
        var generic = new CaseExpression(null, [new CaseAlternative(B(BinaryOperator.GreaterThan, V("x"), I(1)), S("big"))], null);

        Assert.Equal(simple, ParseExpression("CASE x WHEN 1 THEN 'one' ELSE 'many' END"));
        Assert.Equal(generic, ParseExpression("case when x > 1 then 'big' end"));
    }

    [Fact]
    public void ParsesFunctionCallsWithNamespacesDistinctAndCountStar()
    {
        Assert.Equal(new FunctionCall("db.index.fulltext.queryNodes", false, [S("idx"), S("q")]), ParseExpression("db.index.fulltext.queryNodes('idx', 'q')"));
        Assert.Equal(new FunctionCall("count", true, [V("n")]), ParseExpression("count(DISTINCT n)"));
        Assert.Equal(new CountStar(), ParseExpression("COUNT(*)"));
    }

    [Fact]
    public void ParsesListComprehensionsAndQuantifiers()
    {
        var comprehension = new ListComprehension(V("x"), V("xs"), B(BinaryOperator.GreaterThan, V("x"), I(0)), B(BinaryOperator.Multiply, V("x"), I(2)));
        var quantifier = new Quantifier(QuantifierKind.None, V("x"), V("xs"), B(BinaryOperator.LessThan, V("x"), I(0)));

        Assert.Equal(comprehension, ParseExpression("[x IN xs WHERE x > 0 | x * 2]"));
        Assert.Equal(quantifier, ParseExpression("none(x IN xs WHERE x < 0)"));
    }

    [Fact]
    public void ParsesAPatternComprehensionWithAPathVariable()
    {
        var pattern = Chain(N("a"), (R(RelationshipDirection.Outgoing, null, "CITES"), N("b", "Policy")));
        var expected = new PatternComprehension(V("p"), pattern, B(BinaryOperator.Equal, P(V("b"), "year"), I(2020)), P(V("b"), "title"));

        Assert.Equal(expected, ParseExpression("[p = (a)-[:CITES]->(b:Policy) WHERE b.year = 2020 | b.title]"));
    }

    [Fact]
    public void TellsAPatternPredicateFromAParenthesisedExpression()
    {
        var predicate = new PatternPredicate(Chain(N("a"), (R(RelationshipDirection.Incoming), N())));

        Assert.Equal(predicate, ParseExpression("(a)<--()"));
        Assert.Equal(B(BinaryOperator.Subtract, V("a"), V("b")), ParseExpression("(a) - (b)"));
        Assert.Equal(new LabelPredicate(V("n"), ["Policy"]), ParseExpression("(n:Policy)"));
    }

    [Fact]
    public void ParsesMapProjectionItems()
    {
        var expected = new MapProjection(V("n"), [
            new PropertySelector("title"), new LiteralEntry("count", I(1)), new VariableSelector(V("m")), new AllPropertiesSelector(),
        ]);

        Assert.Equal(expected, ParseExpression("n {.title, count: 1, m, .*}"));
    }

    [Fact]
    public void ParsesReduce()
    {
        var expected = new Reduce(V("acc"), I(0), V("x"), V("xs"), B(BinaryOperator.Add, V("acc"), V("x")));

        Assert.Equal(expected, ParseExpression("reduce(acc = 0, x IN xs | acc + x)"));
    }

    [Fact]
    public void TheShortExistsFormBecomesAMatchSubquery()
    {
        var match = new MatchClause(false, Pat(Chain(N("n"), (R(RelationshipDirection.Outgoing), N("m")))), B(BinaryOperator.GreaterThan, P(V("m"), "x"), I(1)));

        Assert.Equal(new ExistsSubquery(Q(match)), ParseExpression("EXISTS { (n)-->(m) WHERE m.x > 1 }"));
    }

    [Fact]
    public void CountTakesThePatternFormAndCollectTheQueryForm()
    {
        var match = new MatchClause(false, Pat(Chain(N("n"), (R(RelationshipDirection.Outgoing), N("m")))), null);

        Assert.Equal(new CountSubquery(Q(match)), ParseExpression("COUNT { (n)-->(m) }"));
        Assert.IsType<CollectSubquery>(ParseExpression("COLLECT { MATCH (n)-->(m) RETURN m.x }"));
        Assert.IsType<FunctionCall>(ParseExpression("count(n)"));
    }

    [Fact]
    public void RecordsSourcePositionsWithoutTheirTakingPartInEquality()
    {
        var parsed = (BinaryExpression)ParseExpression("a +\n  b");

        Assert.Equal(new SourcePosition(7, 1, 8), parsed.Left.Position);
        Assert.Equal(new SourcePosition(13, 2, 3), parsed.Right.Position);
        Assert.Equal(B(BinaryOperator.Add, V("a"), V("b")), parsed);
    }
}
