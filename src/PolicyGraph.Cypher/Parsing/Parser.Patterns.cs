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

    /// <summary>oC_PatternElement: node (relationship node)*, or the same in parentheses.</summary>
    private PatternElement ParsePatternElement() => Nested(() =>
    {
        if (Check("(") && PeekToken(1).IsSymbol("("))
        {
            Advance();
            var inner = ParsePatternElement();
            Expect(")");
            return inner;
        }

        var start = ParseNodePattern();
        var chains = new List<PatternElementChain>();
        while (IsRelationshipStart())
        {
            var relationship = ParseRelationshipPattern();
            chains.Add(new PatternElementChain(relationship, ParseNodePattern()) { Position = relationship.Position });
        }

        return new PatternElement(start, AstList.From(chains)) { Position = start.Position };
    });

    private bool IsRelationshipStart() => Check("-") || (Check("<") && PeekToken(1).IsSymbol("-"));

    private NodePattern ParseNodePattern()
    {
        var position = Expect("(").Position;
        var variable = Current.IsName ? ParseVariable() : null;
        var labels = Check(":") ? ParseNodeLabels() : [];
        var properties = ParseOptionalPatternProperties();
        Expect(")");
        return new NodePattern(variable, labels, properties) { Position = position };
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
        AstList<string> types = [];
        VariableLength? length = null;
        Expression? properties = null;
        if (Match("["))
        {
            variable = Current.IsName ? ParseVariable() : null;
            types = Check(":") ? ParseRelationshipTypes() : [];
            RejectRangeWithoutStar();
            length = Check("*") ? ParseVariableLength() : null;
            properties = ParseOptionalPatternProperties();
            Expect("]");
        }

        Expect("-");
        var pointsRight = Match(">");
        var direction = pointsLeft == pointsRight ? RelationshipDirection.Undirected
            : pointsRight ? RelationshipDirection.Outgoing
            : RelationshipDirection.Incoming;
        return new RelationshipPattern(variable, types, direction, length, properties) { Position = position };
    }

    /// <summary>oC_RelationshipTypes: ':' name ('|' ':'? name)*.</summary>
    private AstList<string> ParseRelationshipTypes()
    {
        Expect(":");
        var types = new List<string> { ExpectName("a relationship type") };
        while (Match("|"))
        {
            Match(":");
            types.Add(ExpectName("a relationship type"));
        }

        return AstList.From(types);
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
