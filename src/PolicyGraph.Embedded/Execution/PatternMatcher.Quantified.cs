using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// Quantified path patterns: the repeated part is matched one repetition at a time, depth-first, each repetition
// starting where the previous one ended; relationships stay unique across repetitions and the whole MATCH.
internal sealed partial class PatternMatcher
{
    private IEnumerable<Row> QuantifiedHops(
        PatternPlan plan, int index, QuantifiedPlan group, bool forward, IEnumerable<Row> inputs, MatchState state, UsedRelationships used,
        PatternProperties properties)
    {
        var target = forward ? index + 1 : index;
        foreach (var row in inputs)
        {
            var from = state.NodeIds[forward ? index : index + 1];
            foreach (var walk in Repeat(group, from, forward, row, used, state))
            {
                if (!TryBindNode(plan, target, walk.End, row, state, properties, out var bound)) continue;
                state.Trails[index] = walk.Trail(forward);
                var length = walk.Count * group.Inner.Relationships.Length;
                state.LengthLeft -= length;
                yield return BindGroupVariables(group, bound, walk, forward);
                state.LengthLeft += length;
            }
        }
    }

    /// <summary>
    /// Every sequence of Min..Max repetitions from <paramref name="from"/>, as a live walk (valid until the
    /// expansion resumes). An explicit stack of repetition iterators, so a long walk cannot exhaust the call stack.
    /// </summary>
    /// <param name="state">Its length cap (a path selector's) bounds the repetitions; reaching it with more possible marks it truncated.</param>
    private IEnumerable<RepetitionWalk> Repeat(QuantifiedPlan group, int from, bool forward, Row row, UsedRelationships used, MatchState state)
    {
        var walk = new RepetitionWalk(from);
        var max = Math.Min(group.Max, state.LengthLeft / group.Inner.Relationships.Length);
        var capped = max < group.Max;
        if (group.Min > max)
        {
            state.Truncated |= capped;
            yield break;
        }
        if (group.Min == 0) yield return walk;
        var frames = new Stack<IEnumerator<Repetition>>();
        frames.Push(Repetitions(group, max > 0 ? from : null, forward, row, used).GetEnumerator());
        try
        {
            while (frames.Count > 0)
            {
                _context.Tick();
                var frame = frames.Peek();
                if (!frame.MoveNext())
                {
                    frames.Pop().Dispose();
                    if (frames.Count > 0) walk.Pop();
                    continue;
                }
                walk.Push(frame.Current);
                if (walk.Count >= group.Min) yield return walk;
                if (walk.Count == max && capped && !state.Truncated) state.Truncated = Repetitions(group, walk.End, forward, row, used).Any();
                frames.Push(Repetitions(group, walk.Count < max ? walk.End : null, forward, row, used).GetEnumerator());
            }
        }
        finally
        {
            while (frames.Count > 0) frames.Pop().Dispose();
        }
    }

    /// <summary>Each match of the repeated part starting at <paramref name="from"/> (none when null: the bound is reached).</summary>
    private IEnumerable<Repetition> Repetitions(QuantifiedPlan group, int? from, bool forward, Row row, UsedRelationships used)
    {
        if (from is null) yield break;
        var inner = group.Inner;
        var state = new MatchState(inner, _context, row);
        var properties = new PatternProperties(inner, row, _context);
        var last = inner.Nodes.Length - 1;
        if (!TryBindNode(inner, forward ? 0 : last, from.Value, row, state, properties, out var start)) yield break;
        foreach (var matched in RepetitionSteps(group, 0, forward, start, state, used, properties))
        {
            var relationships = forward ? state.Relationships.ToArray() : state.Relationships.Reverse().ToArray();
            var values = group.GroupVariables.Select(matched.Get).ToArray();
            yield return new Repetition(state.NodeIds[forward ? last : 0], relationships, values);
        }
    }

    /// <summary>Binds the repeated part's relationships one after the other (in walking order), then checks its predicates.</summary>
    private IEnumerable<Row> RepetitionSteps(
        QuantifiedPlan group, int step, bool forward, Row row, MatchState state, UsedRelationships used, PatternProperties properties)
    {
        var inner = group.Inner;
        var count = inner.Relationships.Length;
        if (step == count)
        {
            if (group.Predicates.All(predicate => _context.IsTrue(predicate, row))) yield return row;
            yield break;
        }
        var index = forward ? step : count - 1 - step;
        var pattern = inner.Relationships[index];
        var direction = TraversalDirection(pattern.Direction, forward);
        foreach (var (relationship, other) in Neighbours(state.NodeIds[forward ? index : index + 1], direction, pattern, row, index, properties, []))
        {
            _context.Tick();
            if (used.Contains(relationship)) continue;
            if (!TryBindNode(inner, forward ? index + 1 : index, other, row, state, properties, out var bound)) continue;
            if (pattern.Variable is { } variable) bound = bound.With(variable.Name, _context.Graph.Snapshot.BoxedRelationship(relationship));
            state.Relationships[index] = relationship;
            used.Add(relationship);
            try
            {
                foreach (var complete in RepetitionSteps(group, step + 1, forward, bound, state, used, properties)) yield return complete;
            }
            finally
            {
                // Also when a caller stops early (a look-ahead for one more repetition): the relationship is free again.
                used.Remove(relationship);
            }
        }
    }

    /// <summary>Binds each group variable to the list of its values, one per repetition in pattern order.</summary>
    private Row BindGroupVariables(QuantifiedPlan group, Row row, RepetitionWalk walk, bool forward)
    {
        var bound = row;
        for (var i = 0; i < group.GroupVariables.Length; i++)
        {
            var values = walk.Values(i, forward);
            _context.Budget.ReserveElements(values.Length);
            bound = bound.With(group.GroupVariables[i], values);
        }
        return bound;
    }
}

/// <summary>One match of a quantified path pattern's repeated part: where it ends, its relationships and its variables' values.</summary>
internal sealed record Repetition(int End, int[] Relationships, object?[] Values);

/// <summary>The repetitions taken so far on the way out from the start node, in walking order.</summary>
internal sealed class RepetitionWalk(int start)
{
    private readonly List<Repetition> _taken = [];

    public int Count => _taken.Count;

    public int End => _taken.Count == 0 ? start : _taken[^1].End;

    public void Push(Repetition repetition) => _taken.Add(repetition);

    public void Pop() => _taken.RemoveAt(_taken.Count - 1);

    /// <summary>All relationships in pattern order (a backward walk is reversed).</summary>
    public int[] Trail(bool forward)
    {
        var trail = _taken.SelectMany(r => r.Relationships).ToArray();
        if (!forward) Array.Reverse(trail);
        return trail;
    }

    public object?[] Values(int variable, bool forward)
    {
        var values = _taken.Select(r => r.Values[variable]).ToArray();
        if (!forward) Array.Reverse(values);
        return values;
    }
}
