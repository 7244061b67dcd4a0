using System.Text;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// Skipping anchor candidates the MATCH's WHERE is sure to refuse, before a row is built for them.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// For a WHERE whose first-evaluated conjunct is <c>v.key CONTAINS 'text'</c> (or a parameter) on the anchor's
    /// fresh variable: a test that is <see cref="Verdict.Refused"/> exactly where that conjunct is false. AND stops at
    /// a false left side, so the WHERE is then false without evaluating anything else (no error it could raise is
    /// hidden); a node whose value is not a string makes the conjunct null, not false, and is
    /// <see cref="Verdict.Undecided"/>, kept for the WHERE to decide. <see cref="Verdict.Holds"/> where the conjunct
    /// is true. Null when the WHERE has another form.
    /// </summary>
    private Func<int, Verdict>? ConjunctVerdict(PatternPlan plan, int anchor, Row row, Expression? where)
    {
        var first = where;
        while (first is BinaryExpression { Operator: BinaryOperator.And } conjunction) first = conjunction.Left;
        if (TestedContains(first) is not var (contains, lookup, owner) ||
            plan.Nodes[anchor].Variable?.Name != owner || row.Has(owner) || _context.Evaluate(contains.Right, row) is not string needle)
            return null;
        var graph = _context.Graph;
        var key = lookup.Key;
        // A built column is read by slot (no lookup of the key per node); nodes the transaction changed, or that the
        // column has no slot for, are read through the transaction.
        var column = ColumnText.Of(graph.Snapshot.NodeColumns, key, needle);
        if (column is not null && !graph.HasChanges)
        {
            // The ids a label scan of the anchor walks (the rarest label, as AnchorCandidates picks); without a label every slot.
            var labels = plan.Nodes[anchor].Labels;
            var candidates = labels.Count == 0 ? null : graph.Snapshot.NodesByLabel.GetValueOrDefault(labels.MinBy(graph.EstimateLabelCount)!) ?? [];
            if (_context.Parallelism.Splits(candidates?.Length ?? column.Length))
                return new SplitSubstringTest(column, candidates, _context).VerdictOn;
        }
        return id => column is not null && !graph.IsDrafted(id) && column.Test(id) is { } verdict
            ? verdict
            : VerdictOn(graph.NodeProperty(id, key), needle);
    }

    /// <summary><c>v.key CONTAINS 'text'</c> (or a parameter) with its lookup and owner's name; null for another form.</summary>
    private static (BinaryExpression Contains, PropertyLookup Lookup, string Owner)? TestedContains(Expression? conjunct) =>
        conjunct is BinaryExpression { Operator: BinaryOperator.Contains, Left: PropertyLookup { Subject: Variable owner } lookup, Right: StringLiteral or Parameter } contains
            ? (contains, lookup, owner.Name)
            : null;

    /// <summary>
    /// Whether <see cref="MatchPattern"/> applies the WHERE itself, so the caller need not test its rows again: a
    /// MATCH of one node pattern (no relationship, path, selector or part predicate) whose whole WHERE is the CONTAINS
    /// the prefilter reads on that node. A node the prefilter finds holding needs no second test; the others are
    /// evaluated as the caller would.
    /// </summary>
    public static bool AppliesWhere(Pattern pattern, Expression? where) =>
        pattern.Parts is [{ Element.Chains.Count: 0, PathVariable: null, Selector: null, Where: null, Shortest: ShortestPathKind.None } part] &&
        TestedContains(where) is var (_, _, owner) && part.Element.Start is { Where: null, Variable.Name: var name } && name == owner;

    /// <summary>What the leading CONTAINS conjunct says of a node.</summary>
    private enum Verdict { Undecided, Refused, Holds }

    private static Verdict VerdictOn(object? value, string needle) => value is not string text
        ? Verdict.Undecided
        : text.Contains(needle, StringComparison.Ordinal) ? Verdict.Holds : Verdict.Refused;

    /// <summary>
    /// The prefilter over a built column on an unchanged snapshot: the first candidates are tested one by one (an
    /// index may hand over only a few); past a morsel's worth the anchor is a scan, and the candidates after the last
    /// one tested (the label's sorted ids, or every slot without a label) are tested at once in morsels across
    /// threads, into bitsets the rest of the scan reads. A candidate the split did not cover is tested on its own.
    /// </summary>
    private sealed class SplitSubstringTest(ColumnText column, int[]? candidates, ExecutionContext context)
    {
        private int _tested;
        private int _lastTested = -1;
        private ulong[]? _covered;
        private ulong[]? _refused;

        public Verdict VerdictOn(int id)
        {
            if (_refused is null && ++_tested > context.Parallelism.MorselSize) TestTheRest();
            if (_refused is not null && HasBit(_covered!, id))
                return HasBit(_refused, id) ? Verdict.Refused : column.HoldsString(id) ? Verdict.Holds : Verdict.Undecided;
            _lastTested = Math.Max(_lastTested, id);
            return column.Test(id) ?? Verdict.Undecided;
        }

        private static bool HasBit(ulong[] bits, int id) => (uint)(id >> 6) < (uint)bits.Length && (bits[id >> 6] & (1UL << (id & 63))) != 0;

        private void TestTheRest()
        {
            var words = (column.Length + 63) >> 6;
            // Reserved here, on the query's thread: workers never touch the budget's byte count.
            context.Budget.Reserve(2L * sizeof(ulong) * words);
            var covered = new ulong[words];
            var refused = new ulong[words];
            var first = candidates is null ? _lastTested + 1 : FirstAbove(candidates, _lastTested);
            var count = (candidates?.Length ?? column.Length) - first;
            MorselRunner.Run(Math.Max(0, count), context.Parallelism, context.Budget, (start, end, worker) =>
            {
                var marks = new WordMarks(covered, refused);
                for (var i = first + start; i < first + end; i++)
                {
                    worker.Poll();
                    var id = candidates is null ? i : candidates[i];
                    if ((uint)id >= (uint)column.Length) continue;
                    marks.Mark(id, column.Test(id) == Verdict.Refused);
                }
                marks.Flush();
                return true;
            });
            (_covered, _refused) = (covered, refused);
        }

        private static int FirstAbove(int[] sorted, int id)
        {
            var index = Array.BinarySearch(sorted, id);
            return index >= 0 ? index + 1 : ~index;
        }
    }

    /// <summary>
    /// A built column as the prefilter reads it, object slots or packed strings (read in place, making no string).
    /// <see cref="Test"/> is null where the column cannot tell (no node there: read it through the transaction).
    /// </summary>
    private sealed class ColumnText
    {
        private readonly object?[]? _slots;
        private readonly PackedStringColumn? _packed;
        private readonly string _needle;
        private readonly byte[]? _asciiNeedle;

        private ColumnText(object?[]? slots, PackedStringColumn? packed, string needle, int length)
        {
            (_slots, _packed, _needle, Length) = (slots, packed, needle, length);
            _asciiNeedle = Ascii.IsValid(needle) ? Encoding.ASCII.GetBytes(needle) : null;
        }

        public int Length { get; }

        public static ColumnText? Of(NodePropertyColumns columns, string key, string needle) =>
            columns.BuiltColumn(key) is { } slots ? new ColumnText(slots, null, needle, slots.Length)
            : columns.BuiltPacked(key) is { } packed ? new ColumnText(null, packed, needle, packed.Length)
            : null;

        /// <summary>The conjunct's verdict on node <paramref name="id"/>; null when the column has no node there.</summary>
        public Verdict? Test(int id)
        {
            if (_packed is not null)
            {
                if (_packed.Contains(id, _needle, _asciiNeedle) is { } contains) return contains ? Verdict.Holds : Verdict.Refused;
                return _packed.HasNode(id) ? Verdict.Undecided : null;
            }
            if ((uint)id >= (uint)_slots!.Length || _slots[id] is not { } slot) return null;
            return PatternMatcher.VerdictOn(slot, _needle);
        }

        /// <summary>Whether node <paramref name="id"/>'s slot holds a string.</summary>
        public bool HoldsString(int id) =>
            _packed is not null ? _packed.Contains(id, _needle, _asciiNeedle) is not null : (uint)id < (uint)_slots!.Length && _slots[id] is string;
    }

    /// <summary>
    /// One morsel's bits, gathered per 64-id word and or-ed into the shared bitsets when the word changes: two
    /// morsels of sorted ids may share the word at their boundary.
    /// </summary>
    private struct WordMarks(ulong[] covered, ulong[] refused)
    {
        private int _word = -1;
        private ulong _covered;
        private ulong _refused;

        public void Mark(int id, bool isRefused)
        {
            if (id >> 6 != _word)
            {
                Flush();
                _word = id >> 6;
            }
            var bit = 1UL << (id & 63);
            _covered |= bit;
            if (isRefused) _refused |= bit;
        }

        public void Flush()
        {
            if (_word < 0) return;
            Interlocked.Or(ref covered[_word], _covered);
            Interlocked.Or(ref refused[_word], _refused);
            (_covered, _refused) = (0, 0);
        }
    }
}
