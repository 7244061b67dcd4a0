using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// Makes records from a snapshot's columns, a chunk of ids at a time, when a query first reads them. Adjacency is
/// kept as compressed sparse rows (<see cref="CompactAdjacency"/>) built from the start, end and type columns beside
/// the open, on a thread of its own; expansion reads them without building records. Runs on reader threads: it only reads the columns and
/// uses the pool's thread-safe value sharing.
/// </summary>
internal sealed class RecordReader
{
    private readonly SnapshotColumns _columns;
    private readonly string[] _names;
    private readonly string[][] _sets;
    private readonly InternPool _pool;

    public RecordReader(SnapshotColumns columns, string[] names, string[][] sets, InternPool pool)
    {
        _columns = columns;
        _names = names;
        _sets = sets;
        _pool = pool;
        // Not a pool thread (LongRunning): a reader blocked waiting for the rows never holds the thread they need.
        _adjacency = Task.Factory.StartNew(() => CompactAdjacency.Build(columns, names), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    // Built on a thread of its own from the open on: the open returns without waiting for it (a store's counts, label
    // indexes and documents do not need it).
    private readonly Task<CompactAdjacency> _adjacency;

    /// <summary>
    /// The rows; a reader that comes before the build has ended waits for it. A build that failed throws its error (a
    /// read through the file names the file and what went wrong) to every reader, and to a writer's open
    /// (<see cref="DurableStore"/> waits for the rows before it accepts commits).
    /// </summary>
    public CompactAdjacency Adjacency => _adjacency.GetAwaiter().GetResult();

    public NodeRecord?[] NodeChunk(int chunkIndex) => Chunk(chunkIndex, _columns.NodeLabelSet, (id, labelSet, reader) =>
    {
        var keys = _sets[_columns.NodeKeySet[id]];
        return new NodeRecord(id, _sets[labelSet], keys, Values(reader, _columns.NodeValues[id], keys.Length),
            Hops(Adjacency.Outgoing(id)), Hops(Adjacency.Incoming(id)));
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

    /// <summary>Node <paramref name="id"/>'s value of <paramref name="key"/> (null when it lacks the key), decoding only up to it.</summary>
    public object? NodeValue(int id, string key) => Value(_columns.NodeKeySet[id], _columns.NodeValues[id], key);

    /// <summary>Relationship <paramref name="id"/>'s value of <paramref name="key"/> (null when it lacks the key), decoding only up to it.</summary>
    public object? RelationshipValue(int id, string key) => Value(_columns.RelationshipKeySet[id], _columns.RelationshipValues[id], key);

    private object? Value(int keySet, long offset, string key)
    {
        var position = Array.IndexOf(_sets[keySet], key);
        if (position < 0) return null;
        using var reader = ValueReader();
        reader.BaseStream.Position = _columns.Values.Start + offset;
        for (var before = 0; before < position; before++) ValueCodec.Skip(reader);
        return _pool.Value(ValueCodec.Read(reader));
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
        var row = Adjacency.Outgoing(node);
        for (var i = 0; i < row.Length; i++)
            if (ReferenceEquals(row.Type(i), _names[type])) count++;
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

    private static Hop[] Hops(HopRow row)
    {
        if (row.Length == 0) return [];
        var hops = new Hop[row.Length];
        for (var i = 0; i < hops.Length; i++) hops[i] = row[i];
        return hops;
    }
}
