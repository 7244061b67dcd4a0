using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher;

namespace PolicyGraph.Embedded.Execution;

// EXPLAIN: how a pattern part will be matched, worked out by the same choices matching makes.
internal sealed partial class PatternMatcher
{
    /// <param name="bound">Variables bound before the MATCH (their values are not known when explaining).</param>
    /// <param name="counting">Whether the part is matched by the counting walk of a factorised aggregation.</param>
    public string DescribeMatch(PatternPlan plan, IReadOnlyCollection<string> bound, Expression? where, bool counting)
    {
        if (plan.Shortest != ShortestPathKind.None)
            return "breadth-first search between each pair of end candidates" +
                   (where is not null ? "; a WHERE on the path makes it try lengths in order until one passes" : "");
        var row = Row.Empty;
        foreach (var variable in bound) row = row.With(variable, null);
        int anchor;
        string start;
        try
        {
            var hints = where is null ? EqualityHints.None : EqualityHints.From(where, [plan], row, _context);
            var properties = new PatternProperties(plan, row, _context);
            anchor = counting ? ChooseCountingAnchor(plan, row, properties, hints) : ChooseAnchor(plan, row, properties, hints);
            start = DescribeAnchor(plan, anchor, row, properties, hints);
        }
        catch (CypherException problem)
        {
            // Property maps and WHERE equalities are evaluated to pick an index; without their parameters the
            // choice is only known when the query runs.
            return $"start chosen when the query runs ({problem.Message})";
        }
        var hops = new List<string>();
        for (var index = anchor; index < plan.Relationships.Length; index++)
            hops.Add(DescribeHop(plan, index, forward: true));
        for (var index = anchor - 1; index >= 0; index--)
            hops.Add(DescribeHop(plan, index, forward: false));
        return hops.Count == 0 ? start : $"{start}; then {string.Join(", ", hops)}";
    }

    private string DescribeAnchor(PatternPlan plan, int position, Row row, PatternProperties properties, EqualityHints hints)
    {
        var node = plan.Nodes[position];
        var written = NodeText(node);
        if (node.Variable is { } variable && row.Has(variable.Name)) return $"start at {written}, bound before";
        if (IndexLookup(node, position, row, properties, hints) is not null) return $"start at {written} through a property index";
        var scanned = EstimateScan(node);
        var how = node.Labels.Count > 0 ? $"label scan of :{node.Labels.MinBy(_context.Graph.EstimateLabelCount)}"
            : node.LabelExpression is not null ? "scan of the labels it allows" : "scan of all nodes";
        return $"start at {written} by {how} (about {scanned:N0} nodes)";
    }

    private static string DescribeHop(PatternPlan plan, int index, bool forward)
    {
        var relationship = plan.Relationships[index];
        // Written the way the walk goes: leftwards hops are printed from the node already bound.
        if (!forward)
        {
            relationship = relationship with
            {
                Direction = relationship.Direction switch
                {
                    RelationshipDirection.Outgoing => RelationshipDirection.Incoming,
                    RelationshipDirection.Incoming => RelationshipDirection.Outgoing,
                    var same => same,
                },
            };
        }
        var target = plan.Nodes[forward ? index + 1 : index];
        var chain = new PatternElementChain(relationship, target);
        return "expand " + CypherPrinter.PrintPatternElement(new PatternElement(new NodePattern(null, [], null), [chain]))[2..];
    }

    private static string NodeText(NodePattern node) =>
        CypherPrinter.PrintPatternElement(new PatternElement(node with { Properties = null }, []));
}
