using System.IO.Hashing;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A checkpoint: the whole committed graph in one file (header, commit version, id ranges, schema, nodes,
/// relationships, then the CRC-32 of everything before it). Written to a temporary file, synced and renamed, so
/// a snapshot file is either complete or absent.
/// </summary>
internal static class SnapshotFile
{
    public static void Write(string directory, long generation, GraphSnapshot snapshot, Func<Stream, Stream> wrap)
    {
        var path = StoreFormat.SnapshotPath(directory, generation);
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                using (var hashing = new HashingStream(wrap(file)))
                {
                    using (var writer = new BinaryWriter(new BufferedStream(hashing, 1 << 16), System.Text.Encoding.UTF8, leaveOpen: true))
                    {
                        StoreFormat.WriteHeader(writer, StoreFormat.SnapshotMagic, generation);
                        WriteBody(writer, snapshot);
                    }
                    file.Write(BitConverter.GetBytes(hashing.Checksum));
                }
                file.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
            DirectorySync.Flush(directory);
        }
        catch (IOException ex)
        {
            TryDelete(temporary);
            throw new StoreException(StoreErrorCode.WriteFailed, $"{path}: writing the checkpoint failed ({ex.Message}); the log still holds every commit.", ex);
        }
    }

    public static (long Version, int NodesLength, int RelationshipsLength, SchemaCatalog Schema, List<StoredNode> Nodes, List<StoredRelationship> Relationships)
        Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < StoreFormat.HeaderLength + 4) throw Corrupt(path, "shorter than a header");
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 4, writable: false));
        StoreFormat.ReadHeader(reader, StoreFormat.SnapshotMagic, path);
        if (Crc32.HashToUInt32(bytes.AsSpan(0, bytes.Length - 4)) != BitConverter.ToUInt32(bytes, bytes.Length - 4))
            throw Corrupt(path, "checksum mismatch");
        try
        {
            var (version, nodesLength, relationshipsLength) = (reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
            var schema = RecordCodec.ReadSchema(reader);
            var nodes = new List<StoredNode>(reader.ReadInt32());
            for (var i = nodes.Capacity; i > 0; i--) nodes.Add(RecordCodec.ReadNode(reader));
            var relationships = new List<StoredRelationship>(reader.ReadInt32());
            for (var i = relationships.Capacity; i > 0; i--) relationships.Add(RecordCodec.ReadRelationship(reader));
            return (version, nodesLength, relationshipsLength, schema, nodes, relationships);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            throw Corrupt(path, ex.Message);
        }
    }

    private static void WriteBody(BinaryWriter writer, GraphSnapshot snapshot)
    {
        writer.Write(snapshot.Version);
        writer.Write(snapshot.Nodes.Length);
        writer.Write(snapshot.Relationships.Length);
        RecordCodec.WriteSchema(writer, snapshot.Schema);
        writer.Write(snapshot.NodeCount);
        for (var id = 0; id < snapshot.Nodes.Length; id++)
            if (CommitRecord.Stored(snapshot.Nodes[id]) is { } node) RecordCodec.WriteNode(writer, node);
        writer.Write(snapshot.RelationshipCount);
        for (var id = 0; id < snapshot.Relationships.Length; id++)
            if (CommitRecord.Stored(snapshot.Relationships[id]) is { } relationship) RecordCodec.WriteRelationship(writer, relationship);
    }

    private static StoreException Corrupt(string path, string reason) =>
        new(StoreErrorCode.Corrupt, $"{path}: the snapshot is damaged ({reason}).");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover temporary file is ignored (and replaced) by the next checkpoint.
        }
    }

    /// <summary>Passes writes through and keeps the CRC-32 of everything written.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly Crc32 _crc = new();

        public uint Checksum => _crc.GetCurrentHashAsUInt32();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            _crc.Append(buffer);
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
