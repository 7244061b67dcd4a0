using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// Which of a selective pattern's known ends can be reached from its start at all: a breadth-first walk over every
// relationship the pattern could follow (direction, types and properties kept; node filters and relationship
// uniqueness ignored), so it over-approximates and no end a match could reach is dropped. Without it a search for
// an unreachable end deepens until the timeout.
internal sealed partial class PatternMatcher
{
    /// <summary>The ends in <paramref name="ends"/> reachable from <paramref name="start"/>; the walk stops once all are found.</summary>
    private HashSet<int> ReachableEnds(PatternPlan plan, int start, bool forward, Row row, PatternProperties properties, IReadOnlySet<int> ends)
    {
        var found = new HashSet<int>();
        var reached = new HashSet<int> { start };
        var frontier = new Queue<int>([start]);
        var hops = new List<(int Relationship, int Other)>();
        while (frontier.Count > 0 && found.Count < ends.Count)
        {
            var node = frontier.Dequeue();
            if (ends.Contains(node)) found.Add(node);
            hops.Clear();
            AddPossibleHops(plan, node, forward, row, properties, hops);
            foreach (var (_, other) in hops)
            {
                _context.Tick();
                if (reached.Add(other)) frontier.Enqueue(other);
            }
        }
        return found;
    }

    /// <summary>The hops from <paramref name="node"/> that some relationship of the plan allows (any hop inside a quantified group).</summary>
    private void AddPossibleHops(PatternPlan plan, int node, bool forward, Row row, PatternProperties properties, List<(int Relationship, int Other)> into)
    {
        for (var index = 0; index < plan.Relationships.Length; index++)
        {
            if (plan.Quantified[index] is not null)
            {
                AddEveryHop(node, into);
                continue;
            }
            var pattern = plan.Relationships[index];
            Neighbours(node, TraversalDirection(pattern.Direction, forward), pattern, row, index, properties, into);
        }
    }

    private void AddEveryHop(int node, List<(int Relationship, int Other)> into)
    {
        var graph = _context.Graph;
        // An unchanged node's rows (on an opened store, the file's compact rows: no record built), as Neighbours reads them.
        if (graph.TryUnchangedHops(node, out var outgoingHops, out var incomingHops))
        {
            AddHops(outgoingHops, into);
            AddHops(incomingHops, into);
            return;
        }
        var outgoing = graph.Outgoing(node);
        for (var i = 0; i < outgoing.Count; i++)
        {
            _context.Tick();
            into.Add((outgoing[i], graph.EndNode(outgoing[i])));
        }
        var incoming = graph.Incoming(node);
        for (var i = 0; i < incoming.Count; i++)
        {
            _context.Tick();
            into.Add((incoming[i], graph.StartNode(incoming[i])));
        }
    }

    private void AddHops(HopRow row, List<(int Relationship, int Other)> into)
    {
        for (var i = 0; i < row.Length; i++)
        {
            _context.Tick();
            into.Add((row[i].Relationship, row.Other(i)));
        }
    }
}
