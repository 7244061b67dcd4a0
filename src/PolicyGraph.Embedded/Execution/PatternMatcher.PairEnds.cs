using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// The two ends of a pair walk (PatternMatcher.Pairs.cs), resolved once per walk so the morsels only read arrays.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// Per end of <c>(a)-[]-(m)-[]-(b)</c>: for each node of the end's rarest label that passes the end's checks,
    /// the entity its slot records (<see cref="SlotRepresentatives"/>, resolved in id order; any node with the value
    /// reads the same), and optionally the rank of its compared string. Read-only after <see cref="Resolve"/>, so
    /// safe from several threads.
    /// </summary>
    private sealed class PairEnds
    {
        private const int Refused = -1;
        private readonly EndTable _left;
        private readonly EndTable _right;
        private readonly int[] _slotSides;
        private readonly string[] _leftTypes;
        private readonly string[] _rightTypes;
        private readonly Direction _leftDirection;
        private readonly Direction _rightDirection;
        private readonly bool _tracked;
        private readonly GraphSnapshot _snapshot;
        private readonly BinaryOperator? _comparison;

        private PairEnds(CountingWalk walk, EndTable left, EndTable right, BinaryOperator? comparison, GraphSnapshot snapshot)
        {
            var plan = walk.Plan;
            _left = left;
            _right = right;
            _slotSides = walk.Slots.Select(slot => slot.Index).ToArray();
            _leftTypes = walk.Types[0];
            _rightTypes = walk.Types[1];
            _leftDirection = TraversalDirection(plan.Relationships[0].Direction, forward: false);
            _rightDirection = TraversalDirection(plan.Relationships[1].Direction, forward: true);
            _tracked = plan.TracksUniqueness;
            _comparison = comparison;
            _snapshot = snapshot;
        }

        /// <summary>Whether the ranked comparison is the whole WHERE: a pair of strings it keeps passes the WHERE.</summary>
        public bool DecidesWhere { get; private init; }

        /// <summary>Relationships of the hops' types: what decides whether splitting pays.</summary>
        public double Relationships { get; private init; }

        /// <summary>Entries of a tuple: one per slot the aggregation reads.</summary>
        public int Arity => _slotSides.Length;

        /// <summary>
        /// The ends of <paramref name="walk"/>, or null when the caller walks as usual: an end is not a plain labelled
        /// node, or resolving the ends would cost more than the walk itself (their id ranges against the hops'
        /// relationships, each range against its label's count).
        /// </summary>
        public static PairEnds? Resolve(PatternMatcher matcher, CountingWalk walk, Expression? where)
        {
            var nodes = walk.Plan.Nodes;
            if (nodes[0].Labels.Count == 0 || nodes[2].Labels.Count == 0 || nodes[0].Properties is not null || nodes[2].Properties is not null)
                return null;
            if (walk.Slots.Any(slot => slot.IsRelationship || slot.Index == 1)) return null;
            var graph = matcher._context.Graph;
            var relationships = matcher.EstimatedRelationships(walk.Plan.Relationships);
            var leftIds = matcher.EndIds(nodes[0]);
            var rightIds = matcher.EndIds(nodes[2]);
            if (!Worthwhile(leftIds, relationships) || !Worthwhile(rightIds, relationships)) return null;
            var left = EndTable.Resolve(matcher, walk, 0, leftIds);
            var right = EndTable.Resolve(matcher, walk, 2, rightIds);
            var comparison = RankedComparison(where, nodes[0].Variable?.Name, nodes[2].Variable?.Name, out var leftKey, out var rightKey);
            if (comparison is not null) EndTable.Rank(matcher._context, left, leftKey!, right, rightKey!);
            return new PairEnds(walk, left, right, comparison, graph.Snapshot)
            {
                DecidesWhere = comparison is not null && where is BinaryExpression { Operator: not BinaryOperator.And },
                Relationships = relationships,
            };
        }

        // A table per end spans its label's id range: too sparse a range, or one far larger than the relationships
        // walked, costs more to fill than the ordinary walk spends.
        private const int SparseRangeFactor = 4;
        private const int SmallRange = 1024;

        private static bool Worthwhile(int[] ids, double relationships)
        {
            var range = RangeOf(ids);
            return range <= SmallRange || (range <= SparseRangeFactor * (long)ids.Length && range <= SparseRangeFactor * relationships);
        }

        private static long RangeOf(int[] ids) => ids.Length == 0 ? 0 : (long)ids[^1] - ids[0] + 1;

        /// <summary>
        /// The WHERE's leading <c>a.key op b.key</c> (op one of &lt; &lt;= &gt; &gt;=) over the two ends, as seen from the
        /// left end; null when it does not start so. Only a leading one: AND stops at a false left side, so dropping
        /// the pairs it refuses hides no error a later conjunct would raise.
        /// </summary>
        private static BinaryOperator? RankedComparison(
            Expression? where, string? leftName, string? rightName, out string? leftKey, out string? rightKey)
        {
            leftKey = rightKey = null;
            while (where is BinaryExpression { Operator: BinaryOperator.And } and) where = and.Left;
            if (leftName is null || rightName is null || leftName == rightName ||
                where is not BinaryExpression
                {
                    Left: PropertyLookup { Subject: Variable first } firstLookup,
                    Right: PropertyLookup { Subject: Variable second } secondLookup,
                } comparison ||
                comparison.Operator is not (BinaryOperator.LessThan or BinaryOperator.LessThanOrEqual or
                    BinaryOperator.GreaterThan or BinaryOperator.GreaterThanOrEqual))
                return null;
            if (first.Name == leftName && second.Name == rightName)
            {
                (leftKey, rightKey) = (firstLookup.Key, secondLookup.Key);
                return comparison.Operator;
            }
            if (first.Name != rightName || second.Name != leftName) return null;
            (leftKey, rightKey) = (secondLookup.Key, firstLookup.Key);
            return comparison.Operator switch
            {
                BinaryOperator.LessThan => BinaryOperator.GreaterThan,
                BinaryOperator.LessThanOrEqual => BinaryOperator.GreaterThanOrEqual,
                BinaryOperator.GreaterThan => BinaryOperator.LessThan,
                _ => BinaryOperator.LessThanOrEqual,
            };
        }

        /// <summary>
        /// Counts the pairs of every middle node of ids[start..end) into <paramref name="counts"/>: entries towards the
        /// right end outside, towards the left end inside, as the serial walk binds them.
        /// </summary>
        public void CountMiddles(
            int[] ids, int start, int end, ulong[]?[] middleBits, MatchTupleCounts counts, Action poll, TupleCharge? charge)
        {
            var left = new List<(int Relationship, int Slot)>();
            var right = new List<(int Relationship, int Slot)>();
            var tuple = new int[_slotSides.Length];
            for (var i = start; i < end; i++)
            {
                poll();
                var middle = ids[i];
                if (!HasAll(middleBits, middle) ||
                    !GraphTransaction.TryCommittedHops(_snapshot, middle, out var outgoing, out var incoming))
                    continue;
                Gather(right, outgoing, incoming, _rightDirection, _rightTypes, _right, middle, poll);
                if (right.Count == 0) continue;
                Gather(left, outgoing, incoming, _leftDirection, _leftTypes, _left, middle, poll);
                foreach (var (rightRelationship, rightSlot) in right)
                    foreach (var (leftRelationship, leftSlot) in left)
                    {
                        poll();
                        if (_tracked && leftRelationship == rightRelationship) continue;
                        if (_comparison is { } comparison &&
                            !Compared(comparison, _left.Ranks![leftSlot], _right.Ranks![rightSlot], counts))
                            continue;
                        for (var s = 0; s < tuple.Length; s++)
                            tuple[s] = _slotSides[s] == 0 ? _left.Recorded[leftSlot] : _right.Recorded[rightSlot];
                        counts.Add(tuple);
                        charge?.Update();
                    }
            }
        }

        /// <summary>Whether a pair may pass the comparison; one whose values are not both strings leaves the WHERE undecided.</summary>
        private static bool Compared(BinaryOperator comparison, int left, int right, MatchTupleCounts counts)
        {
            if (left >= 0 && right >= 0) return EndTable.MayPass(comparison, left, right);
            counts.WhereHolds = false;
            return true;
        }

        /// <summary>The entries of a middle node that fit a hop and reach an accepted end, in adjacency order (outgoing first).</summary>
        private static void Gather(
            List<(int, int)> into, HopRow outgoing, HopRow incoming, Direction direction, string[] types, EndTable end, int middle, Action poll)
        {
            into.Clear();
            if (direction != Direction.Incoming) Gather(into, outgoing, types, end, skipSelfLoopsOf: -1, poll);
            if (direction != Direction.Outgoing) Gather(into, incoming, types, end, direction == Direction.Both ? middle : -1, poll);
        }

        private static void Gather(List<(int, int)> into, HopRow hops, string[] types, EndTable end, int skipSelfLoopsOf, Action poll)
        {
            for (var i = 0; i < hops.Length; i++)
            {
                poll();
                var other = hops.Other(i);
                if (other == skipSelfLoopsOf) continue;
                var slot = other - end.First;
                if ((uint)slot >= (uint)end.Recorded.Length || end.Recorded[slot] == Refused) continue;
                if (types.Length > 0 && !HasInternedType(types, hops.Type(i))) continue;
                into.Add((hops[i].Relationship, slot));
            }
        }

        /// <summary>One end's accepted nodes over the id range of its rarest label: slot = id - <see cref="First"/>.</summary>
        private sealed class EndTable(int first, int[] recorded)
        {
            public int First { get; } = first;

            /// <summary>Per slot: the entity recorded for the end's slot (0 when no slot reads it), or <see cref="Refused"/>.</summary>
            public int[] Recorded { get; } = recorded;

            /// <summary>Per slot: the rank of the compared string among both ends' strings, -1 for any other value.</summary>
            public int[]? Ranks { get; private set; }

            /// <summary>Fills the table over <paramref name="ids"/> (sorted); the table is charged before it is allocated.</summary>
            public static EndTable Resolve(PatternMatcher matcher, CountingWalk walk, int position, int[] ids)
            {
                var first = ids.Length == 0 ? 0 : ids[0];
                var range = (int)RangeOf(ids);
                matcher._context.Budget.Reserve(4L * range);
                var recorded = new int[range];
                Array.Fill(recorded, Refused);
                var slot = Array.FindIndex(walk.Slots, s => s.Index == position);
                foreach (var id in ids)
                {
                    matcher._context.Tick();
                    if (matcher.Accepts(walk, position, id)) recorded[id - first] = slot < 0 ? 0 : walk.Representative(slot, id);
                }
                return new EndTable(first, recorded);
            }

            /// <summary>
            /// Ranks both ends' values of their compared keys: ordinal order of the distinct strings, as Cypher
            /// compares strings.
            /// </summary>
            public static void Rank(ExecutionContext context, EndTable left, string leftKey, EndTable right, string rightKey)
            {
                var leftValues = left.Values(context, leftKey);
                var rightValues = right.Values(context, rightKey);
                var strings = leftValues.Concat(rightValues).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
                Array.Sort(strings, StringComparer.Ordinal);
                var rank = new Dictionary<string, int>(strings.Length, StringComparer.Ordinal);
                for (var i = 0; i < strings.Length; i++) rank[strings[i]] = i;
                context.Budget.Reserve(4L * (leftValues.Length + rightValues.Length));
                left.Ranks = leftValues.Select(value => value is string text ? rank[text] : -1).ToArray();
                right.Ranks = rightValues.Select(value => value is string text ? rank[text] : -1).ToArray();
            }

            /// <summary>Whether two ranked strings pass the comparison.</summary>
            public static bool MayPass(BinaryOperator comparison, int left, int right) =>
                comparison switch
                {
                    BinaryOperator.LessThan => left < right,
                    BinaryOperator.LessThanOrEqual => left <= right,
                    BinaryOperator.GreaterThan => left > right,
                    _ => left >= right,
                };

            private object?[] Values(ExecutionContext context, string key)
            {
                context.Budget.ReserveElements(Recorded.Length);
                var values = new object?[Recorded.Length];
                for (var slot = 0; slot < Recorded.Length; slot++)
                {
                    context.Tick();
                    if (Recorded[slot] != Refused) values[slot] = context.Graph.NodeProperty(First + slot, key);
                }
                return values;
            }
        }
    }
}
