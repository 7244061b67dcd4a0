using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Parsing;

/// <summary>
/// WHERE inside node and relationship patterns (<c>MATCH (a:Person WHERE a.age &gt; 30)-[r WHERE r.since &lt; 2000]-&gt;(b)</c>):
/// where the pattern is matched (MATCH, EXISTS / COUNT short forms, pattern comprehensions) the inline predicates
/// join the clause's WHERE, in pattern order and before it, which is what they mean there. Predicates inside a
/// quantified path pattern stay there: they hold for each repetition.
/// </summary>
public sealed partial class Parser
{
    private (Pattern Pattern, Expression? Where) HoistInlineWhere(Pattern pattern, Expression? where)
    {
        var predicates = new List<Expression>();
        var parts = pattern.Parts.Select(part => part.Selector is null
            ? part with { Element = StripInlineWhere(part.Element, predicates) }
            : WithPreFilter(part)).ToList();
        var stripped = pattern with { Parts = AstList.From(parts) };
        return (stripped, Conjoin(predicates, where));
    }

    /// <summary>On a selective path (SHORTEST, ANY) inline predicates filter before the selection, as Neo4j defines it.</summary>
    private static PatternPart WithPreFilter(PatternPart part)
    {
        var predicates = new List<Expression>();
        var element = StripInlineWhere(part.Element, predicates);
        return part with { Element = element, Where = Conjoin(predicates, part.Where) };
    }

    private (PatternElement Element, Expression? Where) HoistInlineWhere(PatternElement element, Expression? where)
    {
        var predicates = new List<Expression>();
        var stripped = StripInlineWhere(element, predicates);
        return (stripped, Conjoin(predicates, where));
    }

    private static PatternElement StripInlineWhere(PatternElement element, List<Expression> predicates)
    {
        var start = StripNode(element.Start, predicates);
        var chains = element.Chains.Select(chain =>
        {
            var relationship = chain.Relationship;
            if (relationship.Quantified is null && relationship.Where is { } inline)
            {
                if (relationship.Length is not null)
                {
                    throw CypherErrors.Syntax("InvalidRelationshipPattern",
                        "Relationship pattern predicates are not supported for variable-length relationships",
                        inline.Position);
                }

                predicates.Add(inline);
                relationship = relationship with { Where = null };
            }

            return chain with { Relationship = relationship, Node = StripNode(chain.Node, predicates) };
        });
        return element with { Start = start, Chains = AstList.From(chains.ToList()) };
    }

    private static NodePattern StripNode(NodePattern node, List<Expression> predicates)
    {
        if (node.Where is not { } inline)
        {
            return node;
        }

        predicates.Add(inline);
        return node with { Where = null };
    }

    private static Expression? Conjoin(List<Expression> predicates, Expression? where)
    {
        if (predicates.Count == 0)
        {
            return where;
        }

        var all = where is null ? predicates : [.. predicates, where];
        return all.Skip(1).Aggregate(all[0], (left, right) => new BinaryExpression(BinaryOperator.And, left, right) { Position = right.Position });
    }
}
