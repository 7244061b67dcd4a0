using System.Globalization;
using System.Runtime.InteropServices;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Search;

/// <summary>
/// The full-text indexes of one checkpoint, beside its snapshot (<c>fulltext-GGGGGGGG.pgx</c>): a header with its own
/// format version, the snapshot version the indexes cover, then per index its name, its definition and its postings as
/// flat arrays (<see cref="FullTextPostings"/>), and the XxHash3 of everything before. Written at checkpoint (to a
/// temporary file, synced, renamed); read on first search. A file of another format version, with a wrong hash, of
/// another definition or another snapshot version is refused with the reason and the index is built from the graph
/// instead: never misread.
/// </summary>
internal static class FullTextIndexFile
{
    /// <summary>Bumped whenever the bytes mean something else.</summary>
    public const int Version = 1;

    private static readonly byte[] Magic = "PGRAPHFT"u8.ToArray();

    public static string PathOf(string directory, long generation) =>
        System.IO.Path.Combine(directory, "fulltext-" + generation.ToString("D8", CultureInfo.InvariantCulture) + ".pgx");

    /// <param name="wrap">Wraps the file stream written through (the store's fault-injection filter).</param>
    public static void Write(string path, long snapshotVersion, IReadOnlyList<(string Name, FullTextIndex Index)> indexes, Func<Stream, Stream> wrap) =>
        ChecksummedFile.Write(path, Magic, Version, writer =>
        {
            writer.Write(snapshotVersion);
            writer.Write(indexes.Count);
            foreach (var (name, index) in indexes) WriteIndex(writer, name, index);
        }, wrap);

    /// <summary>The index <paramref name="name"/> of <paramref name="spec"/> for <paramref name="snapshotVersion"/>, or why it cannot be used.</summary>
    public static (FullTextIndex? Index, string? Problem) Read(string path, long snapshotVersion, string name, FullTextSpec spec)
    {
        if (!File.Exists(path)) return (null, $"{path}: not found; the full-text index '{name}' is built from the graph.");
        try
        {
            // Every array is copied out of the mapping, so it is released as soon as the index is read.
            using var file = MappedFile.Open(path) ?? throw new InvalidDataException("the file is empty");
            return (Parse(file, snapshotVersion, name, spec), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException or UnauthorizedAccessException or OverflowException)
        {
            return (null, $"{path}: refused ({ex.Message}); the full-text index '{name}' is built from the graph instead.");
        }
    }

    private static FullTextIndex Parse(MappedFile file, long snapshotVersion, string name, FullTextSpec spec)
    {
        using var reader = ChecksummedFile.OpenBody(file, Magic, Version, "full-text index");
        var covered = reader.ReadInt64();
        if (covered != snapshotVersion) throw new InvalidDataException($"it covers snapshot version {covered}, the store opened at {snapshotVersion}");
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var (storedName, description) = (reader.ReadString(), reader.ReadString());
            var postings = ReadPostings(reader, file);
            if (storedName != name) continue;
            if (description != FullTextBases.Describe(spec)) throw new InvalidDataException($"it was built for another definition ({description})");
            return FullTextIndex.FromPostings(spec, covered, postings);
        }
        throw new InvalidDataException($"it holds no index named '{name}'");
    }

    private static void WriteIndex(BinaryWriter writer, string name, FullTextIndex index)
    {
        var postings = index.Flatten().Postings;
        writer.Write(name);
        writer.Write(FullTextBases.Describe(index.Spec));
        writer.Write(postings.Fields);
        writer.Write(postings.Terms.Length);
        foreach (var term in postings.Terms) writer.Write(term);
        writer.Write(MemoryMarshal.AsBytes(postings.TermStarts.AsSpan()));
        writer.Write(postings.Bytes);
        writer.Write(postings.Entities.Length);
        writer.Write(MemoryMarshal.AsBytes(postings.Entities.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(postings.Lengths.AsSpan()));
    }

    private static FullTextPostings ReadPostings(BinaryReader reader, MappedFile file)
    {
        var fields = reader.ReadInt32();
        var terms = new string[Checked(reader.ReadInt32(), file)];
        for (var i = 0; i < terms.Length; i++) terms[i] = reader.ReadString();
        var starts = Array<long>(reader, file, terms.Length + 1);
        if (starts[^1] < 0 || starts[^1] > file.Length) throw new InvalidDataException("the postings run past the end");
        var bytes = Array<byte>(reader, file, (int)starts[^1]);
        var entities = Array<int>(reader, file, Checked(reader.ReadInt32(), file));
        var lengths = Array<int>(reader, file, Checked(checked(entities.Length * fields), file));
        if (!Ascending(starts)) throw new InvalidDataException("the term offsets are out of order");
        return new FullTextPostings(fields, terms, starts, bytes, entities, lengths);
    }

    /// <summary>Whether the offsets never go down (one pass: sorting a copy to compare was most of the check's time).</summary>
    private static bool Ascending(long[] starts)
    {
        for (var i = 1; i < starts.Length; i++)
            if (starts[i] < starts[i - 1]) return false;
        return true;
    }

    private static int Checked(int count, MappedFile file) =>
        count >= 0 && count <= file.Length ? count : throw new InvalidDataException("a length runs past the end");

    private static T[] Array<T>(BinaryReader reader, MappedFile file, int length) where T : struct
    {
        var size = Marshal.SizeOf<T>();
        var start = reader.BaseStream.Position;
        var array = new T[length];
        MemoryMarshal.Cast<byte, T>(file.Slice(start, checked(length * size))).CopyTo(array);
        reader.BaseStream.Position = start + (long)length * size;
        return array;
    }
}
