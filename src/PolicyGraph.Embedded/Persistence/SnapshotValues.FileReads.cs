using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace PolicyGraph.Embedded.Persistence;

// Reading the value block through the file instead of the mapping, for passes that copy many values once.
internal sealed partial class SnapshotValues
{
    /// <summary>
    /// A stream over the value block that reads the file (through the page cache) instead of the mapping, for a pass
    /// that copies many values once into the heap (a property column): pages read so are never mapped into this
    /// process, so they do not stay in its resident set after the copy. Each chunk is checked from the bytes read,
    /// once, as <see cref="Check"/> does. Null when the file cannot be opened as it was mapped (a checkpoint deleted
    /// it): the caller reads the mapping.
    /// </summary>
    public Stream? OpenFileStream()
    {
        SafeFileHandle handle;
        try
        {
            handle = System.IO.File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException)
        {
            return null;
        }
        if (RandomAccess.GetLength(handle) == File.Length) return new FileChunkStream(this, handle);
        handle.Dispose();
        return null;
    }

    /// <summary>Holds one value chunk at a time, read whole with one system call and checked on first read.</summary>
    private sealed class FileChunkStream(SnapshotValues values, SafeFileHandle handle) : ValueBlockStream(values)
    {
        private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(values.ChunkBytes);
        private long _chunk = -1;
        private int _filled;
        private bool _disposed;

        public override int Read(Span<byte> buffer)
        {
            var within = Cursor - Block.Start;
            if (buffer.IsEmpty || within >= Block.Length) return 0;
            if (within < 0) throw new InvalidDataException($"{Block.Path}: a value offset lies before the value block");
            Load(within / Block.ChunkBytes);
            var from = (int)(within - _chunk * Block.ChunkBytes);
            var count = Math.Min(buffer.Length, _filled - from);
            _buffer.AsSpan(from, count).CopyTo(buffer);
            Cursor += count;
            return count;
        }

        private void Load(long chunk)
        {
            if (chunk == _chunk) return;
            var start = Block.Start + chunk * Block.ChunkBytes;
            var length = (int)Math.Min(Block.ChunkBytes, Block.Start + Block.Length - start);
            var bytes = _buffer.AsSpan(0, length);
            for (var done = 0; done < length;)
            {
                var read = RandomAccess.Read(handle, bytes[done..], start + done);
                if (read == 0) throw new InvalidDataException($"{Block.Path}: the file ended inside the value block");
                done += read;
            }
            if (Volatile.Read(ref Block._checked[chunk]) == 0) Block.CheckChunk(chunk, bytes);
            (_chunk, _filled) = (chunk, length);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_disposed)
            {
                _disposed = true;
                handle.Dispose();
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
