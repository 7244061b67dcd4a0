using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// A one-hop counting walk from a label scan, split into morsels of anchors across threads.
internal sealed partial class PatternMatcher
{
    // Morsels per worker for a walk: anchors differ in degree, so more morsels than workers even out the load.
    private const int MorselsPerWorker = 8;

    /// <summary>
    /// <c>MATCH (a:L)-[:T]-&gt;(b:M)</c> counted per anchor when nothing reads the hop or its target, on a snapshot the
    /// transaction has not changed: each worker counts a morsel of the label's ids from the adjacency's types and the
    /// target labels' bitsets, and the anchors' counts are recorded in id order — the serial walk's tuples, counts
    /// and order. False when another shape applies (the caller walks on one thread).
    /// </summary>
    private bool TryCountHopInMorsels(CountingWalk walk, int anchor, Row row)
    {
        var plan = walk.Plan;
        if (plan.Relationships is not [{ Length: null, Properties: null } pattern] || _context.Graph.HasChanges) return false;
        var node = plan.Nodes[anchor];
        var target = 1 - anchor;
        if (node.Labels.Count == 0 || node.Properties is not null || walk.FixedIds[anchor] is not null || walk.State.LabelTests[anchor] is not null ||
            (node.Variable is { } variable && row.Has(variable.Name)) ||
            walk.NodeRead[target] || walk.RelationshipRead[0] || !CountsByBits(walk, target))
            return false;
        var ids = _context.Graph.Snapshot.NodesByLabel.GetValueOrDefault(RarestLabel(node.Labels));
        var edges = EstimatedRelationships([pattern]);
        var workers = _context.Parallelism.Workers;
        // Fewer relationships than a morsel per worker: one thread finishes before others would have started.
        if (ids is null || workers < 2 || edges < (double)_context.Parallelism.MorselSize * workers || ids.Length < 2) return false;
        var bits = TargetBitsOf(walk, target);
        var direction = TraversalDirection(pattern.Direction, anchor == 0);
        var split = MorselSplit(ids.Length);
        var parts = MorselRunner.Run(ids.Length, split, _context.Budget, (start, end, worker) =>
            CountAnchors(walk, anchor, ids, start, end, bits, direction, worker));
        // Charged here, on the query's thread: workers never touch the budget's byte count.
        _context.Budget.Reserve(parts.Sum(part => 16L * part.Count));
        foreach (var part in parts)
            foreach (var (id, matches) in part)
            {
                walk.State.NodeIds[anchor] = id;
                walk.Record(matches);
            }
        return true;
    }

    /// <summary>One morsel: each accepted anchor of ids[start..end) with its number of fitting entries (those with none are left out).</summary>
    private List<(int Anchor, long Matches)> CountAnchors(
        CountingWalk walk, int anchor, int[] ids, int start, int end, ulong[]?[]? bits, Direction direction, WorkerBudget worker)
    {
        var counted = new List<(int, long)>();
        var types = walk.Types[0];
        for (var i = start; i < end; i++)
        {
            worker.Poll();
            var id = ids[i];
            if (!Accepts(walk, anchor, id) || bits is null ||
                !GraphTransaction.TryCommittedHops(_context.Graph.Snapshot, id, out var outgoing, out var incoming))
                continue;
            var matches = direction == Direction.Incoming ? 0 : CountHopsByBits(bits, types, outgoing, -1, worker.Poll);
            if (direction != Direction.Outgoing)
                matches += CountHopsByBits(bits, types, incoming, direction == Direction.Both ? id : -1, worker.Poll);
            if (matches > 0) counted.Add((id, matches));
        }
        return counted;
    }
}
