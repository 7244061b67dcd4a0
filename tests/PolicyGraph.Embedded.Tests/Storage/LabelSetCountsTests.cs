using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// Counts per label set must equal <c>MATCH (n) RETURN labels(n), count(*)</c>: the sets in stored label order (the
/// web names a node by its first label when none has priority), nodes without labels under the empty set, deleted
/// nodes left out; read from the file for unbuilt chunks and from records for chunks a log tail rebuilt.
/// </summary>
public sealed class LabelSetCountsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static async Task AddLabelOdditiesAsync(EmbeddedGraphBackend graph, string suffix)
    {
        await graph.RunAsync($"CREATE (:Zeta:Alpha {{id: 'za-{suffix}'}}), (), (:Temporary {{id: 'unlabelled-{suffix}'}})");
        await graph.RunAsync($"MATCH (n:Temporary {{id: 'unlabelled-{suffix}'}}) REMOVE n:Temporary");
    }

    private static string Key(IEnumerable<string> labels) => "[" + string.Join(':', labels) + "]";

    [Fact]
    public async Task Label_set_counts_equal_the_query_in_stored_label_order_with_unlabelled_nodes_and_a_log_tail()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await NodeSummariesTests.FillAsync(graph, 2500);
            await AddLabelOdditiesAsync(graph, "file");
            await graph.RunAsync("MATCH (n) WHERE n.id IN ['n7', 'n1500'] DETACH DELETE n");
            graph.Checkpoint();
            await AddLabelOdditiesAsync(graph, "log");
            // Deleting a node without relationships rewrites no neighbour, so the first chunks stay in the file.
            await graph.RunAsync("MATCH (n {id: 'za-file'}) DELETE n");
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader);
        var nodes = reopened.CurrentSnapshot.Nodes;
        Assert.Contains(Enumerable.Range(0, nodes.ChunkCount), chunk => nodes.BuiltChunk(chunk) is null);
        Assert.Contains(Enumerable.Range(0, nodes.ChunkCount), chunk => nodes.BuiltChunk(chunk) is not null);

        // Counted before the query builds every record, so unbuilt chunks are read from the file.
        var counted = reopened.CountCommittedByLabelSet().Select(set => (Key(set.Labels), set.Count))
            .OrderBy(set => set.Item1, StringComparer.Ordinal).ToList();
        var walked = (await reopened.RunAsync("MATCH (n) RETURN labels(n), count(*)")).Rows
            .Select(row => (Key(((IEnumerable<object?>)row[0]!).Cast<string>()), Convert.ToInt32(row[1])))
            .OrderBy(set => set.Item1, StringComparer.Ordinal).ToList();

        Assert.Contains(("[Zeta:Alpha]", 1), counted);
        Assert.Contains(("[]", 4), counted);
        Assert.Contains(counted, set => set.Item1 == "[Agency:Office]");
        Assert.Equal(reopened.CurrentSnapshot.NodeCount, counted.Sum(set => set.Count));
        Assert.Equal(walked, counted);
    }
}
