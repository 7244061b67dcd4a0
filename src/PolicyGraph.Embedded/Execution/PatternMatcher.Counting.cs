using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// Counting matches by the ids an aggregation reads, without building a row per match (see FactorisedMatchPlan).
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// Every match of <paramref name="plan"/>'s single part for one input row, counted by the ids of
    /// <paramref name="slots"/>. Same anchor choice, hop order, label, property and relationship-uniqueness rules
    /// as <see cref="MatchPattern"/>; the MATCH's WHERE is left to the caller, which evaluates it per tuple.
    /// </summary>
    public MatchTupleCounts CountMatches(PatternPlan plan, Row row, Expression? where, MatchSlot[] slots)
    {
        var counts = new MatchTupleCounts(slots.Length);
        var walk = new CountingWalk(plan, row, slots, counts, _context);
        if (!walk.BindInputs()) return counts;
        var hints = where is null ? EqualityHints.None : EqualityHints.From(where, [plan], row, _context);
        // With hints the walk starts from an index, in its order, not in id order: counting by code would reorder the groups.
        if (hints.IsEmpty && TryCountByCode(plan, slots, counts, walk)) return counts;
        walk.Properties = new PatternProperties(plan, row, _context);
        var anchor = ChooseCountingAnchor(plan, row, walk.Properties, hints);
        walk.PlanHops(anchor);
        if (hints.IsEmpty && (TryCountHopInMorsels(walk, anchor, row) || TryCountPairs(walk, anchor, row, where, counts))) return counts;
        foreach (var candidate in AnchorCandidates(plan, anchor, row, walk.Properties, hints))
        {
            _context.Tick();
            if (!Accepts(walk, anchor, candidate)) continue;
            walk.State.NodeIds[anchor] = candidate;
            CountFrom(walk, 0);
        }
        return counts;
    }

    // Relative costs of reading a node's adjacency: a record the anchor scan visits in id order (memory read in
    // sequence) or one a hop just read again, against a record reached through a hop (a random read: on a large
    // graph, a cache miss that dominates the walk).
    private const double ScannedReadCost = 0.3;
    private const double RepeatedReadCost = 0.1;

    /// <summary>
    /// The anchor that minimises the walk's estimated random reads. Rarest-label-first is right for producing
    /// rows, but counting is bound by memory latency: for <c>(a:A)-[:T]->(m:M)&lt;-[:T]-(b:A)</c> starting from the
    /// middle reads each M once in id order, while starting from A reads an M at random for every A–M edge.
    /// Variable-length hops keep the ordinary choice (their fan-out is not estimated).
    /// </summary>
    private int ChooseCountingAnchor(PatternPlan plan, Row row, PatternProperties properties, EqualityHints hints)
    {
        if (plan.Relationships.Any(r => r.Length is not null)) return ChooseAnchor(plan, row, properties, hints);
        var best = 0;
        var bestCost = double.MaxValue;
        for (var position = 0; position < plan.Nodes.Length; position++)
        {
            var candidates = CandidatesOf(AnchorCost(plan.Nodes[position], position, row, properties, hints));
            var walkCost = EstimateWalkCost(plan, position, candidates);
            if (walkCost < bestCost)
            {
                best = position;
                bestCost = walkCost;
            }
        }
        return best;
    }

    private double EstimateWalkCost(PatternPlan plan, int anchor, double candidates)
    {
        var rows = Math.Max(candidates, 1.0);
        var cost = rows * ScannedReadCost;
        for (var index = anchor; index < plan.Relationships.Length; index++)
        {
            cost += rows * (index == anchor ? RepeatedReadCost : 1.0);
            rows *= EstimateFanOut(plan, index, index);
        }
        for (var index = anchor - 1; index >= 0; index--)
        {
            cost += rows * (index + 1 == anchor ? RepeatedReadCost : 1.0);
            rows *= EstimateFanOut(plan, index, index + 1);
        }
        return cost + rows;
    }

    /// <summary>Expected relationships per node when hop <paramref name="index"/> leaves node position <paramref name="from"/>.</summary>
    private double EstimateFanOut(PatternPlan plan, int index, int from)
    {
        var pattern = plan.Relationships[index];
        var edges = EstimatedRelationships([pattern]);
        double nodes = EstimateScan(plan.Nodes[from]);
        var fanOut = edges / Math.Max(nodes, 1.0);
        return pattern.Direction == RelationshipDirection.Undirected ? 2 * fanOut : fanOut;
    }

    private void CountFrom(CountingWalk walk, int step)
    {
        if (step == walk.Hops.Length)
        {
            _context.Tick();
            walk.Record();
            return;
        }
        var (index, forward) = walk.Hops[step];
        var plan = walk.Plan;
        var pattern = plan.Relationships[index];
        var from = walk.State.NodeIds[forward ? index : index + 1];
        var target = forward ? index + 1 : index;
        var direction = TraversalDirection(pattern.Direction, forward);
        if (pattern.Length is not null)
        {
            var min = (int)Math.Min(pattern.Length.Min ?? 1, int.MaxValue);
            var max = (int)Math.Min(pattern.Length.Max ?? int.MaxValue, int.MaxValue);
            foreach (var (end, _) in Expand(from, direction, pattern, min, max, walk.Used, walk.Input, index, walk.Properties!))
            {
                _context.Tick();
                if (!Accepts(walk, target, end)) continue;
                walk.State.NodeIds[target] = end;
                CountFrom(walk, step + 1);
            }
            return;
        }
        if (pattern.Properties is null && _context.Graph.TryUnchangedHops(from, out var outgoing, out var incoming))
        {
            // Committed node: walk its adjacency in place (immutable snapshot data) instead of copying the fitting
            // entries into a list first.
            if (step + 1 == walk.Hops.Length && direction != Direction.Both && walk.SameAs[target] is null)
            {
                CountLastHop(walk, index, target, direction == Direction.Outgoing ? outgoing : incoming, from);
                return;
            }
            if (direction != Direction.Incoming) CountAlong(walk, step, index, target, outgoing, from, skipSelfLoops: false);
            if (direction != Direction.Outgoing) CountAlong(walk, step, index, target, incoming, from, skipSelfLoops: direction == Direction.Both);
            return;
        }
        var tracked = plan.TracksUniqueness;
        var neighbours = Neighbours(from, direction, pattern, walk.Input, index, walk.Properties!, walk.State.Buffer(index));
        for (var i = 0; i < neighbours.Count; i++)
        {
            _context.Tick();
            var (relationship, other) = neighbours[i];
            if (tracked && walk.Used.Contains(relationship)) continue;
            if (!Accepts(walk, target, other)) continue;
            walk.State.NodeIds[target] = other;
            walk.State.Relationships[index] = relationship;
            walk.HopTypes[index] = null;
            if (tracked) walk.Used.Add(relationship);
            CountFrom(walk, step + 1);
            if (tracked) walk.Used.Remove(relationship);
        }
    }

    private void CountAlong(CountingWalk walk, int step, int index, int target, HopRow hops, int from, bool skipSelfLoops)
    {
        var types = walk.Types[index];
        var tracked = walk.Plan.TracksUniqueness;
        var last = step + 1 == walk.Hops.Length;
        // A last hop whose relationship and target nothing reads adds matches, not tuples: counted here, recorded once.
        var countOnly = last && !walk.NodeRead[target] && !walk.RelationshipRead[index];
        if (countOnly && CountFittingByBits(walk, index, target, hops, skipSelfLoops ? from : -1) is { } fitting)
        {
            if (fitting > 0) walk.Record(fitting);
            return;
        }
        var matches = 0L;
        for (var i = 0; i < hops.Length; i++)
        {
            var hop = hops[i];
            // Every entry, also those the filters refuse: a hub's adjacency may refuse a million in a row.
            _context.Tick();
            if (skipSelfLoops && hop.Other == from) continue;
            if (types.Length > 0 && !HasInternedType(types, hop.Type)) continue;
            if (tracked && walk.Used.Contains(hop.Relationship)) continue;
            if (!Accepts(walk, target, hop.Other)) continue;
            if (countOnly)
            {
                matches++;
                continue;
            }
            walk.State.NodeIds[target] = hop.Other;
            walk.State.Relationships[index] = hop.Relationship;
            walk.HopTypes[index] = hop.Type;
            if (last)
            {
                walk.Record();
                continue;
            }
            if (tracked) walk.Used.Add(hop.Relationship);
            CountFrom(walk, step + 1);
            if (tracked) walk.Used.Remove(hop.Relationship);
        }
        if (matches > 0) walk.Record(matches);
    }

    /// <summary>
    /// The last hop, whose fitting entries depend only on the node it leaves (types and the target's checks; no
    /// later binding reads them): a walk that starts in the middle leaves the same node once per match of the other
    /// side, so the fitting entries are kept until the node changes and only uniqueness is checked again.
    /// </summary>
    private void CountLastHop(CountingWalk walk, int index, int target, HopRow hops, int from)
    {
        if (!walk.NodeRead[target] && !walk.RelationshipRead[index] && CountLastHopByBits(walk, index, target, hops, from) is { } matches)
        {
            if (matches > 0) walk.Record(matches);
            return;
        }
        var fitting = walk.Fitting[index] ??= [];
        if (walk.FittingFrom[index] != from)
        {
            fitting.Clear();
            var types = walk.Types[index];
            for (var i = 0; i < hops.Length; i++)
            {
                var hop = hops[i];
                _context.Tick();
                if (types.Length > 0 && !HasInternedType(types, hop.Type)) continue;
                if (Accepts(walk, target, hop.Other)) fitting.Add(hop);
            }
            walk.FittingFrom[index] = from;
        }
        var tracked = walk.Plan.TracksUniqueness;
        if (!walk.NodeRead[target] && !walk.RelationshipRead[index])
        {
            RecordFittingAtOnce(walk, fitting);
            return;
        }
        foreach (var hop in fitting)
        {
            if (tracked && walk.Used.Contains(hop.Relationship)) continue;
            walk.State.NodeIds[target] = hop.Other;
            walk.State.Relationships[index] = hop.Relationship;
            walk.HopTypes[index] = hop.Type;
            _context.Tick();
            walk.Record();
        }
    }

    /// <summary>The fitting entries of a last hop nothing reads, as one tuple with their count (unused ones only).</summary>
    private void RecordFittingAtOnce(CountingWalk walk, List<Hop> fitting)
    {
        _context.Tick();
        long matches = fitting.Count;
        if (walk.Plan.TracksUniqueness)
            foreach (var hop in fitting)
                if (walk.Used.Contains(hop.Relationship)) matches--;
        if (matches > 0) walk.Record(matches);
    }

    private static bool HasInternedType(string[] types, string type)
    {
        for (var i = 0; i < types.Length; i++)
            if (ReferenceEquals(types[i], type)) return true;
        return false;
    }

    /// <summary>The node checks of <see cref="TryBindNode"/>, with bound variables compared by id instead of through a row.</summary>
    private bool Accepts(CountingWalk walk, int position, int id)
    {
        if (walk.FixedIds[position] is { } fixedId && fixedId != id) return false;
        if (walk.SameAs[position] is { } earlier && walk.State.NodeIds[earlier] != id) return false;
        var labels = walk.State.Labels[position];
        for (var i = 0; i < labels.Length; i++)
            if (!labels[i].IsOn(id)) return false;
        if (walk.State.LabelTests[position] is { } test && !test.Matches(id)) return false;
        return walk.Plan.Nodes[position].Properties is null || NodePropertiesMatch(position, id, walk.Input, walk.Properties!);
    }

    /// <summary>The mutable state of one counting walk: what is bound where, and the tuple being recorded.</summary>
    private sealed class CountingWalk(PatternPlan plan, Row input, MatchSlot[] slots, MatchTupleCounts counts, ExecutionContext context)
    {
        private readonly int[] _tuple = new int[slots.Length];
        private readonly SlotRepresentatives _representatives = new(slots, context.Graph);

        public PatternPlan Plan { get; } = plan;

        public MatchSlot[] Slots => slots;

        public Row Input { get; } = input;

        public MatchState State { get; } = new(plan, context, input);

        public UsedRelationships Used { get; } = new();

        public PatternProperties? Properties { get; set; }

        /// <summary>
        /// Each hop's relationship types as the store's interned instances, so an adjacency entry's type (always
        /// interned) matches by reference; a type the store never interned cannot occur on a committed entry.
        /// </summary>
        public string[][] Types { get; } = plan.Relationships
            .Select(r => r.Types.Select(t => string.IsInterned(t) ?? t).ToArray()).ToArray();

        /// <summary>Node positions whose variable the input row binds: the id they must match.</summary>
        public int?[] FixedIds { get; } = new int?[plan.Nodes.Length];

        /// <summary>Node positions whose variable an earlier-bound position of the pattern already holds.</summary>
        public int?[] SameAs { get; } = new int?[plan.Nodes.Length];

        /// <summary>Per hop index: the node the last hop's fitting entries were gathered for (-1: none yet).</summary>
        public int[] FittingFrom { get; } = Enumerable.Repeat(-1, plan.Relationships.Length).ToArray();

        /// <summary>Per hop index: the entries of <see cref="FittingFrom"/> that fit the hop and its target node.</summary>
        public List<Hop>?[] Fitting { get; } = new List<Hop>?[plan.Relationships.Length];

        /// <summary>Per node position: the committed bitsets of its labels, once resolved (see CountFittingByBits).</summary>
        public ulong[]?[]?[] TargetBits { get; } = new ulong[]?[]?[plan.Nodes.Length];

        /// <summary>Per hop index: the count <see cref="FittingFrom"/>'s entries gave when counted by bits (-1: not counted).</summary>
        public long[] FittingCount { get; } = Enumerable.Repeat(-1L, plan.Relationships.Length).ToArray();

        /// <summary>Per hop index: the type of the relationship bound there, when read from the adjacency (else null).</summary>
        public string?[] HopTypes { get; } = new string?[plan.Relationships.Length];

        /// <summary>Per node position: whether a slot reads it.</summary>
        public bool[] NodeRead { get; } = ReadPositions(slots, plan.Nodes.Length, relationships: false);

        /// <summary>Per hop index: whether a slot reads its relationship.</summary>
        public bool[] RelationshipRead { get; } = ReadPositions(slots, plan.Relationships.Length, relationships: true);

        /// <summary>Relationship indexes in binding order: rightwards from the anchor, then leftwards.</summary>
        public (int Index, bool Forward)[] Hops { get; private set; } = [];

        /// <summary>Reads the node variables the input row binds; false when one holds something no node can match.</summary>
        public bool BindInputs()
        {
            for (var position = 0; position < Plan.Nodes.Length; position++)
            {
                if (Plan.Nodes[position].Variable is not { } variable || !Input.TryGetValue(variable.Name, out var bound)) continue;
                if (bound is not NodeRef node) return false;
                FixedIds[position] = (int)node.Id;
            }
            return true;
        }

        public void PlanHops(int anchor)
        {
            var hops = new List<(int, bool)>();
            var bindOrder = new List<int> { anchor };
            for (var index = anchor; index < Plan.Relationships.Length; index++)
            {
                hops.Add((index, true));
                bindOrder.Add(index + 1);
            }
            for (var index = anchor - 1; index >= 0; index--)
            {
                hops.Add((index, false));
                bindOrder.Add(index);
            }
            Hops = [.. hops];
            for (var i = 1; i < bindOrder.Count; i++)
            {
                var name = Plan.Nodes[bindOrder[i]].Variable?.Name;
                if (name is null) continue;
                for (var j = 0; j < i && SameAs[bindOrder[i]] is null; j++)
                    if (Plan.Nodes[bindOrder[j]].Variable?.Name == name) SameAs[bindOrder[i]] = bindOrder[j];
            }
        }

        /// <summary>The entity recorded for slot <paramref name="slot"/> when node <paramref name="id"/> is bound there.</summary>
        public int Representative(int slot, int id) => slots[slot] switch
        {
            { ByValue: false } => id,
            { IsRelationship: true, Index: var hop } => _representatives.Of(slot, id, HopTypes[hop]),
            _ => _representatives.Of(slot, id, type: null),
        };

        public void Record(long matches = 1)
        {
            for (var i = 0; i < slots.Length; i++)
            {
                var slot = slots[i];
                var id = slot.IsRelationship ? State.Relationships[slot.Index] : State.NodeIds[slot.Index];
                _tuple[i] = Representative(i, id);
            }
            counts.Add(_tuple, matches);
        }

        private static bool[] ReadPositions(MatchSlot[] slots, int length, bool relationships)
        {
            var read = new bool[length];
            foreach (var slot in slots)
                if (slot.IsRelationship == relationships) read[slot.Index] = true;
            return read;
        }
    }
}
