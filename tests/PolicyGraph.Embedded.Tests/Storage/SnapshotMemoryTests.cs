using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>The memory description of a snapshot counts what has been built: chunks of records, columns and their encodings.</summary>
public sealed class SnapshotMemoryTests
{
    // Three string instances shared by every node, so a column refers to three distinct values.
    private static readonly string[] Kinds = ["k0", "k1", "k2"];

    private static PropertyGraph Graph(int nodes) => new(
        Enumerable.Range(0, nodes).Select(i => new GraphNode($"n{i}", ["A"], new Dictionary<string, object> { ["kind"] = Kinds[i % 3] })).ToArray(),
        Enumerable.Range(1, nodes - 1).Select(i => new GraphRelationship($"r{i}", "T", $"n{i - 1}", $"n{i}", new Dictionary<string, object>())).ToArray());

    [Fact]
    public async Task An_opened_store_has_nothing_built_until_read_and_counts_each_chunk_it_builds()
    {
        using var directory = new TemporaryDirectory();
        var nodes = ChunkedArray<NodeRecord>.ChunkSize * 2 + 10;
        await using (var writer = EmbeddedGraphBackend.Open(directory.Path))
        {
            await writer.ImportAsync(Graph(nodes));
            writer.Checkpoint();
        }
        await using var reader = EmbeddedGraphBackend.Open(directory.Path, StoreOptions.Reader with { PollInterval = null });
        var snapshot = reader.CurrentSnapshot;

        var opened = SnapshotMemory.Of(snapshot);
        Assert.Equal((3, 0, 0), (opened.NodeChunks, opened.BuiltNodeChunks, opened.PropertyColumns));
        _ = snapshot.Nodes[ChunkedArray<NodeRecord>.ChunkSize + 1];
        Assert.Equal(1, SnapshotMemory.Of(snapshot).BuiltNodeChunks);
    }

    [Fact]
    public async Task Columns_and_encodings_are_counted_once_made_with_their_values()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(Graph(50));
        var snapshot = backend.CurrentSnapshot;
        var before = SnapshotMemory.Of(snapshot);
        Assert.Equal(before.NodeChunks, before.BuiltNodeChunks);
        Assert.Equal(0, before.PropertyColumns);

        for (var i = 0; i < NodePropertyColumns.DefaultReadsBeforeColumn; i++) snapshot.NodeColumns.TryGet(i % 50, "kind", out _);
        Assert.NotNull(snapshot.NodeColumns.BuiltEncoded("kind"));
        var after = SnapshotMemory.Of(snapshot);

        Assert.Equal((1, 1), (after.PropertyColumns, after.EncodedColumns));
        // 50 slots plus three distinct strings of two characters; codes, one per slot, and three values.
        Assert.Equal(24 + 50 * IntPtr.Size + 3 * (22 + 4), after.PropertyColumnBytes);
        Assert.Equal(24 + 50 * 4 + 24 + 3 * IntPtr.Size, after.EncodedColumnBytes);
    }
}
