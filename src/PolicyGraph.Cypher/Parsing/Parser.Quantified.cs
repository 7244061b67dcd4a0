using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Lexing;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>
/// Neo4j 5 quantified path patterns (<c>(a) ((x)-[:R]-&gt;(y) WHERE …){1,3} (b)</c>) and quantified relationships
/// (<c>-[:R]-&gt;+</c>, <c>--{2}</c>). A quantified group takes a relationship position of the element; a group
/// with no node pattern written on a side gets an anonymous one there, as Neo4j reads it.
/// </summary>
public sealed partial class Parser
{
    /// <summary>The rest of a path after an optional leading quantified group: nodes, relationships and groups in sequence.</summary>
    private PatternElement ParsePathSequence(RelationshipPattern? leadingGroup)
    {
        var position = leadingGroup?.Position ?? Current.Position;
        var start = leadingGroup is null ? ParseNodePattern() : AnonymousNode(position);
        var chains = new List<PatternElementChain>();
        var pendingGroup = leadingGroup;
        while (IsRelationshipStart() || Check("("))
        {
            if (Check("(") && !PeekToken(1).IsSymbol("("))
            {
                if (pendingGroup is null) break; // two node patterns side by side: not a path (the caller reports it)
                chains.Add(new PatternElementChain(pendingGroup, ParseNodePattern()) { Position = pendingGroup.Position });
                pendingGroup = null;
                continue;
            }

            if (pendingGroup is not null) chains.Add(new PatternElementChain(pendingGroup, AnonymousNode(pendingGroup.Position)) { Position = pendingGroup.Position });
            pendingGroup = null;
            if (Check("("))
            {
                pendingGroup = ParseQuantifiedGroup();
                continue;
            }

            var relationship = QuantifiedRelationship(ParseRelationshipPattern());
            chains.Add(new PatternElementChain(relationship, ParseNodePattern()) { Position = relationship.Position });
        }

        if (pendingGroup is not null) chains.Add(new PatternElementChain(pendingGroup, AnonymousNode(pendingGroup.Position)) { Position = pendingGroup.Position });
        return new PatternElement(start, AstList.From(chains)) { Position = position };
    }

    private static NodePattern AnonymousNode(SourcePosition position) => new(null, AstList.From<string>([]), null) { Position = position };

    private bool IsPathQuantifierStart() => Check("{") || Check("+") || Check("*");

    /// <summary>Whether a path goes on after a parenthesised part (so the part must be a quantified group).</summary>
    private bool IsPathContinuation() => IsRelationshipStart() || Check("(");

    /// <summary>'(' path [WHERE …] ')' quantifier.</summary>
    private RelationshipPattern ParseQuantifiedGroup()
    {
        var position = Expect("(").Position;
        var inner = ParsePatternElement();
        var where = ParseOptionalWhere();
        Expect(")");
        return QuantifiedGroup(inner, where, position);
    }

    private RelationshipPattern QuantifiedGroup(PatternElement inner, Expression? where, SourcePosition position)
    {
        if (!IsPathQuantifierStart())
        {
            throw CypherErrors.Syntax("InvalidQuantifiedPathPattern",
                "A parenthesized path pattern inside a path needs a quantifier, e.g. ((a)-->(b)){1,3}", Current.Position);
        }

        var quantifier = ParsePathQuantifier();
        var group = new QuantifiedPath(inner, where) { Position = position };
        return new RelationshipPattern(null, AstList.From<string>([]), RelationshipDirection.Outgoing, quantifier, null)
        {
            Position = position,
            Quantified = group,
        };
    }

    /// <summary>
    /// A relationship followed by a quantifier. Without an inline WHERE it is a variable-length relationship with
    /// GQL bounds; with one it is the quantified path pattern <c>(()-[r WHERE …]-&gt;())</c> it abbreviates.
    /// </summary>
    private RelationshipPattern QuantifiedRelationship(RelationshipPattern relationship)
    {
        if (!IsPathQuantifierStart())
        {
            return relationship;
        }

        if (relationship.Length is not null)
        {
            throw CypherErrors.Syntax("InvalidQuantifiedPathPattern",
                "A variable-length relationship (*) cannot also take a quantifier", Current.Position);
        }

        var quantifier = ParsePathQuantifier();
        if (relationship.Where is null)
        {
            return relationship with { Length = quantifier };
        }

        var position = relationship.Position;
        var single = new PatternElementChain(relationship, AnonymousNode(position)) { Position = position };
        var inner = new PatternElement(AnonymousNode(position), AstList.From([single])) { Position = position };
        return new RelationshipPattern(null, AstList.From<string>([]), RelationshipDirection.Outgoing, quantifier, null)
        {
            Position = position,
            Quantified = new QuantifiedPath(inner, null) { Position = position },
        };
    }

    /// <summary>GQL quantifiers: + (1 or more), * (0 or more), {n}, {m,n}, {m,}, {,n} (a missing lower bound is 0).</summary>
    private VariableLength ParsePathQuantifier()
    {
        var position = Current.Position;
        if (Match("+")) return new VariableLength(1, null) { Position = position, IsQuantifier = true };
        if (Match("*")) return new VariableLength(0, null) { Position = position, IsQuantifier = true };
        Expect("{");
        var min = ParseOptionalRangeBound();
        var max = min;
        if (Match(","))
        {
            max = ParseOptionalRangeBound();
        }
        else if (min is null)
        {
            throw Unexpected("an integer or ','");
        }

        Expect("}");
        return new VariableLength(min ?? 0, max) { Position = position, IsQuantifier = true };
    }
}
