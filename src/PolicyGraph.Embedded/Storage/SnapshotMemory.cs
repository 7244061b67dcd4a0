namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// What one snapshot keeps in the heap besides what opening it built, by structure, for memory reports (the
/// side-by-side benchmark prints it per query with --memory). Counts are exact; bytes are estimates from array lengths and the
/// distinct values a column holds (object headers as on 64-bit .NET), not a heap walk.
/// </summary>
public sealed record SnapshotMemory(
    int NodeChunks,
    int BuiltNodeChunks,
    int RelationshipChunks,
    int BuiltRelationshipChunks,
    long IndexBytes,
    long FileAdjacencyBytes,
    int PropertyColumns,
    long PropertyColumnBytes,
    int EncodedColumns,
    long EncodedColumnBytes)
{
    private const int ObjectHeaderBytes = 24;

    /// <summary>Describes <paramref name="snapshot"/> as it stands (columns and chunks built so far).</summary>
    public static SnapshotMemory Of(GraphSnapshot snapshot)
    {
        var columns = snapshot.NodeColumns;
        long columnBytes = 0;
        var columnCount = 0;
        foreach (var (slots, encoding) in columns.BuiltColumns())
        {
            columnCount++;
            // An encoding's dictionary already lists the distinct values: no pass over the slots.
            columnBytes += ArrayBytes(slots.Length, IntPtr.Size) + (encoding is null ? DistinctValueBytes(slots) : ValuesBytes(encoding.Values));
        }
        foreach (var packed in columns.BuiltPackedColumns())
        {
            columnCount++;
            columnBytes += packed.Bytes;
        }
        long encodedBytes = 0;
        var encodedCount = 0;
        foreach (var encoded in columns.BuiltEncodings())
        {
            encodedCount++;
            encodedBytes += ArrayBytes(encoded.Codes.Length, sizeof(int)) + ArrayBytes(encoded.Values.Length, IntPtr.Size);
        }
        return new SnapshotMemory(
            snapshot.Nodes.ChunkCount, BuiltChunks(snapshot.Nodes), snapshot.Relationships.ChunkCount, BuiltChunks(snapshot.Relationships),
            IndexBytesOf(snapshot), AdjacencyBytesOf(snapshot.Nodes), columnCount, columnBytes, encodedCount, encodedBytes);
    }

    private static int BuiltChunks<T>(ChunkedArray<T> array) where T : class
    {
        var built = 0;
        for (var chunk = 0; chunk < array.ChunkCount; chunk++)
            if (array.IsBuilt(chunk)) built++;
        return built;
    }

    /// <summary>The compact adjacency rows of the store's file (none for a store in memory).</summary>
    private static long AdjacencyBytesOf(ChunkedArray<NodeRecord> nodes)
    {
        for (var chunk = 0; chunk < nodes.ChunkCount; chunk++)
            if (nodes.FileAdjacency(chunk << ChunkedArray<NodeRecord>.ChunkBits) is { } adjacency) return adjacency.Bytes;
        return 0;
    }

    /// <summary>Label and type id arrays and label bitsets.</summary>
    private static long IndexBytesOf(GraphSnapshot snapshot) =>
        snapshot.NodesByLabel.Values.Sum(ids => ArrayBytes(ids.Length, sizeof(int))) +
        snapshot.RelationshipsByType.Values.Sum(ids => ArrayBytes(ids.Length, sizeof(int))) +
        snapshot.LabelBits.Values.Sum(bits => ArrayBytes(bits.Length, sizeof(ulong)));

    private static long ArrayBytes(long length, int elementBytes) => ObjectHeaderBytes + length * elementBytes;

    /// <summary>
    /// The values a column without an encoding refers to, each distinct object once (many slots share a pooled box
    /// or string). Allocates a set as large as the distinct values: the report that calls it is opt-in.
    /// </summary>
    private static long DistinctValueBytes(object?[] slots)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        long bytes = 0;
        foreach (var slot in slots)
            if (slot is not null && seen.Add(slot)) bytes += ValueBytes(slot);
        return bytes;
    }

    /// <summary>An encoding's dictionary: each distinct value once (equal values counted once, as pooled values are).</summary>
    private static long ValuesBytes(object[] values) => values.Sum(ValueBytes);

    private static long ValueBytes(object value) => value switch
    {
        string text => ObjectHeaderBytes - 2 + 2L * text.Length,
        object[] list => ArrayBytes(list.Length, IntPtr.Size),
        _ => ObjectHeaderBytes,
    };
}
