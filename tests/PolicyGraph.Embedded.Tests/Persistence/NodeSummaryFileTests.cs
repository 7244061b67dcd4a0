using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// Node summaries persisted at checkpoint (<see cref="NodeSummaryFile"/>) must give what reading every node gives
/// (<see cref="NodeSummaries.Read"/>) and what the query they stand for returns (<see cref="GraphReads.SearchableNodes"/>):
/// after a reopen with a log tail (deleted nodes, changed names and edges, odd values), after commits on the running
/// store, and — refused with the reason, then read from the graph — when the file is damaged, stale or missing; a
/// request the store does not persist is read from the graph without a problem to report.
/// </summary>
public sealed class NodeSummaryFileTests : IDisposable
{
    private static readonly NodeSummaryRequest Request = NodeSummaryRequest.Searchable;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static IEnumerable<string> Rows(IEnumerable<NodeSummary> summaries) =>
        summaries.Select(node => string.Join('|', new object?[] { node.Id, node.Values[0], node.Labels, node.Values[1], node.Values[2], node.Values[3], node.Values[4], node.Outgoing }
            .Select(NodeSummariesTests.Show)));

    /// <summary>The summaries as served, as read from every node, and as the query returns them: all three equal.</summary>
    private static async Task AssertEveryWayEqualAsync(EmbeddedGraphBackend graph)
    {
        var served = (await graph.SummariseNodesAsync(Request)).ToList();
        var readFromEveryNode = Rows(NodeSummaries.Read(graph.CurrentSnapshot, Request)).ToList();
        Assert.Equal(readFromEveryNode, Rows(served));
        var queried = (await graph.RunAsync(GraphReads.SearchableNodes, new Dictionary<string, object?> { ["labels"] = Request.Labels.ToArray() })).Rows
            .Select(row => string.Join('|', row.Select(NodeSummariesTests.Show))).ToList();
        Assert.Equal(queried, served.Select(node => string.Join('|', new object?[] { node.Values[0], node.Labels, node.Values[1], node.Values[2], node.Values[3], node.Values[4], (long)node.Outgoing }
            .Select(NodeSummariesTests.Show))));
        Assert.True(served.Count > 1000, $"only {served.Count} searchable nodes generated");
    }

    private static StoredSummaries Stored(EmbeddedGraphBackend graph) =>
        graph.CurrentSnapshot.Lineage?.Summaries ?? throw new Xunit.Sdk.XunitException("the snapshot has no lineage");

    /// <summary>A checkpointed store of several labels, missing names, odd values and deleted nodes, then a log tail.</summary>
    private async Task<string> CheckpointWithTailAsync()
    {
        await using var graph = EmbeddedGraphBackend.Open(_directory.Path);
        await NodeSummariesTests.FillAsync(graph, 3000);
        await graph.RunAsync("CREATE (:Measure {id: 'numeric-name', name: 42}), (:Agency {id: 'one-alias', aliases: '单个别名'}), (:Section {name: '无编号'}), " +
            "(:Measure:Section {id: 'both', name: '两个标签'}), (:Requirement {id: 'req', title: '要求'}), (:InnovationBatch {id: 'batch', number: 3})");
        await graph.RunAsync("MATCH (n {id: 'n28'}) DETACH DELETE n");
        graph.Checkpoint();
        // The log tail: replayed on open, never in the file.
        await graph.RunAsync("MATCH (n {id: 'n40'}) DETACH DELETE n");
        await graph.RunAsync("MATCH (n {id: 'n41'}) SET n.name = '改了名', n:Agency");
        await graph.RunAsync("MATCH (a {id: 'n42'}), (b {id: 'n43'}) CREATE (a)-[:RESPONSIBLE_FOR]->(b)");
        await graph.RunAsync("CREATE (:Zone {id: 'tail-zone', name: '新区', aliases: ['新', '区']})");
        return SummaryFile();
    }

    /// <summary>The one summaries file of the store (a checkpoint deletes those of older generations).</summary>
    private string SummaryFile() => Assert.Single(Directory.GetFiles(_directory.Path, "summaries-*.pgn"));

    [Fact]
    public async Task A_reopened_store_serves_the_file_with_its_log_tail_and_later_commits_as_every_node_gives_them()
    {
        var path = await CheckpointWithTailAsync();
        Assert.True(File.Exists(path), $"no summaries written at {path}");

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.True(reopened.OpenReport!.ReplayedCommits > 0);
        await AssertEveryWayEqualAsync(reopened);
        await reopened.RunAsync("MATCH (n {id: 'n44'}) SET n.title = '提交后', n.aliases = ['后来']");
        await reopened.RunAsync("MATCH (n {id: 'n45'}) DETACH DELETE n");
        await AssertEveryWayEqualAsync(reopened);

        Assert.Equal(0, Stored(reopened).FullReads);
        Assert.Empty(Stored(reopened).Problems);
    }

    [Fact]
    public async Task A_damaged_file_is_refused_with_the_reason_and_the_summaries_are_read_from_the_graph()
    {
        var path = await CheckpointWithTailAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(path, bytes);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        await AssertEveryWayEqualAsync(reopened);
        Assert.Contains(Stored(reopened).Problems, problem => problem.Contains("checksum mismatch", StringComparison.Ordinal) && problem.Contains(path, StringComparison.Ordinal));
        Assert.Equal(1, Stored(reopened).FullReads);
    }

    [Fact]
    public async Task A_stale_file_of_another_snapshot_version_and_a_missing_file_are_refused()
    {
        var path = await CheckpointWithTailAsync();
        var stale = await File.ReadAllBytesAsync(path);
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
            graph.Checkpoint();
        var next = SummaryFile();
        Assert.NotEqual(path, next);
        await File.WriteAllBytesAsync(next, stale);
        await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await AssertEveryWayEqualAsync(reopened);
            Assert.Contains(Stored(reopened).Problems, problem => problem.Contains("covers snapshot version", StringComparison.Ordinal));
        }
        File.Delete(next);
        await using var missing = EmbeddedGraphBackend.Open(_directory.Path);
        await AssertEveryWayEqualAsync(missing);
        Assert.Contains(Stored(missing).Problems, problem => problem.Contains("not found", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_request_than_the_persisted_ones_is_read_from_the_graph()
    {
        await CheckpointWithTailAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var other = new NodeSummaryRequest(["Agency", "Zone"], [PropertyNames.Name], null);

        var served = await reopened.SummariseNodesAsync(other);

        Assert.Equal(IdLabelsAndName(NodeSummaries.Read(reopened.CurrentSnapshot, other)), IdLabelsAndName(served));
        // Not persisted is no problem to report; the persisted request still comes from the file.
        Assert.Empty(Stored(reopened).Problems);
        Assert.Equal(1, Stored(reopened).FullReads);
        await AssertEveryWayEqualAsync(reopened);
        Assert.Equal(1, Stored(reopened).FullReads);
    }

    /// <summary>
    /// A request the store does not persist never opens the file (at start the app's document read mapped and hashed
    /// the whole file for nothing): with the file damaged, it is read from the graph and reports no problem, while the
    /// persisted request still finds the damage.
    /// </summary>
    [Fact]
    public async Task A_request_not_persisted_does_not_open_the_file()
    {
        var path = await CheckpointWithTailAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(path, bytes);
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var other = new NodeSummaryRequest(["Agency", "Zone"], [PropertyNames.Name], null);

        Assert.Equal(IdLabelsAndName(NodeSummaries.Read(reopened.CurrentSnapshot, other)), IdLabelsAndName(await reopened.SummariseNodesAsync(other)));
        Assert.Empty(Stored(reopened).Problems);

        await AssertEveryWayEqualAsync(reopened);
        Assert.Contains(Stored(reopened).Problems, problem => problem.Contains("checksum mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_of_two_requests_serves_each_from_its_own_section()
    {
        var other = new NodeSummaryRequest(["Agency", "Zone"], [PropertyNames.Name], null);
        var persisted = StoreOptions.Writer with { PersistedSummaries = [other, Request] };
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path, persisted))
        {
            await NodeSummariesTests.FillAsync(graph, 3000);
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path, persisted);

        // The second section first: the first one is read past by its length.
        await AssertEveryWayEqualAsync(reopened);
        Assert.Equal(IdLabelsAndName(NodeSummaries.Read(reopened.CurrentSnapshot, other)), IdLabelsAndName(await reopened.SummariseNodesAsync(other)));
        Assert.Equal(0, Stored(reopened).FullReads);
        Assert.Empty(Stored(reopened).Problems);
    }

    [Fact]
    public async Task First_reads_that_come_together_share_one_read_of_the_file()
    {
        await CheckpointWithTailAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);

        var reads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => reopened.SummariseNodesAsync(Request))));

        Assert.All(reads, read => Assert.Equal(Rows(reads[0]), Rows(read)));
        Assert.Equal(0, Stored(reopened).FullReads);
        await AssertEveryWayEqualAsync(reopened);
    }

    /// <summary>
    /// The file is read on readers' threads while a Reader store applies the writer's commits (new label sets) under
    /// its write lock: every read of the file gives the same rows, and the store then serves what every node gives.
    /// </summary>
    [Fact]
    public async Task Readers_read_the_file_while_the_store_applies_commits_of_new_label_sets()
    {
        await CheckpointWithTailAsync();
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
            graph.Checkpoint();
        var path = SummaryFile();
        await using var reader = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader with { PollInterval = null });
        var opened = reader.CurrentSnapshot;
        var expected = Rows(NodeSummaries.Read(opened, Request)).ToList();
        await using var writer = EmbeddedGraphBackend.Open(_directory.Path);

        var commits = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                await writer.RunAsync($"CREATE (:Measure:Added{i} {{id: 'added-{i}', name: '新增{i}'}}), (:Zone:Added{i}:Extra{i} {{id: 'zone-{i}'}})");
                Assert.True(reader.Refresh() > 0, $"the reader did not follow commit {i}");
            }
        });
        var fileReads = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var reads = new List<List<string>>();
            do
            {
                var (stored, problem) = NodeSummaryFile.Read(path, opened.Version, Request);
                Assert.Null(problem);
                reads.Add(Rows(Assert.IsType<SummaryBase>(stored).Rows).ToList());
            }
            while (!commits.IsCompleted);
            return reads;
        })).ToArray();
        var served = Task.Run(async () => { while (!commits.IsCompleted) await reader.SummariseNodesAsync(Request); });
        await Task.WhenAll([commits, served, .. fileReads]);

        Assert.All((await Task.WhenAll(fileReads)).SelectMany(reads => reads), read => Assert.Equal(expected, read));
        await AssertEveryWayEqualAsync(reader);
        var latest = await reader.SummariseNodesAsync(Request);
        Assert.Contains(latest, node => node.Labels.Contains("Extra59"));
        // The rows are the store's base for later reads: a caller cannot change them.
        Assert.Throws<NotSupportedException>(() => ((IList<NodeSummary>)latest).Clear());
    }

    private static List<string> IdLabelsAndName(IEnumerable<NodeSummary> summaries) =>
        summaries.Select(node => $"{node.Id}|{NodeSummariesTests.Show(node.Labels)}|{NodeSummariesTests.Show(node.Values[0])}|{node.Outgoing}").ToList();
}
