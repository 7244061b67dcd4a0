using System.Buffers.Binary;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// A summaries file of an older format (3: no searchable names table) is refused with the reason, once, and search's
/// names and the summaries are read from the graph until the next checkpoint writes the current format.
/// </summary>
public sealed class NodeSummaryFileFormatTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_format_3_file_is_refused_with_the_reason_and_read_from_the_graph_until_the_next_checkpoint()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await NodeSummariesTests.FillAsync(graph, 1200);
            graph.Checkpoint();
        }
        var path = Assert.Single(Directory.GetFiles(_directory.Path, "summaries-*.pgn"));
        var bytes = await File.ReadAllBytesAsync(path);
        // The format version follows the 8-byte magic.
        Assert.Equal(NodeSummaryFile.Version, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 3);
        await File.WriteAllBytesAsync(path, bytes);

        await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
        {
            Assert.Null(await reopened.ReadSearchableNamesAsync());
            var served = await reopened.SummariseNodesAsync(NodeSummaryRequest.Searchable);
            Assert.Equal(NodeSummaries.Read(reopened.CurrentSnapshot, NodeSummaryRequest.Searchable).Select(s => s.Id), served.Select(s => s.Id));
            var stored = reopened.CurrentSnapshot.Lineage!.Summaries;
            var problem = Assert.Single(stored.Problems);
            Assert.Contains("format version 3; this build reads version 4 only", problem, StringComparison.Ordinal);
            Assert.Contains(path, problem, StringComparison.Ordinal);
            Assert.Equal(1, stored.FullReads);
            await reopened.RunAsync("CREATE (:Agency {id: 'after', name: '新'})");
            reopened.Checkpoint();
        }
        await using var rewritten = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.NotNull(await rewritten.ReadSearchableNamesAsync());
        Assert.Empty(rewritten.CurrentSnapshot.Lineage!.Summaries.Problems);
    }
}
