using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Node property values by key as columns (one slot per node id) for one snapshot, made for a key once queries have
/// read it from many nodes. Scans, filters and group keys over a label then read an array slot instead of a record
/// (record → key array → value array), and, on a store opened from disk, chunks not yet built are read straight from
/// the file, so a scan builds no records (less time and far less memory). Anchored lookups, which read a key from a
/// few nodes, never reach the threshold and stay on records. A commit makes a new snapshot and so new columns.
/// Thread-safe: readers of one snapshot run concurrently; two may build the same column and the first one wins.
/// </summary>
internal sealed class NodePropertyColumns(ChunkedArray<NodeRecord> nodes, int readsBeforeColumn = NodePropertyColumns.DefaultReadsBeforeColumn)
{
    /// <summary>Reads of one key, in one snapshot, through records before its column is made.</summary>
    public const int DefaultReadsBeforeColumn = 8192;

    private readonly ConcurrentDictionary<string, object?[]> _columns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<int>> _reads = new(StringComparer.Ordinal);

    /// <summary>
    /// The committed value of <paramref name="key"/> on node <paramref name="id"/> when the key has a column and the
    /// node has the key; false otherwise (the caller reads the record, which also reports a missing node).
    /// </summary>
    public bool TryGet(int id, string key, out object? value)
    {
        value = null;
        if (!_columns.TryGetValue(key, out var column))
        {
            // Counted without interlocking: a lost increment only makes the column a little later.
            var reads = _reads.GetOrAdd(key, static _ => new StrongBox<int>());
            if (++reads.Value < readsBeforeColumn) return false;
            column = _columns.GetOrAdd(key, Build);
        }
        if ((uint)id >= (uint)column.Length) return false;
        value = column[id];
        return value is not null;
    }

    /// <summary>Whether <paramref name="key"/> has a column yet (for tests and the profile).</summary>
    public bool HasColumn(string key) => _columns.ContainsKey(key);

    private object?[] Build(string key)
    {
        var column = new object?[nodes.Length];
        for (var chunkIndex = 0; chunkIndex < nodes.ChunkCount; chunkIndex++)
        {
            if (nodes.BuiltChunk(chunkIndex) is { } records) CopyFrom(records, key, column);
            else if (!nodes.TryReadUnbuilt(chunkIndex, key, column)) CopyFrom(nodes.BuiltChunkOrBuild(chunkIndex), key, column);
        }
        return column;
    }

    private static void CopyFrom(NodeRecord?[] records, string key, object?[] column)
    {
        foreach (var record in records)
            if (record is not null && (uint)record.Id < (uint)column.Length)
                column[record.Id] = PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, key);
    }
}
