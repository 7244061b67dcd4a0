using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

public sealed partial class Parser
{
    private Pattern ParsePattern()
    {
        var position = Current.Position;
        var parts = new List<PatternPart>();
        do
        {
            parts.Add(ParsePatternPart());
        }
        while (Match(","));

        return new Pattern(AstList.From(parts)) { Position = position };
    }

    /// <summary>oC_PatternPart: [p =] element | [p =] shortestPath(element) | [p =] allShortestPaths(element).</summary>
    private PatternPart ParsePatternPart()
    {
        var position = Current.Position;
        Variable? pathVariable = null;
        if (Current.IsName && PeekToken(1).IsSymbol("="))
        {
            pathVariable = ParseVariable();
            Advance();
        }

        if (ParseOptionalPathSelector() is { } selector)
        {
            return ParseSelectivePath(pathVariable, selector, position);
        }

        var shortest = CheckKeyword("shortestPath") ? ShortestPathKind.Shortest
            : CheckKeyword("allShortestPaths") ? ShortestPathKind.AllShortest
            : ShortestPathKind.None;
        if (shortest == ShortestPathKind.None)
        {
            return new PatternPart(pathVariable, ParsePatternElement(), shortest) { Position = position };
        }

        Advance();
        Expect("(");
        var element = ParsePatternElement();
        Expect(")");
        return new PatternPart(pathVariable, element, shortest) { Position = position };
    }

    /// <summary>
    /// oC_PatternElement: node (relationship node)*, or the same in parentheses; Neo4j 5 adds quantified path
    /// patterns and quantified relationships between the nodes (<see cref="ParsePathSequence"/>).
    /// </summary>
    private PatternElement ParsePatternElement() => Nested(() =>
    {
        if (Check("(") && PeekToken(1).IsSymbol("("))
        {
            var position = Advance().Position;
            var inner = ParsePatternElement();
            var where = ParseOptionalWhere();
            Expect(")");
            if (!IsPathQuantifierStart() && where is null && !IsPathContinuation())
            {
                return inner;
            }

            return ParsePathSequence(QuantifiedGroup(inner, where, position));
        }

        return ParsePathSequence(null);
    });

    private bool IsRelationshipStart() => Check("-") || (Check("<") && PeekToken(1).IsSymbol("-"));

    private NodePattern ParseNodePattern()
    {
        var position = Expect("(").Position;
        var variable = Current.IsName ? ParseVariable() : null;
        var expression = Check(":") ? ParseLabelExpression() : null;
        var conjunction = expression is null ? [] : ConjoinedNames(expression);
        var properties = ParseOptionalPatternProperties();
        var where = ParseOptionalWhere();
        Expect(")");
        return new NodePattern(variable, AstList.From(conjunction ?? []), properties)
        {
            Position = position,
            LabelExpression = conjunction is null ? expression : null,
            Where = where,
        };
    }

    /// <summary>
    /// ':' followed by a label expression: | binds loosest, then &amp; (or ':'), then !. Inside the WHERE of a
    /// comprehension a top-level | would be read as the projection bar, so there only a parenthesised one counts.
    /// </summary>
    private LabelExpression ParseLabelExpression(bool allowDisjunction = true)
    {
        Expect(":");
        var first = index;
        var expression = allowDisjunction ? ParseLabelDisjunction() : ParseLabelConjunction();
        RejectMixedLabelSyntax(first, index);
        return expression;
    }

    /// <summary>
    /// :A:B (old) and :A&amp;B / :A|B / :!A / :% (new) may not be mixed, as in Neo4j: their precedences differ, so a
    /// mix reads differently than either reader expects. The old :A|:B alternative form stays allowed.
    /// </summary>
    private void RejectMixedLabelSyntax(int first, int end)
    {
        Token? colon = null;
        Token? operatorToken = null;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.IsSymbol(":") && !tokens[i - 1].IsSymbol("|")) colon ??= token;
            else if (token.IsSymbol("&") || token.IsSymbol("!") || token.IsSymbol("%") || (token.IsSymbol("|") && !tokens[i + 1].IsSymbol(":")))
                operatorToken ??= token;
        }
        if (colon is not null && operatorToken is not null)
        {
            throw CypherErrors.Syntax("UnexpectedSyntax",
                $"Mixing label expression symbols ('|', '&', '!', '%') with ':' is not allowed; write :A&B instead of :A:B here (line {colon.Position.Line}, column {colon.Position.Column})",
                colon.Position);
        }
    }

    private static bool IsLabelExpressionStart(Token token) =>
        token.IsName || token.IsSymbol("!") || token.IsSymbol("%") || token.IsSymbol("(") || token.IsSymbol("$");

    /// <summary>'$' ['any' | 'all'] '(' expression ')'.</summary>
    private DynamicLabel ParseDynamicLabel()
    {
        var position = Expect("$").Position;
        var any = false;
        if (Current.IsName && (Current.Text.Equals("any", StringComparison.OrdinalIgnoreCase) || Current.Text.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            any = Advance().Text.Equals("any", StringComparison.OrdinalIgnoreCase);
        }

        Expect("(");
        var expression = ParseExpression();
        Expect(")");
        return new DynamicLabel(expression, any) { Position = position };
    }

    private LabelExpression ParseLabelDisjunction()
    {
        var left = ParseLabelConjunction();
        while (Check("|"))
        {
            var position = Advance().Position;
            Match(":");
            left = new LabelDisjunction(left, ParseLabelConjunction()) { Position = position };
        }

        return left;
    }

    private LabelExpression ParseLabelConjunction()
    {
        var left = ParseLabelNegation();
        while (Check("&") || Check(":"))
        {
            var position = Advance().Position;
            left = new LabelConjunction(left, ParseLabelNegation()) { Position = position };
        }

        return left;
    }

    private LabelExpression ParseLabelNegation()
    {
        var position = Current.Position;
        if (Match("!"))
        {
            return new LabelNegation(ParseLabelNegation()) { Position = position };
        }

        if (Match("%"))
        {
            return new AnyLabel { Position = position };
        }

        if (Check("$"))
        {
            return ParseDynamicLabel();
        }

        if (Match("("))
        {
            var inner = ParseLabelDisjunction();
            Expect(")");
            return inner;
        }

        return new LabelName(ExpectName("a label name")) { Position = position };
    }

    /// <summary>The names of a label expression that is only names joined by &amp;, else null.</summary>
    private static List<string>? ConjoinedNames(LabelExpression expression)
    {
        switch (expression)
        {
            case LabelName name:
                return [name.Name];
            case LabelConjunction conjunction:
                var left = ConjoinedNames(conjunction.Left);
                var right = ConjoinedNames(conjunction.Right);
                return left is null || right is null ? null : [.. left, .. right];
            default:
                return null;
        }
    }

    /// <summary>oC_NodeLabels: (':' name)+.</summary>
    private AstList<string> ParseNodeLabels()
    {
        var labels = new List<string>();
        while (Match(":"))
        {
            labels.Add(ExpectName("a label name"));
        }

        return AstList.From(labels);
    }

    private Expression? ParseOptionalPatternProperties()
    {
        if (Check("{"))
        {
            return ParseMapLiteral();
        }

        return Check("$") ? ParseParameter() : null;
    }

    /// <summary>oC_RelationshipPattern: [&lt;]-[detail]-[&gt;].</summary>
    private RelationshipPattern ParseRelationshipPattern()
    {
        var position = Current.Position;
        var pointsLeft = Match("<");
        Expect("-");
        Variable? variable = null;
        LabelExpression? typeExpression = null;
        Expression? where = null;
        VariableLength? length = null;
        Expression? properties = null;
        if (Match("["))
        {
            variable = Current.IsName ? ParseVariable() : null;
            typeExpression = Check(":") ? ParseRelationshipTypeExpression() : null;
            RejectRangeWithoutStar();
            length = Check("*") ? ParseVariableLength() : null;
            properties = ParseOptionalPatternProperties();
            where = ParseOptionalWhere();
            Expect("]");
        }

        Expect("-");
        var pointsRight = Match(">");
        var direction = pointsLeft == pointsRight ? RelationshipDirection.Undirected
            : pointsRight ? RelationshipDirection.Outgoing
            : RelationshipDirection.Incoming;
        if (typeExpression is not null && DynamicLabel.Within(typeExpression))
        {
            return DynamicTypePattern(variable, typeExpression, direction, length, properties, where, position);
        }

        var alternatives = typeExpression is null ? [] : Alternatives(typeExpression);
        var pattern = new RelationshipPattern(variable, AstList.From(alternatives ?? []), direction, length, properties)
        {
            Position = position,
            Where = where,
        };
        if (alternatives is not null)
        {
            return pattern;
        }

        var (allowed, excluded) = RelationshipTypeSets.Resolve(typeExpression!);
        return pattern with
        {
            Types = AstList.From(allowed),
            ExcludedTypes = excluded is null ? null : AstList.From(excluded),
            TypeExpression = typeExpression,
        };
    }

    /// <summary>-[r:$(expr)]-&gt;: the dynamic type stands alone (a relationship has one type).</summary>
    private static RelationshipPattern DynamicTypePattern(
        Variable? variable, LabelExpression typeExpression, RelationshipDirection direction, VariableLength? length, Expression? properties,
        Expression? where, SourcePosition position)
    {
        if (typeExpression is not DynamicLabel dynamic)
        {
            throw CypherErrors.Syntax("InvalidRelationshipPattern",
                "A dynamic relationship type ($(…), $any(…)) must be the only type expression of its relationship", typeExpression.Position);
        }

        return new RelationshipPattern(variable, [], direction, length, properties) { Position = position, Where = where, DynamicType = dynamic };
    }

    /// <summary>The names of a type expression that is only names joined by '|', else null.</summary>
    private static List<string>? Alternatives(LabelExpression expression) => expression switch
    {
        LabelName name => [name.Name],
        LabelDisjunction either when Alternatives(either.Left) is { } left && Alternatives(either.Right) is { } right => [.. left, .. right],
        _ => null,
    };

    /// <summary>
    /// ':' and a type expression: A|B (also the old A|:B), !A, A&amp;B, %, parentheses. ':A:B' is refused: a
    /// relationship has one type.
    /// </summary>
    private LabelExpression ParseRelationshipTypeExpression()
    {
        var first = index + 1;
        var expression = ParseLabelExpression();
        for (var i = first; i < index; i++)
        {
            if (tokens[i].IsSymbol(":") && !tokens[i - 1].IsSymbol("|"))
            {
                throw CypherErrors.Syntax("UnexpectedSyntax",
                    $"A relationship has exactly one type; write :A|B for either type, not :A:B (line {tokens[i].Position.Line}, column {tokens[i].Position.Column})",
                    tokens[i].Position);
            }
        }

        return expression;
    }

    /// <summary>-[:T..]-> or -[:T 1..2]-> is a common slip for a variable length pattern.</summary>
    private void RejectRangeWithoutStar()
    {
        if (Check("..") || (Current.Kind == TokenKind.Integer && PeekToken(1).IsSymbol("..")))
        {
            throw CypherErrors.Syntax(
                "InvalidRelationshipPattern",
                "Variable length relationships need '*' before the range, e.g. [:T*1..3]",
                Current.Position);
        }
    }

    /// <summary>oC_RangeLiteral: '*' [min] ['..' [max]].</summary>
    private VariableLength ParseVariableLength()
    {
        var position = Expect("*").Position;
        if (Check("-"))
        {
            throw CypherErrors.Syntax(
                "InvalidRelationshipPattern",
                "Variable length bounds cannot be negative",
                Current.Position);
        }

        var min = ParseOptionalRangeBound();
        if (!Match(".."))
        {
            return new VariableLength(min, min) { Position = position };
        }

        return new VariableLength(min, ParseOptionalRangeBound()) { Position = position };
    }

    private long? ParseOptionalRangeBound()
    {
        if (Current.Kind != TokenKind.Integer)
        {
            return null;
        }

        var token = Advance();
        return ParseIntegerValue(token, negative: false);
    }
}
