using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// shortestPath / allShortestPaths: breadth-first search between every pair of endpoint candidates.
internal sealed partial class PatternMatcher
{
    /// <param name="whereWaits">The WHERE reads variables bound later in the MATCH, so it cannot judge a path here.</param>
    private IEnumerable<Row> MatchShortest(PatternPlan plan, Row row, UsedRelationships used, Expression? where, bool whereWaits)
    {
        if (plan.Relationships.Length != 1)
            throw new CypherException("SyntaxError", "InvalidArgumentType", QueryPhase.CompileTime,
                "shortestPath and allShortestPaths need a pattern with exactly one relationship.");
        var properties = new PatternProperties(plan, row, _context);
        var state = new MatchState(plan, _context, row);
        foreach (var start in AnchorCandidates(plan, 0, row, properties, EqualityHints.None).ToList())
        {
            if (!TryBindNode(plan, 0, start, row, state, properties, out var withStart)) continue;
            foreach (var end in AnchorCandidates(plan, 1, withStart, properties, EqualityHints.None).ToList())
            {
                _context.Tick();
                if (!TryBindNode(plan, 1, end, withStart, state, properties, out var withBoth)) continue;
                var rows = !whereWaits && ReadsTrail(plan, where)
                    ? ShortestSatisfying(plan, start, end, withBoth, state, used, properties, where!)
                    : ShortestTrails(plan, start, end, withBoth, used, properties).Select(trail => BindTrail(plan, withBoth, state, trail));
                foreach (var bound in rows) yield return bound;
            }
        }
    }

    /// <summary>Whether the MATCH's WHERE reads the path or its relationships: then it shapes which path is shortest.</summary>
    private static bool ReadsTrail(PatternPlan plan, Expression? where)
    {
        if (where is null) return false;
        var trailVariables = new[] { plan.PathVariable?.Name, plan.Relationships[0].Variable?.Name }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return trailVariables.Count > 0 && ExpressionScan.MayReference(where, trailVariables);
    }

    /// <summary>
    /// The shortest trails for which the WHERE holds, as Neo4j defines shortestPath with a path predicate: trails
    /// are tried by increasing length (depth-first within a length, relationship-unique) and the first length with
    /// a passing trail wins — one trail for shortestPath, all of that length for allShortestPaths. Exhaustive in
    /// the worst case, so it runs under the query's timeout like any variable-length expansion. A WHERE that also
    /// reads variables bound later in the MATCH cannot be judged here (the caller checks) and is left to the filter
    /// after matching.
    /// </summary>
    private IEnumerable<Row> ShortestSatisfying(
        PatternPlan plan, int start, int end, Row row, MatchState state, UsedRelationships used, PatternProperties properties, Expression where)
    {
        var pattern = plan.Relationships[0];
        var min = (int)Math.Min(pattern.Length is null ? 1 : pattern.Length.Min ?? 1, int.MaxValue);
        var max = (int)Math.Min(pattern.Length is null ? 1 : pattern.Length.Max ?? int.MaxValue, int.MaxValue);
        var direction = TraversalDirection(pattern.Direction, forward: true);
        var longest = Math.Min(max, _context.Graph.EstimateRelationshipCount());
        for (var length = min; length <= longest; length++)
        {
            var found = false;
            foreach (var (reached, walked) in Expand(start, direction, pattern, length, length, used, row, 0, properties))
            {
                if (reached != end) continue;
                var bound = BindTrail(plan, row, state, walked.ToArray());
                if (_context.Evaluate(where, bound) is not true) continue;
                found = true;
                yield return bound;
                if (plan.Shortest == ShortestPathKind.Shortest) yield break;
            }
            if (found) yield break;
        }
    }

    private Row BindTrail(PatternPlan plan, Row row, MatchState state, int[] trail)
    {
        state.Trails[0] = trail;
        var pattern = plan.Relationships[0];
        var bound = row;
        if (pattern.Variable is { } variable)
        {
            object? value = pattern.Length is null
                ? new RelationshipRef(trail[0])
                : trail.Select(r => (object?)new RelationshipRef(r)).ToArray();
            bound = bound.With(variable.Name, value);
        }
        return WithPath(plan, bound, state);
    }

    private IEnumerable<int[]> ShortestTrails(PatternPlan plan, int start, int end, Row row, UsedRelationships used, PatternProperties properties)
    {
        var pattern = plan.Relationships[0];
        var min = (int)Math.Min(pattern.Length is null ? 1 : pattern.Length.Min ?? 1, int.MaxValue);
        var max = (int)Math.Min(pattern.Length is null ? 1 : pattern.Length.Max ?? int.MaxValue, int.MaxValue);
        if (start == end) return min == 0 ? [[]] : [];
        var parents = SearchLevels(start, end, TraversalDirection(pattern.Direction, forward: true), pattern, max, used, row, properties);
        if (parents is null) return [];
        var trails = Trails(parents, start, end).Where(t => t.Length >= min);
        return plan.Shortest == ShortestPathKind.Shortest ? trails.Take(1) : trails;
    }

    /// <summary>
    /// Breadth-first search that stops after the level reaching <paramref name="end"/>; every node reached gets all
    /// its parents on that level (needed for allShortestPaths). Null when <paramref name="end"/> is out of reach.
    /// </summary>
    private Dictionary<int, List<(int Parent, int Relationship)>>? SearchLevels(
        int start, int end, Direction direction, RelationshipPattern pattern, int max, UsedRelationships used, Row row, PatternProperties properties)
    {
        var parents = new Dictionary<int, List<(int, int)>> { [start] = [] };
        var frontier = new List<int> { start };
        for (var depth = 0; depth < max && frontier.Count > 0; depth++)
        {
            var reachedThisLevel = new Dictionary<int, List<(int, int)>>();
            foreach (var node in frontier)
            {
                foreach (var (relationship, other) in Neighbours(node, direction, pattern, row, 0, properties, []))
                {
                    _context.Tick();
                    if (used.Contains(relationship) || parents.ContainsKey(other)) continue;
                    if (!reachedThisLevel.TryGetValue(other, out var list)) reachedThisLevel[other] = list = [];
                    list.Add((node, relationship));
                }
            }
            foreach (var (node, list) in reachedThisLevel) parents[node] = list;
            if (reachedThisLevel.ContainsKey(end)) return parents;
            frontier = reachedThisLevel.Keys.ToList();
        }
        return null;
    }

    /// <summary>
    /// All trails from start to end through the parent links (each is a shortest one). Iterative, so a long chain
    /// cannot exhaust the stack.
    /// </summary>
    private static IEnumerable<int[]> Trails(Dictionary<int, List<(int Parent, int Relationship)>> parents, int start, int end)
    {
        var pending = new Stack<(int Node, int[] Suffix)>();
        pending.Push((end, []));
        while (pending.Count > 0)
        {
            var (node, suffix) = pending.Pop();
            if (node == start)
            {
                yield return suffix;
                continue;
            }
            foreach (var (parent, relationship) in parents[node]) pending.Push((parent, [relationship, .. suffix]));
        }
    }
}
