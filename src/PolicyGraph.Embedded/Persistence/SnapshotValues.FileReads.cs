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
    private sealed class FileChunkStream(SnapshotValues values) : BufferedBlockStream(values)
    {
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(values.ChunkBytes, values.Length));
        private long _chunk = -1;
        private int _filled;
        private bool _disposed;

        /// <summary>The loaded chunk's bytes from the cursor on; empty at the end of the value block.</summary>
        protected override ReadOnlySpan<byte> Available()
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
            try
            {
                Block.File.ReadExactly(bytes, start);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException($"{Block.Path}: {ex.Message}", ex);
            }
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

    /// <summary>
    /// A stream over the value block for reading one entity's values: it reads a small window (4 KB) of the file at a
    /// time with a system call, so a single value read leaves no page of the block mapped in this process (before a
    /// key has a column, thousands of such reads, each on its own page, mapped as many pages). Each chunk the window
    /// overlaps is checked on first read, as through the mapping.
    /// </summary>
    public Stream OpenWindowStream() => new FileWindowStream(this);

    private sealed class FileWindowStream(SnapshotValues values) : BufferedBlockStream(values)
    {
        private const int WindowBytes = 4096;
        private readonly byte[] _window = ArrayPool<byte>.Shared.Rent(WindowBytes);
        private long _windowStart = -1;
        private int _filled;
        private bool _disposed;

        /// <summary>The window's bytes from the cursor on (loading the window there when outside it); empty at the end of the block.</summary>
        protected override ReadOnlySpan<byte> Available()
        {
            var end = Block.Start + Block.Length;
            if (Cursor >= end) return [];
            if (Cursor < Block.Start) throw new InvalidDataException($"{Block.Path}: a value offset lies before the value block");
            if (Cursor < _windowStart || Cursor >= _windowStart + _filled)
            {
                var length = (int)Math.Min(WindowBytes, end - Cursor);
                Block.Check(Cursor, length);
                Block.File.ReadExactly(_window.AsSpan(0, length), Cursor);
                (_windowStart, _filled) = (Cursor, length);
            }
            return _window.AsSpan((int)(Cursor - _windowStart), (int)(_windowStart + _filled - Cursor));
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                ArrayPool<byte>.Shared.Return(_window);
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>A stream that reads the value block into a buffer of its own, through the file.</summary>
    private abstract class BufferedBlockStream(SnapshotValues values) : ValueBlockStream(values)
    {
        /// <summary>The buffered bytes from the cursor on, loading them first when needed; empty at the end of the block.</summary>
        protected abstract ReadOnlySpan<byte> Available();

        public sealed override int Read(Span<byte> buffer)
        {
            var available = Available();
            var count = Math.Min(buffer.Length, available.Length);
            available[..count].CopyTo(buffer);
            Cursor += count;
            return count;
        }

        public sealed override int ReadByte()
        {
            var available = Available();
            if (available.IsEmpty) return -1;
            Cursor++;
            return available[0];
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
