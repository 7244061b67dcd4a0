using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Search;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Search;

/// <summary>The full-text index written at checkpoint, read back on first search, and brought up to date with later commits.</summary>
public sealed class FullTextIndexFileTests : IDisposable
{
    private static readonly string[] Queries = ["跨境资金池", "资金 OR 人才", "+资金 -风险", "\"资金池\"", "title:结算", "引进"];

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task After_reopen_searches_answer_from_the_file_with_the_hits_and_scores_of_a_fresh_build()
    {
        await SeedAndCheckpointAsync();
        Assert.True(File.Exists(IndexPath()));

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        foreach (var query in Queries) Assert.Equal(FreshHits(reopened, query), await HitsAsync(reopened, query));
        Assert.Empty(Problems(reopened));
        Assert.Equal(0, Bases(reopened).Builds);
    }

    [Fact]
    public async Task After_reopen_the_index_is_the_file_s_and_later_commits_are_layered_on_it_commit_after_commit()
    {
        await SeedAndCheckpointAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var checkpointed = reopened.CurrentSnapshot.Version;
        Assert.NotEmpty(await HitsAsync(reopened, "资金"));
        Assert.True(IndexOf(reopened) is { IsFlat: true } flat && flat.Version == checkpointed);

        await reopened.RunAsync("CREATE (:Measure {id: 'one', title: '人民币', text: '第一次提交。'})");
        await reopened.RunAsync("MATCH (m:Measure {id: 'exact'}) REMOVE m:Measure");
        await reopened.RunAsync("MATCH (m:Measure {id: 'partial'}) SET m.title = '人民币结算'");
        foreach (var query in Queries.Append("人民币").Append("提交"))
            Assert.Equal(FreshHits(reopened, query), await HitsAsync(reopened, query));

        var layered = IndexOf(reopened);
        Assert.False(layered.IsFlat);
        Assert.Equal(reopened.CurrentSnapshot.Version, layered.Version);
        Assert.DoesNotContain("exact", await IdsAsync(reopened, "跨境资金池"));
        Assert.Equal(0, Bases(reopened).Builds);
    }

    [Fact]
    public async Task A_relationship_index_is_read_from_the_file_and_layered_after_a_commit()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE FULLTEXT INDEX notes FOR ()-[r:CITES]-() ON EACH [r.note]");
            await graph.RunAsync("CREATE (:Doc)-[:CITES {note: '依据跨境资金池办法'}]->(:Doc)-[:CITES {note: '参照人才政策'}]->(:Doc)");
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(["依据跨境资金池办法"], await NotesAsync(reopened, "资金池"));
        await reopened.RunAsync("MATCH ()-[r:CITES {note: '参照人才政策'}]->() SET r.note = '参照资金政策'");

        Assert.Equal(new[] { "依据跨境资金池办法", "参照资金政策" }.Order(StringComparer.Ordinal), (await NotesAsync(reopened, "资金")).Order(StringComparer.Ordinal));
        Assert.Empty(await NotesAsync(reopened, "人才"));
        Assert.Equal(0, Bases(reopened).Builds);
    }

    [Fact]
    public async Task A_damaged_index_file_is_refused_with_the_reason_and_the_index_is_built_from_the_graph()
    {
        await SeedAndCheckpointAsync();
        var bytes = await File.ReadAllBytesAsync(IndexPath());
        bytes[bytes.Length / 2] ^= 0x10;
        await File.WriteAllBytesAsync(IndexPath(), bytes);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        foreach (var query in Queries) Assert.Equal(FreshHits(reopened, query), await HitsAsync(reopened, query));
        var problem = Assert.Single(Problems(reopened));
        Assert.Contains(IndexPath(), problem);
        Assert.Contains("checksum mismatch", problem);
        Assert.Equal(1, Bases(reopened).Builds);
    }

    [Fact]
    public async Task An_index_file_of_another_format_version_is_refused_and_named()
    {
        await SeedAndCheckpointAsync();
        var bytes = await File.ReadAllBytesAsync(IndexPath());
        BitConverter.GetBytes(FullTextIndexFile.Version + 1).CopyTo(bytes, 8);
        await File.WriteAllBytesAsync(IndexPath(), bytes);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(FreshHits(reopened, "资金"), await HitsAsync(reopened, "资金"));
        Assert.Contains($"format version {FullTextIndexFile.Version + 1}", Assert.Single(Problems(reopened)));
    }

    [Fact]
    public async Task Commits_after_the_checkpoint_are_searchable_on_top_of_the_file()
    {
        await SeedAndCheckpointAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.NotEmpty(await HitsAsync(reopened, "风险"));
        await reopened.RunAsync("CREATE (:Measure {id: 'new', title: '跨境人民币结算', text: '扩大跨境人民币使用。'})");
        await reopened.RunAsync("MATCH (m:Measure {id: 'apart'}) SET m.text = '设立担保基金。'");
        await reopened.RunAsync("MATCH (m:Measure {id: 'other'}) DETACH DELETE m");

        Assert.Contains("new", await IdsAsync(reopened, "人民币"));
        Assert.Empty(await HitsAsync(reopened, "风险"));
        Assert.Empty(await HitsAsync(reopened, "人才"));
        foreach (var query in Queries.Append("跨境 人民币").Append("担保"))
            Assert.Equal(FreshHits(reopened, query), await HitsAsync(reopened, query));
        Assert.Empty(Problems(reopened));
    }

    [Fact]
    public async Task Commits_logged_after_the_checkpoint_are_indexed_on_top_after_a_reopen()
    {
        await SeedAndCheckpointAsync();
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path))
            await writer.RunAsync("CREATE (:Measure {id: 'logged', title: '数据出境', text: '便利数据跨境流动。'})");

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(1, reopened.OpenReport!.ReplayedCommits);
        Assert.Equal(["logged"], await IdsAsync(reopened, "出境"));
        foreach (var query in Queries) Assert.Equal(FreshHits(reopened, query), await HitsAsync(reopened, query));
        Assert.Empty(Problems(reopened));
    }

    private async Task SeedAndCheckpointAsync()
    {
        await using var graph = EmbeddedGraphBackend.Open(_directory.Path);
        await graph.RunAsync("""
            CREATE FULLTEXT INDEX texts IF NOT EXISTS FOR (n:Measure|Agency) ON EACH [n.title, n.text]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
            """);
        await graph.RunAsync("""
            CREATE (:Measure {id: 'exact', title: '跨境资金池', text: '开展本外币一体化跨境资金池业务试点。'}),
                   (:Measure {id: 'partial', title: '资金结算', text: '便利跨境贸易资金结算。'}),
                   (:Measure {id: 'apart', title: '资金', text: '设立资金风险池。'}),
                   (:Measure {id: 'other', title: '人才引进', text: ['引进高层次人才', '人才公寓']}),
                   (:Agency {id: 'bank', title: '人民银行'}),
                   (:Zone {id: 'zone', title: '跨境资金池'})
            """);
        graph.Checkpoint();
    }

    private string IndexPath() =>
        FullTextIndexFile.PathOf(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());

    private static IEnumerable<string> Problems(EmbeddedGraphBackend graph) => Bases(graph).Problems;

    private static FullTextBases Bases(EmbeddedGraphBackend graph) =>
        graph.CurrentSnapshot.Lineage?.Bases ?? throw new Xunit.Sdk.XunitException("the snapshot has no lineage");

    /// <summary>The index the current snapshot's searches read (the one the last search used).</summary>
    private static FullTextIndex IndexOf(EmbeddedGraphBackend graph)
    {
        var read = new GraphTransaction(graph.CurrentSnapshot, null);
        return FullTextProcedures.IndexFor(read, "texts", read.Schema.Find("texts")!.FullText!);
    }

    private static async Task<List<string>> NotesAsync(EmbeddedGraphBackend graph, string query)
    {
        var result = await graph.RunAsync("CALL db.index.fulltext.queryRelationships('notes', $q) YIELD relationship RETURN relationship.note",
            new Dictionary<string, object?> { ["q"] = query });
        return result.Rows.Select(r => (string)r[0]!).ToList();
    }

    private static async Task<List<(long Id, double Score)>> HitsAsync(EmbeddedGraphBackend graph, string query)
    {
        var result = await graph.RunAsync("CALL db.index.fulltext.queryNodes('texts', $q) YIELD node, score RETURN id(node), score",
            new Dictionary<string, object?> { ["q"] = query });
        return result.Rows.Select(r => ((long)r[0]!, (double)r[1]!)).ToList();
    }

    private static async Task<List<string>> IdsAsync(EmbeddedGraphBackend graph, string query)
    {
        var result = await graph.RunAsync("CALL db.index.fulltext.queryNodes('texts', $q) YIELD node RETURN node.id",
            new Dictionary<string, object?> { ["q"] = query });
        return result.Rows.Select(r => (string)r[0]!).ToList();
    }

    /// <summary>The hits of an index built from scratch over the current graph (what the file and layers must equal).</summary>
    private static List<(long Id, double Score)> FreshHits(EmbeddedGraphBackend graph, string query)
    {
        var read = new GraphTransaction(graph.CurrentSnapshot, null);
        var spec = read.Schema.Find("texts")!.FullText!;
        var index = FullTextIndex.Build(read, spec);
        return index.Search(FullTextQueryParser.Parse(query, index.Analyzer, spec.Properties), read).Select(h => ((long)h.Entity, h.Score)).ToList();
    }
}
