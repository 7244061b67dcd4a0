using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher;

namespace PolicyGraph.Embedded.Execution;

// EXPLAIN: how a pattern part will be matched, worked out by the same choices matching makes.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// How a pattern part will be matched, judged from the text alone: EXPLAIN evaluates nothing (no parameter,
    /// no property map), so where matching would pick an index by the value it looks up, this names the index the
    /// key could use.
    /// </summary>
    /// <param name="bound">Variables bound before the MATCH (their values are not known when explaining).</param>
    /// <param name="counting">Whether the part is matched by the counting walk of a factorised aggregation.</param>
    public string DescribeMatch(PatternPlan plan, IReadOnlyCollection<string> bound, Expression? where, bool counting)
    {
        if (plan.Shortest != ShortestPathKind.None)
            return "breadth-first search between each pair of end candidates" +
                   (where is not null ? "; a WHERE on the path makes it try lengths in order until one passes" : "");
        var starts = Enumerable.Range(0, plan.Nodes.Length).Select(p => ExplainStart(plan.Nodes[p], bound, where)).ToArray();
        int anchor;
        if (counting && plan.Relationships.All(r => r.Length is null))
        {
            anchor = Enumerable.Range(0, starts.Length).MinBy(p => EstimateWalkCost(plan, p, CandidatesOf(starts[p].Cost)));
        }
        else
        {
            anchor = Enumerable.Range(0, starts.Length).MinBy(p => starts[p].Cost);
        }
        var hops = new List<string>();
        for (var index = anchor; index < plan.Relationships.Length; index++)
            hops.Add(DescribeHop(plan, index, forward: true));
        for (var index = anchor - 1; index >= 0; index--)
            hops.Add(DescribeHop(plan, index, forward: false));
        var start = $"start at {NodeText(plan.Nodes[anchor])} {starts[anchor].How}";
        return hops.Count == 0 ? start : $"{start}; then {string.Join(", ", hops)}";
    }

    /// <summary>The cost <see cref="AnchorCost"/> would give a node and how it is found, judged without values.</summary>
    private (long Cost, string How) ExplainStart(NodePattern node, IReadOnlyCollection<string> bound, Expression? where)
    {
        if (node.Variable is { } variable && bound.Contains(variable.Name)) return (BoundCost, "(bound before)");
        var keys = new List<(string Key, bool Text)>();
        if (node.Properties is MapLiteral map) keys.AddRange(map.Entries.Select(e => (e.Key, false)));
        if (node.Variable is { } named)
        {
            foreach (var conjunct in ExpressionScan.Conjuncts(where))
            {
                if (conjunct is BinaryExpression { Left: PropertyLookup { Subject: Variable subject } lookup } comparison && subject.Name == named.Name)
                {
                    if (comparison.Operator == BinaryOperator.Equal) keys.Add((lookup.Key, false));
                    else if (comparison.Operator is BinaryOperator.Contains or BinaryOperator.StartsWith or BinaryOperator.EndsWith) keys.Add((lookup.Key, true));
                }
            }
        }
        var graph = _context.Graph;
        var labels = node.Labels.Count == 0 ? [null] : node.Labels.Cast<string?>().ToArray();
        foreach (var (key, text) in keys)
        {
            foreach (var label in labels)
            {
                var index = text
                    ? graph.Schema.FindText(label, key)
                    : graph.Snapshot.FindIndex(label, key)?.Definition;
                if (index is not null) return (IndexCost, $"through the index {index.Name} on {key} (for the value looked up)");
            }
        }
        var scanned = EstimateScan(node);
        var equalities = keys.Count(k => !k.Text);
        var how = node.Labels.Count > 0 ? $"by label scan of :{node.Labels.MinBy(graph.EstimateLabelCount)}"
            : node.LabelExpression is not null ? "by a scan of the labels it allows" : "by a scan of all nodes";
        return (ScanCost(scanned, equalities), $"{how} (about {scanned:N0} nodes)");
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
