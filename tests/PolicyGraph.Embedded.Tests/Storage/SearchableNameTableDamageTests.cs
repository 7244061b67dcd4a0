using System.Buffers.Binary;
using System.IO.Hashing;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// A names table whose hash is right but whose contents are not (offsets, codes, order, the writer's lower-casing) is
/// refused with the reason, never misread and never a crash; so is a summaries file whose strings are damaged.
/// </summary>
public sealed class SearchableNameTableDamageTests : IDisposable
{
    private const long SnapshotVersion = 7;
    // The table's arrays in the order Write writes them.
    private const int LabelSetCodes = 1, IdStarts = 3, ExactRows = 8, RowsById = 9, ExactNameChars = 12;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static List<NodeSummary> Rows() =>
    [
        Summary(1, "id-b", "Beta"), Summary(2, "id-a", "Alpha"), Summary(3, "id-c", "Alpha"),
    ];

    private static NodeSummary Summary(int node, string id, string name)
    {
        var values = new object?[NodeSummaryRequest.Searchable.Keys.Count];
        (values[0], values[1]) = (id, name);
        return new NodeSummary(node, ["Agency"], values, node % 2);
    }

    private string WriteFile()
    {
        var path = Path.Combine(_directory.Path, "summaries-00000001.pgn");
        NodeSummaryFile.Write(path, SnapshotVersion, [(NodeSummaryRequest.Searchable, Rows())], stream => stream);
        return path;
    }

    [Fact]
    public void The_undamaged_file_reads()
    {
        var (names, problem) = NodeSummaryFile.ReadNames(WriteFile(), SnapshotVersion);
        Assert.Null(problem);
        Assert.Equal(new[] { 0, 1, 2 }, names!.RowsNamed(["Alpha", "id-b"]));
        Assert.Equal(new[] { 1 }, names.RowsWithId("id-a"));
    }

    [Theory]
    [InlineData(IdStarts, 1, 1000, "offsets")]
    [InlineData(LabelSetCodes, 0, 5, "outside its table")]
    [InlineData(ExactRows, 0, 3, "outside its table")]
    [InlineData(RowsById, 0, 0, "rows by id are not sorted")]
    [InlineData(ExactNameChars, 0, 0xFFFF, "exact names are not sorted and distinct")]
    public void A_table_with_a_right_hash_but_wrong_contents_is_refused(int array, int element, int value, string reason)
    {
        var path = WriteFile();
        var bytes = File.ReadAllBytes(path);
        var (at, width) = ArrayElement(bytes, array, element);
        if (width == sizeof(int)) BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), value);
        else BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)value);
        Rehash(bytes);
        File.WriteAllBytes(path, bytes);

        var (names, problem) = NodeSummaryFile.ReadNames(path, SnapshotVersion);

        Assert.Null(names);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_lowered_by_another_unicode_version_is_refused()
    {
        var path = WriteFile();
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(TableStart(bytes)), SearchableNameTable.LowerCasingProbe() ^ 1);
        Rehash(bytes);
        File.WriteAllBytes(path, bytes);

        var (names, problem) = NodeSummaryFile.ReadNames(path, SnapshotVersion);

        Assert.Null(names);
        Assert.Contains("lowered by another Unicode version", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_string_length_is_refused_not_thrown()
    {
        var path = WriteFile();
        var bytes = File.ReadAllBytes(path);
        // The first section's description (a length-prefixed string) follows magic, format, snapshot version and section count.
        bytes.AsSpan(8 + 4 + 8 + 4, 5).Fill(0xFF);
        Rehash(bytes);
        File.WriteAllBytes(path, bytes);

        var (names, namesProblem) = NodeSummaryFile.ReadNames(path, SnapshotVersion);
        var (rows, rowsProblem) = NodeSummaryFile.Read(path, SnapshotVersion, NodeSummaryRequest.Searchable);

        Assert.Null(names);
        Assert.Null(rows);
        Assert.Contains("refused", namesProblem, StringComparison.Ordinal);
        Assert.Contains("refused", rowsProblem, StringComparison.Ordinal);
    }

    /// <summary>The table starts with the lower-casing probe: found by its value.</summary>
    private static int TableStart(byte[] bytes)
    {
        var probe = new byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(probe, SearchableNameTable.LowerCasingProbe());
        var at = bytes.AsSpan().IndexOf(probe);
        Assert.True(at > 0);
        return at;
    }

    /// <summary>Where element <paramref name="element"/> of the table's array number <paramref name="array"/> is, and its width.</summary>
    private static (int At, int Width) ArrayElement(byte[] bytes, int array, int element)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        reader.BaseStream.Position = TableStart(bytes) + sizeof(ulong);
        var labelSets = reader.ReadInt32();
        for (var i = 0; i < labelSets; i++)
        {
            var labels = reader.ReadInt32();
            for (var j = 0; j < labels; j++) reader.ReadString();
        }
        for (var i = 0; ; i++)
        {
            var width = i < 10 ? sizeof(int) : sizeof(char);
            var length = reader.ReadInt32();
            if (i == array)
            {
                Assert.InRange(element, 0, length - 1);
                return ((int)reader.BaseStream.Position + element * width, width);
            }
            reader.BaseStream.Position += (long)length * width;
        }
    }

    private static void Rehash(byte[] bytes) =>
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - sizeof(ulong)), XxHash3.HashToUInt64(bytes.AsSpan(0, bytes.Length - sizeof(ulong))));
}
