namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// An immutable array of entity records split into fixed-size chunks, so a commit copies only the chunks it
/// touches (plus the small chunk table) instead of the whole store.
/// </summary>
public sealed class ChunkedArray<T> where T : class
{
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly T?[][] _chunks;

    public static ChunkedArray<T> Empty { get; } = new([], 0);

    private ChunkedArray(T?[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    /// <summary>One past the highest index ever assigned (slots may be null).</summary>
    public int Length { get; }

    public T? this[int index] =>
        (uint)index < (uint)Length ? _chunks[index >> ChunkBits][index & (ChunkSize - 1)] : null;

    public Builder ToBuilder() => new(this);

    /// <summary>Copies chunks on first write; untouched chunks stay shared with the source array.</summary>
    public sealed class Builder
    {
        private readonly List<T?[]> _chunks;
        private readonly HashSet<int> _owned = [];
        private int _length;

        internal Builder(ChunkedArray<T> source)
        {
            _chunks = [.. source._chunks];
            _length = source.Length;
        }

        public void Set(int index, T? value)
        {
            var chunkIndex = index >> ChunkBits;
            while (_chunks.Count <= chunkIndex)
            {
                _chunks.Add(new T?[ChunkSize]);
                _owned.Add(_chunks.Count - 1);
            }
            if (_owned.Add(chunkIndex)) _chunks[chunkIndex] = (T?[])_chunks[chunkIndex].Clone();
            _chunks[chunkIndex][index & (ChunkSize - 1)] = value;
            if (index >= _length) _length = index + 1;
        }

        public ChunkedArray<T> Build() => new([.. _chunks], _length);
    }
}
