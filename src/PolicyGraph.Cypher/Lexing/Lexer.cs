using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Lexing;

/// <summary>Splits Cypher text into tokens, skipping whitespace and // and /* */ comments.</summary>
public sealed partial class Lexer
{
    // Longest first, so "<=" wins over "<".
    private static readonly string[] Symbols =
    [
        "..", "<>", "<=", ">=", "=~", "+=", "||", "::", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "$", "=", "<",
        ">", "+", "-", "*", "/", "%", "^", "!", "&",
    ];

    /// <summary>Full-width and typographic characters that Chinese input methods produce in place of ASCII.</summary>
    private static readonly Dictionary<char, char> AsciiLookalikes = new()
    {
        ['（'] = '(', ['）'] = ')', ['【'] = '[', ['】'] = ']', ['［'] = '[', ['］'] = ']', ['｛'] = '{', ['｝'] = '}',
        ['，'] = ',', ['：'] = ':', ['；'] = ';', ['‘'] = '\'', ['’'] = '\'', ['“'] = '"', ['”'] = '"', ['＝'] = '=',
        ['—'] = '-', ['－'] = '-', ['＞'] = '>', ['＜'] = '<', ['｜'] = '|', ['＄'] = '$', ['。'] = '.',
    };

    /// <summary>
    /// Operators from other languages that Cypher spells differently. ! and &amp; are tokens (label expressions use
    /// them), so the parser adds these hints when it meets them anywhere else.
    /// </summary>
    internal static readonly Dictionary<char, string> OperatorHints = new()
    {
        ['!'] = "; Cypher writes 'not equal' as <> and negation as NOT",
        ['&'] = "; Cypher writes 'and' as AND",
    };

    private readonly string text;
    private int offset;
    private int line = 1;
    private int lineStart;

    private Lexer(string text) => this.text = text;

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        Token token;
        do
        {
            token = lexer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.End);

        return tokens;
    }

    private SourcePosition Here => new(offset, line, offset - lineStart + 1);

    private char Peek(int ahead = 0) => offset + ahead < text.Length ? text[offset + ahead] : '\0';

    private bool AtEnd => offset >= text.Length;

    private Token Next()
    {
        SkipTrivia();
        var start = Here;
        if (AtEnd)
        {
            return new Token(TokenKind.End, "", start);
        }

        var c = Peek();
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1)) && !PrecededByDot()))
        {
            return ReadNumber(start);
        }

        if (c is '\'' or '"')
        {
            return ReadString(start);
        }

        if (c == '`')
        {
            return ReadQuotedIdentifier(start);
        }

        if (IsIdentifierStart(c))
        {
            return ReadIdentifier(start);
        }

        return ReadSymbol(start);
    }

    private bool PrecededByDot() => offset > 0 && text[offset - 1] == '.';

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private void Advance()
    {
        if (text[offset] == '\n')
        {
            line++;
            lineStart = offset + 1;
        }

        offset++;
    }

    private void SkipTrivia()
    {
        while (!AtEnd)
        {
            if (char.IsWhiteSpace(Peek()))
            {
                Advance();
            }
            else if (Peek() == '/' && Peek(1) == '/')
            {
                while (!AtEnd && Peek() != '\n')
                {
                    Advance();
                }
            }
            else if (Peek() == '/' && Peek(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        var start = Here;
        Advance();
        Advance();
        while (!(Peek() == '*' && Peek(1) == '/'))
        {
            if (AtEnd)
            {
                throw CypherErrors.Syntax("UnexpectedSyntax", "Unterminated comment: missing '*/'", start);
            }

            Advance();
        }

        Advance();
        Advance();
    }

    private Token ReadIdentifier(SourcePosition start)
    {
        while (!AtEnd && IsIdentifierPart(Peek()))
        {
            Advance();
        }

        var word = text[start.Offset..offset];
        return new Token(TokenKind.Identifier, word, start, word);
    }

    private Token ReadQuotedIdentifier(SourcePosition start)
    {
        Advance();
        var name = new System.Text.StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw CypherErrors.Syntax("UnexpectedSyntax", "Unterminated quoted name: missing '`'", start);
            }

            if (Peek() == '`' && Peek(1) == '`')
            {
                name.Append('`');
                Advance();
                Advance();
                continue;
            }

            if (Peek() == '`')
            {
                Advance();
                return new Token(TokenKind.QuotedIdentifier, text[start.Offset..offset], start, name.ToString());
            }

            name.Append(Peek());
            Advance();
        }
    }

    private Token ReadSymbol(SourcePosition start)
    {
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(text, offset, symbol, 0, symbol.Length) == 0)
            {
                for (var i = 0; i < symbol.Length; i++)
                {
                    Advance();
                }

                return new Token(TokenKind.Symbol, symbol, start);
            }
        }

        var c = Peek();
        var detail = c > 127 ? "InvalidUnicodeCharacter" : "UnexpectedSyntax";
        var hint = AsciiLookalikes.TryGetValue(c, out var ascii) ? $"; did you mean '{ascii}'?"
            : OperatorHints.GetValueOrDefault(c, "");
        throw CypherErrors.Syntax(detail, $"Unexpected character '{c}' (U+{(int)c:X4}){hint}", start);
    }
}
