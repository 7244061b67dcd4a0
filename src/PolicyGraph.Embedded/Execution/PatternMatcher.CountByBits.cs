using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

// The last hop of a counting walk when nothing reads its relationship or target: how many entries fit, from the
// adjacency's types and the labels' bitsets alone.
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// The number of entries of <paramref name="hops"/> that fit hop <paramref name="index"/> and its target, when
    /// that is a matter of types and labels only: the transaction has no writes (every node is as committed), the
    /// target is a fresh variable with plain labels and no property map, and relationships need no uniqueness
    /// check. Null otherwise (the caller walks the entries one by one).
    /// </summary>
    /// <param name="skipSelfLoopsOf">A node whose self-loops are skipped (the incoming side of an undirected hop), or -1.</param>
    private long? CountFittingByBits(CountingWalk walk, int index, int target, HopRow hops, int skipSelfLoopsOf = -1)
    {
        if (!CountsByBits(walk, target)) return null;
        var bits = TargetBitsOf(walk, target);
        return bits is null ? 0 : CountHopsByBits(bits, walk.Types[index], hops, skipSelfLoopsOf, _context.Tick);
    }

    /// <summary>The committed bitsets of a target's labels (none null), resolved once per walk; null when a label has no node.</summary>
    private ulong[]?[]? TargetBitsOf(CountingWalk walk, int target)
    {
        var bits = walk.TargetBits[target] ??= LabelBitsOf(walk.Plan.Nodes[target].Labels);
        return bits.Any(b => b is null) ? null : bits;
    }

    /// <summary>How many of <paramref name="hops"/> have one of <paramref name="types"/> (any when empty) and lead to a node with every label of <paramref name="bits"/>.</summary>
    private static long CountHopsByBits(ulong[]?[] bits, string[] types, HopRow hops, int skipSelfLoopsOf, Action tick)
    {
        long matches = 0;
        for (var i = 0; i < hops.Length; i++)
        {
            tick();
            var other = hops.Other(i);
            if (other == skipSelfLoopsOf) continue;
            if (types.Length > 0 && !HasInternedType(types, hops.Type(i))) continue;
            if (HasAll(bits, other)) matches++;
        }
        return matches;
    }

    /// <summary>
    /// <see cref="CountFittingByBits"/> for a last hop, kept until the node it leaves changes: a walk that starts in
    /// the middle leaves the same node once per match of the other side.
    /// </summary>
    private long? CountLastHopByBits(CountingWalk walk, int index, int target, HopRow hops, int from)
    {
        if (walk.FittingFrom[index] == from && walk.FittingCount[index] >= 0) return walk.FittingCount[index];
        if (CountFittingByBits(walk, index, target, hops) is not { } matches) return null;
        walk.FittingFrom[index] = from;
        walk.FittingCount[index] = matches;
        return matches;
    }

    private bool CountsByBits(CountingWalk walk, int target) =>
        !walk.Plan.TracksUniqueness && !_context.Graph.HasChanges &&
        walk.FixedIds[target] is null && walk.SameAs[target] is null &&
        walk.State.LabelTests[target] is null && walk.Plan.Nodes[target].Properties is null;

    /// <summary>Each label's committed bitset; null for a label no committed node has.</summary>
    private ulong[]?[] LabelBitsOf(IEnumerable<string> labels) =>
        labels.Select(label => _context.Graph.Snapshot.LabelBits.GetValueOrDefault(label)).ToArray();

    private static bool HasAll(ulong[]?[] bits, int node)
    {
        foreach (var set in bits)
            if ((uint)(node >> 6) >= (uint)set!.Length || (set[node >> 6] & (1UL << (node & 63))) == 0) return false;
        return true;
    }
}
