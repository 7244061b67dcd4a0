using System.Runtime.InteropServices;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Execution;

/// <summary>
/// For the slots a counting walk records by value (<see cref="SlotRead"/>): the first entity met with each value,
/// recorded in place of every later entity with an equal value. Equal means the same type and value — strings
/// (ordinal), integers, booleans, null; other values (floats, lists, maps, temporals) are never merged, which costs
/// only tuples: the grouping after the walk still merges what Cypher deems equal.
/// </summary>
internal sealed class SlotRepresentatives(MatchSlot[] slots, GraphTransaction graph)
{
    /// <summary>Nodes per slot whose representative is remembered: a walk meets the same few nodes again and again
    /// (every measure's agencies), and reading their value once each saves a property read per tuple.</summary>
    private const int RememberedNodes = 1 << 16;

    private readonly List<(string Type, int Relationship)>?[] _types = new List<(string, int)>?[slots.Length];
    private readonly Dictionary<object, int>?[] _values = new Dictionary<object, int>?[slots.Length];
    private readonly Dictionary<int, int>?[] _byNode = new Dictionary<int, int>?[slots.Length];
    private readonly int[] _nullValue = Enumerable.Repeat(-1, slots.Length).ToArray();

    /// <summary>The entity recorded for slot <paramref name="slot"/> when the walk bound <paramref name="id"/> there.</summary>
    /// <param name="type">The relationship's type when the walk read it from the adjacency; null to look it up.</param>
    public int Of(int slot, int id, string? type)
    {
        var read = slots[slot].Read;
        return read.Kind switch
        {
            SlotReadKind.Type => OfType(slot, type ?? graph.RelationshipType(id), id),
            SlotReadKind.Property => OfNode(slot, id, read.Key!),
            _ => id,
        };
    }

    /// <summary>The representative of a node read by value: remembered per node (the walk reads a snapshot and its own writes, which do not change during it).</summary>
    private int OfNode(int slot, int node, string key)
    {
        var remembered = _byNode[slot] ??= [];
        if (remembered.TryGetValue(node, out var known)) return known;
        var representative = OfValue(slot, graph.NodeProperty(node, key), node);
        if (remembered.Count < RememberedNodes) remembered[node] = representative;
        return representative;
    }

    private int OfType(int slot, string type, int relationship)
    {
        var seen = _types[slot] ??= [];
        foreach (var (known, first) in seen)
            if (string.Equals(known, type, StringComparison.Ordinal)) return first;
        seen.Add((type, relationship));
        return relationship;
    }

    private int OfValue(int slot, object? value, int node)
    {
        if (value is null) return _nullValue[slot] >= 0 ? _nullValue[slot] : _nullValue[slot] = node;
        if (value is not (string or long or bool)) return node;
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_values[slot] ??= [], value, out var exists);
        if (!exists) first = node;
        return first;
    }
}
