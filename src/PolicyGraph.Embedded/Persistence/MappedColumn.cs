using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// A column of a snapshot file read in place from the mapping, by entity id: opening neither copies it into the
/// heap nor allocates for it, and its pages are shared with the page cache. Its bounds were checked when the
/// snapshot was read; an index outside them throws.
/// </summary>
internal readonly unsafe struct MappedColumn<T>(MappedFile file, long start, int length) where T : unmanaged
{
    public int Length => length;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)length) throw new IndexOutOfRangeException();
            return Unsafe.ReadUnaligned<T>(file.Pointer(start + (long)index * sizeof(T)));
        }
    }

    /// <summary>
    /// Copies elements from <paramref name="first"/> on into <paramref name="destination"/> through the file rather
    /// than the mapping, for a pass over the whole column at open: through the mapping its pages stayed mapped in
    /// this process (RssFile) although most are never read again.
    /// </summary>
    public void ReadThroughFile(int first, Span<T> destination)
    {
        if (first < 0 || first + destination.Length > length) throw new IndexOutOfRangeException();
        file.ReadExactly(MemoryMarshal.AsBytes(destination), start + (long)first * sizeof(T));
    }

    /// <summary>
    /// The column in blocks of <see cref="SnapshotColumns.ReadPieceElements"/> read through the file (<see cref="ReadThroughFile"/>), in id
    /// order: each block's first id and its elements (one buffer, refilled for the next block).
    /// </summary>
    public IEnumerable<(int First, ArraySegment<T> Values)> Blocks()
    {
        var buffer = new T[Math.Min(SnapshotColumns.ReadPieceElements, length)];
        for (var first = 0; first < length; first += buffer.Length)
        {
            var count = Math.Min(buffer.Length, length - first);
            ReadThroughFile(first, buffer.AsSpan(0, count));
            yield return (first, new ArraySegment<T>(buffer, 0, count));
        }
    }

    /// <summary>The column of <paramref name="length"/> elements at <paramref name="start"/>, checked to lie within the file.</summary>
    public static MappedColumn<T> Of(MappedFile file, long start, int length)
    {
        if (length < 0 || start < 0 || start + (long)length * sizeof(T) > file.Length) throw new InvalidDataException("a column runs past the end of the file");
        return new MappedColumn<T>(file, start, length);
    }
}
