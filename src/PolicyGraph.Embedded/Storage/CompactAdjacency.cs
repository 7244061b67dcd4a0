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

    internal CompactAdjacency(Rows outgoing, Rows incoming, string[] typeNames) =>
        (_outgoing, _incoming, _typeNames) = (outgoing, incoming, typeNames);

    /// <summary>
    /// The rows of the relationships in a snapshot's columns as a checkpoint writes them (<paramref name="names"/>: the
    /// names the type column indexes; <see cref="SnapshotColumns.Absent"/>: no relationship): two passes, counting
    /// then filling both directions. Opening reads the rows written (<see cref="SnapshotIndexes"/>).
    /// </summary>
    public static CompactAdjacency Build(int nodes, int[] types, int[] starts, int[] ends, string[] names)
    {
        var codeOfName = new int[names.Length];
        Array.Fill(codeOfName, -1);
        var typeNames = new List<string>();
        var (outgoing, incoming) = (new RowsBuilder(nodes), new RowsBuilder(nodes));
        for (var i = 0; i < types.Length; i++)
        {
            var type = types[i];
            if (type == SnapshotColumns.Absent) continue;
            if (codeOfName[type] < 0)
            {
                codeOfName[type] = typeNames.Count;
                typeNames.Add(names[type]);
            }
            outgoing.Count(starts[i]);
            incoming.Count(ends[i]);
        }
        var wide = typeNames.Count > ushort.MaxValue + 1;
        (outgoing, incoming) = (outgoing.Allocate(wide), incoming.Allocate(wide));
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] is var type && type == SnapshotColumns.Absent) continue;
            outgoing.Add(starts[i], new HopEnd(i, ends[i]), codeOfName[type]);
            incoming.Add(ends[i], new HopEnd(i, starts[i]), codeOfName[type]);
        }
        return new CompactAdjacency(outgoing.Rows, incoming.Rows, [.. typeNames]);
    }

    /// <summary>The type names the rows' codes index, in the order first met.</summary>
    internal IReadOnlyList<string> TypeNames => _typeNames;

    internal Rows OutgoingRows => _outgoing;

    internal Rows IncomingRows => _incoming;

    public HopRow Outgoing(int node) => _outgoing.Of(node, _typeNames);

    public HopRow Incoming(int node) => _incoming.Of(node, _typeNames);

    /// <summary>Bytes the rows hold (for memory reports).</summary>
    public long Bytes => _outgoing.Bytes + _incoming.Bytes;

    /// <summary>
    /// One direction: entries grouped by the node they are seen from (a counting sort over the relationship ids). Type
    /// codes take 16 bits; a store with more types than that names (none the generator or the loader makes) takes 32.
    /// </summary>
    internal sealed class Rows(int[] offsets, HopEnd[] ends, ushort[] narrowTypes, int[] wideTypes)
    {
        internal int[] Offsets => offsets;

        internal HopEnd[] Ends => ends;

        internal ushort[] NarrowTypes => narrowTypes;

        internal int[] WideTypes => wideTypes;

        /// <summary>
        /// Whether these are rows of <paramref name="nodes"/> nodes whose arrays agree (offsets ascending within the
        /// entries, one type code an entry) and whose entries lie within <paramref name="relationships"/>, the nodes and
        /// <paramref name="types"/> type names.
        /// </summary>
        internal bool Covers(int nodes, int relationships, int types)
        {
            if (offsets.Length != nodes + 1 || offsets[0] != 0 || offsets[^1] != ends.Length) return false;
            if ((narrowTypes.Length == ends.Length) == (wideTypes.Length == ends.Length) && ends.Length > 0) return false;
            for (var node = 0; node < nodes; node++)
                if (offsets[node] > offsets[node + 1]) return false;
            foreach (var end in ends)
                if ((uint)end.Relationship >= (uint)relationships || (uint)end.Other >= (uint)nodes) return false;
            foreach (var code in narrowTypes)
                if (code >= types) return false;
            foreach (var code in wideTypes)
                if ((uint)code >= (uint)types) return false;
            return true;
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

/// <summary>
/// One direction of <see cref="CompactAdjacency"/> while it is built: a counting sort over the relationship ids,
/// counted first (<see cref="Count"/> per entry), then filled in id order (<see cref="Add"/>).
/// </summary>
internal sealed class RowsBuilder(int nodes)
{
    private readonly int[] _offsets = new int[nodes + 1];
    private int[] _fill = [];
    private HopEnd[] _ends = [];
    private ushort[] _narrowTypes = [];
    private int[] _wideTypes = [];

    public void Count(int node) => _offsets[node + 1]++;

    /// <summary>Turns the counts into offsets and makes the entry arrays; <paramref name="wide"/>: 32-bit type codes.</summary>
    public RowsBuilder Allocate(bool wide)
    {
        for (var node = 0; node < nodes; node++) _offsets[node + 1] += _offsets[node];
        _fill = _offsets[..^1];
        _ends = new HopEnd[_offsets[nodes]];
        _narrowTypes = wide ? [] : new ushort[_ends.Length];
        _wideTypes = wide ? new int[_ends.Length] : [];
        return this;
    }

    public void Add(int node, HopEnd end, int typeCode)
    {
        var slot = _fill[node]++;
        _ends[slot] = end;
        if (_wideTypes.Length > 0) _wideTypes[slot] = typeCode;
        else _narrowTypes[slot] = (ushort)typeCode;
    }

    public CompactAdjacency.Rows Rows => new(_offsets, _ends, _narrowTypes, _wideTypes);
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
