using System.Buffers;
using System.IO.Hashing;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A snapshot's value block, checked a chunk at a time on first read: the file stores the XxHash3 of every chunk of
/// <see cref="ChunkBytes"/>, and a chunk is hashed and compared the first time any read touches it. Opening then
/// reads nothing of the values (most of the file), yet no value is ever decoded from bytes that were not checked;
/// a damaged chunk fails the read that met it with <see cref="StoreErrorCode.Corrupt"/>, naming the file and byte.
/// Chosen over a whole-file check in the background, which would read every page at each start (hundreds of MB
/// resident) and leave a window in which a query could read damaged bytes before the check ends.
/// </summary>
internal sealed partial class SnapshotValues
{
    private readonly ulong[] _hashes;
    private readonly int[] _checked;

    public SnapshotValues(MappedFile file, string path, long start, long length, int chunkBytes, ulong[] hashes)
    {
        // A reader holds a whole chunk (FileChunkStream): a damaged or crafted size must not make it allocate gigabytes.
        if (chunkBytes is <= 0 or > MaxChunkBytes)
            throw new InvalidDataException($"the value chunk size {chunkBytes} is outside 1–{MaxChunkBytes} bytes");
        if (hashes.LongLength != (length + chunkBytes - 1) / chunkBytes)
            throw new InvalidDataException("the value chunk table does not match the value block");
        (File, Path, Start, Length, ChunkBytes, _hashes) = (file, path, start, length, chunkBytes, hashes);
        _checked = new int[hashes.Length];
    }

    public MappedFile File { get; }

    public string Path { get; }

    /// <summary>Where the value block starts in the file.</summary>
    public long Start { get; }

    public long Length { get; }

    public int ChunkBytes { get; }

    /// <summary>The largest value chunk a snapshot may declare (written ones are 256 KB).</summary>
    internal const int MaxChunkBytes = 64 << 20;

    /// <summary>Chunks written per snapshot value block; settable so tests can make many small chunks.</summary>
    internal static int WriteChunkBytes { get; set; } = 1 << 18;

    /// <summary>A stream over the whole file that checks each value chunk before handing out its bytes.</summary>
    public Stream OpenStream() => new CheckedStream(this);

    /// <summary>Checks every chunk that [<paramref name="position"/>, +<paramref name="count"/>) overlaps, once per chunk.</summary>
    public void Check(long position, int count)
    {
        var from = Math.Max(position, Start) - Start;
        var to = Math.Min(position + count, Start + Length) - Start;
        if (from >= to) return;
        for (var chunk = from / ChunkBytes; chunk <= (to - 1) / ChunkBytes; chunk++)
        {
            if (Volatile.Read(ref _checked[chunk]) == 0) CheckThroughFile(chunk);
        }
    }

    /// <summary>
    /// Hashes a chunk read through the file, not the mapping: a read of one value would otherwise leave the whole
    /// chunk (256 KB) mapped in this process (RssFile) to check it, although only the value's own bytes are read.
    /// </summary>
    private void CheckThroughFile(long chunk)
    {
        var chunkStart = Start + chunk * ChunkBytes;
        var length = (int)Math.Min(ChunkBytes, Start + Length - chunkStart);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            File.ReadExactly(buffer.AsSpan(0, length), chunkStart);
            CheckChunk(chunk, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Compares chunk <paramref name="chunk"/>'s <paramref name="bytes"/> with its stored hash (throws on a mismatch) and marks it checked.</summary>
    private void CheckChunk(long chunk, ReadOnlySpan<byte> bytes)
    {
        var chunkStart = Start + chunk * ChunkBytes;
        if (XxHash3.HashToUInt64(bytes) != _hashes[chunk])
            throw new StoreException(StoreErrorCode.Corrupt,
                $"{Path}: the snapshot is damaged (checksum mismatch in the values at bytes {chunkStart}–{chunkStart + bytes.Length}); " +
                "nothing from those bytes was read.");
        Volatile.Write(ref _checked[chunk], 1);
    }

    /// <summary>Splits a written value block into chunks and hashes each (the writer's side of <see cref="Check"/>).</summary>
    internal sealed class ChunkHasher(int chunkBytes)
    {
        private readonly XxHash3 _hash = new();
        private int _filled;

        public int ChunkBytes => chunkBytes;

        public List<ulong> Hashes { get; } = [];

        public void Append(ReadOnlySpan<byte> bytes)
        {
            while (!bytes.IsEmpty)
            {
                var take = Math.Min(bytes.Length, chunkBytes - _filled);
                _hash.Append(bytes[..take]);
                _filled += take;
                bytes = bytes[take..];
                if (_filled == chunkBytes) Finish();
            }
        }

        /// <summary>Ends the last, possibly short, chunk.</summary>
        public void Complete()
        {
            if (_filled > 0) Finish();
        }

        private void Finish()
        {
            Hashes.Add(_hash.GetCurrentHashAsUInt64());
            _hash.Reset();
            _filled = 0;
        }
    }

    private sealed class CheckedStream(SnapshotValues values) : ValueBlockStream(values)
    {
        public override int Read(Span<byte> buffer)
        {
            var count = (int)Math.Min(buffer.Length, Math.Max(0, Length - Cursor));
            if (count == 0) return 0;
            Block.Check(Cursor, count);
            Block.File.Slice(Cursor, count).CopyTo(buffer);
            Cursor += count;
            return count;
        }

        public override int ReadByte()
        {
            if (Cursor >= Length) return -1;
            Block.Check(Cursor, 1);
            return Block.File.Slice(Cursor++, 1)[0];
        }
    }
}
