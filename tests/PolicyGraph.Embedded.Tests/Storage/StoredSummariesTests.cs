using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Search;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>The shared read of persisted summaries (<see cref="StoredSummaries"/>): a read that fails is not kept.</summary>
public sealed class StoredSummariesTests
{
    private static readonly NodeSummaryRequest Request =
        new(["Agency"], [PropertyNames.Id, PropertyNames.Name], RelationshipTypes.ResponsibleFor);

    [Fact]
    public async Task A_failed_read_of_the_file_throws_once_and_the_next_call_reads_the_graph()
    {
        await using var graph = new EmbeddedGraphBackend();
        await graph.RunAsync("CREATE (:Agency {id: 'a1', name: '商务局'}), (:Agency {id: 'a2', name: '财政局'}), (:Zone {id: 'z1'})");
        var reads = 0;
        var summaries = new StoredSummaries(_ =>
        {
            reads++;
            throw new IOException("the summaries file could not be read");
        });

        var error = Assert.Throws<IOException>(() => summaries.For(graph.CurrentSnapshot, Request));
        var rows = summaries.For(graph.CurrentSnapshot, Request);

        Assert.Equal("the summaries file could not be read", error.Message);
        Assert.Equal(1, reads);
        Assert.Equal<object?>(["a1", "a2"], rows.Select(row => row.Values[0]));
        Assert.Equal<object?>(["商务局", "财政局"], rows.Select(row => row.Values[1]));
        Assert.Equal(1, summaries.FullReads);
    }

    [Fact]
    public async Task Past_MaxLayered_changes_search_reads_the_summaries_and_the_names_table_is_let_go()
    {
        using var directory = new TemporaryDirectory();
        await using (var graph = EmbeddedGraphBackend.Open(directory.Path))
        {
            await NodeSummariesTests.FillAsync(graph, 300);
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(directory.Path);
        Assert.NotNull(await reopened.ReadSearchableNamesAsync());
        var stored = reopened.CurrentSnapshot.Lineage!.Summaries;
        Assert.True(stored.HoldsNames);

        await reopened.RunAsync($"UNWIND range(1, {FullTextBases.MaxLayered + 1}) AS i CREATE (:Agency {{id: 'new' + toString(i), name: '新'}})");

        Assert.Null(await reopened.ReadSearchableNamesAsync());
        Assert.False(stored.HoldsNames);
        var served = await reopened.SummariseNodesAsync(NodeSummaryRequest.Searchable);
        Assert.Equal(NodeSummaries.Read(reopened.CurrentSnapshot, NodeSummaryRequest.Searchable).Select(s => s.Id), served.Select(s => s.Id));
    }
}
