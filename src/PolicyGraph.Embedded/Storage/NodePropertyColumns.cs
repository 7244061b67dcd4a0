using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// Node property values by key as columns (one slot per node id) for one snapshot, made for a key once queries have
/// read it from many nodes. Scans, filters and group keys over a label then read an array slot instead of a record
/// (record → key array → value array), and, on a store opened from disk, chunks not yet built are read straight from
/// the file, so a scan builds no records (less time and far less memory). Reads are counted over the snapshot's life,
/// so a long-lived snapshot (the web app's, until the next commit) also makes columns for keys that many small
/// anchored requests read. Only keys some node of the snapshot has are counted or built (a key made at run time,
/// <c>n['k' + i]</c>, never is), and the columns of a snapshot and their encodings stay within a byte budget. Until a
/// key has a column (and past the budget), a node whose chunk is not built has its one value decoded from the store's
/// file; other nodes' values are read from their records.
/// Each column is built once (concurrent readers of that key wait for it). The build cannot see the caller's
/// cancellation or budget (it runs inside a property read), so its cost is bounded instead: one pass over the nodes,
/// once per key per snapshot, and the budget bounds how many such passes a snapshot makes.
/// A commit makes a new snapshot and so new columns.
/// </summary>
internal sealed class NodePropertyColumns(
    ChunkedArray<NodeRecord> nodes,
    Lazy<IReadOnlySet<string>> nodeKeys,
    long budgetBytes = NodePropertyColumns.DefaultBudgetBytes,
    int readsBeforeColumn = NodePropertyColumns.DefaultReadsBeforeColumn,
    int sharedStringsLimit = NodePropertyColumns.DefaultSharedStringsLimit)
{
    /// <summary>Reads of one key, in one snapshot, through records or the store's file before its column is made.</summary>
    public const int DefaultReadsBeforeColumn = 8192;

    /// <summary>Bytes the columns of one snapshot may take, counting a slot as one reference (64 MB: 16 columns of 500k nodes).</summary>
    public const long DefaultBudgetBytes = 64L << 20;

    /// <summary>Distinct strings a column's build shares before it may judge the values nearly distinct.</summary>
    public const int DefaultSharedStringsLimit = 1 << 16;

    /// <summary>The slot of a node that exists but lacks the key (a null slot means no node there).</summary>
    private static readonly object Missing = new();

    /// <summary>Per key its column; a column whose build met a damaged chunk holds null (never tried again).</summary>
    private readonly ConcurrentDictionary<string, Lazy<BuiltValues?>> _columns = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<int>> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<EncodedColumn?>> _encoded = new(StringComparer.Ordinal);
    private readonly Lock _reserve = new();
    private long _reservedBytes;
    private int _builds;

    /// <summary>The keys some node of a snapshot has, for a snapshot that has no nodes.</summary>
    public static Lazy<IReadOnlySet<string>> NoKeys { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The keys of the snapshot a commit makes: those before it and those its drafts set (computed on first use).</summary>
    public static Lazy<IReadOnlySet<string>> KeysAfterCommit(Lazy<IReadOnlySet<string>> before, IEnumerable<string> written)
    {
        var added = written.ToHashSet(StringComparer.Ordinal);
        if (added.Count == 0) return before;
        return new(() => before.Value.Union(added).ToHashSet(StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The keys some node of a store's file has (one pass over its key-set column, on first use).</summary>
    public static Lazy<IReadOnlySet<string>> KeysOfFile(SnapshotColumns columns, string[] names) => new(() =>
    {
        var sets = new HashSet<int>();
        for (var id = 0; id < columns.NodeKeySet.Length; id++)
            if (columns.NodeLabelSet[id] != SnapshotColumns.Absent) sets.Add(columns.NodeKeySet[id]);
        return sets.SelectMany(set => columns.NameSets[set]).Select(name => names[name]).ToHashSet(StringComparer.Ordinal);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The committed value of <paramref name="key"/> on node <paramref name="id"/> (null when the node lacks the key)
    /// when the key has a column and the node exists, or, before the key has a column, when the node's chunk is read
    /// from the store's file; false otherwise (the caller reads the record, which also reports a missing node).
    /// </summary>
    public bool TryGet(int id, string key, out object? value)
    {
        value = null;
        if (!_columns.TryGetValue(key, out var column))
        {
            if (!nodeKeys.Value.Contains(key)) return NoKey(id, out value);
            // Counted without interlocking: a lost increment only makes the column a little later.
            var reads = _reads.GetOrAdd(key, static _ => new StrongBox<int>());
            // No column (yet): a node whose chunk is not built is read from the store's file, building no record.
            if (++reads.Value < readsBeforeColumn || !TryReserve(key, out column)) return nodes.TryReadUnbuiltValue(id, key, out value);
        }
        if (column.Value is not { } built || !built.TryRead(id, out var slot)) return false;
        value = ReferenceEquals(slot, Missing) ? null : slot;
        return true;
    }

    /// <summary>
    /// The slots of <paramref name="key"/>'s column when it is built, for scans that read many nodes: a slot holds
    /// the node's value, a non-null marker when the node lacks the key, or null when there is no node (read those
    /// through <see cref="TryGet"/>). Null when the key has no built column, or its column is packed
    /// (<see cref="PackedStringColumn"/>: read it through <see cref="TryGet"/>).
    /// </summary>
    public object?[]? BuiltColumn(string key) =>
        _columns.TryGetValue(key, out var column) && column.IsValueCreated ? column.Value?.Slots : null;

    /// <summary>The packed strings of <paramref name="key"/>'s column when it is built packed; else null.</summary>
    public PackedStringColumn? BuiltPacked(string key) =>
        _columns.TryGetValue(key, out var column) && column.IsValueCreated ? column.Value?.Packed : null;

    /// <summary>
    /// <paramref name="key"/>'s built column dictionary-encoded (made once, on first request); null when the key has
    /// no built column or holds values that are not encoded.
    /// </summary>
    public EncodedColumn? BuiltEncoded(string key)
    {
        if (BuiltColumn(key) is not { } slots) return null;
        if (_encoded.TryGetValue(key, out var encoded)) return encoded.Value;
        // Its codes count against the budget like a column: past it, no encoding (the caller walks).
        var bytes = (long)slots.Length * sizeof(int);
        lock (_reserve)
        {
            if (!_encoded.TryGetValue(key, out encoded))
            {
                if (_reservedBytes + bytes > budgetBytes) return null;
                _reservedBytes += bytes;
                encoded = new Lazy<EncodedColumn?>(() => EncodeOrRelease(slots, bytes), LazyThreadSafetyMode.ExecutionAndPublication);
                _encoded[key] = encoded;
            }
        }
        return encoded.Value;
    }

    private EncodedColumn? EncodeOrRelease(object?[] slots, long bytes)
    {
        var encoded = EncodedColumn.Encode(slots, slot => ReferenceEquals(slot, Missing));
        if (encoded is null) Release(bytes);
        return encoded;
    }

    private void Release(long bytes)
    {
        lock (_reserve) _reservedBytes -= bytes;
    }

    /// <summary>The object columns built so far, each with its encoding when one was made (for memory reports).</summary>
    public IEnumerable<(object?[] Slots, EncodedColumn? Encoding)> BuiltColumns() =>
        from entry in _columns
        where entry.Value.IsValueCreated && entry.Value.Value?.Slots is not null
        select (entry.Value.Value!.Slots!, _encoded.TryGetValue(entry.Key, out var encoded) && encoded.IsValueCreated ? encoded.Value : null);

    /// <summary>The packed columns built so far (for memory reports).</summary>
    public IEnumerable<PackedStringColumn> BuiltPackedColumns() =>
        _columns.Values.Where(column => column.IsValueCreated).Select(column => column.Value?.Packed).OfType<PackedStringColumn>();

    /// <summary>The encodings made so far (for memory reports).</summary>
    public IEnumerable<EncodedColumn> BuiltEncodings() =>
        _encoded.Values.Where(encoded => encoded.IsValueCreated).Select(encoded => encoded.Value).OfType<EncodedColumn>();

    /// <summary>Whether <paramref name="key"/> has a column yet (for tests and the profile).</summary>
    public bool HasColumn(string key) => _columns.TryGetValue(key, out var column) && !(column.IsValueCreated && column.Value is null);

    /// <summary>Bytes the columns made so far hold against the budget (for tests).</summary>
    internal long ReservedBytes
    {
        get
        {
            lock (_reserve) return _reservedBytes;
        }
    }

    /// <summary>Keys whose reads are being counted (for tests: keys no node has are never counted).</summary>
    internal int CountedKeys => _reads.Count;

    /// <summary>Columns built so far (for tests: each key is built once).</summary>
    internal int Builds => _builds;

    /// <summary>A key no node has: null for an existing node, without reading its record.</summary>
    private bool NoKey(int id, out object? value)
    {
        value = null;
        return nodes.Contains(id);
    }

    /// <summary>The column of <paramref name="key"/>, made (not yet built) if the budget still has room for it.</summary>
    private bool TryReserve(string key, out Lazy<BuiltValues?> column)
    {
        lock (_reserve)
        {
            if (_columns.TryGetValue(key, out column!)) return true;
            var bytes = (long)nodes.Length * IntPtr.Size;
            if (_reservedBytes + bytes > budgetBytes) return false;
            _reservedBytes += bytes;
            column = new Lazy<BuiltValues?>(() => BuildOrDrop(key, bytes), LazyThreadSafetyMode.ExecutionAndPublication);
            _columns[key] = column;
            return true;
        }
    }

    /// <summary>
    /// The column of <paramref name="key"/>, or null when a chunk of the file it reads is damaged: the key is then
    /// read from records, so only reads of the damaged chunk's nodes fail, and its bytes go back to the budget.
    /// </summary>
    private BuiltValues? BuildOrDrop(string key, long bytes)
    {
        try
        {
            return Build(key);
        }
        catch (StoreException)
        {
            Release(bytes);
            return null;
        }
    }

    private BuiltValues Build(string key)
    {
        Interlocked.Increment(ref _builds);
        var column = new object?[nodes.Length];
        var shared = new SharedStrings(sharedStringsLimit);
        var packing = new Packing(column);
        for (var chunkIndex = 0; chunkIndex < nodes.ChunkCount; chunkIndex++)
        {
            // Once the strings are known nearly distinct, an unbuilt chunk is packed from the file's bytes.
            if (shared.Stopped && nodes.BuiltChunk(chunkIndex) is null && packing.TryPackFromFile(nodes, chunkIndex, key)) continue;
            if (nodes.BuiltChunk(chunkIndex) is { } records) CopyFrom(records, key, column);
            else if (nodes.TryReadUnbuilt(chunkIndex, key, column)) MarkMissing(chunkIndex, column);
            else CopyFrom(nodes.BuiltChunkOrBuild(chunkIndex), key, column);
            shared.Share(column, chunkIndex << ChunkedArray<NodeRecord>.ChunkBits, ChunkedArray<NodeRecord>.ChunkSize);
            if (shared.Stopped) packing.Pack(chunkIndex);
        }
        // The column now answers this key: the file's pages its reads and the build touched (the reads before the
        // column, the node columns) are unmapped, else they stay resident in this process (RssFile) until it ends.
        nodes.DropFilePages();
        return packing.Column is { } packed ? new BuiltValues(null, packed) : new BuiltValues(column, null);
    }

    /// <summary>A built column: its slots, or its strings packed (<see cref="PackedStringColumn"/>).</summary>
    private sealed record BuiltValues(object?[]? Slots, PackedStringColumn? Packed)
    {
        public bool TryRead(int id, out object? slot)
        {
            if (Packed is not null) return Packed.TryRead(id, Missing, out slot);
            slot = (uint)id < (uint)Slots!.Length ? Slots[id] : null;
            return slot is not null;
        }
    }

    /// <summary>
    /// Packs a column chunk by chunk once its strings are found nearly distinct (sharing stopped): each chunk's strings
    /// are then copied as bytes as soon as it is filled, so they die young. The chunks filled before are packed at
    /// the first chance. A value that is not a string ends the packing and puts the packed values back.
    /// </summary>
    private sealed class Packing(object?[] column)
    {
        private int _packedUpTo;
        private bool _refused;

        /// <summary>The packed column when every chunk was packed; else null.</summary>
        public PackedStringColumn? Column => _refused || _packedUpTo * (long)ChunkedArray<NodeRecord>.ChunkSize < column.Length ? null : _column;

        private PackedStringColumn? _column;
        private ArrayBufferWriter<byte>? _scratch;

        /// <summary>
        /// Packs the next chunk straight from the store's file (no string per node) when every chunk before it is
        /// packed; false when it cannot (no file, a value that is not a string): the caller reads it as objects.
        /// </summary>
        public bool TryPackFromFile(ChunkedArray<NodeRecord> nodes, int chunkIndex, string key)
        {
            if (_refused || _column is null || _packedUpTo != chunkIndex) return false;
            if (!nodes.TryPackUnbuilt(chunkIndex, key, _column, _scratch ??= new ArrayBufferWriter<byte>())) return false;
            _packedUpTo++;
            return true;
        }

        public void Pack(int throughChunk)
        {
            if (_refused) return;
            _column ??= new PackedStringColumn(column.Length);
            for (; _packedUpTo <= throughChunk; _packedUpTo++)
            {
                if (_column.TryPack(column, _packedUpTo, Missing)) continue;
                _column.Unpack(column, Missing);
                (_refused, _column) = (true, null);
                return;
            }
        }
    }

    /// <summary>
    /// Makes equal strings of a column one instance, chunk by chunk as it is filled, so the copies read from the file
    /// die young. Many keys repeat a few values over many nodes (a measure's title: 1,400 values over 447k nodes at
    /// 500k). Once <c>maxDistinct</c> values are known, a chunk in which fewer than a quarter of the strings
    /// were known ends the sharing for the column: its values are nearly all distinct (an id, a text), and hashing
    /// each would cost the build time for nothing.
    /// </summary>
    private sealed class SharedStrings(int maxDistinct)
    {
        private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

        /// <summary>Whether sharing ended: the column's strings are nearly all distinct.</summary>
        public bool Stopped { get; private set; }

        public void Share(object?[] column, int first, int count)
        {
            if (Stopped) return;
            var (strings, hits) = (0, 0);
            for (var id = first; id < Math.Min(first + count, column.Length); id++)
            {
                if (column[id] is not string text) continue;
                strings++;
                if (_known.TryGetValue(text, out var known))
                {
                    column[id] = known;
                    hits++;
                }
                else if (_known.Count < maxDistinct) _known[text] = text;
            }
            Stopped = _known.Count >= maxDistinct && hits * 4 < strings;
            if (Stopped) _known.Clear();
        }
    }

    private static void CopyFrom(NodeRecord?[] records, string key, object?[] column)
    {
        foreach (var record in records)
            if (record is not null && (uint)record.Id < (uint)column.Length)
                column[record.Id] = PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, key) ?? Missing;
    }

    /// <summary>Marks the nodes of a chunk read from the file that lack the key (their slots are still empty).</summary>
    private void MarkMissing(int chunkIndex, object?[] column)
    {
        var first = chunkIndex << ChunkedArray<NodeRecord>.ChunkBits;
        for (var id = first; id < Math.Min(first + ChunkedArray<NodeRecord>.ChunkSize, column.Length); id++)
            if (column[id] is null && nodes.Contains(id)) column[id] = Missing;
    }
}
