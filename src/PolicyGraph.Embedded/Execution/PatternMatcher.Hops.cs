using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// Following relationships: single hops and variable-length expansion (depth-first, relationship-unique).
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// Matches relationship <paramref name="index"/> of the plan for every input row, going from node index
    /// (forward) or index + 1 (backward) to the other side, and binds what it finds.
    /// </summary>
    private IEnumerable<Row> Hop(
        PatternPlan plan, int index, bool forward, IEnumerable<Row> inputs, MatchState state, UsedRelationships used, PatternProperties properties) =>
        plan.Quantified[index] is { } group ? QuantifiedHops(plan, index, group, forward, inputs, state, used, properties)
        : plan.Relationships[index].Length is null
            ? SingleHops(plan, index, forward, inputs, state, used, properties)
            : VariableHops(plan, index, forward, inputs, state, used, properties);

    private IEnumerable<Row> SingleHops(
        PatternPlan plan, int index, bool forward, IEnumerable<Row> inputs, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        var pattern = plan.Relationships[index];
        var variable = pattern.Variable?.Name;
        var target = forward ? index + 1 : index;
        var direction = TraversalDirection(pattern.Direction, forward);
        var tracked = plan.TracksUniqueness;
        foreach (var row in inputs)
        {
            if (!BoundRelationship(variable, row, out var boundRelationship)) continue;
            var neighbours = Neighbours(state.NodeIds[forward ? index : index + 1], direction, pattern, row, index, properties, state.Buffer(index));
            if (state.LengthLeft < 1)
            {
                state.Truncated |= neighbours.Count > 0;
                continue;
            }
            foreach (var (relationship, other) in neighbours)
            {
                // Polled per neighbour, not per input row: a chain of fixed hops from one anchor can fan out without end.
                _context.Tick();
                if (tracked && used.Contains(relationship)) continue;
                if (boundRelationship is { } fixedRelationship && fixedRelationship.Id != relationship) continue;
                if (!TryBindNode(plan, target, other, row, state, properties, out var bound)) continue;
                if (variable is not null && boundRelationship is null) bound = bound.With(variable, _context.Graph.Snapshot.BoxedRelationship(relationship));
                state.Relationships[index] = relationship;
                state.LengthLeft--;
                if (!tracked)
                {
                    yield return bound;
                    state.LengthLeft++;
                    continue;
                }
                used.Add(relationship);
                yield return bound;
                used.Remove(relationship);
                state.LengthLeft++;
            }
        }
    }

    /// <summary>
    /// The relationship a row already binds to the hop's variable (null when unbound); false when the variable
    /// holds something else, so nothing can match.
    /// </summary>
    private static bool BoundRelationship(string? variable, Row row, out RelationshipRef? bound)
    {
        bound = null;
        if (variable is null || !row.TryGetValue(variable, out var existing)) return true;
        if (existing is not RelationshipRef reference) return false;
        bound = reference;
        return true;
    }

    private IEnumerable<Row> VariableHops(
        PatternPlan plan, int index, bool forward, IEnumerable<Row> inputs, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        var target = forward ? index + 1 : index;
        var direction = TraversalDirection(plan.Relationships[index].Direction, forward);
        foreach (var row in inputs)
        {
            var from = state.NodeIds[forward ? index : index + 1];
            foreach (var bound in VariableHop(plan, index, from, target, direction, forward, row, state, used, properties))
                yield return bound;
        }
    }

    private IEnumerable<Row> VariableHop(
        PatternPlan plan, int index, int from, int target, Direction direction, bool forward, Row row, MatchState state,
        UsedRelationships used, PatternProperties properties)
    {
        var pattern = plan.Relationships[index];
        var variable = pattern.Variable?.Name;
        var min = (int)Math.Min(pattern.Length!.Min ?? 1, int.MaxValue);
        var unlimited = (int)Math.Min(pattern.Length.Max ?? int.MaxValue, int.MaxValue);
        var max = Math.Min(unlimited, state.LengthLeft);
        var capped = max < unlimited;
        if (min > max)
        {
            state.Truncated |= capped;
            yield break;
        }
        IReadOnlyList<object?>? boundList = null;
        if (variable is not null && row.TryGetValue(variable, out var existing))
        {
            if (existing is not IReadOnlyList<object?> list) yield break;
            boundList = list;
        }
        // The trail is only copied out when something will read it: the relationship list variable or a path.
        var keepsTrail = variable is not null || plan.PathVariable is not null;
        foreach (var (end, walked) in Expand(from, direction, pattern, min, max, used, row, index, properties, capped ? state : null))
        {
            int[] inPatternOrder = [];
            if (keepsTrail)
            {
                inPatternOrder = walked.ToArray();
                if (!forward) Array.Reverse(inPatternOrder);
            }
            if (boundList is not null && !SameRelationships(boundList, inPatternOrder)) continue;
            if (!TryBindNode(plan, target, end, row, state, properties, out var bound)) continue;
            if (variable is not null && boundList is null)
                bound = bound.With(variable, inPatternOrder.Select(r => (object?)new RelationshipRef(r)).ToArray());
            state.Trails[index] = inPatternOrder;
            var length = walked.Count;
            state.LengthLeft -= length;
            yield return bound;
            state.LengthLeft += length;
        }
    }

    /// <summary>
    /// Depth-first walk yielding every relationship-unique trail of length min..max from <paramref name="start"/>.
    /// The yielded list is the live trail (valid until the walk resumes); its relationships stay in
    /// <paramref name="used"/> while the caller consumes a result. Candidate lists are reused per depth.
    /// </summary>
    /// <param name="capped">Set when <paramref name="max"/> is a path selector's length cap: a walk that could go on past it marks the state truncated.</param>
    private IEnumerable<(int End, List<int> Relationships)> Expand(
        int start, Direction direction, RelationshipPattern pattern, int min, int max, UsedRelationships used, Row row, int index, PatternProperties properties,
        MatchState? capped = null)
    {
        var trail = new List<int>();
        if (min == 0) yield return (start, trail);
        var candidatesByDepth = new List<List<(int Relationship, int Other)>>();
        var frames = new List<(List<(int Relationship, int Other)> Candidates, int Next)>
        {
            (max > 0 ? Neighbours(start, direction, pattern, row, index, properties, CandidateList(candidatesByDepth, 0)) : [], 0),
        };
        while (frames.Count > 0)
        {
            _context.Tick();
            var (candidates, next) = frames[^1];
            if (next >= candidates.Count)
            {
                frames.RemoveAt(frames.Count - 1);
                if (frames.Count > 0)
                {
                    used.Remove(trail[^1]);
                    trail.RemoveAt(trail.Count - 1);
                }
                continue;
            }
            frames[^1] = (candidates, next + 1);
            var (relationship, other) = candidates[next];
            if (used.Contains(relationship)) continue;
            used.Add(relationship);
            trail.Add(relationship);
            if (trail.Count >= min) yield return (other, trail);
            var deeper = CandidateList(candidatesByDepth, trail.Count);
            if (trail.Count < max) Neighbours(other, direction, pattern, row, index, properties, deeper);
            else if (capped is { Truncated: false }) capped.Truncated = Neighbours(other, direction, pattern, row, index, properties, []).Any(c => !used.Contains(c.Relationship));
            frames.Add((deeper, 0));
        }
    }

    /// <summary>The (cleared) candidate list for one depth: a frame is always popped before its depth is reused.</summary>
    private static List<(int Relationship, int Other)> CandidateList(List<List<(int Relationship, int Other)>> byDepth, int depth)
    {
        while (byDepth.Count <= depth) byDepth.Add([]);
        byDepth[depth].Clear();
        return byDepth[depth];
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the relationships of <paramref name="node"/> that fit the pattern's direction,
    /// types and properties, each with its far end. Filling a list (reused by single hops) avoids an iterator per hop.
    /// </summary>
    private List<(int Relationship, int Other)> Neighbours(
        int node, Direction direction, RelationshipPattern pattern, Row row, int index, PatternProperties properties,
        List<(int Relationship, int Other)> into)
    {
        if (pattern.DynamicType is { } dynamic) return DynamicTypeNeighbours(node, direction, pattern, dynamic, row, index, properties, into);
        var graph = _context.Graph;
        if (graph.TryUnchangedHops(node, out var outgoingHops, out var incomingHops))
        {
            if (direction != Direction.Incoming) AddFittingHops(outgoingHops, node, skipSelfLoops: false, pattern, row, index, properties, into);
            if (direction != Direction.Outgoing)
                AddFittingHops(incomingHops, node, skipSelfLoops: direction == Direction.Both, pattern, row, index, properties, into);
            return into;
        }
        if (direction != Direction.Incoming)
        {
            var outgoing = graph.Outgoing(node);
            for (var i = 0; i < outgoing.Count; i++)
            {
                _context.Tick();
                var relationship = outgoing[i];
                if (Fits(relationship, pattern, row, index, properties)) into.Add((relationship, graph.EndNode(relationship)));
            }
        }
        if (direction != Direction.Outgoing)
        {
            var incoming = graph.Incoming(node);
            for (var i = 0; i < incoming.Count; i++)
            {
                _context.Tick();
                var relationship = incoming[i];
                var start = graph.StartNode(relationship);
                // A self-loop already came through the outgoing list when both directions are followed.
                if (direction == Direction.Both && start == node) continue;
                if (Fits(relationship, pattern, row, index, properties)) into.Add((relationship, start));
            }
        }
        return into;
    }

    /// <summary>
    /// -[:$(expr)]-&gt;: the types are evaluated for the row, then the relationships of any type are kept when theirs is
    /// one of them ($any) or the only one ($(…) / $all: a list of several types matches nothing, a relationship has one).
    /// </summary>
    private List<(int Relationship, int Other)> DynamicTypeNeighbours(
        int node, Direction direction, RelationshipPattern pattern, DynamicLabel dynamic, Row row, int index, PatternProperties properties,
        List<(int Relationship, int Other)> into)
    {
        var first = into.Count;
        Neighbours(node, direction, pattern with { DynamicType = null }, row, index, properties, into);
        var types = DynamicNames.Of(dynamic.Expression, _context.Evaluate(dynamic.Expression, row)).Distinct(StringComparer.Ordinal).ToArray();
        var graph = _context.Graph;
        bool Allowed(int relationship) =>
            (dynamic.Any || types.Length == 1) && types.Contains(graph.RelationshipType(relationship), StringComparer.Ordinal);
        var kept = into.Skip(first).Where(hop => Allowed(hop.Relationship)).ToList();
        into.RemoveRange(first, into.Count - first);
        into.AddRange(kept);
        return into;
    }

    /// <summary>The committed-node path: types and far ends come from the adjacency entries themselves.</summary>
    private void AddFittingHops(
        HopRow hops, int node, bool skipSelfLoops, RelationshipPattern pattern, Row row, int index, PatternProperties properties,
        List<(int Relationship, int Other)> into)
    {
        var types = pattern.Types;
        for (var i = 0; i < hops.Length; i++)
        {
            var hop = hops[i];
            _context.Tick();
            // A self-loop already came through the outgoing list when both directions are followed.
            if (skipSelfLoops && hop.Other == node) continue;
            if (types.Count > 0 && !HasType(types, hop.Type)) continue;
            if (pattern.ExcludedTypes is { } excluded && HasType(excluded, hop.Type)) continue;
            // No liveness check needed: deleting a relationship drafts both its nodes, so an unchanged node's
            // committed relationships all still exist.
            if (pattern.Properties is not null && !RelationshipPropertiesMatch(hop.Relationship, row, index, properties)) continue;
            into.Add((hop.Relationship, hop.Other));
        }
    }

    private static bool HasType(IReadOnlyList<string> types, string type)
    {
        for (var i = 0; i < types.Count; i++)
            if (string.Equals(type, types[i], StringComparison.Ordinal)) return true;
        return false;
    }

    private bool Fits(int relationship, RelationshipPattern pattern, Row row, int index, PatternProperties properties)
    {
        var types = pattern.Types;
        if (types.Count > 0)
        {
            var type = _context.Graph.RelationshipType(relationship);
            var typeMatches = false;
            for (var i = 0; i < types.Count && !typeMatches; i++)
                typeMatches = string.Equals(type, types[i], StringComparison.Ordinal);
            if (!typeMatches) return false;
        }
        if (pattern.ExcludedTypes is { } excluded && HasType(excluded, _context.Graph.RelationshipType(relationship))) return false;
        return pattern.Properties is null || RelationshipPropertiesMatch(relationship, row, index, properties);
    }

    // Kept apart from the loops: a lambda capturing a local or parameter allocates its closure on entering that
    // variable's scope, whether or not the lambda is ever created.
    private bool RelationshipPropertiesMatch(int relationship, Row row, int index, PatternProperties properties) =>
        PatternProperties.Satisfies(properties.RelationshipMap(index, row), key => _context.Graph.RelationshipProperty(relationship, key));

    private static Direction TraversalDirection(RelationshipDirection written, bool forward) => written switch
    {
        RelationshipDirection.Outgoing => forward ? Direction.Outgoing : Direction.Incoming,
        RelationshipDirection.Incoming => forward ? Direction.Incoming : Direction.Outgoing,
        _ => Direction.Both,
    };

    private static bool SameRelationships(IReadOnlyList<object?> bound, int[] walked) =>
        bound.Count == walked.Length && bound.Select((value, i) => value is RelationshipRef r && r.Id == walked[i]).All(same => same);
}
