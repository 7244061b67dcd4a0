using System.Runtime.CompilerServices;

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

    /// <summary>The whole column as a span, for passes over every entity (a column is far below 2 GB).</summary>
    public ReadOnlySpan<T> AsSpan() => new(file.Pointer(start), length);

    /// <summary>The column of <paramref name="length"/> elements at <paramref name="start"/>, checked to lie within the file.</summary>
    public static MappedColumn<T> Of(MappedFile file, long start, int length)
    {
        if (length < 0 || start < 0 || start + (long)length * sizeof(T) > file.Length) throw new InvalidDataException("a column runs past the end of the file");
        return new MappedColumn<T>(file, start, length);
    }
}
