using System.Buffers;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// An immutable array of entity records split into fixed-size chunks, so a commit copies only the chunks it
/// touches (plus the small chunk table) instead of the whole store. A store opened from a snapshot file starts
/// with every chunk unbuilt: a chunk's records are made from the file's columns the first time it is read
/// (<see cref="LazyChunks{T}"/>), so opening costs reading the columns, not building every record.
/// </summary>
public sealed class ChunkedArray<T> where T : class
{
    public const int ChunkBits = 10;
    public const int ChunkSize = 1 << ChunkBits;
    private readonly T?[]?[] _chunks;
    private readonly LazyChunks<T>? _lazy;

    public static ChunkedArray<T> Empty { get; } = new([], 0, null);

    private ChunkedArray(T?[]?[] chunks, int length, LazyChunks<T>? lazy)
    {
        _chunks = chunks;
        Length = length;
        _lazy = lazy;
    }

    /// <summary>An array of <paramref name="length"/> slots whose chunks <paramref name="lazy"/> builds on first read.</summary>
    internal static ChunkedArray<T> Deferred(int length, LazyChunks<T> lazy) =>
        new(new T?[]?[(length + ChunkSize - 1) >> ChunkBits], length, lazy);

    /// <summary>One past the highest index ever assigned (slots may be null).</summary>
    public int Length { get; }

    public T? this[int index] =>
        (uint)index < (uint)Length ? Chunk(index >> ChunkBits)[index & (ChunkSize - 1)] : null;

    /// <summary>Whether slot <paramref name="index"/> holds a record, without building an unbuilt chunk.</summary>
    public bool Contains(int index)
    {
        if ((uint)index >= (uint)Length) return false;
        return _chunks[index >> ChunkBits] is { } chunk ? chunk[index & (ChunkSize - 1)] is not null : _lazy!.Exists(index);
    }

    public Builder ToBuilder() => new(this);

    private T?[] Chunk(int chunkIndex) => _chunks[chunkIndex] ?? _lazy!.Get(chunkIndex);

    /// <summary>Number of chunks (the last may be partly used).</summary>
    public int ChunkCount => _chunks.Length;

    /// <summary>The records of a chunk if they exist as objects (written by a commit or already built), else null.</summary>
    internal T?[]? BuiltChunk(int chunkIndex) => _chunks[chunkIndex] ?? _lazy?.Built(chunkIndex);

    /// <summary>Whether a chunk's records exist as objects: which reads built records and which read the file is observable.</summary>
    public bool IsBuilt(int chunkIndex) => BuiltChunk(chunkIndex) is not null;

    /// <summary>The records of a chunk, building it if it is not built yet.</summary>
    internal T?[] BuiltChunkOrBuild(int chunkIndex) => Chunk(chunkIndex);

    /// <summary>
    /// Fills <paramref name="column"/> with property <paramref name="key"/> of the unbuilt chunk
    /// <paramref name="chunkIndex"/> straight from the store's file, building no record; false where no file backs it.
    /// </summary>
    internal bool TryReadUnbuilt(int chunkIndex, string key, object?[] column) =>
        _chunks[chunkIndex] is null && _lazy is { } lazy && lazy.TryReadProperty(chunkIndex, key, column);

    /// <summary>
    /// Packs property <paramref name="key"/> of the unbuilt chunk <paramref name="chunkIndex"/> into
    /// <paramref name="packed"/> straight from the store's file, making no string; false where no file backs it or a
    /// value is not a string.
    /// </summary>
    internal bool TryPackUnbuilt(int chunkIndex, string key, PackedStringColumn packed, ArrayBufferWriter<byte> scratch) =>
        _chunks[chunkIndex] is null && _lazy is { } lazy && lazy.TryPackProperty(chunkIndex, key, packed, scratch);

    /// <summary>
    /// Summaries of the nodes of chunk <paramref name="chunkIndex"/> (null slots: no node): read from the store's file
    /// while the chunk is unbuilt, building no record; else (written by a commit, built, or no file) from its records.
    /// </summary>
    internal NodeSummary?[] SummariseUnbuilt(int chunkIndex, NodeSummaryRequest request) =>
        _chunks[chunkIndex] is null && _lazy is { } lazy && lazy.Built(chunkIndex) is null && lazy.Summarise(chunkIndex, request) is { } summaries
            ? summaries
            : Array.ConvertAll(BuiltChunkOrBuild(chunkIndex), record => record is NodeRecord node ? NodeSummaries.Of(node, request) : null);

    /// <summary>
    /// The summary of node <paramref name="index"/> (null when there is none): from the store's file while its chunk
    /// is unbuilt, decoding only that node's requested values; else from its record.
    /// </summary>
    internal NodeSummary? Summarise(int index, NodeSummaryRequest request)
    {
        if ((uint)index >= (uint)Length) return null;
        var chunkIndex = index >> ChunkBits;
        if (_chunks[chunkIndex] is null && _lazy is { } lazy && lazy.Built(chunkIndex) is null && lazy.SummariseOne(index, request, out var fromFile))
            return fromFile;
        return this[index] is NodeRecord node ? NodeSummaries.Of(node, request) : null;
    }

    /// <summary>
    /// The fixed part of record <paramref name="index"/> (a node's labels, a relationship's type) read from the
    /// store's file while its chunk is unbuilt, so counting by label or type builds no records; null otherwise
    /// (also for an absent record: the caller reads the record and reports it).
    /// </summary>
    internal object? UnbuiltHead(int index)
    {
        if ((uint)index >= (uint)Length || _chunks[index >> ChunkBits] is not null || _lazy is not { } lazy) return null;
        return lazy.Built(index >> ChunkBits) is null ? lazy.Head(index) : null;
    }

    /// <summary>
    /// Record <paramref name="index"/>'s value of <paramref name="key"/> (null when it lacks the key) read from the
    /// store's file while its chunk is unbuilt, building no record; false otherwise (also for an absent record: the
    /// caller reads the record, which reports it).
    /// </summary>
    internal bool TryReadUnbuiltValue(int index, string key, out object? value)
    {
        value = null;
        if ((uint)index >= (uint)Length || _chunks[index >> ChunkBits] is not null || _lazy is not { } lazy ||
            lazy.Built(index >> ChunkBits) is not null || !lazy.Exists(index))
            return false;
        return lazy.TryReadValue(index, key, out value);
    }

    /// <summary>
    /// The adjacency rows of the store's file when record <paramref name="index"/> is as the file has it (its chunk
    /// was not written by a commit since), so a walk reads them instead of building the record; null otherwise.
    /// </summary>
    internal CompactAdjacency? FileAdjacency(int index) =>
        (uint)index < (uint)Length && _chunks[index >> ChunkBits] is null ? _lazy?.Adjacency : null;

    /// <summary>Unmaps the pages of the store's file that reads have touched (see <see cref="LazyChunks{T}.DropFilePages"/>).</summary>
    internal void DropFilePages() => _lazy?.DropFilePages();

    /// <summary>Waits for the store file's adjacency rows (built beside the open), whatever chunks commits have written since.</summary>
    internal void WaitForFileAdjacency() => _ = _lazy?.Adjacency;

    /// <summary>Copies chunks on first write; untouched chunks stay shared with the source array.</summary>
    public sealed class Builder
    {
        private readonly List<T?[]?> _chunks;
        private readonly HashSet<int> _owned = [];
        private readonly ChunkedArray<T> _source;
        private int _length;

        internal Builder(ChunkedArray<T> source)
        {
            _source = source;
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
            if (_owned.Add(chunkIndex)) _chunks[chunkIndex] = (T?[])_source.Chunk(chunkIndex).Clone();
            _chunks[chunkIndex]![index & (ChunkSize - 1)] = value;
            if (index >= _length) _length = index + 1;
        }

        public ChunkedArray<T> Build() => new([.. _chunks], _length, _source._lazy);
    }
}

/// <summary>
/// Chunks built on first read and kept, shared by every snapshot derived from the one that was opened. Readers run
/// concurrently, so two may build the same chunk; the first one published wins and both use it.
/// </summary>
internal sealed class LazyChunks<T>(
    int length, Func<int, T?[]> build, Func<int, bool> exists, Action<int, string, object?[]>? readProperty = null,
    Func<int, object?>? head = null, Func<int, NodeSummaryRequest, NodeSummary?[]>? summarise = null,
    Func<int, string, object?>? readValue = null, Func<CompactAdjacency>? adjacency = null,
    Func<int, NodeSummaryRequest, NodeSummary?>? summariseOne = null, Action? dropFilePages = null,
    Func<int, string, PackedStringColumn, ArrayBufferWriter<byte>, bool>? packProperty = null) where T : class
{
    private readonly T?[]?[] _built = new T?[]?[(length + ChunkedArray<T>.ChunkSize - 1) >> ChunkedArray<T>.ChunkBits];

    public T?[] Get(int chunkIndex) =>
        Volatile.Read(ref _built[chunkIndex]) is { } chunk
            ? chunk
            : Interlocked.CompareExchange(ref _built[chunkIndex], build(chunkIndex), null) ?? _built[chunkIndex]!;

    public bool Exists(int index) => exists(index);

    public T?[]? Built(int chunkIndex) => Volatile.Read(ref _built[chunkIndex]);

    public object? Head(int index) => head?.Invoke(index);

    /// <summary>Node summaries of a chunk read from the file (see <see cref="NodeSummaries"/>); null where no summariser is given.</summary>
    public NodeSummary?[]? Summarise(int chunkIndex, NodeSummaryRequest request) => summarise?.Invoke(chunkIndex, request);

    // Kept once built: walks ask for the rows per node.
    private CompactAdjacency? _adjacencyRows;

    /// <summary>The file's adjacency rows (for node records), or null; the first reads may wait while they are built.</summary>
    public CompactAdjacency? Adjacency => _adjacencyRows ??= adjacency?.Invoke();

    public bool TryReadValue(int index, string key, out object? value)
    {
        value = readValue?.Invoke(index, key);
        return readValue is not null;
    }

    /// <summary>One node's summary read from the file (null: no node there); false where no summariser is given.</summary>
    public bool SummariseOne(int index, NodeSummaryRequest request, out NodeSummary? summary)
    {
        summary = summariseOne?.Invoke(index, request);
        return summariseOne is not null;
    }

    /// <summary>
    /// Unmaps the pages of the store's file that reads have touched, once a pass has copied what later reads need;
    /// nothing where no file backs the chunks.
    /// </summary>
    public void DropFilePages() => dropFilePages?.Invoke();

    public bool TryPackProperty(int chunkIndex, string key, PackedStringColumn packed, ArrayBufferWriter<byte> scratch) =>
        packProperty is not null && packProperty(chunkIndex, key, packed, scratch);

    public bool TryReadProperty(int chunkIndex, string key, object?[] column)
    {
        if (readProperty is null) return false;
        readProperty(chunkIndex, key, column);
        return true;
    }
}
