using System.Text;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Copies one property of a chunk of nodes from a store's file into a column (<see cref="NodePropertyColumns"/>),
/// reading the value block through the file rather than its mapping: a column build reads most of the file once,
/// and through the mapping every page it read stayed mapped in this process (RssFile) beside the copy in the heap
/// (RssAnon), although only the copy is read again.
/// </summary>
internal sealed class FileColumnReader(SnapshotColumns columns, string[][] sets, InternPool pool)
{
    public void ReadChunk(int chunkIndex, string key, object?[] column)
    {
        var values = columns.Values;
        using var stream = values.OpenFileStream();
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
        var end = Math.Min(first + ChunkedArray<NodeRecord>.ChunkSize, columns.NodeLabelSet.Length);
        for (var id = first; id < end; id++)
        {
            if (columns.NodeLabelSet[id] == SnapshotColumns.Absent) continue;
            var position = Array.IndexOf(sets[columns.NodeKeySet[id]], key);
            if (position < 0) continue;
            stream.Position = values.Start + columns.NodeValues[id];
            // Values are stored in key order: the ones before the key are skipped.
            for (var before = 0; before < position; before++) ValueCodec.Skip(reader);
            column[id] = pool.Value(ValueCodec.Read(reader));
        }
    }
}
