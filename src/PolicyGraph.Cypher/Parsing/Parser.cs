using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for Cypher: one Parse&lt;Rule&gt; method per grammar rule, split into
/// partial classes by area. Syntax only; scoping and typing are checked by the semantic analyser.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Deeper nesting is rejected with a clear error instead of risking a stack overflow.</summary>
    public const int MaxNestingDepth = 200;

    private readonly string text;
    private readonly IReadOnlyList<Token> tokens;
    private int index;
    private int depth;

    // Inside a comprehension's WHERE, where '|' ends the filter (see ParseLabelExpression).
    private int comprehensionFilterDepth;

    private Parser(string text)
    {
        this.text = text;
        tokens = Lexer.Tokenize(text);
    }

    /// <summary>Parses one statement (an optional trailing ';' is allowed).</summary>
    public static Query Parse(string text)
    {
        var parser = new Parser(text);
        var query = parser.ParseStatement();
        parser.Match(";");
        parser.ExpectEnd();
        return query;
    }

    private Token Current => tokens[index];

    private Token Previous => tokens[Math.Max(0, index - 1)];

    private Token PeekToken(int ahead) => tokens[Math.Min(index + ahead, tokens.Count - 1)];

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.End)
        {
            index++;
        }

        return token;
    }

    private bool Check(string symbol) => Current.IsSymbol(symbol);

    private bool CheckKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool CheckKeywords(params string[] keywords)
    {
        for (var i = 0; i < keywords.Length; i++)
        {
            if (!PeekToken(i).IsKeyword(keywords[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Match(string symbol)
    {
        if (!Check(symbol))
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool MatchKeyword(string keyword)
    {
        if (!CheckKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes a sequence of keywords (e.g. IF NOT EXISTS) only when all of them are present.</summary>
    private bool MatchKeywords(params string[] keywords)
    {
        if (!CheckKeywords(keywords))
        {
            return false;
        }

        index += keywords.Length;
        return true;
    }

    private Token Expect(string symbol) => Check(symbol) ? Advance() : throw Unexpected($"'{symbol}'");

    private Token ExpectKeyword(string keyword) => CheckKeyword(keyword) ? Advance() : throw Unexpected(keyword);

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Unexpected("end of input");
        }
    }

    /// <summary>A name: an identifier (keywords included, as Cypher allows) or a `quoted` name.</summary>
    private string ExpectName(string what)
    {
        if (!Current.IsName)
        {
            throw Unexpected(what);
        }

        return (string)Advance().Value!;
    }

    private Variable ParseVariable()
    {
        var position = Current.Position;
        return new Variable(ExpectName("a variable name")) { Position = position };
    }

    private CypherException Unexpected(string expected) =>
        UnexpectedAt(Current, expected);

    private static CypherException UnexpectedAt(Token token, string expected) =>
        new(CypherErrors.SyntaxError, "UnexpectedSyntax", QueryPhase.CompileTime,
            $"Unexpected token {token.Describe()} at line {token.Position.Line}, column {token.Position.Column}, expected {expected}{Hint(token)}",
            token.Position.Line, token.Position.Column);

    private static string Hint(Token token) =>
        token.Kind == TokenKind.Symbol && token.Text.Length == 1 && Lexer.OperatorHints.TryGetValue(token.Text[0], out var hint) ? hint : "";

    /// <summary>Source text from <paramref name="start"/> up to the end of the last consumed token.</summary>
    private string TextSince(SourcePosition start)
    {
        var end = Previous.Position.Offset + Previous.Text.Length;
        return end > start.Offset ? text[start.Offset..end] : "";
    }

    private T Nested<T>(Func<T> parse)
    {
        EnterLevel();
        try
        {
            return parse();
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>
    /// One more level of syntax-tree depth. Operator chains (a + b + c ...) count one level per operator, since
    /// they build a tree as deep as they are long; the caller gives the levels back when it is done.
    /// </summary>
    private void EnterLevel()
    {
        if (++depth > MaxNestingDepth)
        {
            throw CypherErrors.Syntax(
                "NestingTooDeep",
                $"Query is nested more than {MaxNestingDepth} levels deep",
                Current.Position);
        }
    }

    /// <summary>Levels taken by one operator chain, given back when the chain is parsed.</summary>
    private sealed class ChainLevels(Parser parser) : IDisposable
    {
        private int levels;

        public void Add()
        {
            parser.EnterLevel();
            levels++;
        }

        public void Dispose() => parser.depth -= levels;
    }

    /// <summary>Tries a parse; on a syntax error rewinds and returns null so another rule can be tried.</summary>
    private T? Speculate<T>(Func<T?> parse)
        where T : class
    {
        var start = index;
        var savedDepth = depth;
        try
        {
            var result = parse();
            if (result is null)
            {
                index = start;
            }

            return result;
        }
        catch (CypherException error) when (error.Detail == "UnexpectedSyntax")
        {
            // Another rule may still match these tokens, so this error is not final.
            index = start;
            depth = savedDepth;
            return null;
        }
    }
}
