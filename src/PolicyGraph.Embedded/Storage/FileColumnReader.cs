using System.Buffers;
using System.Text;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Copies one property of a chunk of nodes from a store's file into a column (<see cref="NodePropertyColumns"/>),
/// reading the value block through the file rather than its mapping: a column build reads most of the file once,
/// and through the mapping every page it read stayed mapped in this process (RssFile) beside the copy in the heap
/// (RssAnon), although only the copy is read again. A nearly-distinct string column is packed from the bytes read
/// (<see cref="TryPackChunk"/>), without a string per node that would be garbage once packed.
/// </summary>
internal sealed class FileColumnReader(SnapshotColumns columns, string[][] sets, InternPool pool)
{
    public void ReadChunk(int chunkIndex, string key, object?[] column)
    {
        using var stream = columns.Values.OpenFileStream();
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var (first, end) = Span(chunkIndex);
        for (var id = first; id < end; id++)
            if (columns.NodeLabelSet[id] != SnapshotColumns.Absent && SeekValue(stream, reader, id, key))
                column[id] = pool.Value(ValueCodec.Read(reader));
    }

    /// <summary>
    /// Packs property <paramref name="key"/> of a chunk of nodes into <paramref name="packed"/> from the file's UTF-8
    /// bytes, making no string (a nearly-distinct column, once known to be one); false, packing nothing, when a
    /// value of the key in the chunk is not a string (the caller reads the chunk as objects then). The bytes are
    /// gathered in <paramref name="scratch"/>, which the build reuses for every chunk.
    /// </summary>
    public bool TryPackChunk(int chunkIndex, string key, PackedStringColumn packed, ArrayBufferWriter<byte> scratch)
    {
        using var stream = columns.Values.OpenFileStream();
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var (first, end) = Span(chunkIndex);
        var (kinds, ends) = (new byte[end - first], new int[end - first]);
        var utf8 = scratch;
        utf8.ResetWrittenCount();
        for (var id = first; id < end; id++)
        {
            if (columns.NodeLabelSet[id] == SnapshotColumns.Absent) kinds[id - first] = PackedStringColumn.NoNode;
            else if (!SeekValue(stream, reader, id, key)) kinds[id - first] = PackedStringColumn.LacksKey;
            else if (ValueCodec.ReadUtf8(reader, utf8) < 0) return false;
            else kinds[id - first] = PackedStringColumn.HasString;
            ends[id - first] = utf8.WrittenCount;
        }
        return packed.TryPackUtf8(chunkIndex, utf8.WrittenSpan, ends, kinds);
    }

    private (int First, int End) Span(int chunkIndex)
    {
        var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
        return (first, Math.Min(first + ChunkedArray<NodeRecord>.ChunkSize, columns.NodeLabelSet.Length));
    }

    /// <summary>Moves the reader to node <paramref name="id"/>'s value of <paramref name="key"/>; false when it lacks the key.</summary>
    private bool SeekValue(Stream stream, BinaryReader reader, int id, string key)
    {
        var position = Array.IndexOf(sets[columns.NodeKeySet[id]], key);
        if (position < 0) return false;
        stream.Position = columns.Values.Start + columns.NodeValues[id];
        // Values are stored in key order: the ones before the key are skipped.
        for (var before = 0; before < position; before++) ValueCodec.Skip(reader);
        return true;
    }
}
