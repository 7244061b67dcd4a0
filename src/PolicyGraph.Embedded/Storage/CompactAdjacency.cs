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

    /// <summary>
    /// The rows of the relationships in the file's columns (<paramref name="names"/>: the file's interned names, which
    /// the type column indexes), read through the file a block at a time (<see cref="MappedColumn{T}.ReadThroughFile"/>):
    /// two passes, counting then filling both directions.
    /// </summary>
    public static CompactAdjacency Build(SnapshotColumns columns, string[] names)
    {
        var codeOfName = new int[names.Length];
        Array.Fill(codeOfName, -1);
        var typeNames = new List<string>();
        var nodes = columns.NodeLabelSet.Length;
        var (outgoing, incoming) = (new RowsBuilder(nodes), new RowsBuilder(nodes));
        var blocks = new RelationshipBlocks(columns);
        foreach (var (_, count) in blocks.Read())
            for (var i = 0; i < count; i++)
            {
                var type = blocks.Types[i];
                if (type == SnapshotColumns.Absent) continue;
                if (codeOfName[type] < 0)
                {
                    codeOfName[type] = typeNames.Count;
                    typeNames.Add(names[type]);
                }
                outgoing.Count(blocks.Starts[i]);
                incoming.Count(blocks.Ends[i]);
            }
        var wide = typeNames.Count > ushort.MaxValue + 1;
        (outgoing, incoming) = (outgoing.Allocate(wide), incoming.Allocate(wide));
        foreach (var (first, count) in blocks.Read())
            for (var i = 0; i < count; i++)
            {
                if (blocks.Types[i] is var type && type == SnapshotColumns.Absent) continue;
                outgoing.Add(blocks.Starts[i], new HopEnd(first + i, blocks.Ends[i]), codeOfName[type]);
                incoming.Add(blocks.Ends[i], new HopEnd(first + i, blocks.Starts[i]), codeOfName[type]);
            }
        return new CompactAdjacency(outgoing.Rows, incoming.Rows, [.. typeNames]);
    }

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

/// <summary>The type, start and end columns of a snapshot's relationships, a block at a time, read through the file.</summary>
internal sealed class RelationshipBlocks
{
    private readonly SnapshotColumns _columns;

    public RelationshipBlocks(SnapshotColumns columns)
    {
        _columns = columns;
        var block = Math.Min(SnapshotColumns.ReadPieceElements, columns.RelationshipType.Length);
        (Types, Starts, Ends) = (new int[block], new int[block], new int[block]);
    }

    public int[] Types { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    /// <summary>Fills the three arrays with the next block; yields its first id and length.</summary>
    public IEnumerable<(int First, int Count)> Read()
    {
        var length = _columns.RelationshipType.Length;
        for (var first = 0; first < length; first += Types.Length)
        {
            var count = Math.Min(Types.Length, length - first);
            _columns.RelationshipType.ReadThroughFile(first, Types.AsSpan(0, count));
            _columns.RelationshipStart.ReadThroughFile(first, Starts.AsSpan(0, count));
            _columns.RelationshipEnd.ReadThroughFile(first, Ends.AsSpan(0, count));
            yield return (first, count);
        }
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
