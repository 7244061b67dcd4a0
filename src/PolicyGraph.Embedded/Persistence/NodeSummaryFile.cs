using System.Globalization;
using System.Runtime.InteropServices;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Persistence;

/// <summary>
/// The node summaries of one checkpoint (<see cref="StoreOptions.PersistedSummaries"/>), beside its snapshot
/// (<c>summaries-GGGGGGGG.pgn</c>): a header with its own format version and the snapshot version covered, then per
/// request its description, its number of keys, the byte length of its section (so a reader looking for another request
/// skips it undecoded), the byte length of its rows and its rows as columns — node ids, label-set ids, outgoing counts,
/// and per key one code per row into a table of the distinct values (−1: none) —, then whether a
/// <see cref="SearchableNameTable"/> follows (a request of the searchable keys: search reads it in place, without
/// decoding the rows), and the XxHash3 of everything before. Written at
/// checkpoint (temporary file, synced, renamed); read on the first summary read. A file of another format version,
/// with a wrong hash, of another snapshot version or without the request is refused with the reason, and the
/// summaries are read from the graph instead: never misread.
/// </summary>
internal static class NodeSummaryFile
{
    /// <summary>Bumped whenever the bytes mean something else.</summary>
    public const int Version = 4;

    private const int NoValue = -1;
    private static readonly byte[] Magic = "PGRAPHNS"u8.ToArray();

    public static string PathOf(string directory, long generation) =>
        Path.Combine(directory, "summaries-" + generation.ToString("D8", CultureInfo.InvariantCulture) + ".pgn");

    /// <param name="wrap">Wraps the file stream written through (the store's fault-injection filter).</param>
    public static void Write(string path, long snapshotVersion, IReadOnlyList<(NodeSummaryRequest Request, IReadOnlyList<NodeSummary> Rows)> summaries, Func<Stream, Stream> wrap) =>
        ChecksummedFile.Write(path, Magic, Version, writer =>
        {
            writer.Write(snapshotVersion);
            writer.Write(summaries.Count);
            foreach (var (request, rows) in summaries) WriteSection(writer, request, rows);
        }, wrap);

    /// <summary>
    /// The summaries of <paramref name="request"/> for <paramref name="snapshotVersion"/>, or why they cannot be used;
    /// neither for a request the file does not hold (one the store is not asked to persist).
    /// </summary>
    public static (SummaryBase? Base, string? Problem) Read(string path, long snapshotVersion, NodeSummaryRequest request) =>
        ReadChecked(path, file => Parse(file, snapshotVersion, request));

    /// <summary>What <paramref name="parse"/> reads from the mapped file, or why the file is refused (missing, damaged, stale).</summary>
    private static (T? Read, string? Problem) ReadChecked<T>(string path, Func<MappedFile, T?> parse) where T : class
    {
        if (!File.Exists(path)) return (null, $"{path}: not found; the node summaries are read from the graph.");
        try
        {
            using var file = MappedFile.Open(path) ?? throw new InvalidDataException("the file is empty");
            return (parse(file), null);
        }
        // FormatException: a damaged string length (ReadString); ArgumentOutOfRangeException: a length past what a span holds.
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or UnauthorizedAccessException
            or OverflowException or FormatException or ArgumentOutOfRangeException)
        {
            return (null, $"{path}: refused ({ex.Message}); the node summaries are read from the graph instead.");
        }
    }

    /// <summary>The file's summaries of <paramref name="request"/>; null when it holds none (not persisted: no problem).</summary>
    private static SummaryBase? Parse(MappedFile file, long snapshotVersion, NodeSummaryRequest request)
    {
        using var reader = ChecksummedFile.OpenBody(file, Magic, Version, "node summary");
        if (FindRows(reader, file, snapshotVersion, request) is not { } rowsEnd) return null;
        // A pool of this read's own: the file is read on a reader's thread, while the store's pool is written
        // under its write lock (a commit) — sharing it would let two threads write one dictionary.
        var rows = ReadRows(reader, file, Checked(request.Keys.Count, file), new InternPool());
        if (reader.BaseStream.Position != rowsEnd) throw new InvalidDataException("a section's rows do not end where their length says");
        return new SummaryBase(snapshotVersion, rows);
    }

    /// <summary>
    /// The searchable names of <see cref="NodeSummaryRequest.Searchable"/> for <paramref name="snapshotVersion"/> as
    /// written (the rows not decoded), or why they cannot be used; neither when the file does not hold that request.
    /// </summary>
    public static (SearchableNameTable? Names, string? Problem) ReadNames(string path, long snapshotVersion) =>
        ReadChecked(path, file =>
        {
            using var reader = ChecksummedFile.OpenBody(file, Magic, Version, "node summary");
            if (FindRows(reader, file, snapshotVersion, NodeSummaryRequest.Searchable) is not { } rowsEnd) return null;
            reader.BaseStream.Position = rowsEnd;
            if (!reader.ReadBoolean()) throw new InvalidDataException("the searchable section holds no names");
            return SearchableNameTable.Read(reader, file);
        });

    /// <summary>The reader placed at the rows of <paramref name="request"/>'s section; returns where they end (null: no such section).</summary>
    private static long? FindRows(BinaryReader reader, MappedFile file, long snapshotVersion, NodeSummaryRequest request)
    {
        var covered = reader.ReadInt64();
        if (covered != snapshotVersion) throw new InvalidDataException($"it covers snapshot version {covered}, the store opened at {snapshotVersion}");
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var (description, keys, length) = (reader.ReadString(), reader.ReadInt32(), reader.ReadInt64());
            if (length < 0 || length > file.Length - reader.BaseStream.Position) throw new InvalidDataException("a section runs past the end");
            var end = reader.BaseStream.Position + length;
            if (description == request.Describe() && keys == request.Keys.Count)
            {
                var rowsLength = reader.ReadInt64();
                if (rowsLength < 0 || rowsLength > end - reader.BaseStream.Position) throw new InvalidDataException("a section's rows run past it");
                return reader.BaseStream.Position + rowsLength;
            }
            reader.BaseStream.Position = end;
        }
        return null;
    }

    private static void WriteSection(BinaryWriter writer, NodeSummaryRequest request, IReadOnlyList<NodeSummary> rows)
    {
        writer.Write(request.Describe());
        writer.Write(request.Keys.Count);
        using var rowBytes = Bytes(sectionWriter => WriteRows(sectionWriter, request, rows));
        // Only the searchable request's table is read back (ReadNames): another request with the same keys gets none.
        using var names = request.Describe() == NodeSummaryRequest.Searchable.Describe() ? Bytes(SearchableNameTable.Of(rows).Write) : null;
        writer.Write(sizeof(long) + rowBytes.Length + sizeof(bool) + (names?.Length ?? 0L));
        writer.Write(rowBytes.Length);
        writer.Write(Written(rowBytes));
        writer.Write(names is not null);
        if (names is not null) writer.Write(Written(names));
    }

    /// <summary>What <paramref name="write"/> writes, held to be written from its buffer (no copy).</summary>
    private static MemoryStream Bytes(Action<BinaryWriter> write)
    {
        var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
            write(writer);
        return bytes;
    }

    private static ReadOnlySpan<byte> Written(MemoryStream bytes) => bytes.GetBuffer().AsSpan(0, checked((int)bytes.Length));

    private static void WriteRows(BinaryWriter writer, NodeSummaryRequest request, IReadOnlyList<NodeSummary> rows)
    {
        var labelSets = new Dictionary<IReadOnlyList<string>, int>(ReferenceEqualityComparer.Instance);
        var setList = new List<IReadOnlyList<string>>();
        var values = new Dictionary<object, int>();
        var valueList = new List<object>();
        var (ids, sets, outgoing) = (new int[rows.Count], new int[rows.Count], new int[rows.Count]);
        var codes = Enumerable.Range(0, request.Keys.Count).Select(_ => new int[rows.Count]).ToArray();
        for (var row = 0; row < rows.Count; row++)
        {
            var summary = rows[row];
            (ids[row], outgoing[row]) = (summary.Id, summary.Outgoing);
            sets[row] = Code(labelSets, setList, summary.Labels);
            for (var key = 0; key < codes.Length; key++)
                codes[key][row] = summary.Values[key] is { } value ? Code(values, valueList, value) : NoValue;
        }
        writer.Write(setList.Count);
        foreach (var set in setList)
        {
            writer.Write(set.Count);
            foreach (var label in set) writer.Write(label);
        }
        writer.Write(valueList.Count);
        for (var i = 0; i < valueList.Count; i++) ValueCodec.Write(writer, valueList[i], "summary value");
        writer.Write(rows.Count);
        foreach (var column in codes.Prepend(outgoing).Prepend(sets).Prepend(ids)) writer.Write(MemoryMarshal.AsBytes(column.AsSpan()));
    }

    /// <summary>The code of <paramref name="value"/> in a table of distinct values (lists by reference: they stay apart).</summary>
    private static int Code<T>(Dictionary<T, int> codes, List<T> table, T value) where T : notnull
    {
        if (codes.TryGetValue(value, out var code)) return code;
        codes[value] = table.Count;
        table.Add(value);
        return table.Count - 1;
    }

    /// <summary>The rows of one request.</summary>
    private static List<NodeSummary> ReadRows(BinaryReader reader, MappedFile file, int keys, InternPool pool)
    {
        var sets = new string[Checked(reader.ReadInt32(), file)][];
        for (var i = 0; i < sets.Length; i++)
        {
            var set = new string[Checked(reader.ReadInt32(), file)];
            for (var j = 0; j < set.Length; j++) set[j] = pool.Name(reader.ReadString());
            sets[i] = pool.NameSet(set);
        }
        var values = new object[Checked(reader.ReadInt32(), file)];
        for (var i = 0; i < values.Length; i++) values[i] = pool.Value(ValueCodec.Read(reader));
        var count = Checked(reader.ReadInt32(), file);
        var columns = Enumerable.Range(0, keys + 3).Select(_ => Array(reader, file, count)).ToArray();
        var rows = new List<NodeSummary>(count);
        for (var row = 0; row < count; row++)
        {
            var summaryValues = new object?[keys];
            for (var key = 0; key < keys; key++)
            {
                var code = columns[3 + key][row];
                summaryValues[key] = code == NoValue ? null : values[Index(code, values.Length)];
            }
            rows.Add(new NodeSummary(columns[0][row], sets[Index(columns[1][row], sets.Length)], summaryValues, columns[2][row]));
        }
        return rows;
    }

    internal static int Index(int code, int length) =>
        (uint)code < (uint)length ? code : throw new InvalidDataException($"a code ({code}) is outside its table");

    /// <summary><paramref name="count"/> when it can be a count of things in <paramref name="file"/>; otherwise the file is damaged.</summary>
    internal static int Checked(int count, MappedFile file) =>
        count >= 0 && count <= file.Length ? count : throw new InvalidDataException("a length runs past the end");

    private static int[] Array(BinaryReader reader, MappedFile file, int length)
    {
        var start = reader.BaseStream.Position;
        var array = new int[length];
        MemoryMarshal.Cast<byte, int>(file.Slice(start, checked(length * sizeof(int)))).CopyTo(array);
        reader.BaseStream.Position = start + (long)length * sizeof(int);
        return array;
    }
}
