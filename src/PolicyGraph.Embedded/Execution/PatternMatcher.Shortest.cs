using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// shortestPath / allShortestPaths: breadth-first search between every pair of endpoint candidates.
internal sealed partial class PatternMatcher
{
    private IEnumerable<Row> MatchShortest(PatternPlan plan, Row row, UsedRelationships used)
    {
        if (plan.Relationships.Length != 1)
            throw new CypherException("SyntaxError", "InvalidArgumentType", QueryPhase.CompileTime,
                "shortestPath and allShortestPaths need a pattern with exactly one relationship.");
        var properties = new PatternProperties(plan, row, _context);
        var state = new MatchState(plan, _context.Graph, row);
        foreach (var start in AnchorCandidates(plan, 0, row, properties, EqualityHints.None).ToList())
        {
            if (!TryBindNode(plan, 0, start, row, state, properties, out var withStart)) continue;
            foreach (var end in AnchorCandidates(plan, 1, withStart, properties, EqualityHints.None).ToList())
            {
                _context.Tick();
                if (!TryBindNode(plan, 1, end, withStart, state, properties, out var withBoth)) continue;
                foreach (var trail in ShortestTrails(plan, start, end, withBoth, used, properties))
                    yield return BindTrail(plan, withBoth, state, trail);
            }
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
