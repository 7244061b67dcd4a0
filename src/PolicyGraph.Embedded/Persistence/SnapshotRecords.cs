using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// Makes records from a snapshot's columns, a chunk of ids at a time, when a query first reads them. Adjacency is
/// kept as compressed sparse rows (per node, the range of its relationship ids in one array, in id order) built
/// from the start and end columns when the store opens. Runs on reader threads: it only reads the columns and
/// uses the pool's thread-safe value sharing.
/// </summary>
internal sealed class RecordReader
{
    private readonly SnapshotColumns _columns;
    private readonly string[] _names;
    private readonly string[][] _sets;
    private readonly InternPool _pool;
    private readonly (int[] Offsets, int[] Relationships) _outgoing;
    private readonly (int[] Offsets, int[] Relationships) _incoming;

    public RecordReader(SnapshotColumns columns, string[] names, string[][] sets, InternPool pool)
    {
        _columns = columns;
        _names = names;
        _sets = sets;
        _pool = pool;
        _outgoing = SparseRows(columns.RelationshipStart, columns.RelationshipType, columns.NodeLabelSet.Length);
        _incoming = SparseRows(columns.RelationshipEnd, columns.RelationshipType, columns.NodeLabelSet.Length);
    }

    public NodeRecord?[] NodeChunk(int chunkIndex) => Chunk(chunkIndex, _columns.NodeLabelSet, (id, labelSet, reader) =>
    {
        var keys = _sets[_columns.NodeKeySet[id]];
        return new NodeRecord(id, _sets[labelSet], keys, Values(reader, _columns.NodeValues[id], keys.Length),
            Hops(_outgoing, _columns.RelationshipEnd, id), Hops(_incoming, _columns.RelationshipStart, id));
    });

    public RelationshipRecord?[] RelationshipChunk(int chunkIndex) => Chunk(chunkIndex, _columns.RelationshipType, (id, type, reader) =>
    {
        var keys = _sets[_columns.RelationshipKeySet[id]];
        return new RelationshipRecord(id, _names[type], _columns.RelationshipStart[id], _columns.RelationshipEnd[id], keys,
            Values(reader, _columns.RelationshipValues[id], keys.Length));
    });

    /// <summary>Each node the index covers with the value of its property (null when it has none), decoding only up to that value.</summary>
    public IEnumerable<(int Id, object? Value)> IndexedValues(IndexDefinition definition)
    {
        using var reader = ValueReader();
        for (var id = 0; id < _columns.NodeLabelSet.Length; id++)
        {
            var labelSet = _columns.NodeLabelSet[id];
            if (labelSet == SnapshotColumns.Absent || !definition.AppliesTo(_sets[labelSet])) continue;
            var position = Array.IndexOf(_sets[_columns.NodeKeySet[id]], definition.Property);
            yield return (id, position < 0 ? null : Values(reader, _columns.NodeValues[id], position + 1)[position]);
        }
    }

    /// <summary>Writes each node's value of <paramref name="key"/> in chunk <paramref name="chunkIndex"/> into <paramref name="column"/> (by id), decoding only up to it.</summary>
    public void NodePropertyChunk(int chunkIndex, string key, object?[] column)
    {
        using var reader = ValueReader();
        var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
        for (var id = first; id < Math.Min(first + ChunkedArray<NodeRecord>.ChunkSize, _columns.NodeLabelSet.Length); id++)
        {
            if (_columns.NodeLabelSet[id] == SnapshotColumns.Absent) continue;
            var position = Array.IndexOf(_sets[_columns.NodeKeySet[id]], key);
            if (position >= 0) column[id] = Values(reader, _columns.NodeValues[id], position + 1)[position];
        }
    }

    /// <summary>The summaries of the nodes in chunk <paramref name="chunkIndex"/> (null slots: no node), decoding only the requested values.</summary>
    public NodeSummary?[] NodeSummaryChunk(int chunkIndex, NodeSummaryRequest request)
    {
        var type = NameIndex(request.OutgoingType);
        return Chunk(chunkIndex, _columns.NodeLabelSet, (id, labelSet, reader) => Summary(id, labelSet, reader, request, type));
    }

    /// <summary>The summary of node <paramref name="id"/> (null: no node, or none of the requested labels), decoding only its requested values.</summary>
    public NodeSummary? NodeSummaryOf(int id, NodeSummaryRequest request)
    {
        if ((uint)id >= (uint)_columns.NodeLabelSet.Length) return null;
        var labelSet = _columns.NodeLabelSet[id];
        if (labelSet == SnapshotColumns.Absent) return null;
        using var reader = ValueReader();
        return Summary(id, labelSet, reader, request, NameIndex(request.OutgoingType));
    }

    private NodeSummary? Summary(int id, int labelSet, BinaryReader reader, NodeSummaryRequest request, int type)
    {
        var labels = _sets[labelSet];
        if (!NodeSummaries.HasAny(labels, request.Labels)) return null;
        var keys = _sets[_columns.NodeKeySet[id]];
        var positions = request.Keys.Select(key => Array.IndexOf(keys, key)).ToArray();
        // Values are decoded in key order, up to the last requested one present (none requested or present: none).
        var decoded = Values(reader, _columns.NodeValues[id], positions.Length == 0 ? 0 : positions.Max() + 1);
        var values = Array.ConvertAll(positions, position => position < 0 ? null : decoded[position]);
        return new NodeSummary(id, labels, values, OutgoingOfType(id, type));
    }

    /// <summary>The index of <paramref name="name"/> in the file's names; <see cref="SnapshotColumns.Absent"/> when none or not there.</summary>
    private int NameIndex(string? name)
    {
        var index = name is null ? -1 : Array.IndexOf(_names, name);
        return index < 0 ? SnapshotColumns.Absent : index;
    }

    private int OutgoingOfType(int node, int type)
    {
        var count = 0;
        if (type == SnapshotColumns.Absent) return 0;
        for (var i = _outgoing.Offsets[node]; i < _outgoing.Offsets[node + 1]; i++)
        {
            if (_columns.RelationshipType[_outgoing.Relationships[i]] == type) count++;
        }
        return count;
    }

    /// <summary>The records of one chunk: <paramref name="make"/> gets each present id with its entry in <paramref name="presence"/>.</summary>
    private T?[] Chunk<T>(int chunkIndex, MappedColumn<int> presence, Func<int, int, BinaryReader, T?> make) where T : class
    {
        var chunk = new T?[ChunkedArray<T>.ChunkSize];
        using var reader = ValueReader();
        var first = chunkIndex << ChunkedArray<T>.ChunkBits;
        for (var id = first; id < Math.Min(first + chunk.Length, presence.Length); id++)
            if (presence[id] != SnapshotColumns.Absent) chunk[id - first] = make(id, presence[id], reader);
        return chunk;
    }

    private BinaryReader ValueReader() =>
        new(_columns.Values.OpenStream(), System.Text.Encoding.UTF8);

    private object[] Values(BinaryReader reader, long offset, int count)
    {
        if (count == 0) return [];
        reader.BaseStream.Position = _columns.Values.Start + offset;
        var values = new object[count];
        for (var i = 0; i < count; i++) values[i] = _pool.Value(ValueCodec.Read(reader));
        return values;
    }

    private Hop[] Hops((int[] Offsets, int[] Relationships) rows, MappedColumn<int> farEnd, int node)
    {
        var (from, to) = (rows.Offsets[node], rows.Offsets[node + 1]);
        if (from == to) return [];
        var hops = new Hop[to - from];
        for (var i = from; i < to; i++)
        {
            var relationship = rows.Relationships[i];
            hops[i - from] = new Hop(relationship, farEnd[relationship], _names[_columns.RelationshipType[relationship]]);
        }
        return hops;
    }

    /// <summary>Relationship ids grouped by the node in <paramref name="ends"/>, each group in id order (a counting sort).</summary>
    private static (int[] Offsets, int[] Relationships) SparseRows(MappedColumn<int> endColumn, MappedColumn<int> typeColumn, int nodesLength)
    {
        var ends = endColumn.AsSpan();
        var types = typeColumn.AsSpan();
        var offsets = new int[nodesLength + 1];
        for (var id = 0; id < ends.Length; id++)
            if (types[id] != SnapshotColumns.Absent) offsets[ends[id] + 1]++;
        for (var node = 0; node < nodesLength; node++) offsets[node + 1] += offsets[node];
        var relationships = new int[offsets[nodesLength]];
        var fill = offsets[..^1];
        for (var id = 0; id < ends.Length; id++)
            if (types[id] != SnapshotColumns.Absent) relationships[fill[ends[id]]++] = id;
        return (offsets, relationships);
    }
}
