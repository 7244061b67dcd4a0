using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>
/// What the app reads at start (documents list, searchable names, counts) must be the same through the embedded
/// engine's own reads (node summaries, label sets from the file) and through the queries any backend runs: read on a
/// reopened store whose first chunk comes from the file and whose last a log tail rebuilt.
/// </summary>
public sealed class StartupReadPathsTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "policygraph-startup-reads-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> _log = new();

    public void Dispose() => Directory.Delete(_store, recursive: true);

    private static async Task AddOddDocumentsAsync(EmbeddedGraphBackend graph, string suffix) =>
        await graph.RunAsync($$"""
            CREATE (:Document {id: 'doc-{{suffix}}', sourceFile: 'folder/{{suffix}}.txt'}),
                   (:Document {id: 11, sourceFile: 'numeric-id-{{suffix}}.txt', title: 'numeric id'}),
                   (:Document {id: 'doc-number-file-{{suffix}}', sourceFile: 12}),
                   (:Document {id: 'doc-no-file-{{suffix}}'}),
                   (:Zeta:Alpha {id: 'za-{{suffix}}'}), (),
                   (:Agency {id: 'agency-{{suffix}}', name: 'ＡＢＣ Σ 机构', aliases: '单个别名'}),
                   (:Measure {id: 'measure-{{suffix}}', name: 7})
            """);

    private async Task WriteStoreAsync()
    {
        await using var graph = EmbeddedGraphBackend.Open(_store);
        await graph.ImportAsync(SampleGraph.Build());
        await graph.RunAsync("UNWIND range(1, 1100) AS i CREATE (:Measure {id: 'filler-' + i, name: 'Filler Measure ' + i})");
        await AddOddDocumentsAsync(graph, "file");
        await graph.RunAsync("MATCH (n {id: 'filler-3'}) DETACH DELETE n");
        graph.Checkpoint();
        await AddOddDocumentsAsync(graph, "log");
        await graph.RunAsync("MATCH (n {id: 'filler-1099'}) DETACH DELETE n");
    }

    private async Task<(DocumentFiles Documents, SearchableNames Names, IReadOnlyDictionary<string, int> Labels, IReadOnlyDictionary<string, int> Types)>
        ReadAsync(Core.Querying.IGraphBackend backend)
    {
        var documents = await DocumentFiles.ReadAsync(backend, new QueueLoggerProvider(_log).CreateLogger("test"));
        var reader = new GraphReader(backend, documents);
        var names = await SearchableNames.ReadAsync(reader, NameSearch.SearchableLabels, CancellationToken.None);
        var (labels, types) = await reader.CountsAsync();
        return (documents, names, labels, types);
    }

    [Fact]
    public async Task Documents_names_and_counts_read_by_the_embedded_engine_equal_those_read_by_query()
    {
        await WriteStoreAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_store);
        var nodes = reopened.CurrentSnapshot.Nodes;
        Assert.False(nodes.IsBuilt(0));
        Assert.True(nodes.IsBuilt(nodes.ChunkCount - 1));

        var embedded = await ReadAsync(reopened);
        Assert.False(nodes.IsBuilt(0));
        var embeddedLog = _log.ToArray();
        _log.Clear();
        var queried = await ReadAsync(new CountingBackend(reopened));

        Assert.Equal(queried.Documents.Count, embedded.Documents.Count);
        foreach (var id in new[] { SampleGraph.DocA, SampleGraph.DocB, "doc-file", "doc-log" })
            Assert.Equal(queried.Documents.Find(id), embedded.Documents.Find(id));
        Assert.Equal("doc-log", embedded.Documents.IdOfFile("log.txt"));
        Assert.Null(embedded.Documents.Find("doc-no-file-log"));
        Assert.Equal(queried.Names.Count, embedded.Names.Count);
        Assert.Equal(Found(queried.Names.Containing([""], NameSearch.SearchableLabels, int.MaxValue)),
            Found(embedded.Names.Containing([""], NameSearch.SearchableLabels, int.MaxValue)));
        Assert.Equal(Found(queried.Names.Containing(["ａｂｃ σ"], NameSearch.SearchableLabels, 10)),
            Found(embedded.Names.Containing(["ａｂｃ σ"], NameSearch.SearchableLabels, 10)));
        Assert.Equal(2, embedded.Names.Containing(["ａｂｃ σ"], NameSearch.SearchableLabels, 10).Count());
        Assert.Equal(Found(queried.Names.Exactly(["单个别名", "agency-log", "7"], NameSearch.SearchableLabels)),
            Found(embedded.Names.Exactly(["单个别名", "agency-log", "7"], NameSearch.SearchableLabels)));
        // Only the engine's own read knows each node's internal id (what its hits are read by).
        Assert.All(embedded.Names.Containing([""], NameSearch.SearchableLabels, int.MaxValue), match => Assert.NotNull(match.Node));
        Assert.Equal(queried.Labels.OrderBy(l => l.Key), embedded.Labels.OrderBy(l => l.Key));
        Assert.Equal(queried.Types.OrderBy(t => t.Key), embedded.Types.OrderBy(t => t.Key));
        Assert.Equal(2, embedded.Labels["Zeta"]);
        Assert.Equal(2, embedded.Labels["Node"]);
        Assert.Equal(reopened.CountCommitted().Nodes, embedded.Labels.Values.Sum());
        // Both paths leave out the same documents and say which.
        Assert.Equal(_log.Order(StringComparer.Ordinal), embeddedLog.Order(StringComparer.Ordinal));
        Assert.Equal(4, embeddedLog.Length);
        Assert.Contains(embeddedLog, line => line.Contains("id 11 (Int64, not text)", StringComparison.Ordinal));
        Assert.Contains(embeddedLog, line => line.Contains("'doc-number-file-log'", StringComparison.Ordinal));
    }

    /// <summary>What a name branch found, without the internal id only the engine's read carries.</summary>
    private static List<(string Id, string Source, int Responsibilities)> Found(IEnumerable<NameMatch> matches) =>
        matches.Select(m => (m.Id, m.Source, m.Responsibilities)).ToList();

    /// <summary>
    /// Names read before a node was replaced (deleted and created again: another internal id) still find it, by its
    /// policy id, as the names read by query do; a node deleted for good is left out by both.
    /// </summary>
    [Fact]
    public async Task Candidates_of_names_read_before_a_node_was_replaced_equal_those_read_by_query()
    {
        await WriteStoreAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_store);
        var embedded = await ReadAsync(reopened);
        var queried = await ReadAsync(new CountingBackend(reopened));
        await reopened.RunAsync("MATCH (n {id: 'agency-file'}) DETACH DELETE n");
        await reopened.RunAsync("MATCH (n {id: 'measure-log'}) DETACH DELETE n");
        await reopened.RunAsync("CREATE (:Agency {id: 'agency-file', name: '替换后的机构', aliases: '单个别名'}), (:Measure {id: 'other', name: 8})");

        string[] names = ["单个别名", "measure-file", "agency-file", "measure-log"];
        var stale = await SearchableNames.CandidatesAsync(new GraphReader(reopened, embedded.Documents),
            embedded.Names.Exactly(names, NameSearch.SearchableLabels).ToList(), CancellationToken.None);
        var byQuery = await SearchableNames.CandidatesAsync(new GraphReader(new CountingBackend(reopened), queried.Documents),
            queried.Names.Exactly(names, NameSearch.SearchableLabels).ToList(), CancellationToken.None);

        Assert.Equal(Shown(byQuery), Shown(stale));
        Assert.Contains(Shown(stale), candidate => candidate == "agency-file|exact|替换后的机构");
        Assert.DoesNotContain(Shown(stale), candidate => candidate.StartsWith("measure-log|", StringComparison.Ordinal));
        Assert.Contains(Shown(stale), candidate => candidate.StartsWith("measure-file|", StringComparison.Ordinal));
    }

    private static List<string> Shown(IEnumerable<SearchCandidate> candidates) =>
        candidates.Select(c => $"{ElementsBuilder.PolicyId(c.Node)}|{c.Source}|{c.Node.Properties.GetValueOrDefault(PropertyNames.Name)}").ToList();

    [Fact]
    public async Task Search_hits_read_by_internal_id_from_the_file_equal_those_read_by_query()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_store))
        {
            await graph.ApplySchemaAsync();
            await graph.ImportAsync(SampleGraph.Build());
            await graph.RunAsync("UNWIND range(1, 1100) AS i CREATE (:Measure {id: 'filler-' + i, name: '商务 Filler ' + i, text: '商务局 负责 第' + i + '项'})");
            await graph.RunAsync("CREATE (:InnovationBatch {id: 'batch-9', number: 9}), (:Agency {id: 'agency-en', name: '商务局', englishName: 'Bureau of Commerce'})");
            graph.Checkpoint();
            // A log tail in the last chunk; the first stays in the file.
            await graph.RunAsync("MATCH (n {id: 'filler-1100'}) DETACH DELETE n");
        }
        await using var reopened = EmbeddedGraphBackend.Open(_store);
        var documents = await DocumentFiles.ReadAsync(reopened, new QueueLoggerProvider(_log).CreateLogger("test"));
        var byFile = new NameSearch(new GraphReader(reopened, documents), NameRegistry.Empty);
        var byQuery = new NameSearch(new GraphReader(new CountingBackend(reopened), documents), NameRegistry.Empty);

        string[] texts = ["商务局", "商务", "Filler 1", "batch-9", "第12项", "福州市商务局"];
        var hits = new List<IReadOnlyList<SearchHit>>();
        foreach (var text in texts) hits.Add(await byFile.SearchAsync(text, NameSearch.SearchableLabels, 20));
        Assert.False(reopened.CurrentSnapshot.Nodes.IsBuilt(0));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.NotEmpty(hits[i]);
            Assert.Equal(await byQuery.SearchAsync(texts[i], NameSearch.SearchableLabels, 20), hits[i]);
        }
        Assert.Contains(hits[0], hit => hit.NameEn == "Bureau of Commerce");
        Assert.Contains(hits[0], hit => hit.Snippet is not null);
    }
}
