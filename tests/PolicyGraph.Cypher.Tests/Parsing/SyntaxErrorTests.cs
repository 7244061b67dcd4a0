using PolicyGraph.Cypher.Ast;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Cypher.Tests.Parsing;

public sealed class SyntaxErrorTests
{
    private static CypherException ParseError(string query) =>
        Assert.Throws<CypherException>(() => CypherFrontEnd.Parse(query));

    [Fact]
    public void NamesTheUnexpectedTokenItsPositionAndWhatWasExpected()
    {
        var error = ParseError("MATCH (n)\nRETURN n.name AS");

        Assert.Equal("SyntaxError", error.Category);
        Assert.Equal("UnexpectedSyntax", error.Detail);
        Assert.Equal(QueryPhase.CompileTime, error.Phase);
        Assert.Equal((2, 17), (error.Line, error.Column));
        Assert.Equal("Unexpected token end of input at line 2, column 17, expected a variable name", error.Message);
    }

    [Fact]
    public void ReportsAMissingClosingParenthesis()
    {
        var error = ParseError("MATCH (n:Policy RETURN n");

        Assert.Equal((1, 17), (error.Line, error.Column));
        Assert.Equal("Unexpected token 'RETURN' at line 1, column 17, expected ')'", error.Message);
    }

    [Fact]
    public void ReportsAnUnknownClause()
    {
        var error = ParseError("MATCH (n) RETRUN n");

        Assert.Equal((1, 11), (error.Line, error.Column));
        Assert.Contains("expected a clause", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DoesNotReadAClauseKeywordAsAMissingValue()
    {
        var error = ParseError("MATCH (n) WHERE n.x = RETURN n");

        Assert.Equal("Unexpected token 'RETURN' at line 1, column 23, expected an expression", error.Message);
    }

    [Fact]
    public void ExpectsByAfterOrder()
    {
        var error = ParseError("MATCH (n) RETURN n ORDER n.x");

        Assert.Equal("Unexpected token 'n' at line 1, column 26, expected BY", error.Message);
    }

    [Theory]
    [InlineData("MATCH (n) WHERE n.x != 1 RETURN n", "<>")]
    [InlineData("MATCH (n) WHERE n.x == 1 RETURN n", "single '='")]
    [InlineData("MATCH (n) WHERE n.x = 1 && n.y = 2 RETURN n", "AND")]
    public void HintsAtTheCypherSpellingOfOperatorsFromOtherLanguages(string query, string hint)
    {
        var error = ParseError(query);

        Assert.Equal(1, error.Line);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuotedKeywordIsAnOrdinaryName()
    {
        var query = Assert.IsType<SingleQuery>(CypherFrontEnd.Compile("WITH 1 AS `return` RETURN `return`"));

        var returned = Assert.IsType<ReturnClause>(query.Clauses[^1]).Body.Items.Single().Expression;
        Assert.Equal(new Variable("return"), returned);
    }

    [Theory]
    [InlineData("RETURN [, ]")]
    [InlineData("RETURN {k: 1")]
    [InlineData("RETURN {1: 2}")]
    [InlineData("RETURN 1 +")]
    [InlineData("MATCH (a)-[r->(b) RETURN a")]
    [InlineData("RETURN CASE WHEN true THEN 1")]
    public void RejectsMalformedQueries(string query)
    {
        Assert.Equal("UnexpectedSyntax", ParseError(query).Detail);
    }

    [Theory]
    [InlineData("MATCH (a)-[:T..]->(b) RETURN a", 1, 14)]
    [InlineData("MATCH (a)-[:T*-2]->(b) RETURN a", 1, 15)]
    public void RejectsMalformedVariableLengthWithItsOwnDetail(string query, int line, int column)
    {
        var error = ParseError(query);

        Assert.Equal("InvalidRelationshipPattern", error.Detail);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void ANumberRunIntoLettersIsAnInvalidNumberWhereAValueIsExpected()
    {
        Assert.Equal("InvalidNumberLiteral", ParseError("RETURN 12ab").Detail);
        Assert.Equal("UnexpectedSyntax", ParseError("RETURN {12ab: 1}").Detail);
    }

    [Fact]
    public void DeepNestingFailsWithAClearErrorInsteadOfOverflowingTheStack()
    {
        var depth = 5000;
        var query = "RETURN " + new string('(', depth) + "1" + new string(')', depth);

        var error = ParseError(query);

        Assert.Equal("NestingTooDeep", error.Detail);
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" + ")]
    [InlineData(" < ")]
    [InlineData(" AND ")]
    public void LongOperatorChainsCountAsNestingBecauseTheirTreeIsAsDeep(string separator)
    {
        var longChain = "RETURN " + string.Join(separator, Enumerable.Repeat("1", 5000));
        var shortChain = "RETURN " + string.Join(separator, Enumerable.Repeat("1", 150));

        Assert.Equal("NestingTooDeep", ParseError(longChain).Detail);
        Assert.NotNull(CypherFrontEnd.Parse(shortChain));
    }

    [Fact]
    public void ModerateNestingIsFine()
    {
        var query = "RETURN " + new string('[', 150) + "1" + new string(']', 150) + " AS deep";

        var parsed = Assert.IsType<SingleQuery>(CypherFrontEnd.Parse(query));

        var value = Assert.IsType<ReturnClause>(parsed.Clauses.Single()).Body.Items.Single().Expression;
        var depth = 0;
        while (value is ListLiteral list)
        {
            value = Assert.Single(list.Items);
            depth++;
        }
        Assert.Equal(150, depth);
        Assert.Equal(new IntegerLiteral(1), value);
    }
}
