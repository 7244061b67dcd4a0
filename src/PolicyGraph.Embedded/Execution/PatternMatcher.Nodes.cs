using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// Choosing where a pattern part starts, and checking a node against its node pattern.
internal sealed partial class PatternMatcher
{
    private const long BoundCost = 0;
    private const long IndexCost = 1;

    private int ChooseAnchor(PatternPlan plan, Row row, PatternProperties properties, EqualityHints hints)
    {
        var best = 0;
        var bestCost = long.MaxValue;
        for (var position = 0; position < plan.Nodes.Length; position++)
        {
            var cost = AnchorCost(plan.Nodes[position], position, row, properties, hints);
            if (cost < bestCost)
            {
                best = position;
                bestCost = cost;
            }
        }
        return best;
    }

    private long AnchorCost(NodePattern node, int position, Row row, PatternProperties properties, EqualityHints hints)
    {
        if (node.Variable is { } variable && row.Has(variable.Name)) return BoundCost;
        if (IndexLookup(node, position, row, properties, hints) is not null) return IndexCost;
        var graph = _context.Graph;
        var scanned = EstimateScan(node);
        // Without statistics, assume each property equality keeps a tenth of the scanned nodes (as planners do),
        // so (a:Agency {name: $x}) is preferred over a scan of a small but unfiltered label.
        var equalities = EqualityCount(node) + (node.Variable is { } v ? hints.For(v.Name).Count : 0);
        return ScanCost(scanned, equalities);
    }

    /// <summary>The cost of starting with a scan: past every index cost, growing with the nodes it should keep.</summary>
    private static long ScanCost(double scanned, int equalities) =>
        IndexCost + 1 + (long)(scanned / Math.Pow(10, Math.Min(equalities, 6)));

    /// <summary>The nodes a start of this <see cref="AnchorCost"/> visits: one when bound or indexed, else the scan's estimate.</summary>
    private static double CandidatesOf(long anchorCost) => anchorCost <= IndexCost ? 1.0 : anchorCost - IndexCost - 1.0;

    /// <summary>How many nodes a scan for this node pattern visits: its rarest label, the labels of a disjunction, or all.</summary>
    private long EstimateScan(NodePattern node)
    {
        var graph = _context.Graph;
        if (node.Labels.Count > 0) return node.Labels.Min(graph.EstimateLabelCount);
        if (node.LabelExpression is { } expression && LabelTest.CandidateLabels(expression) is { } labels)
            return labels.Sum(label => (long)graph.EstimateLabelCount(label));
        return graph.EstimateNodeCount();
    }

    private static int EqualityCount(NodePattern node) => node.Properties switch
    {
        null => 0,
        MapLiteral map => map.Entries.Count,
        _ => 1,
    };

    private IEnumerable<int> AnchorCandidates(PatternPlan plan, int position, Row row, PatternProperties properties, EqualityHints hints)
    {
        var node = plan.Nodes[position];
        if (node.Variable is { } variable && row.TryGetValue(variable.Name, out var bound))
            return bound is NodeRef reference && _context.Graph.NodeExists((int)reference.Id) ? [(int)reference.Id] : [];
        var indexed = IndexLookup(node, position, row, properties, hints);
        if (indexed is not null) return indexed;
        if (node.Labels.Count == 0)
        {
            return node.LabelExpression is { } expression && LabelTest.CandidateLabels(expression) is { } labels
                ? _context.Graph.NodesWithAnyLabel(labels)
                : _context.Graph.AllNodes();
        }
        var rarest = node.Labels.MinBy(_context.Graph.EstimateLabelCount)!;
        return _context.Graph.NodesWithLabel(rarest);
    }

    /// <summary>
    /// Nodes that may satisfy a CONTAINS-like predicate, from a TEXT index on (label, key); null without one, or when
    /// this transaction has changed the graph (the index describes the committed snapshot).
    /// </summary>
    private IEnumerable<int>? TextIndexCandidates(string label, string key, string needle)
    {
        var graph = _context.Graph;
        if (graph.HasChanges) return null;
        var definition = graph.Schema.FindText(label, key);
        return definition is null ? null : Search.TextIndex.For(graph.Snapshot, definition).Candidates(needle);
    }

    /// <summary>Candidates from a property index, or null when no equality on this node can use one.</summary>
    private IEnumerable<int>? IndexLookup(NodePattern node, int position, Row row, PatternProperties properties, EqualityHints hints)
    {
        var equalities = new List<(string Key, object? Value)>();
        if (properties.PrecomputedNodeMap(position) is { } map)
            equalities.AddRange(map.Select(e => (e.Key, e.Value)));
        if (node.Variable is { } variable) equalities.AddRange(hints.For(variable.Name));
        var labels = node.Labels.Count == 0 ? [null] : node.Labels.Cast<string?>().ToArray();
        foreach (var (key, value) in equalities)
        {
            foreach (var label in labels)
            {
                if (_context.Graph.NodesWithProperty(label, key, value) is { } found) return found;
            }
        }
        if (node.Variable is { } searched)
        {
            foreach (var (key, needle) in hints.TextFor(searched.Name))
                foreach (var label in labels)
                    if (label is not null && TextIndexCandidates(label, key, needle) is { } found) return found;
        }
        return null;
    }

    private bool TryBindNode(PatternPlan plan, int position, int id, Row row, MatchState state, PatternProperties properties, out Row bound)
    {
        bound = row;
        var node = plan.Nodes[position];
        var variable = node.Variable?.Name;
        var alreadyBound = false;
        if (variable is not null && state.MayBeBound[position] && row.TryGetValue(variable, out var existing))
        {
            if (existing is not NodeRef reference || reference.Id != id) return false;
            alreadyBound = true;
        }
        var labels = state.Labels[position];
        for (var i = 0; i < labels.Length; i++)
            if (!labels[i].IsOn(id)) return false;
        if (state.LabelTests[position] is { } test && !test.Matches(id)) return false;
        if (node.Properties is not null &&
            !NodePropertiesMatch(position, id, row, properties))
            return false;
        state.NodeIds[position] = id;
        if (variable is not null && !alreadyBound) bound = row.With(variable, _context.Graph.Snapshot.BoxedNode(id));
        return true;
    }

    // Apart from TryBindNode so that its closure is only allocated for node patterns that have properties.
    private bool NodePropertiesMatch(int position, int id, Row row, PatternProperties properties) =>
        PatternProperties.Satisfies(properties.NodeMap(position, row), key => _context.Graph.NodeProperty(id, key));
}
