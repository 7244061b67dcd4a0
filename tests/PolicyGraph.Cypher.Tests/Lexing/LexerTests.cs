using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Tests.Lexing;

public sealed class LexerTests
{
    private static Token Single(string text)
    {
        var tokens = Lexer.Tokenize(text);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(TokenKind.End, tokens[1].Kind);
        return tokens[0];
    }

    [Fact]
    public void TracksLineAndColumnAcrossLinesAndComments()
    {
        var tokens = Lexer.Tokenize("MATCH (n) // find\n  /* many\nlines */ RETURN n");

        var ret = tokens.Single(token => token.IsKeyword("RETURN"));
        Assert.Equal(3, ret.Position.Line);
        Assert.Equal(10, ret.Position.Column);
        Assert.Equal("MATCH (n) // find\n  /* many\nlines */ ".Length, ret.Position.Offset);
    }

    [Fact]
    public void KeywordsMatchIgnoringCaseButQuotedNamesDoNot()
    {
        var tokens = Lexer.Tokenize("rEtUrN `return`");

        Assert.True(tokens[0].IsKeyword("RETURN"));
        Assert.Equal(TokenKind.QuotedIdentifier, tokens[1].Kind);
        Assert.False(tokens[1].IsKeyword("RETURN"));
        Assert.Equal("return", tokens[1].Value);
    }

    [Fact]
    public void QuotedNamesKeepSpacesAndDoubledBackticks()
    {
        var token = Single("`a ``b`` c`");

        Assert.Equal("a `b` c", token.Value);
    }

    [Theory]
    [InlineData(@"'a\'b'", "a'b")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'tab\there'", "tab\there")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData(@"'\u00e9t\u00E9'", "été")]
    [InlineData(@"'\U0001F600'", "😀")]
    [InlineData("'政策文件'", "政策文件")]
    public void DecodesStringEscapes(string literal, string expected)
    {
        var token = Single(literal);

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void RejectsAMalformedUnicodeEscapeAtItsPosition()
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize("RETURN 'ab\\u12G4'"));

        Assert.Equal("InvalidUnicodeLiteral", error.Detail);
        Assert.Equal(QueryPhase.CompileTime, error.Phase);
        Assert.Equal((1, 11), (error.Line, error.Column));
    }

    [Fact]
    public void RejectsANonAsciiSymbolAsInvalidUnicodeCharacter()
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize("RETURN 3 — 2"));

        Assert.Equal("InvalidUnicodeCharacter", error.Detail);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void SuggestsTheAsciiCharacterForAFullWidthOne()
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize("MATCH （n） RETURN n"));

        Assert.Equal("InvalidUnicodeCharacter", error.Detail);
        Assert.Equal(7, error.Column);
        Assert.Contains("did you mean '('?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAnUnterminatedStringWhereItStarts()
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize("RETURN\n  'open"));

        Assert.Equal("SyntaxError", error.Category);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("42", TokenKind.Integer)]
    [InlineData("0x1F", TokenKind.Integer)]
    [InlineData("0o17", TokenKind.Integer)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData(".5", TokenKind.Float)]
    [InlineData("1e3", TokenKind.Float)]
    [InlineData("2.5E-3", TokenKind.Float)]
    [InlineData("12abc", TokenKind.InvalidNumber)]
    [InlineData("0x", TokenKind.InvalidNumber)]
    [InlineData("0o8", TokenKind.InvalidNumber)]
    public void ClassifiesNumbers(string text, TokenKind kind)
    {
        Assert.Equal(kind, Single(text).Kind);
    }

    [Fact]
    public void KeepsARangeApartFromAFloat()
    {
        var tokens = Lexer.Tokenize("1..3");

        Assert.Equal(["1", "..", "3", ""], tokens.Select(token => token.Text));
    }

    [Fact]
    public void RejectsAFloatThatOverflows()
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize("RETURN 2e400"));

        Assert.Equal("FloatingPointOverflow", error.Detail);
    }

    [Fact]
    public void PrefersTheLongestSymbol()
    {
        var tokens = Lexer.Tokenize("a<=b<>c=~d+=e");

        Assert.Equal(["<=", "<>", "=~", "+="], tokens.Where(token => token.Kind == TokenKind.Symbol).Select(token => token.Text));
    }
}
