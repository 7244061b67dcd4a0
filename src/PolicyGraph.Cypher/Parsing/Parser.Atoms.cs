using System.Globalization;
using System.Numerics;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

public sealed partial class Parser
{
    private static readonly Dictionary<string, QuantifierKind> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = QuantifierKind.All,
        ["any"] = QuantifierKind.Any,
        ["none"] = QuantifierKind.None,
        ["single"] = QuantifierKind.Single,
    };

    /// <summary>oC_Atom.</summary>
    private Expression ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Integer or TokenKind.Float:
                return ParseNumber(negative: false, token.Position);
            case TokenKind.String:
                Advance();
                return new StringLiteral((string)token.Value!) { Position = token.Position };
            case TokenKind.Identifier:
                return ParseWordAtom();
            case TokenKind.QuotedIdentifier:
                return ParseNameAtom();
            case TokenKind.InvalidNumber:
                throw CypherErrors.Syntax("InvalidNumberLiteral", $"Invalid number literal '{token.Text}'", token.Position);
        }

        return token.Text switch
        {
            "$" => ParseParameter(),
            "[" => ParseListAtom(),
            "{" => ParseMapLiteral(),
            "(" => ParseParenthesisedAtom(),
            _ => throw Unexpected("an expression"),
        };
    }

    /// <summary>An unquoted word: a keyword-led expression, a function call or a variable.</summary>
    private Expression ParseWordAtom()
    {
        var position = Current.Position;
        if (MatchKeyword("true") || MatchKeyword("false"))
        {
            return new BooleanLiteral(Previous.IsKeyword("true")) { Position = position };
        }

        if (MatchKeyword("null"))
        {
            return new NullLiteral { Position = position };
        }

        if (CheckKeyword("CASE"))
        {
            return ParseCase();
        }

        if (CheckKeyword("EXISTS") && PeekToken(1).IsSymbol("{"))
        {
            return ParseExistsSubquery();
        }

        if (CheckKeyword("COUNT") && PeekToken(1).IsSymbol("{"))
        {
            return ParseCountSubquery();
        }

        if (CheckKeyword("COLLECT") && PeekToken(1).IsSymbol("{"))
        {
            return ParseCollectSubquery();
        }

        if (CheckKeyword("count") && PeekToken(1).IsSymbol("(") && PeekToken(2).IsSymbol("*") && PeekToken(3).IsSymbol(")"))
        {
            index += 4;
            return new CountStar { Position = position };
        }

        if (IsQuantifierStart())
        {
            return ParseQuantifier();
        }

        if (CheckKeyword("reduce") && PeekToken(1).IsSymbol("("))
        {
            return ParseReduce();
        }

        return ParseNameAtom();
    }

    /// <summary>A function call (possibly namespaced), a map projection or a plain variable.</summary>
    private Expression ParseNameAtom()
    {
        if (Current.Kind == TokenKind.Identifier && Keywords.IsClauseWord(Current.Text))
        {
            throw Unexpected("an expression");
        }

        if (IsFunctionCallStart())
        {
            return ParseFunctionCall();
        }

        var variable = ParseVariable();
        return Check("{") ? ParseMapProjection(variable) : variable;
    }

    private bool IsFunctionCallStart()
    {
        var ahead = 1;
        while (PeekToken(ahead).IsSymbol(".") && PeekToken(ahead + 1).IsName)
        {
            ahead += 2;
        }

        return PeekToken(ahead).IsSymbol("(");
    }

    private FunctionCall ParseFunctionCall()
    {
        var position = Current.Position;
        var name = ParseQualifiedName("a function name");
        Expect("(");
        if (name.Equals("trim", StringComparison.OrdinalIgnoreCase) && ParseTrimWithSpecification(position) is { } trim)
        {
            return trim;
        }

        var distinct = MatchKeyword("DISTINCT");
        if (!distinct && CheckKeyword("ALL") && !IsQuantifierStart() && StartsOperand(PeekToken(1)))
        {
            Advance(); // count(ALL x) is count(x): ALL is the default set quantifier
        }

        AstList<Expression> arguments = Check(")") ? [] : ParseExpressionList();
        Expect(")");
        return new FunctionCall(name, distinct, NamedNormalForm(name, arguments)) { Position = position };
    }

    /// <summary>normalize(s, NFKC) names the form with a bare word; it is read as the string 'NFKC'.</summary>
    private static AstList<Expression> NamedNormalForm(string function, AstList<Expression> arguments) =>
        function.Equals("normalize", StringComparison.OrdinalIgnoreCase) && arguments.Count == 2
        && arguments[1] is Variable form && NormalForms.Contains(form.Name, StringComparer.OrdinalIgnoreCase)
            ? [arguments[0], new StringLiteral(form.Name.ToUpperInvariant()) { Position = form.Position }]
            : arguments;

    /// <summary>
    /// trim([BOTH|LEADING|TRAILING] [characters] FROM s), after the '(': read as btrim / ltrim / rtrim(s[, characters]).
    /// Null when the call is the plain trim(s), which is left to the ordinary argument list.
    /// </summary>
    private FunctionCall? ParseTrimWithSpecification(SourcePosition position)
    {
        var mode = MatchKeyword("BOTH") ? "btrim" : MatchKeyword("LEADING") ? "ltrim" : MatchKeyword("TRAILING") ? "rtrim" : null;
        if (mode is null && Check(")"))
        {
            return null;
        }

        var start = index;
        var characters = mode is not null && CheckKeyword("FROM") ? null : ParseExpression();
        if (!MatchKeyword("FROM"))
        {
            if (mode is not null)
            {
                throw Unexpected("FROM");
            }

            index = start; // trim(s): no specification
            return null;
        }

        var input = ParseExpression();
        Expect(")");
        AstList<Expression> arguments = characters is null ? [input] : [input, characters];
        return new FunctionCall(mode ?? "btrim", false, arguments) { Position = position };
    }

    /// <summary>Whether a token can begin an expression (so a preceding ALL is a set quantifier, not a variable).</summary>
    private static bool StartsOperand(Token token) =>
        token.IsName || token.Kind is TokenKind.Integer or TokenKind.Float or TokenKind.String
        || token.IsSymbol("$") || token.IsSymbol("[") || token.IsSymbol("{") || token.IsSymbol("(");

    private Parameter ParseParameter()
    {
        var position = Expect("$").Position;
        if (Current.Kind == TokenKind.Integer && Current.Text.All(char.IsAsciiDigit))
        {
            return new Parameter(Advance().Text) { Position = position };
        }

        return new Parameter(ExpectName("a parameter name")) { Position = position };
    }

    private Expression ParseNumber(bool negative, SourcePosition position)
    {
        var token = Advance();
        if (token.Kind == TokenKind.Float)
        {
            var value = (double)token.Value!;
            return new FloatLiteral(negative ? -value : value) { Position = position };
        }

        return new IntegerLiteral(ParseIntegerValue(token, negative)) { Position = position };
    }

    /// <summary>Converts decimal, 0x hex or 0o octal text, rejecting values outside the 64-bit range.</summary>
    private static long ParseIntegerValue(Token token, bool negative)
    {
        var raw = token.Text;
        var (digits, radix) = raw.Length > 2 && raw[0] == '0' && char.IsLetter(raw[1])
            ? (raw[2..], char.ToLowerInvariant(raw[1]) == 'x' ? 16 : 8)
            : (raw, 10);
        var magnitude = BigInteger.Zero;
        foreach (var digit in digits)
        {
            magnitude = (magnitude * radix) + int.Parse(digit.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        var value = negative ? -magnitude : magnitude;
        if (value < long.MinValue || value > long.MaxValue)
        {
            throw CypherErrors.Syntax(
                "IntegerOverflow",
                $"Integer literal is too large: {(negative ? "-" : "")}{raw}",
                token.Position);
        }

        return (long)value;
    }

    private MapLiteral ParseMapLiteral()
    {
        var position = Expect("{").Position;
        var entries = new List<MapEntry>();
        if (!Check("}"))
        {
            do
            {
                var entryPosition = Current.Position;
                var key = ExpectName("a property key");
                Expect(":");
                entries.Add(new MapEntry(key, ParseExpression()) { Position = entryPosition });
            }
            while (Match(","));
        }

        Expect("}");
        return new MapLiteral(AstList.From(entries)) { Position = position };
    }

    /// <summary>
    /// Cheap look-ahead: only "( ... )" followed by "-" or "&lt;-" can be a pattern, so other parentheses skip
    /// the speculative pattern parse.
    /// </summary>
    private bool IsRelationshipAfterParenthesis()
    {
        var nesting = 0;
        for (var ahead = 0; PeekToken(ahead).Kind != TokenKind.End; ahead++)
        {
            var token = PeekToken(ahead);
            nesting += token.IsSymbol("(") || token.IsSymbol("[") || token.IsSymbol("{") ? 1
                : token.IsSymbol(")") || token.IsSymbol("]") || token.IsSymbol("}") ? -1
                : 0;
            if (nesting == 0)
            {
                var next = PeekToken(ahead + 1);
                return next.IsSymbol("-") || (next.IsSymbol("<") && PeekToken(ahead + 2).IsSymbol("-"));
            }
        }

        return false;
    }

    /// <summary>'(' starts either a pattern predicate such as (a)-->(b) or a parenthesised expression.</summary>
    private Expression ParseParenthesisedAtom()
    {
        var pattern = !IsRelationshipAfterParenthesis() ? null : Speculate(() =>
        {
            var element = ParsePatternElement();
            return element.Chains.Count > 0 ? element : null;
        });
        if (pattern is not null)
        {
            return new PatternPredicate(pattern) { Position = pattern.Position };
        }

        Expect("(");
        var inner = ParseExpression();
        Expect(")");
        return inner;
    }
}
