using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A checkpoint: the whole committed graph in one file (header, commit version, id ranges, schema, the value block,
/// the XxHash3 of each value chunk — <see cref="SnapshotValues"/> — then the graph as columns —
/// <see cref="SnapshotColumns"/> — and a trailer: the value block's start and length and the XxHash3 of every byte
/// outside the value block). Opening checks that hash (the columns, a fraction of the file) and leaves the values to
/// be checked chunk by chunk on first read. Written to a temporary file, synced and renamed, so a snapshot file is
/// either complete or absent.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>The value block's start (8) and length (8) and the XxHash3 of every byte outside it (8) end the file.</summary>
    private const int TrailerLength = 24;

    public static void Write(string directory, long generation, GraphSnapshot snapshot, Func<Stream, Stream> wrap)
    {
        var path = StoreFormat.SnapshotPath(directory, generation);
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                // Not disposed: that would close the file before it is synced.
                var buffered = new BufferedStream(wrap(file), 1 << 20);
                var hashing = new CountingHashStream(buffered);
                using (var writer = new BinaryWriter(hashing, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    StoreFormat.WriteHeader(writer, StoreFormat.SnapshotMagic, generation);
                    WriteBody(writer, hashing, snapshot);
                }
                buffered.Write(BitConverter.GetBytes(hashing.Checksum));
                buffered.Flush();
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

    /// <summary>Maps a snapshot and reads its header, schema and columns; values stay encoded in the mapped file.</summary>
    public static (long Version, SchemaCatalog Schema, SnapshotColumns Columns) Read(string path, PhaseClock clock)
    {
        try
        {
            return ReadMapped(path, clock);
        }
        catch (Exception ex) when (ex is IOException and not EndOfStreamException or OverflowException or OutOfMemoryException or UnauthorizedAccessException)
        {
            throw new StoreException(StoreErrorCode.Unreadable, $"{path}: the snapshot could not be read ({ex.Message}); it is not damaged, so no older snapshot is opened in its place.", ex);
        }
    }

    /// <summary>Bytes read and hashed per call while checking a snapshot; settable so tests can use small slices.</summary>
    internal static int HashSliceBytes { get; set; } = 1 << 20;

    /// <summary>A failure to raise when reading the given path, before anything is read (tests only).</summary>
    internal static Func<string, Exception?>? ReadFaultForTests { get; set; }

    private static (long Version, SchemaCatalog Schema, SnapshotColumns Columns) ReadMapped(string path, PhaseClock clock)
    {
        if (ReadFaultForTests?.Invoke(path) is { } fault) throw fault;
        var file = MappedFile.Open(path);
        if (file is null || file.Length < StoreFormat.HeaderLength + TrailerLength) throw Corrupt(path, "shorter than a header");
        clock.Mark("map the snapshot file");
        using var reader = new BinaryReader(file.OpenStream());
        StoreFormat.ReadHeader(reader, StoreFormat.SnapshotMagic, path);
        try
        {
            var (valueStart, valueLength) = CheckOutsideValues(file);
            clock.Mark("check the XxHash3 of the columns");
            var (version, nodesLength, relationshipsLength) = (reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt32());
            var schema = RecordCodec.ReadSchema(reader);
            if (reader.BaseStream.Position != valueStart) throw new InvalidDataException("the value block does not follow the schema");
            reader.BaseStream.Position = valueStart + valueLength;
            var chunkBytes = reader.ReadInt32();
            var hashes = ReadHashes(reader, file);
            var values = new SnapshotValues(file, path, valueStart, valueLength, chunkBytes, hashes);
            var columns = SnapshotColumns.ReadTables(reader, values, nodesLength, relationshipsLength);
            clock.Mark("read the names, map the columns");
            return (version, schema, columns);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException)
        {
            throw Corrupt(path, ex.Message);
        }
    }

    /// <summary>Reads the trailer and checks the hash of every byte outside the value block; returns the block's place.</summary>
    private static (long Start, long Length) CheckOutsideValues(MappedFile file)
    {
        var trailer = file.Length - TrailerLength;
        var start = BinaryPrimitives.ReadInt64LittleEndian(file.Slice(trailer, sizeof(long)));
        var length = BinaryPrimitives.ReadInt64LittleEndian(file.Slice(trailer + sizeof(long), sizeof(long)));
        if (start < StoreFormat.HeaderLength || length < 0 || length > trailer - start) throw new InvalidDataException("checksum mismatch (the trailer is damaged)");
        var hashed = file.Length - sizeof(ulong);
        if (Checksum(file, [(0, start), (start + length, hashed - start - length)]) != BinaryPrimitives.ReadUInt64LittleEndian(file.Slice(hashed, sizeof(ulong))))
            throw new InvalidDataException("checksum mismatch");
        return (start, length);
    }

    private static ulong[] ReadHashes(BinaryReader reader, MappedFile file)
    {
        var count = reader.ReadInt32();
        if (count < 0 || (long)count * sizeof(ulong) > file.Length - reader.BaseStream.Position) throw new InvalidDataException("the value chunk table runs past the end");
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++) hashes[i] = reader.ReadUInt64();
        return hashes;
    }

    /// <summary>
    /// The XxHash3 of the given byte ranges, in order, read through the file a slice at a time rather than through the
    /// mapping: the check reads every column once, and through the mapping all their pages stayed mapped in this
    /// process (RssFile) although a query reads few of them again (the relationship columns: 44 MB at 500k nodes).
    /// </summary>
    internal static ulong Checksum(MappedFile file, IEnumerable<(long Start, long Length)> ranges)
    {
        var hash = new XxHash3();
        // Read once: a test may change the setting while another store opens.
        var sliceBytes = HashSliceBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(sliceBytes);
        try
        {
            foreach (var (from, length) in ranges)
                for (long start = from; start < from + length; start += sliceBytes)
                {
                    var slice = buffer.AsSpan(0, (int)Math.Min(sliceBytes, from + length - start));
                    file.ReadExactly(slice, start);
                    hash.Append(slice);
                }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>
    /// Header fields, schema, the value block (every entity's values, in id order), the name tables and columns,
    /// then the value block's length (so values are written as they are met, without holding them in memory).
    /// </summary>
    private static void WriteBody(BinaryWriter writer, CountingHashStream counted, GraphSnapshot snapshot)
    {
        writer.Write(snapshot.Version);
        writer.Write(snapshot.Nodes.Length);
        writer.Write(snapshot.Relationships.Length);
        RecordCodec.WriteSchema(writer, snapshot.Schema);
        var valueStart = counted.Written;
        // Read once: the chunk size hashed and the one written must be the same, whatever a test sets meanwhile.
        var chunkBytes = SnapshotValues.WriteChunkBytes;
        counted.Values = new SnapshotValues.ChunkHasher(chunkBytes);
        var names = new SnapshotColumns.NameTable();
        var nodes = new SnapshotColumns.EntityColumns(snapshot.Nodes.Length, hasEnds: false);
        for (var id = 0; id < snapshot.Nodes.Length; id++)
        {
            if (snapshot.Nodes[id] is not { } node) continue;
            (nodes.SetOrType[id], nodes.KeySet[id], nodes.ValueOffset[id]) = (names.Set(node.Labels), names.Set(node.PropertyKeys), counted.Written - valueStart);
            WriteValues(writer, node.PropertyKeys, node.PropertyValues);
        }
        var relationships = new SnapshotColumns.EntityColumns(snapshot.Relationships.Length, hasEnds: true);
        for (var id = 0; id < snapshot.Relationships.Length; id++)
        {
            if (snapshot.Relationships[id] is not { } r) continue;
            (relationships.SetOrType[id], relationships.Start[id], relationships.End[id]) = (names.Name(r.Type), r.Start, r.End);
            (relationships.KeySet[id], relationships.ValueOffset[id]) = (names.Set(r.PropertyKeys), counted.Written - valueStart);
            WriteValues(writer, r.PropertyKeys, r.PropertyValues);
        }
        var valueLength = counted.Written - valueStart;
        counted.Values.Complete();
        var hashes = counted.Values.Hashes;
        counted.Values = null;
        writer.Write(chunkBytes);
        writer.Write(hashes.Count);
        foreach (var hash in hashes) writer.Write(hash);
        SnapshotColumns.WriteTables(writer, names, nodes, relationships);
        writer.Write(valueStart);
        writer.Write(valueLength);
    }

    private static void WriteValues(BinaryWriter writer, string[] keys, object[] values)
    {
        for (var i = 0; i < keys.Length; i++) ValueCodec.Write(writer, values[i], keys[i]);
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

    /// <summary>
    /// Passes writes through and keeps the count of everything written and the XxHash3 of it, except while
    /// <see cref="Values"/> is set: those bytes (the value block) are hashed by chunk there instead. XxHash3 rather
    /// than the log's CRC-32: it runs many times faster.
    /// </summary>
    private sealed class CountingHashStream(Stream inner) : Stream
    {
        private readonly XxHash3 _crc = new();

        public ulong Checksum => _crc.GetCurrentHashAsUInt64();

        public SnapshotValues.ChunkHasher? Values { get; set; }

        public long Written { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            if (Values is { } values) values.Append(buffer);
            else _crc.Append(buffer);
            Written += buffer.Length;
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
