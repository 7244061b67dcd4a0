using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Cli.Tests.Commands;

/// <summary><c>load --data DIR [--prune] FOLDER</c>: incremental loading into the embedded store on disk.</summary>
public sealed class StoreLoadTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pg-storeload-" + Guid.NewGuid().ToString("N"));

    public StoreLoadTests()
    {
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(SeedFolder.Documents)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    private string Folder => Path.Combine(_root, "documents");

    private string Data => Path.Combine(_root, "data");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Loading_an_unchanged_folder_again_does_nothing_and_says_so()
    {
        var (first, firstOutput, _) = await SeedFolder.RunCli("load", "--data", Data, Folder);
        var commits = await VersionAsync(Data);
        var (second, secondOutput, _) = await SeedFolder.RunCli("load", "--data", Data, Folder);

        Assert.Equal(0, first);
        Assert.Contains($"{Directory.GetFiles(Folder).Length} added", firstOutput);
        Assert.Equal(0, second);
        Assert.StartsWith("nothing to do", secondOutput);
        Assert.Equal(commits, await VersionAsync(Data));
    }

    [Fact]
    public async Task Checkpoint_after_loading_leaves_a_snapshot_and_the_full_text_index_and_no_log_to_replay()
    {
        var (exit, output, _) = await SeedFolder.RunCli("load", "--data", Data, "--checkpoint", Folder);

        Assert.Equal(0, exit);
        Assert.Contains("checkpoint written", output);
        Assert.Single(Directory.GetFiles(Data, "snapshot-*.pgs"));
        Assert.Single(Directory.GetFiles(Data, "fulltext-*.pgx"));
        await using var reopened = EmbeddedGraphBackend.Open(Data, StoreOptions.Reader);
        Assert.Equal(0, reopened.OpenReport!.ReplayedCommits);
    }

    [Fact]
    public async Task Adding_changing_and_pruning_documents_leaves_the_store_as_a_fresh_load_of_the_folder_would()
    {
        var files = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).ToArray();
        var heldBack = files[^1];
        var heldBackCopy = heldBack + ".later";
        File.Move(heldBack, heldBackCopy);
        Assert.Equal(0, (await SeedFolder.RunCli("load", "--data", Data, Folder)).Exit);

        File.Move(heldBackCopy, heldBack);
        await File.AppendAllTextAsync(files[0], "\n附：本文件另有一行补充说明。\n");
        File.Delete(files[1]);
        var (exit, output, _) = await SeedFolder.RunCli("load", "--data", Data, "--prune", Folder);

        Assert.Equal(0, exit);
        Assert.Contains($"added     {Path.GetFileName(heldBack)}", output);
        Assert.Contains($"replaced  {Path.GetFileName(files[0])}", output);
        Assert.Contains($"removed   {Path.GetFileName(files[1])}", output);
        var fresh = Path.Combine(_root, "fresh");
        Assert.Equal(0, (await SeedFolder.RunCli("load", "--data", fresh, Folder)).Exit);
        Assert.Equal(await ContentAsync(fresh), await ContentAsync(Data));
    }

    [Fact]
    public async Task Without_prune_a_document_missing_from_the_folder_is_kept()
    {
        Assert.Equal(0, (await SeedFolder.RunCli("load", "--data", Data, Folder)).Exit);
        var before = await ContentAsync(Data);
        var removed = Directory.GetFiles(Folder).Order(StringComparer.Ordinal).First();
        File.Delete(removed);

        var (exit, output, _) = await SeedFolder.RunCli("load", "--data", Data, Folder);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("removed   ", output);
        Assert.Equal(before, await ContentAsync(Data));
    }

    [Fact]
    public async Task A_store_another_writer_holds_fails_the_load_with_the_lock_named()
    {
        await using var holder = EmbeddedGraphBackend.Open(Data);

        var (exit, _, error) = await SeedFolder.RunCli("load", "--data", Data, Folder);

        Assert.Equal(1, exit);
        Assert.Contains("writer.lock", error);
        Assert.Contains("another writer", error);
    }

    [Fact]
    public async Task Prune_without_a_store_is_a_usage_error()
    {
        var (exit, _, error) = await SeedFolder.RunCli("load", "--prune", Folder);

        Assert.NotEqual(0, exit);
        Assert.Contains("--data", error);
    }

    [Fact]
    public async Task A_loaded_store_carries_the_schema_so_a_reader_can_search_its_full_text_index()
    {
        Assert.Equal(0, (await SeedFolder.RunCli("load", "--data", Data, Folder)).Exit);

        await using var store = EmbeddedGraphBackend.Open(Data, StoreOptions.Reader with { PollInterval = null });
        var hits = await store.RunAsync(
            "CALL db.index.fulltext.queryNodes('policy_text', '自由贸易') YIELD node RETURN count(node) AS n");
        Assert.True((long)hits.Rows.Single()[0]! > 0);
    }

    private static async Task<long> VersionAsync(string data)
    {
        await using var store = EmbeddedGraphBackend.Open(data, StoreOptions.Reader with { PollInterval = null });
        return store.CurrentSnapshot.Version;
    }

    /// <summary>Every node (labels, properties) and relationship (type, ends, properties) by stable id, ignoring internal ids.</summary>
    private static async Task<string> ContentAsync(string data)
    {
        await using var store = EmbeddedGraphBackend.Open(data, StoreOptions.Reader with { PollInterval = null });
        var nodes = await store.RunAsync("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id");
        var relationships = await store.RunAsync(
            "MATCH (a)-[r]->(b) RETURN r.id AS id, type(r), a.id, b.id, properties(r) ORDER BY id");
        return string.Join("\n", nodes.Rows.Concat(relationships.Rows).Select(row => string.Join(" | ", row.Select(ResultValueText.Format))));
    }
}
