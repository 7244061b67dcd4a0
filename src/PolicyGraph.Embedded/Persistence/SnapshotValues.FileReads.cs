using System.Buffers;

namespace PolicyGraph.Embedded.Persistence;

// Reading the value block through the file instead of the mapping, for passes that copy many values once.
internal sealed partial class SnapshotValues
{
    /// <summary>
    /// A stream over the value block that reads the file with system calls (through the page cache) instead of the
    /// mapping, for a pass that copies many values once into the heap (a property column): read through the mapping,
    /// those pages stayed mapped (RssFile) while their copies sat in the heap (RssAnon), counted twice in this
    /// process. It reads the mapping's own handle, so the same file even after a checkpoint deleted its path. Each
    /// chunk is checked from the bytes read, once, as <see cref="Check"/> does.
    /// </summary>
    public Stream OpenFileStream() => new FileChunkStream(this);

    /// <summary>Holds one value chunk at a time, read whole with one system call and checked on first read.</summary>
    private sealed class FileChunkStream(SnapshotValues values) : ValueBlockStream(values)
    {
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(values.ChunkBytes, values.Length));
        private long _chunk = -1;
        private int _filled;
        private bool _disposed;

        public override int Read(Span<byte> buffer)
        {
            var available = Available();
            var count = Math.Min(buffer.Length, available.Length);
            available[..count].CopyTo(buffer);
            Cursor += count;
            return count;
        }

        public override int ReadByte()
        {
            var available = Available();
            if (available.IsEmpty) return -1;
            Cursor++;
            return available[0];
        }

        /// <summary>The loaded chunk's bytes from the cursor on; empty at the end of the value block.</summary>
        private ReadOnlySpan<byte> Available()
        {
            var within = Cursor - Block.Start;
            if (within >= Block.Length) return [];
            if (within < 0) throw new InvalidDataException($"{Block.Path}: a value offset lies before the value block");
            Load(within / Block.ChunkBytes);
            var from = (int)(within - _chunk * Block.ChunkBytes);
            return _buffer.AsSpan(from, _filled - from);
        }

        private void Load(long chunk)
        {
            if (chunk == _chunk) return;
            var start = Block.Start + chunk * Block.ChunkBytes;
            var length = (int)Math.Min(Block.ChunkBytes, Block.Start + Block.Length - start);
            var bytes = _buffer.AsSpan(0, length);
            Block.File.ReadExactly(bytes, start);
            if (Volatile.Read(ref Block._checked[chunk]) == 0) Block.CheckChunk(chunk, bytes);
            (_chunk, _filled) = (chunk, length);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                ArrayPool<byte>.Shared.Return(_buffer);
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>A read-only, seekable stream over the snapshot file; subclasses say where the bytes come from.</summary>
    private abstract class ValueBlockStream(SnapshotValues values) : Stream
    {
        protected SnapshotValues Block { get; } = values;

        /// <summary>The position in the file.</summary>
        protected long Cursor { get; set; }

        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => Block.File.Length;

        public override long Position
        {
            get => Cursor;
            set => Cursor = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public abstract override int Read(Span<byte> buffer);

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => Cursor + offset,
            _ => Length + offset,
        };

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
