using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Lexing;

public enum TokenKind
{
    Identifier,
    QuotedIdentifier,
    Integer,
    Float,
    String,
    Symbol,

    /// <summary>Digits run into letters (9223372h5, 0x, 0x1Z): an error only where a number is expected.</summary>
    InvalidNumber,
    End,
}

/// <summary>
/// One lexical token. <see cref="Text"/> is the raw source text (for symbols, the symbol itself);
/// <see cref="Value"/> is the decoded name, string or number where there is one.
/// </summary>
public sealed record Token(TokenKind Kind, string Text, SourcePosition Position, object? Value = null)
{
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>True for an unquoted word equal to <paramref name="keyword"/>, ignoring case.</summary>
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsName => Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    public string Describe() => Kind == TokenKind.End ? "end of input" : $"'{Text}'";
}
