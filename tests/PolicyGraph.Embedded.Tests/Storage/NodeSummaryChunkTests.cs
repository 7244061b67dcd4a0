using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>Edges of reading node summaries from a store's file: no keys asked for, and a chunk a commit rewrote.</summary>
public sealed class NodeSummaryChunkTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private async Task WriteStoreAsync()
    {
        await using var graph = EmbeddedGraphBackend.Open(_directory.Path);
        await graph.RunAsync("UNWIND range(1, 20) AS i CREATE (:Measure {id: 'm' + i, name: 'before ' + i})-[:RESPONSIBLE_FOR]->(:Zone)");
        graph.Checkpoint();
    }

    [Fact]
    public async Task Summaries_without_keys_read_from_the_file_give_labels_and_counts_only()
    {
        await WriteStoreAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);

        var summaries = await reopened.SummariseNodesAsync(new NodeSummaryRequest(["Measure"], [], "RESPONSIBLE_FOR"));

        Assert.False(reopened.CurrentSnapshot.Nodes.IsBuilt(0));
        Assert.Equal(20, summaries.Count);
        Assert.All(summaries, summary => Assert.Empty(summary.Values));
        Assert.All(summaries, summary => Assert.Equal(1, summary.Outgoing));
    }

    [Fact]
    public async Task Chunks_a_commit_rewrote_or_added_are_summarised_from_their_records()
    {
        await WriteStoreAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        await reopened.RunAsync("MATCH (n:Measure {id: 'm1'}) SET n.name = 'after'");
        // Past the file's last chunk: a chunk the file never had.
        await reopened.RunAsync("UNWIND range(1, 1100) AS i CREATE (:Measure {id: 'new' + i, name: 'new'})");
        var nodes = reopened.CurrentSnapshot.Nodes;
        var request = new NodeSummaryRequest(["Measure"], ["id", "name"], OutgoingType: null);

        var rewritten = nodes.SummariseUnbuilt(0, request);
        var added = nodes.SummariseUnbuilt(nodes.ChunkCount - 1, request);

        var m1 = Assert.Single(rewritten, summary => summary is not null && Equals(summary.Values[0], "m1"));
        Assert.Equal("after", m1!.Values[1]);
        Assert.NotEmpty(added.OfType<NodeSummary>());
        Assert.All(added.OfType<NodeSummary>(), summary => Assert.Equal("new", summary.Values[1]));
    }
}
