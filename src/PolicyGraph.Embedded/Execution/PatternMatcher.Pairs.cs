using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// A two-hop counting walk from the middle node, (a)-[:T]->(m:M)<-[:T]-(b), counted per middle node's pairs of ends.
internal sealed partial class PatternMatcher
{
    // Morsels finished ahead of the next one to merge that may wait, per worker: bounds the tables alive at once.
    private const int MorselsAheadPerWorker = 2;

    // The ends of the last pair walk, reused by the next input row of the same MATCH on the same snapshot.
    private (PatternPlan Plan, MatchSlot[] Slots, Expression? Where, GraphSnapshot Snapshot, PairEnds? Ends)? _pairEnds;

    /// <summary>
    /// <c>MATCH (a:A)-[:T]-&gt;(m:M)&lt;-[:T]-(b:B)</c> walked from <c>m</c> when nothing reads the middle or the hops,
    /// on a snapshot the transaction has not changed: each end's candidates are resolved once per MATCH (labels,
    /// label tests and the entity recorded for its slot, <see cref="PairEnds"/>), then every middle node pairs its
    /// fitting entries on both sides, in morsels of the middle label's ids when several workers may run. Tuples,
    /// counts and their first-seen order are the serial walk's (right entries outside, left inside; morsels merged
    /// in order). A leading <c>a.key &lt; b.key</c> in the MATCH's WHERE drops pairs of strings that compare false
    /// before they become tuples; the WHERE still runs on what is left, unless it is that comparison alone and every
    /// pair kept compared two strings (<see cref="MatchTupleCounts.WhereHolds"/>). False when another shape applies.
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
        var ids = _context.Graph.Snapshot.NodesByLabel.GetValueOrDefault(RarestLabel(middle.Labels));
        var middleBits = LabelBitsOf(middle.Labels);
        if (ResolvePairEnds(walk, where) is not { } ends) return false;
        // A middle label no node has: no match.
        if (ids is null || middleBits.Any(b => b is null)) return true;
        counts.WhereHolds = ends.DecidesWhere;
        var workers = _context.Parallelism.Workers;
        // Fewer relationships than a morsel per worker: one thread finishes before others would have started.
        if (workers < 2 || ids.Length < 2 || ends.Relationships < (double)_context.Parallelism.MorselSize * workers)
            ends.CountMiddles(ids, 0, ids.Length, middleBits, counts, _context.Tick, new TupleCharge(counts, _context.Budget));
        else
            CountPairsInMorsels(ends, ids, middleBits, counts, workers);
        return true;
    }

    private string RarestLabel(IEnumerable<string> labels) => labels.MinBy(_context.Graph.EstimateLabelCount)!;

    /// <summary>Relationships of the hops' types (all relationships when a hop has no type): what a walk over them reads.</summary>
    private double EstimatedRelationships(IReadOnlyList<RelationshipPattern> hops)
    {
        var graph = _context.Graph;
        if (hops.Any(hop => hop.Types.Count == 0)) return graph.EstimateRelationshipCount();
        return hops.SelectMany(hop => hop.Types).Distinct().Sum(graph.EstimateRelationshipTypeCount);
    }

    /// <summary>The query's parallelism, morsels sized to give each worker <see cref="MorselsPerWorker"/> of <paramref name="count"/>.</summary>
    private QueryParallelism MorselSplit(int count) =>
        _context.Parallelism with { MorselSize = Math.Max(1, count / (_context.Parallelism.Workers * MorselsPerWorker)) };

    /// <summary>The ids of an end's rarest label, in id order: the candidates its table spans.</summary>
    private int[] EndIds(NodePattern end) => _context.Graph.Snapshot.NodesByLabel.GetValueOrDefault(RarestLabel(end.Labels)) ?? [];

    /// <summary>The ends for this MATCH, resolved on its first input row and reused while the snapshot stays.</summary>
    private PairEnds? ResolvePairEnds(CountingWalk walk, Expression? where)
    {
        var snapshot = _context.Graph.Snapshot;
        if (_pairEnds is { } known && known.Plan == walk.Plan && known.Slots == walk.Slots && known.Where == where &&
            known.Snapshot == snapshot)
            return known.Ends;
        var ends = PairEnds.Resolve(this, walk, where);
        _pairEnds = (walk.Plan, walk.Slots, where, snapshot, ends);
        return ends;
    }

    /// <summary>
    /// The pair walk in morsels: each finished morsel's table is merged into <paramref name="counts"/> in morsel order
    /// as soon as the ones before it are, then given back, and a worker waits before running too far ahead, so only a
    /// bounded number of tables are alive. The merged table is charged as it grows, as the serial walk charges it.
    /// </summary>
    private void CountPairsInMorsels(PairEnds ends, int[] ids, ulong[]?[] middleBits, MatchTupleCounts counts, int workers)
    {
        var split = MorselSplit(ids.Length);
        var size = split.MorselSize;
        var arity = ends.Arity;
        using var merge = new OrderedMerge(counts, new TupleCharge(counts, _context.Budget), workers * MorselsAheadPerWorker);
        MorselRunner.Run(ids.Length, split, _context.Budget, (start, end, worker) =>
        {
            var morsel = start / size;
            merge.WaitForTurn(morsel, worker);
            var part = counts.NewPart(arity);
            part.WhereHolds = true;
            try
            {
                ends.CountMiddles(ids, start, end, middleBits, part, worker.Poll, charge: null);
            }
            catch
            {
                part.Dispose();
                throw;
            }
            merge.Complete(morsel, part, worker);
            return true;
        });
    }

    /// <summary>
    /// Charges the query's budget for what a tuple table grew by since the last call (its first arrays are free, as
    /// for every counting walk).
    /// </summary>
    private sealed class TupleCharge(MatchTupleCounts counts, QueryBudget budget)
    {
        private long _charged = counts.Bytes;

        public void Update()
        {
            var bytes = counts.Bytes;
            if (bytes == _charged) return;
            budget.Reserve(bytes - _charged);
            _charged = bytes;
        }
    }

    /// <summary>Morsels' tables merged in morsel order under one lock; the worker that completes the next one merges what is ready.</summary>
    private sealed class OrderedMerge(MatchTupleCounts into, TupleCharge charge, int ahead) : IDisposable
    {
        private readonly object _gate = new();
        private readonly Dictionary<int, MatchTupleCounts> _ready = [];
        private int _next;

        /// <summary>Waits while <paramref name="morsel"/> is too far ahead of the next morsel to merge.</summary>
        public void WaitForTurn(int morsel, WorkerBudget worker)
        {
            lock (_gate)
                while (morsel - _next >= ahead)
                {
                    Monitor.Wait(_gate, TimeSpan.FromMilliseconds(20));
                    worker.Check();
                }
        }

        public void Complete(int morsel, MatchTupleCounts part, WorkerBudget worker)
        {
            lock (_gate)
            {
                _ready[morsel] = part;
                while (_ready.Remove(_next, out var ready))
                    using (ready)
                    {
                        into.WhereHolds &= ready.WhereHolds;
                        for (var i = 0; i < ready.Count; i++)
                        {
                            worker.Poll();
                            into.Add(ready.Tuple(i), ready.Multiplicity(i));
                            charge.Update();
                        }
                        _next++;
                    }
                Monitor.PulseAll(_gate);
            }
        }

        public void Dispose()
        {
            foreach (var part in _ready.Values) part.Dispose();
        }
    }
}
