using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// A column whose strings are nearly distinct is packed (<see cref="PackedStringColumn"/>: bytes for a chunk of ASCII
/// strings, characters for a chunk with others) and answers every node exactly as the object column does and as the
/// records hold: ASCII, CJK, empty and missing values, deleted nodes, writes made before the checkpoint and a commit
/// made after opening; a value that is not a string anywhere keeps the object column.
/// </summary>
public sealed class PackedStringColumnTests
{
    private static readonly string[] Keys = ["code", "mixed", "name"];

    /// <summary>
    /// More than two chunks of nodes: distinct codes (ASCII but for some in the first chunk; some empty, some absent),
    /// a key of strings but for one late number, a CJK name.
    /// </summary>
    private static PropertyGraph Graph(int seed)
    {
        var random = new Random(seed);
        var count = ChunkedArray<NodeRecord>.ChunkSize * 2 + 300;
        var nodes = Enumerable.Range(0, count).Select(i =>
        {
            var properties = new Dictionary<string, object>();
            if (random.Next(5) > 0)
                properties["code"] = random.Next(40) == 0 ? "" : i < 500 && random.Next(3) == 0 ? $"代码:{i}" : $"code:{random.Next():x8}:{i}";
            properties["mixed"] = i == count - 7 ? 42L : $"m{i}";
            if (random.Next(3) > 0) properties["name"] = $"名-{i}";
            return new GraphNode($"n{i}", ["A"], properties);
        }).ToArray();
        return new PropertyGraph(nodes, []);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_packed_column_answers_as_the_object_column_and_the_records_on_a_store_opened_from_disk(int seed)
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await NodePropertyColumnsTests.OpenedFromDisk(
            directory.Path, Graph(seed), "MATCH (n) WHERE n.id IN ['n5', 'n1500', 'n2100'] DELETE n", "MATCH (n {id: 'n7'}) SET n.code = 'set-after'");

        AssertPackedAnswersAsObjectColumnAndRecords(reader.CurrentSnapshot);
    }

    [Fact]
    public async Task A_commit_after_opening_makes_columns_that_answer_its_own_values()
    {
        using var directory = new TemporaryDirectory();
        await NodePropertyColumnsTests.WriteToDisk(directory.Path, Graph(5));
        await using var store = EmbeddedGraphBackend.Open(directory.Path);
        await store.RunAsync("MATCH (n) WHERE n.id = 'n9' SET n.code = 'committed'");
        await store.RunAsync("MATCH (n) WHERE n.id = 'n10' DELETE n");
        await store.RunAsync("UNWIND range(1, 1200) AS i CREATE (:A {code: 'new-' + toString(i), mixed: 'x'})");

        AssertPackedAnswersAsObjectColumnAndRecords(store.CurrentSnapshot);
        Assert.Equal("committed", NodePropertyColumnsTests.RecordValue(store.CurrentSnapshot, 9, "code"));
    }

    [Fact]
    public async Task A_store_in_memory_packs_from_its_records()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(Graph(6));

        AssertPackedAnswersAsObjectColumnAndRecords(backend.CurrentSnapshot);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    public async Task A_chunk_packed_from_the_files_bytes_equals_the_chunk_packed_from_its_strings(int seed)
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await NodePropertyColumnsTests.OpenedFromDisk(
            directory.Path, Graph(seed), "MATCH (n) WHERE n.id IN ['n5', 'n1500', 'n2100'] DELETE n");
        var nodes = reader.CurrentSnapshot.Nodes;
        var missing = new object();
        var scratch = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var key in Keys.Append("absent-key"))
        {
            var (fromFile, fromStrings) = (new PackedStringColumn(nodes.Length), new PackedStringColumn(nodes.Length));
            var column = Enumerable.Range(0, nodes.Length)
                .Select(id => nodes.Contains(id) ? NodePropertyColumnsTests.RecordValue(reader.CurrentSnapshot, id, key) ?? missing : null).ToArray();
            for (var chunk = 0; chunk < nodes.ChunkCount; chunk++)
            {
                // The expected values built the records; packing from the file reads the file whatever is built.
                Assert.Equal(fromStrings.TryPack(column, chunk, missing), nodes.TryPackUnbuilt(chunk, key, fromFile, scratch));
            }
            for (var id = 0; id < nodes.Length + 2; id++)
            {
                Assert.Equal(fromStrings.HasNode(id), fromFile.HasNode(id));
                Assert.Equal(fromStrings.TryRead(id, missing, out var expected) ? expected : "unread", fromFile.TryRead(id, missing, out var actual) ? actual : "unread");
                foreach (var needle in new[] { "code:", "代码", "名-1", "" })
                {
                    var ascii = System.Text.Ascii.IsValid(needle) ? System.Text.Encoding.ASCII.GetBytes(needle) : null;
                    Assert.Equal(fromStrings.Contains(id, needle, ascii), fromFile.Contains(id, needle, ascii));
                }
            }
        }
    }

    [Fact]
    public void Contains_read_in_place_equals_string_contains_for_ascii_and_other_chunks()
    {
        var random = new Random(8);
        var missing = new object();
        var size = ChunkedArray<NodeRecord>.ChunkSize;
        var column = new object?[size * 2 + 10];
        for (var id = 0; id < column.Length; id++)
            column[id] = (id % 11) switch
            {
                0 => null,
                1 => missing,
                2 => "",
                // The first chunk holds CJK strings too (packed as characters); the others are ASCII (packed as bytes).
                _ => id < size && id % 3 == 0 ? $"跨境{random.Next(100)}资金池ab" : $"ab{random.Next(1000)}cd",
            };
        var expected = (object?[])column.Clone();
        var packed = new PackedStringColumn(column.Length);
        for (var chunk = 0; chunk * size < column.Length; chunk++) Assert.True(packed.TryPack(column, chunk, missing));

        Assert.All(column, slot => Assert.Null(slot));
        foreach (var needle in new[] { "", "ab", "7c", "资金", "跨境1", "b9", "zz" })
        {
            var ascii = System.Text.Ascii.IsValid(needle) ? System.Text.Encoding.ASCII.GetBytes(needle) : null;
            for (var id = 0; id < expected.Length; id++)
                Assert.Equal(expected[id] is string text ? text.Contains(needle, StringComparison.Ordinal) : null, packed.Contains(id, needle, ascii));
        }
        for (var id = 0; id < expected.Length; id++)
        {
            Assert.Equal(expected[id] is not null, packed.HasNode(id));
            Assert.Equal(expected[id], packed.TryRead(id, missing, out var value) ? value : null);
        }
    }

    private static void AssertPackedAnswersAsObjectColumnAndRecords(GraphSnapshot snapshot)
    {
        // A low sharing limit packs these small columns; the default limit is far above their distinct values.
        var packed = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1, sharedStringsLimit: 4);
        var plain = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        var ids = Enumerable.Range(0, snapshot.Nodes.Length + 3).ToArray();
        var fromPacked = Keys.ToDictionary(key => key, key => ids.Select(id => Answer(packed, id, key)).ToArray());
        var fromPlain = Keys.ToDictionary(key => key, key => ids.Select(id => Answer(plain, id, key)).ToArray());

        // code and name are packed (name: distinct CJK strings, as characters); mixed holds a number.
        Assert.Null(packed.BuiltColumn("code"));
        Assert.Null(packed.BuiltColumn("name"));
        Assert.Equal(2, packed.BuiltPackedColumns().Count());
        Assert.NotNull(packed.BuiltColumn("mixed"));
        Assert.NotNull(plain.BuiltColumn("code"));
        foreach (var key in Keys)
        {
            Assert.Equal(fromPlain[key], fromPacked[key]);
            foreach (var id in ids)
                if (fromPacked[key][id].Answered)
                    Assert.Equal(NodePropertyColumnsTests.RecordValue(snapshot, id, key), fromPacked[key][id].Value);
        }
        Assert.Contains(fromPacked["code"], answer => answer is { Answered: true, Value: "" });
        Assert.Contains(fromPacked["code"], answer => answer is { Answered: true, Value: string text } && text.StartsWith("代码", StringComparison.Ordinal));
        Assert.Contains(fromPacked["code"], answer => answer is { Answered: true, Value: null });
        Assert.Contains(fromPacked["code"], answer => !answer.Answered);
    }

    private static (bool Answered, object? Value) Answer(NodePropertyColumns columns, int id, string key) =>
        columns.TryGet(id, key, out var value) ? (true, value) : (false, null);
}
