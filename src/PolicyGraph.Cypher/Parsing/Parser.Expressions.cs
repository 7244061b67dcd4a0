using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>Operators, loosest first: OR, XOR, AND, NOT, comparison, predicates, + -, * / %, ^, unary, postfix.</summary>
public sealed partial class Parser
{
    private static readonly Dictionary<string, BinaryOperator> ComparisonOperators = new()
    {
        ["="] = BinaryOperator.Equal,
        ["<>"] = BinaryOperator.NotEqual,
        ["<"] = BinaryOperator.LessThan,
        [">"] = BinaryOperator.GreaterThan,
        ["<="] = BinaryOperator.LessThanOrEqual,
        [">="] = BinaryOperator.GreaterThanOrEqual,
    };

    private Expression ParseExpression() => Nested(ParseOr);

    private Expression ParseOr() => ParseLeftAssociative(ParseXor, () => KeywordOperator("OR", BinaryOperator.Or));

    private Expression ParseXor() => ParseLeftAssociative(ParseAnd, () => KeywordOperator("XOR", BinaryOperator.Xor));

    private Expression ParseAnd() => ParseLeftAssociative(ParseNot, () => KeywordOperator("AND", BinaryOperator.And));

    private BinaryOperator? KeywordOperator(string keyword, BinaryOperator op) => MatchKeyword(keyword) ? op : null;

    private Expression ParseLeftAssociative(Func<Expression> parseOperand, Func<BinaryOperator?> matchOperator)
    {
        var left = parseOperand();
        using var levels = new ChainLevels(this);
        while (true)
        {
            var position = Current.Position;
            if (matchOperator() is not { } op)
            {
                return left;
            }

            levels.Add();
            left = new BinaryExpression(op, left, parseOperand()) { Position = position };
        }
    }

    private Expression ParseNot()
    {
        if (!CheckKeyword("NOT"))
        {
            return ParseComparison();
        }

        var position = Advance().Position;
        return new UnaryExpression(UnaryOperator.Not, Nested(ParseNot)) { Position = position };
    }

    /// <summary>oC_ComparisonExpression; a chain a &lt; b &lt; c becomes (a &lt; b) AND (b &lt; c).</summary>
    private Expression ParseComparison()
    {
        var first = ParsePredicates();
        Expression? result = null;
        var left = first;
        using var levels = new ChainLevels(this);
        while (Current.Kind == TokenKind.Symbol && ComparisonOperators.TryGetValue(Current.Text, out var op))
        {
            var position = Advance().Position;
            if (op == BinaryOperator.Equal && Check("="))
            {
                throw CypherErrors.Syntax("UnexpectedSyntax", "Cypher compares with a single '=', not '=='", Current.Position);
            }

            levels.Add();
            var right = ParsePredicates();
            var comparison = new BinaryExpression(op, left, right) { Position = position };
            result = result is null
                ? comparison
                : new BinaryExpression(BinaryOperator.And, result, comparison) { Position = position };
            left = right;
        }

        return result ?? first;
    }

    /// <summary>oC_StringListNullPredicateExpression: STARTS WITH, ENDS WITH, CONTAINS, IN, =~, IS [NOT] NULL.</summary>
    private Expression ParsePredicates()
    {
        var left = ParseAdditive();
        using var levels = new ChainLevels(this);
        while (true)
        {
            var position = Current.Position;
            if (MatchTypePredicate(left) is { } typeCheck)
            {
                levels.Add();
                left = typeCheck;
            }
            else if (MatchNormalizedPredicate(left) is { } normalizedCheck)
            {
                levels.Add();
                left = normalizedCheck;
            }
            else if (MatchNullPredicate() is { } nullCheck)
            {
                levels.Add();
                left = new UnaryExpression(nullCheck, left) { Position = position };
            }
            else if (MatchPredicateOperator() is { } op)
            {
                levels.Add();
                left = new BinaryExpression(op, left, ParseAdditive()) { Position = position };
            }
            else
            {
                return left;
            }
        }
    }

    private UnaryOperator? MatchNullPredicate() =>
        MatchKeywords("IS", "NULL") ? UnaryOperator.IsNull
        : MatchKeywords("IS", "NOT", "NULL") ? UnaryOperator.IsNotNull
        : null;

    private BinaryOperator? MatchPredicateOperator() =>
        MatchKeywords("STARTS", "WITH") ? BinaryOperator.StartsWith
        : MatchKeywords("ENDS", "WITH") ? BinaryOperator.EndsWith
        : MatchKeyword("CONTAINS") ? BinaryOperator.Contains
        : MatchKeyword("IN") ? BinaryOperator.In
        : Match("=~") ? BinaryOperator.RegexMatch
        : null;

    private Expression ParseAdditive() => ParseLeftAssociative(ParseMultiplicative, () =>
        Match("+") ? BinaryOperator.Add
        : Match("-") ? BinaryOperator.Subtract
        : Match("||") ? BinaryOperator.Concatenate
        : null);

    private Expression ParseMultiplicative() => ParseLeftAssociative(ParsePower, () =>
        Match("*") ? BinaryOperator.Multiply
        : Match("/") ? BinaryOperator.Divide
        : Match("%") ? BinaryOperator.Modulo
        : null);

    private Expression ParsePower() => ParseLeftAssociative(ParseUnary, () => Match("^") ? BinaryOperator.Power : null);

    /// <summary>oC_UnaryAddOrSubtractExpression; a minus directly before a number is folded into the literal.</summary>
    private Expression ParseUnary()
    {
        if (!Check("-") && !Check("+"))
        {
            return ParsePostfix(allowLabels: true);
        }

        var sign = Advance();
        if (sign.Text == "-" && Current.Kind is TokenKind.Integer or TokenKind.Float && !IsPostfixAfterNumber())
        {
            return ParseNumber(negative: true, sign.Position);
        }

        var op = sign.Text == "-" ? UnaryOperator.Minus : UnaryOperator.Plus;
        return new UnaryExpression(op, Nested(ParseUnary)) { Position = sign.Position };
    }

    /// <summary>In -1.x or -1[0] the minus applies to the whole postfix expression, so it must not be folded.</summary>
    private bool IsPostfixAfterNumber() => PeekToken(1).IsSymbol(".") || PeekToken(1).IsSymbol("[");

    /// <summary>oC_NonArithmeticOperatorExpression: atom followed by .key, [index], [from..to], then :Labels.</summary>
    private Expression ParsePostfix(bool allowLabels)
    {
        var expression = ParseAtom();
        using var levels = new ChainLevels(this);
        while (true)
        {
            var position = Current.Position;
            if (Match("."))
            {
                levels.Add();
                expression = new PropertyLookup(expression, ExpectName("a property name")) { Position = position };
            }
            else if (Match("["))
            {
                levels.Add();
                expression = ParseIndexOrSlice(expression, position);
            }
            else if (allowLabels && Check(":") && IsLabelExpressionStart(PeekToken(1)))
            {
                var labels = ParseLabelExpression(allowDisjunction: comprehensionFilterDepth == 0);
                var names = ConjoinedNames(labels);
                return new LabelPredicate(expression, AstList.From(names ?? []))
                {
                    Position = position,
                    LabelExpression = names is null ? labels : null,
                };
            }
            else
            {
                return expression;
            }
        }
    }

    private Expression ParseIndexOrSlice(Expression subject, SourcePosition position)
    {
        var from = Check("..") ? null : ParseExpression();
        if (from is not null && Match("]"))
        {
            return new IndexExpression(subject, from) { Position = position };
        }

        Expect("..");
        var to = Check("]") ? null : ParseExpression();
        Expect("]");
        return new SliceExpression(subject, from, to) { Position = position };
    }
}
