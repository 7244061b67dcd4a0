using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A file mapped read-only into memory: opening a snapshot reads its columns and checksum straight from the page
/// cache, and records decode their values from it later, without copying the file into the heap first. A snapshot's
/// mapping is never disposed: it lives as long as anything that reads it and is released when this object is
/// collected (on Linux a checkpoint may delete the file meanwhile, and its pages stay readable until then). A reader
/// that copies what it needs disposes it at once (<see cref="Dispose"/>); after that <see cref="Slice"/> and
/// <see cref="OpenStream"/> throw <see cref="ObjectDisposedException"/> rather than read unmapped memory.
/// </summary>
internal sealed unsafe partial class MappedFile : IDisposable
{
    // The handle the mapping was made from, kept for ReadFile: the same file even after a checkpoint deleted its path.
    private readonly SafeFileHandle _handle;
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private int _released;

    private MappedFile(string path, SafeFileHandle handle, MemoryMappedFile map, MemoryMappedViewAccessor view, long length)
    {
        Path = path;
        _handle = handle;
        _map = map;
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + view.PointerOffset;
    }

    ~MappedFile() => Release();

    /// <summary>
    /// Unmaps now, for a reader that copies what it needs (the full-text index file): left to the finalizer, a large
    /// mapping is unmapped on the finalizer thread at some collection, which at start-up cost seconds.
    /// </summary>
    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    public long Length { get; }

    /// <summary>The path the file was opened from, named in the errors of reads through the file.</summary>
    public string Path { get; }

    /// <summary>Maps <paramref name="path"/>; null when the file is empty (nothing to map).</summary>
    public static MappedFile? Open(string path)
    {
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                handle.Dispose();
                return null;
            }
            var map = MemoryMappedFile.CreateFromFile(handle, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            return new MappedFile(path, handle, map, map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads bytes from <paramref name="offset"/> with a system call instead of the mapping (the pages read so are not
    /// mapped into this process); returns how many, 0 at the end of the file.
    /// </summary>
    public int ReadFile(Span<byte> buffer, long offset)
    {
        ThrowIfReleased();
        return RandomAccess.Read(_handle, buffer, offset);
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="offset"/> with system calls (<see cref="ReadFile"/>).</summary>
    public void ReadExactly(Span<byte> buffer, long offset)
    {
        if (offset < 0 || offset + buffer.Length > Length) throw new InvalidDataException($"{Path}: a read runs past the end of the file");
        for (var done = 0; done < buffer.Length;)
        {
            var read = ReadFile(buffer[done..], offset + done);
            if (read == 0) throw new InvalidDataException($"{Path}: the file ended before its mapped length (truncated while open)");
            done += read;
        }
    }

    /// <summary>The bytes from <paramref name="start"/> (a snapshot is far below 2 GB per span).</summary>
    public ReadOnlySpan<byte> Slice(long start, int length)
    {
        ThrowIfReleased();
        if (start < 0 || length < 0 || start + length > Length) throw new InvalidDataException("a read runs past the end of the file");
        return new ReadOnlySpan<byte>(_start + start, length);
    }

    /// <summary>
    /// The address of byte <paramref name="offset"/> (callers check their bounds once, as <see cref="MappedColumn{T}"/>
    /// does). Unchecked for disposal: it is read per value, and only the snapshot's never-disposed mapping has columns.
    /// </summary>
    internal byte* Pointer(long offset) => _start + offset;

    /// <summary>A read-only stream over the whole file (for <see cref="BinaryReader"/>).</summary>
    public Stream OpenStream()
    {
        ThrowIfReleased();
        return new UnmanagedMemoryStream(_start, Length);
    }

    /// <summary>
    /// Unmaps from this process the pages of the whole mapping that reads have touched (madvise DONTNEED; Linux only),
    /// keeping the mapping. This is accounting, not a saving for the machine: the page cache keeps the pages, as it
    /// keeps those read through the file, and a later read maps them again without reading the disk (a minor fault)
    /// — also a page another query was reading in place at that moment. The file is mapped read-only and shared, so
    /// no read can see other bytes. True when the pages were dropped; false where that is not done (not Linux, the
    /// mapping released) or the system refused (harmless: only the count changes; the tests check the result).
    /// </summary>
    public bool DropResidentPages()
    {
        if (!OperatingSystem.IsLinux() || Volatile.Read(ref _released) != 0) return false;
        // The view starts at offset 0 of the file, so _start is the page-aligned address the mapping starts at.
        return MemoryAdvise(_start, (nuint)Length, DontNeed) == 0;
    }

    private const int DontNeed = 4;

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int MemoryAdvise(byte* address, nuint length, int advice);

    private void ThrowIfReleased() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _released) != 0, this);

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
        _handle.Dispose();
    }
}
