using System.IO.Hashing;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// The indexes a checkpoint writes beside its columns (<see cref="SnapshotIndexes"/>: adjacency rows, label and type
/// indexes, counts) and opening reads instead of building: a reopened store (deleted nodes and relationships, a log
/// tail after the checkpoint) has the rows and indexes of the same graph held in memory; a flipped bit in any of the
/// section's arrays refuses the snapshot before anything of it is returned; the format before the section is refused.
/// </summary>
public sealed class SnapshotIndexesTests : IDisposable
{
    private const string Deletions = "MATCH (n) WHERE n.id IN ['n3', 'n1500'] DETACH DELETE n";
    private const string RelationshipDeletion = "MATCH ()-[r:V]->() WHERE r.order = 3 DELETE r";
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task A_reopened_store_with_a_log_tail_has_the_rows_and_indexes_of_the_graph_in_memory(int seed)
    {
        var graph = FileAdjacencyTests.RandomGraph(seed);
        string[] tail = ["MATCH (a {id: 'n10'}), (b {id: 'n2000'}) CREATE (a)-[:W {id: 'tail'}]->(b)", "MATCH (n {id: 'n20'}) DETACH DELETE n",
            "CREATE (:C {id: 'tail-node'})"];
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await writer.ImportAsync(graph);
            await writer.RunAsync(Deletions);
            await writer.RunAsync(RelationshipDeletion);
            writer.Checkpoint();
            foreach (var write in tail) await writer.RunAsync(write);
        }
        await using var memory = new EmbeddedGraphBackend();
        await memory.ImportAsync(graph);
        foreach (var write in new[] { Deletions, RelationshipDeletion }.Concat(tail)) await memory.RunAsync(write);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);

        Assert.True(reopened.OpenReport!.ReplayedCommits >= tail.Length);
        var (opened, held) = (reopened.CurrentSnapshot, memory.CurrentSnapshot);
        Assert.Equal((held.NodeCount, held.RelationshipCount), (opened.NodeCount, opened.RelationshipCount));
        Assert.Equal(Indexed(held.NodesByLabel), Indexed(opened.NodesByLabel));
        Assert.Equal(Indexed(held.RelationshipsByType), Indexed(opened.RelationshipsByType));
        var rows = Enumerable.Range(0, held.Nodes.Length + 2).Select(id => AdjacencyOracle.Describe(held, id));
        Assert.Equal(rows, Enumerable.Range(0, held.Nodes.Length + 2).Select(id => AdjacencyOracle.Describe(opened, id)));
    }

    /// <summary>Every non-empty array of the section (and its length) gets a bit flipped, one copy of the file each.</summary>
    [Fact]
    public async Task A_flipped_bit_in_any_array_of_the_index_section_refuses_the_snapshot()
    {
        await FileAdjacencyTests.WriteToDisk(_directory.Path, FileAdjacencyTests.RandomGraph(14), Deletions);
        var path = Directory.GetFiles(_directory.Path, "snapshot-*.pgs").Single();
        var original = await File.ReadAllBytesAsync(path);
        var arrays = ArraysOf(path);
        Assert.True(arrays.Count >= 12, $"only {arrays.Count} arrays found");
        Assert.NotNull(SnapshotFile.Read(path, new PhaseClock()).Indexes);

        foreach (var (start, bytes) in arrays)
        {
            // The length before the array, then the middle of its bytes.
            foreach (var offset in bytes == 0 ? [start - sizeof(int)] : new[] { start - sizeof(int), start + bytes / 2 })
            {
                var damaged = (byte[])original.Clone();
                damaged[offset] ^= 0x10;
                await File.WriteAllBytesAsync(path, damaged);

                var refused = Assert.Throws<StoreException>(() => SnapshotFile.Read(path, new PhaseClock()));

                Assert.Equal(StoreErrorCode.Corrupt, refused.Code);
                Assert.Contains(path, refused.Message);
            }
        }
        await File.WriteAllBytesAsync(path, original);
        await using var intact = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(FileAdjacencyTests.RandomGraph(14).Nodes.Count - 2, intact.CountCommitted().Nodes);
    }

    [Fact]
    public async Task A_snapshot_of_the_format_before_the_index_section_is_refused_naming_both_versions_and_what_to_do()
    {
        await FileAdjacencyTests.WriteToDisk(_directory.Path, FileAdjacencyTests.RandomGraph(15));
        var snapshot = Directory.GetFiles(_directory.Path, "snapshot-*.pgs").Single();
        var bytes = await File.ReadAllBytesAsync(snapshot);
        BitConverter.GetBytes(3).CopyTo(bytes, 8);
        await File.WriteAllBytesAsync(snapshot, bytes);

        var refused = Assert.Throws<StoreException>(() => EmbeddedGraphBackend.Open(_directory.Path));

        Assert.Equal(StoreErrorCode.FormatVersion, refused.Code);
        Assert.Contains(Path.GetFileName(snapshot), refused.Message);
        Assert.Contains("version 3;", refused.Message);
        Assert.Contains($"version {StoreFormat.Version} only", refused.Message);
        Assert.Contains("load the documents again", refused.Message);
    }

    /// <summary>A section that passed the hash but whose ids run past the columns (a writer's mistake) is refused, not used.</summary>
    [Fact]
    public void A_section_with_an_id_or_code_outside_the_columns_fails_the_check()
    {
        var none = new CompactAdjacency.Rows([0, 0, 0], [], [], []);
        static CompactAdjacency.Rows Rows(HopEnd end, ushort type) => new([0, 1, 1], [end], [type], []);
        SnapshotIndexes.Stored Section(CompactAdjacency.Rows outgoing, int[] labelIds) =>
            new([0], outgoing, none, [1], [labelIds], [0], [[0]], [2, 1]);

        Section(Rows(new HopEnd(0, 1), 0), [0, 1]).Check(nodes: 2, relationships: 1, names: 2);
        foreach (var damaged in new[]
        {
            Section(Rows(new HopEnd(0, 5), 0), [0, 1]), Section(Rows(new HopEnd(3, 1), 0), [0, 1]),
            Section(Rows(new HopEnd(0, 1), 4), [0, 1]), Section(Rows(new HopEnd(0, 1), 0), [0, 7]),
        })
            Assert.Throws<InvalidDataException>(() => damaged.Check(nodes: 2, relationships: 1, names: 2));
    }

    private static List<string> Indexed(IReadOnlyDictionary<string, int[]> index) =>
        [.. index.Where(entry => entry.Value.Length > 0).OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}: {string.Join(',', entry.Value)}")];

    /// <summary>Where each array of the file's index section lies (its bytes after its length), as the reader meets them.</summary>
    private static List<(long Start, long Bytes)> ArraysOf(string path)
    {
        using var file = MappedFile.Open(path)!;
        var indexStart = BitConverter.ToInt64(file.Slice(file.Length - 16, sizeof(long)));
        var arrays = new List<(long Start, long Bytes)>();
        SnapshotIndexes.Read(file, indexStart, file.Length - 32, new XxHash3(), arrays);
        return arrays;
    }
}
