using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// The adjacency of a store opened from its snapshot file, in compressed sparse rows per direction: per node the
/// range of its entries, each entry the relationship and the node at its far end (8 bytes) with its type as a
/// 16-bit code into a small table of type names (2 bytes) — 10 bytes an entry against 16 for a <see cref="Hop"/>
/// plus an array per node in a record. Entries of a node are in relationship id order, as a record's are, so a walk
/// over these rows meets what a walk over the records would, in the same order. Expansion reads it without
/// building the node's record (which would decode every property value of the node and of its chunk).
/// </summary>
internal sealed class CompactAdjacency
{
    private readonly Rows _outgoing;
    private readonly Rows _incoming;
    private readonly string[] _typeNames;

    private CompactAdjacency(Rows outgoing, Rows incoming, string[] typeNames) =>
        (_outgoing, _incoming, _typeNames) = (outgoing, incoming, typeNames);

    /// <summary>The rows of the relationships in the file's columns (<paramref name="names"/>: the file's interned names, which the type column indexes).</summary>
    public static CompactAdjacency Build(SnapshotColumns columns, string[] names)
    {
        var types = columns.RelationshipType.AsSpan();
        var codeOfName = new int[names.Length];
        Array.Fill(codeOfName, -1);
        var typeNames = new List<string>();
        foreach (var type in types)
        {
            if (type == SnapshotColumns.Absent || codeOfName[type] >= 0) continue;
            codeOfName[type] = typeNames.Count;
            typeNames.Add(names[type]);
        }
        var nodes = columns.NodeLabelSet.Length;
        var wide = typeNames.Count > ushort.MaxValue + 1;
        var outgoing = Rows.Build(columns.RelationshipStart.AsSpan(), columns.RelationshipEnd.AsSpan(), types, codeOfName, wide, nodes);
        var incoming = Rows.Build(columns.RelationshipEnd.AsSpan(), columns.RelationshipStart.AsSpan(), types, codeOfName, wide, nodes);
        return new CompactAdjacency(outgoing, incoming, [.. typeNames]);
    }

    public HopRow Outgoing(int node) => _outgoing.Of(node, _typeNames);

    public HopRow Incoming(int node) => _incoming.Of(node, _typeNames);

    /// <summary>Bytes the rows hold (for memory reports).</summary>
    public long Bytes => _outgoing.Bytes + _incoming.Bytes;

    /// <summary>
    /// One direction: entries grouped by the node they are seen from (a counting sort over the relationship ids). Type
    /// codes take 16 bits; a store with more types than that names (none the generator or the loader makes) takes 32.
    /// </summary>
    private sealed class Rows(int[] offsets, HopEnd[] ends, ushort[] narrowTypes, int[] wideTypes)
    {
        public static Rows Build(ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<int> typeColumn, int[] codeOfName, bool wide, int nodes)
        {
            var offsets = new int[nodes + 1];
            for (var id = 0; id < from.Length; id++)
                if (typeColumn[id] != SnapshotColumns.Absent) offsets[from[id] + 1]++;
            for (var node = 0; node < nodes; node++) offsets[node + 1] += offsets[node];
            var ends = new HopEnd[offsets[nodes]];
            var narrowTypes = wide ? [] : new ushort[ends.Length];
            var wideTypes = wide ? new int[ends.Length] : [];
            var fill = offsets[..^1];
            for (var id = 0; id < from.Length; id++)
            {
                if (typeColumn[id] == SnapshotColumns.Absent) continue;
                var slot = fill[from[id]]++;
                ends[slot] = new HopEnd(id, to[id]);
                if (wide) wideTypes[slot] = codeOfName[typeColumn[id]];
                else narrowTypes[slot] = (ushort)codeOfName[typeColumn[id]];
            }
            return new Rows(offsets, ends, narrowTypes, wideTypes);
        }

        public HopRow Of(int node, string[] typeNames)
        {
            if ((uint)node >= (uint)(offsets.Length - 1)) return default;
            var (from, length) = (offsets[node], offsets[node + 1] - offsets[node]);
            return narrowTypes.Length == 0 && wideTypes.Length > 0
                ? new HopRow(ends.AsSpan(from, length), default, wideTypes.AsSpan(from, length), typeNames)
                : new HopRow(ends.AsSpan(from, length), narrowTypes.AsSpan(from, length), default, typeNames);
        }

        public long Bytes => 4L * offsets.Length + 8L * ends.Length + 2L * narrowTypes.Length + 4L * wideTypes.Length;
    }
}

/// <summary>An entry of <see cref="CompactAdjacency"/> without its type: the relationship and the node at its far end.</summary>
internal readonly record struct HopEnd(int Relationship, int Other);

/// <summary>
/// The adjacency entries of one node in one direction, read in place: either a record's <see cref="Hop"/> array or a
/// row of <see cref="CompactAdjacency"/>. Indexing gives the same <see cref="Hop"/> (type interned) either way.
/// </summary>
internal readonly ref struct HopRow
{
    private readonly ReadOnlySpan<Hop> _hops;
    private readonly ReadOnlySpan<HopEnd> _ends;
    private readonly ReadOnlySpan<ushort> _narrowTypes;
    private readonly ReadOnlySpan<int> _wideTypes;
    private readonly string[]? _typeNames;

    public HopRow(Hop[] hops)
    {
        _hops = hops;
        Length = hops.Length;
    }

    public HopRow(ReadOnlySpan<HopEnd> ends, ReadOnlySpan<ushort> narrowTypes, ReadOnlySpan<int> wideTypes, string[] typeNames)
    {
        _ends = ends;
        _narrowTypes = narrowTypes;
        _wideTypes = wideTypes;
        _typeNames = typeNames;
        Length = ends.Length;
    }

    public int Length { get; }

    public Hop this[int index] => _typeNames is null ? _hops[index] : new Hop(_ends[index].Relationship, _ends[index].Other, Type(index));

    /// <summary>The far end of entry <paramref name="index"/> (what label checks read, without the type).</summary>
    public int Other(int index) => _typeNames is null ? _hops[index].Other : _ends[index].Other;

    /// <summary>The type of entry <paramref name="index"/> (interned).</summary>
    public string Type(int index) =>
        _typeNames is null ? _hops[index].Type : _typeNames[_wideTypes.IsEmpty ? _narrowTypes[index] : _wideTypes[index]];
}
