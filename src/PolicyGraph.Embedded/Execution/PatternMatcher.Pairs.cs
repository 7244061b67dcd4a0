using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// A two-hop counting walk from the middle node, (a)-[:T]->(m:M)<-[:T]-(b), counted per middle node's pairs of ends.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// <c>MATCH (a:A)-[:T]-&gt;(m:M)&lt;-[:T]-(b:B)</c> walked from <c>m</c> when nothing reads the middle or the hops,
    /// on a snapshot the transaction has not changed: each end's candidates are resolved once (labels, label tests
    /// and the entity recorded for its slot, <see cref="PairEnds"/>), then every middle node pairs its fitting entries
    /// on both sides, in morsels of the middle label's ids when several workers may run. Tuples, counts and their
    /// first-seen order are the serial walk's (right entries outside, left inside; morsels merged in order). A leading
    /// <c>a.key &lt; b.key</c> in the MATCH's WHERE drops pairs of strings that compare false before they become
    /// tuples; the WHERE still runs on what is left, unless it is that comparison alone and every pair kept compared
    /// two strings (<see cref="MatchTupleCounts.WhereHolds"/>). False when another shape applies.
    /// </summary>
    private bool TryCountPairs(CountingWalk walk, int anchor, Row row, Expression? where, MatchTupleCounts counts)
    {
        var plan = walk.Plan;
        if (anchor != 1 || _context.Graph.HasChanges ||
            plan.Relationships is not [{ Length: null, Properties: null }, { Length: null, Properties: null }])
            return false;
        var middle = plan.Nodes[1];
        if (middle.Labels.Count == 0 || middle.Properties is not null || walk.NodeRead[1] || walk.RelationshipRead[0] ||
            walk.RelationshipRead[1] || walk.State.LabelTests[1] is not null ||
            walk.FixedIds.Any(id => id is not null) || walk.SameAs.Any(same => same is not null) ||
            (middle.Variable is { } variable && row.Has(variable.Name)))
            return false;
        var snapshot = _context.Graph.Snapshot;
        var ids = snapshot.NodesByLabel.GetValueOrDefault(middle.Labels.MinBy(_context.Graph.EstimateLabelCount)!);
        var middleBits = LabelBitsOf(middle.Labels);
        if (PairEnds.Resolve(this, walk, where) is not { } ends) return false;
        // A middle label no node has: no match.
        if (ids is null || middleBits.Any(b => b is null)) return true;
        var workers = _context.Parallelism.Workers;
        // Fewer relationships than a morsel per worker: one thread finishes before others would have started.
        if (workers < 2 || ids.Length < 2 || ends.Relationships < (double)_context.Parallelism.MorselSize * workers)
        {
            counts.WhereHolds = ends.DecidesWhere;
            ends.CountMiddles(ids, 0, ids.Length, middleBits, counts, _context.Tick);
            return true;
        }
        var split = _context.Parallelism with { MorselSize = Math.Max(1, ids.Length / (workers * MorselsPerWorker)) };
        var parts = MorselRunner.Run(ids.Length, split, _context.Budget, (start, end, worker) =>
        {
            var part = new MatchTupleCounts(walk.Slots.Length) { WhereHolds = ends.DecidesWhere };
            ends.CountMiddles(ids, start, end, middleBits, part, worker.Poll);
            return part;
        });
        MergeInOrder(parts, counts);
        return true;
    }

    /// <summary>Adds each part's tuples to <paramref name="counts"/>, parts in order, and gives their arrays back.</summary>
    private void MergeInOrder(MatchTupleCounts[] parts, MatchTupleCounts counts)
    {
        try
        {
            // Charged here, on the query's thread: workers never touch the budget's byte count.
            _context.Budget.Reserve(parts.Sum(part => 16L * part.Count));
            counts.WhereHolds = parts.All(part => part.WhereHolds);
            foreach (var part in parts)
                for (var i = 0; i < part.Count; i++)
                {
                    _context.Tick();
                    counts.Add(part.Tuple(i), part.Multiplicity(i));
                }
        }
        finally
        {
            foreach (var part in parts) part?.Dispose();
        }
    }
}
