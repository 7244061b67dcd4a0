using System.Runtime.InteropServices;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// The committed graph as a snapshot file lays it out: one column per field, indexed by entity id, so opening reads
/// a few large arrays instead of decoding millions of records. Label and key sets are ids into one table of name
/// sets (nodes of one shape share an entry); property values stay encoded (<see cref="ValueCodec"/>) in one byte
/// block and are decoded only when a record is first read (<see cref="SnapshotBuilder"/>).
/// </summary>
internal sealed class SnapshotColumns
{
    /// <summary>Marks an id with no entity (never assigned, or deleted) in the label-set and type columns.</summary>
    public const int Absent = -1;

    public required string[] Names { get; init; }

    /// <summary>Label sets and key sets, each a list of indexes into <see cref="Names"/> (keys in the record's order).</summary>
    public required int[][] NameSets { get; init; }

    public required MappedColumn<int> NodeLabelSet { get; init; }

    public required MappedColumn<int> NodeKeySet { get; init; }

    /// <summary>Where a node's values start in <see cref="File"/>, relative to <see cref="ValueStart"/>.</summary>
    public required MappedColumn<long> NodeValues { get; init; }

    /// <summary>Index of the relationship's type in <see cref="Names"/>, or <see cref="Absent"/>.</summary>
    public required MappedColumn<int> RelationshipType { get; init; }

    public required MappedColumn<int> RelationshipStart { get; init; }

    public required MappedColumn<int> RelationshipEnd { get; init; }

    public required MappedColumn<int> RelationshipKeySet { get; init; }

    public required MappedColumn<long> RelationshipValues { get; init; }

    /// <summary>The encoded values in the mapped snapshot file, checked a chunk at a time on first read.</summary>
    public required SnapshotValues Values { get; init; }

    /// <summary>Writes the name table, the name sets and the columns (the value block is written before, while offsets are taken).</summary>
    public static void WriteTables(BinaryWriter writer, NameTable names, EntityColumns nodes, EntityColumns relationships)
    {
        writer.Write(names.Names.Count);
        foreach (var name in names.Names) writer.Write(name);
        writer.Write(names.Sets.Count);
        foreach (var set in names.Sets)
        {
            writer.Write(set.Length);
            WriteArray(writer, set);
        }
        foreach (var column in new[] { nodes.SetOrType, nodes.KeySet, relationships.SetOrType, relationships.Start, relationships.End, relationships.KeySet })
            WriteArray(writer, column);
        WriteArray(writer, nodes.ValueOffset);
        WriteArray(writer, relationships.ValueOffset);
    }

    /// <summary>Reads what <see cref="WriteTables"/> wrote, from <paramref name="bytes"/> at the reader's position.</summary>
    public static SnapshotColumns ReadTables(BinaryReader reader, SnapshotValues values, int nodesLength, int relationshipsLength)
    {
        var bytes = values.File;
        var names = new string[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        var sets = new int[reader.ReadInt32()][];
        for (var i = 0; i < sets.Length; i++) sets[i] = ReadArray<int>(reader, bytes, reader.ReadInt32());
        var (nodeLabels, nodeKeys) = (Column<int>(reader, bytes, nodesLength), Column<int>(reader, bytes, nodesLength));
        var (types, starts) = (Column<int>(reader, bytes, relationshipsLength), Column<int>(reader, bytes, relationshipsLength));
        var (ends, relationshipKeys) = (Column<int>(reader, bytes, relationshipsLength), Column<int>(reader, bytes, relationshipsLength));
        return new SnapshotColumns
        {
            Names = names, NameSets = sets, NodeLabelSet = nodeLabels, NodeKeySet = nodeKeys,
            NodeValues = Column<long>(reader, bytes, nodesLength), RelationshipType = types, RelationshipStart = starts,
            RelationshipEnd = ends, RelationshipKeySet = relationshipKeys, RelationshipValues = Column<long>(reader, bytes, relationshipsLength),
            Values = values,
        };
    }

    // Arrays are written as their bytes in memory (little-endian, as every platform .NET runs this on).
    private static void WriteArray<T>(BinaryWriter writer, T[] array) where T : struct =>
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));

    /// <summary>
    /// Elements copied per slice of the mapped file, and read per system call by passes over a column
    /// (<see cref="MappedColumn{T}.Blocks"/>); settable so tests can use small pieces.
    /// </summary>
    internal static int ReadPieceElements { get; set; } = 1 << 16;

    /// <summary>The column at the reader's position, left in the mapping; the reader moves past it.</summary>
    private static MappedColumn<T> Column<T>(BinaryReader reader, MappedFile bytes, int length) where T : unmanaged
    {
        var start = reader.BaseStream.Position;
        var column = MappedColumn<T>.Of(bytes, start, length);
        reader.BaseStream.Position = start + (long)length * Marshal.SizeOf<T>();
        return column;
    }

    private static T[] ReadArray<T>(BinaryReader reader, MappedFile bytes, int length) where T : struct
    {
        var start = reader.BaseStream.Position;
        var size = Marshal.SizeOf<T>();
        if (length < 0) throw new InvalidDataException("a column has a negative length");
        var column = new T[length];
        var pieceElements = ReadPieceElements;
        for (var done = 0; done < length;)
        {
            var piece = Math.Min(pieceElements, length - done);
            MemoryMarshal.Cast<byte, T>(bytes.Slice(start + (long)done * size, piece * size)).CopyTo(column.AsSpan(done, piece));
            done += piece;
        }
        reader.BaseStream.Position = start + (long)length * size;
        return column;
    }

    /// <summary>Names and name sets met while writing, each given the next index once.</summary>
    internal sealed class NameTable
    {
        private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string[], int> _setIds = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string[], int> _setIdsByNames = new(NameSequenceComparer.Instance);

        public List<string> Names { get; } = [];

        public List<int[]> Sets { get; } = [];

        public int Name(string name)
        {
            if (_nameIds.TryGetValue(name, out var id)) return id;
            _nameIds[name] = Names.Count;
            Names.Add(name);
            return Names.Count - 1;
        }

        /// <summary>The id of a name set; the store interns sets, so most lookups hit by reference.</summary>
        public int Set(string[] names)
        {
            if (_setIds.TryGetValue(names, out var id)) return id;
            if (!_setIdsByNames.TryGetValue(names, out id))
            {
                id = Sets.Count;
                Sets.Add(names.Select(Name).ToArray());
                _setIdsByNames[names] = id;
            }
            _setIds[names] = id;
            return id;
        }
    }

    /// <summary>The columns of one kind of entity while a snapshot is written.</summary>
    internal sealed class EntityColumns(int length, bool hasEnds)
    {
        /// <summary>Label set (nodes) or type (relationships); <see cref="Absent"/> until set.</summary>
        public int[] SetOrType { get; } = Filled(length);

        public int[] KeySet { get; } = new int[length];

        public long[] ValueOffset { get; } = new long[length];

        public int[] Start { get; } = hasEnds ? new int[length] : [];

        public int[] End { get; } = hasEnds ? new int[length] : [];

        private static int[] Filled(int length)
        {
            var column = new int[length];
            Array.Fill(column, Absent);
            return column;
        }
    }
}
