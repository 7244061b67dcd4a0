using PolicyGraph.Core.Model;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Loading;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Loading;

public sealed class DocumentSyncTests
{
    [Fact]
    public async Task Pruning_keeps_a_file_present_but_not_loaded_and_removes_a_file_absent_from_the_folder()
    {
        await using var store = new EmbeddedGraphBackend();
        var all = Files("a.txt", "b.txt", "c.txt");
        await DocumentSync.RunAsync(store, Corpus("a.txt", "b.txt", "c.txt"), new SyncScope(all, all, Prune: false));

        // b.txt is still in the folder but failed to extract this run; c.txt was deleted from the folder.
        var report = await DocumentSync.RunAsync(store, Corpus("a.txt"),
            new SyncScope(Files("a.txt", "b.txt"), Files("a.txt"), Prune: true));

        Assert.Equal(["a.txt", "b.txt"], DocumentSync.StoredHashes(store.CurrentSnapshot).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["c.txt"], report.Changes.Where(c => c.Kind == "removed").Select(c => c.SourceFile));
        var sections = await store.RunAsync($"MATCH (s:{NodeLabels.Section}) RETURN s.{PropertyNames.SourceFile} AS file ORDER BY file");
        Assert.Equal(["a.txt", "b.txt"], sections.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Without_pruning_a_file_absent_from_the_folder_is_kept()
    {
        await using var store = new EmbeddedGraphBackend();
        var both = Files("a.txt", "b.txt");
        await DocumentSync.RunAsync(store, Corpus("a.txt", "b.txt"), new SyncScope(both, both, Prune: false));

        await DocumentSync.RunAsync(store, Corpus("a.txt"), new SyncScope(Files("a.txt"), Files("a.txt"), Prune: false));

        Assert.Equal(["a.txt", "b.txt"], DocumentSync.StoredHashes(store.CurrentSnapshot).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_removed_file_goes_and_a_file_loaded_from_elsewhere_stays()
    {
        await using var store = new EmbeddedGraphBackend();
        var all = Files("a.txt", "b.txt", "c.txt");
        await DocumentSync.RunAsync(store, Corpus("a.txt", "b.txt", "c.txt"), new SyncScope(all, all, Prune: false));

        // The folder now holds a.txt only: b.txt was loaded from another folder, c.txt was just removed.
        var report = await DocumentSync.RunAsync(store, Corpus("a.txt"),
            new SyncScope(Files("a.txt"), Files("a.txt"), Prune: false) { RemovedFiles = Files("c.txt") });

        Assert.Equal(["a.txt", "b.txt"], DocumentSync.StoredHashes(store.CurrentSnapshot).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["c.txt"], report.Changes.Where(c => c.Kind == "removed").Select(c => c.SourceFile));
    }

    [Fact]
    public async Task A_sync_stopped_after_a_document_is_known_as_interrupted_on_reopen_until_a_sync_completes()
    {
        using var directory = new TemporaryDirectory();
        var both = Files("a.txt", "b.txt");
        await using (var store = EmbeddedGraphBackend.Open(directory.Path))
        {
            Assert.False(DocumentSync.Interrupted(store));
            var killed = await Assert.ThrowsAsync<OperationCanceledException>(() => DocumentSync.RunAsync(store, Corpus("a.txt", "b.txt"),
                new SyncScope(both, both, Prune: false), committed: _ => throw new OperationCanceledException("killed")));
            Assert.Equal("killed", killed.Message);
        }
        await using var reopened = EmbeddedGraphBackend.Open(directory.Path);
        Assert.True(DocumentSync.Interrupted(reopened));
        Assert.Single(DocumentSync.StoredHashes(reopened.CurrentSnapshot));

        await DocumentSync.RunAsync(reopened, Corpus("a.txt", "b.txt"), new SyncScope(both, both, Prune: false));

        Assert.False(DocumentSync.Interrupted(reopened));
        Assert.Equal(2, DocumentSync.StoredHashes(reopened.CurrentSnapshot).Count);
    }

    private static HashSet<string> Files(params string[] files) => files.ToHashSet(StringComparer.Ordinal);

    /// <summary>One document and one section per file, the section linked to its document.</summary>
    private static PropertyGraph Corpus(params string[] files)
    {
        var nodes = new List<GraphNode>();
        var relationships = new List<GraphRelationship>();
        foreach (var file in files)
        {
            nodes.Add(new GraphNode("doc:" + file, [NodeLabels.Document],
                new Dictionary<string, object> { [PropertyNames.SourceFile] = file, [PropertyNames.Sha256] = "hash-" + file }));
            nodes.Add(new GraphNode("sec:" + file, [NodeLabels.Section],
                new Dictionary<string, object> { [PropertyNames.SourceFile] = file }));
            relationships.Add(new GraphRelationship("has:" + file, "HAS_SECTION", "doc:" + file, "sec:" + file, new Dictionary<string, object>()));
        }
        return new PropertyGraph(nodes, relationships);
    }
}
