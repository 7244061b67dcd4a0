using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Embedded.Execution;

// Path selectors (SHORTEST k, ALL SHORTEST, SHORTEST k GROUPS, ANY k): from each start node the ordinary hop
// operators run under a length cap raised one at a time, so matches come shortest first; each partition (pair of
// start and end nodes) keeps what its selector asks for. Known ends that no walk can reach are dropped first
// (PatternMatcher.Reachable.cs); the search ends when no walk was cut by the cap or every remaining end has what it
// needs; otherwise it goes on, under the query's timeout like any expansion.
internal sealed partial class PatternMatcher
{
    private IEnumerable<Row> MatchSelective(PatternPlan plan, Row row, UsedRelationships used, Expression? where)
    {
        var properties = new PatternProperties(plan, row, _context);
        var hints = where is null ? EqualityHints.None : EqualityHints.From(where, [plan], row, _context);
        var last = plan.Nodes.Length - 1;
        var anchor = AnchorCost(plan.Nodes[last], last, row, properties, hints) < AnchorCost(plan.Nodes[0], 0, row, properties, hints) ? last : 0;
        var far = anchor == 0 ? last : 0;
        var anchorFilter = EndpointConjuncts(plan, anchor, row, where);
        var farEnds = KnownEnds(plan, far, row, properties, hints, EndpointConjuncts(plan, far, row, where));
        if (farEnds is { Count: 0 }) yield break;
        foreach (var start in AnchorCandidates(plan, anchor, row, properties, hints).ToList())
        {
            _context.Tick();
            var state = new MatchState(plan, _context, row);
            if (!TryBindNode(plan, anchor, start, row, state, properties, out var bound)) continue;
            if (!anchorFilter.All(conjunct => _context.IsTrue(conjunct, bound))) continue;
            var ends = farEnds is null ? null : ReachableEnds(plan, start, anchor == 0, bound, properties, farEnds);
            if (ends is { Count: 0 }) continue;
            foreach (var match in SelectFrom(plan, anchor, bound, state, used, properties, ends)) yield return match;
        }
    }

    /// <summary>The selected matches from one bound start: by increasing length, each partition keeping what its selector allows.</summary>
    private IEnumerable<Row> SelectFrom(
        PatternPlan plan, int anchor, Row start, MatchState state, UsedRelationships used, PatternProperties properties, IReadOnlySet<int>? farEnds)
    {
        var far = anchor == 0 ? plan.Nodes.Length - 1 : 0;
        var selector = plan.Selector!;
        var partitions = new Dictionary<int, SelectionPartition>();
        var (shortest, longest) = LengthBounds(plan);
        for (var length = shortest; length <= longest; length++)
        {
            state.LengthLeft = length;
            state.Truncated = false;
            foreach (var match in StackHops(plan, anchor, [start], state, used, properties))
            {
                // Shorter matches come again under a higher cap; they were selected from at their own length.
                if (state.LengthLeft != 0) continue;
                var end = state.NodeIds[far];
                if (farEnds is not null && !farEnds.Contains(end)) continue;
                if (plan.PreFilter is { } filter && !_context.IsTrue(filter, match)) continue;
                if (!partitions.TryGetValue(end, out var partition)) partitions[end] = partition = new SelectionPartition(selector);
                if (partition.Accepts(length)) yield return match;
            }
            if (!state.Truncated) yield break;
            if (farEnds is not null && farEnds.All(e => partitions.TryGetValue(e, out var p) && p.IsComplete)) yield break;
        }
    }

    /// <summary>The fewest and most relationships a match of the plan can have.</summary>
    private static (int Shortest, int Longest) LengthBounds(PatternPlan plan)
    {
        long shortest = 0, longest = 0;
        for (var index = 0; index < plan.Relationships.Length; index++)
        {
            var relationship = plan.Relationships[index];
            var (min, max) = plan.Quantified[index] is { } group
                ? ((long)group.Min * group.Inner.Relationships.Length, (long)group.Max * group.Inner.Relationships.Length)
                : relationship.Length is { } length ? (length.Min ?? 1, length.Max ?? int.MaxValue) : (1L, 1L);
            shortest += min;
            longest += max;
        }
        return ((int)Math.Min(shortest, int.MaxValue), (int)Math.Min(longest, int.MaxValue));
    }

    /// <summary>
    /// The conjuncts of the clause's WHERE that read an endpoint and nothing else of the pattern: for them choosing
    /// before or after the selection is the same (partitions are per endpoint), so they narrow the search.
    /// </summary>
    private static List<Expression> EndpointConjuncts(PatternPlan plan, int position, Row row, Expression? where)
    {
        if (plan.Nodes[position].Variable is not { } variable || row.Has(variable.Name)) return [];
        var endpoint = new HashSet<string>(StringComparer.Ordinal) { variable.Name };
        var others = plan.Variables().Where(v => v != variable.Name && !row.Has(v)).ToHashSet(StringComparer.Ordinal);
        return ExpressionScan.Conjuncts(where)
            .Where(c => ExpressionScan.MayReference(c, endpoint) && !ExpressionScan.MayReference(c, others))
            .ToList();
    }

    /// <summary>The nodes the far end can be, when the pattern or the WHERE constrains it (null: any node).</summary>
    private HashSet<int>? KnownEnds(
        PatternPlan plan, int position, Row row, PatternProperties properties, EqualityHints hints, List<Expression> conjuncts)
    {
        var node = plan.Nodes[position];
        var bound = node.Variable is { } variable && row.Has(variable.Name);
        if (!bound && node.Labels.Count == 0 && node.LabelExpression is null && node.Properties is null && conjuncts.Count == 0) return null;
        var state = new MatchState(plan, _context, row);
        var ends = new HashSet<int>();
        foreach (var candidate in AnchorCandidates(plan, position, row, properties, hints))
        {
            _context.Tick();
            if (TryBindNode(plan, position, candidate, row, state, properties, out var withEnd) &&
                conjuncts.All(conjunct => _context.IsTrue(conjunct, withEnd)))
                ends.Add(candidate);
        }
        return ends;
    }
}

/// <summary>What one pair of start and end nodes has been given so far, and whether its selector wants more.</summary>
internal sealed class SelectionPartition(PathSelector selector)
{
    private readonly List<int> _lengths = [];
    private long _paths;

    /// <summary>Whether a match of <paramref name="length"/> (never shorter than the ones before) is selected; counts it if so.</summary>
    public bool Accepts(int length)
    {
        switch (selector.Kind)
        {
            case PathSelectorKind.AllShortest:
            case PathSelectorKind.ShortestGroups:
                if (_lengths.Count > 0 && _lengths[^1] == length) return true;
                var groups = selector.Kind == PathSelectorKind.AllShortest ? 1 : selector.Count;
                if (_lengths.Count >= groups) return false;
                _lengths.Add(length);
                return true;
            default:
                if (_paths >= selector.Count) return false;
                _paths++;
                return true;
        }
    }

    /// <summary>Whether longer matches can no longer be selected (checked between lengths).</summary>
    public bool IsComplete => selector.Kind switch
    {
        PathSelectorKind.AllShortest => _lengths.Count >= 1,
        PathSelectorKind.ShortestGroups => _lengths.Count >= selector.Count,
        _ => _paths >= selector.Count,
    };
}
