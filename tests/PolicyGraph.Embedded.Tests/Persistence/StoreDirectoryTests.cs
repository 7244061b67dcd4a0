using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

public sealed class StoreDirectoryTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Every_value_type_schema_and_id_survives_a_reopen_from_the_log_and_from_a_snapshot()
    {
        string before;
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await WriteSampleAsync(graph);
            before = await DumpAsync(graph);
        }
        await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
        {
            Assert.Equal(before, await DumpAsync(reopened));
            Assert.True(reopened.OpenReport!.ReplayedCommits >= 4);
            reopened.Checkpoint();
        }
        await using var fromSnapshot = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(before, await DumpAsync(fromSnapshot));
        Assert.Equal(0, fromSnapshot.OpenReport!.ReplayedCommits);
        Assert.True(fromSnapshot.OpenReport.SnapshotGeneration > 0);
        Assert.NotNull(fromSnapshot.CurrentSnapshot.Schema.Find("doc_key"));
        Assert.True(fromSnapshot.CurrentSnapshot.Schema.Find("agency_name")!.Unique);
    }

    [Fact]
    public async Task Commits_after_a_checkpoint_are_replayed_on_top_of_the_snapshot()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (:Doc {key: 'a'})");
            graph.Checkpoint();
            await graph.RunAsync("CREATE (:Doc {key: 'b'})");
            await graph.RunAsync("MATCH (d:Doc {key: 'a'}) DELETE d");
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var keys = await reopened.RunAsync("MATCH (d:Doc) RETURN d.key AS key");
        Assert.Equal(["b"], keys.Rows.Select(r => r[0]));
        Assert.Equal(2, reopened.OpenReport!.ReplayedCommits);
        Assert.Single(Directory.GetFiles(_directory.Path, "wal-*.log"));
    }

    [Fact]
    public async Task A_second_writer_is_refused_with_the_lock_file_named()
    {
        await using var first = EmbeddedGraphBackend.Open(_directory.Path);
        var refused = Assert.Throws<StoreException>(() => EmbeddedGraphBackend.Open(_directory.Path));
        Assert.Equal(StoreErrorCode.Locked, refused.Code);
        Assert.Contains("writer.lock", refused.Message);
        await using var reader = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader with { PollInterval = null });
        Assert.Equal(0, reader.CurrentSnapshot.NodeCount);
    }

    [Fact]
    public async Task A_file_of_another_format_version_is_refused_naming_the_file_and_both_versions()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
            await graph.RunAsync("CREATE (:Doc)");
        var log = Directory.GetFiles(_directory.Path, "wal-*.log").Single();
        var bytes = await File.ReadAllBytesAsync(log);
        BitConverter.GetBytes(StoreFormat.Version + 1).CopyTo(bytes, 8);
        await File.WriteAllBytesAsync(log, bytes);

        var refused = Assert.Throws<StoreException>(() => EmbeddedGraphBackend.Open(_directory.Path));
        Assert.Equal(StoreErrorCode.FormatVersion, refused.Code);
        Assert.Contains(Path.GetFileName(log), refused.Message);
        Assert.Contains($"version {StoreFormat.Version + 1}", refused.Message);
        Assert.Contains($"version {StoreFormat.Version} only", refused.Message);
    }

    [Fact]
    public async Task A_read_only_store_refuses_writes_and_follows_the_writer_across_checkpoints()
    {
        await using var writer = EmbeddedGraphBackend.Open(_directory.Path);
        await using var reader = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader with { PollInterval = null });
        await writer.RunAsync("CREATE (:Doc {key: 'a'})");
        Assert.Equal(0, reader.CurrentSnapshot.NodeCount);
        Assert.Equal(1, reader.Refresh());
        Assert.Equal(1, reader.CurrentSnapshot.NodeCount);

        writer.Checkpoint();
        await writer.RunAsync("CREATE (:Doc {key: 'b'})");
        writer.Checkpoint();
        await writer.RunAsync("CREATE (:Doc {key: 'c'})");
        reader.Refresh();
        Assert.Equal(await DumpAsync(writer), await DumpAsync(reader));

        var refused = await Assert.ThrowsAsync<CypherException>(() => reader.RunAsync("CREATE (:Doc {key: 'x'})"));
        Assert.Equal(nameof(StoreErrorCode.ReadOnly), refused.Detail);
        Assert.Equal(3, reader.CurrentSnapshot.NodeCount);
    }

    [Fact]
    public async Task A_reader_opened_before_the_store_exists_picks_it_up_once_written()
    {
        var later = Path.Combine(_directory.Path, "not yet");
        await using var reader = EmbeddedGraphBackend.Open(later, StoreOptions.Reader with { PollInterval = null });
        Assert.Contains("does not exist yet", Assert.Single(reader.OpenReport!.Warnings));
        await Assert.ThrowsAsync<CypherException>(() => reader.RunAsync("CREATE (:Doc)"));

        await using var writer = EmbeddedGraphBackend.Open(later);
        await writer.RunAsync("CREATE (:Doc {key: 'a'}), (:Doc {key: 'b'})");
        reader.Refresh();

        Assert.Equal(2, reader.CurrentSnapshot.NodeCount);
    }

    [Fact]
    public async Task A_full_disk_fails_the_commit_clearly_and_leaves_the_store_as_it_was()
    {
        string before;
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (:Doc {key: 'kept'})");
            before = await DumpAsync(graph);
        }
        var full = StoreOptions.Writer with { WriteFilter = stream => new FullDiskStream(stream, 40) };
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path, full))
        {
            var failed = await Assert.ThrowsAsync<CypherException>(() =>
                graph.RunAsync("UNWIND range(1, 50) AS i CREATE (:Doc {key: 'lost ' + i})"));
            Assert.Contains("No space left on device", failed.Message);
            Assert.Contains("wal-", failed.Message);
            Assert.Equal(before, await DumpAsync(graph));
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(before, await DumpAsync(reopened));
        Assert.Empty(reopened.OpenReport!.Warnings);
    }

    internal static async Task WriteSampleAsync(EmbeddedGraphBackend graph)
    {
        await graph.RunAsync("CREATE INDEX doc_key FOR (d:Doc) ON (d.key)");
        await graph.RunAsync("CREATE CONSTRAINT agency_name FOR (a:Agency) REQUIRE a.name IS UNIQUE");
        await graph.RunAsync("""
            CREATE (d:Doc:Policy {key: 'd1', title: '福州市商务局关于…', pages: 12, score: 0.5, open: true, tags: ['a', 'b'],
                    issued: date('2024-03-01'), at: datetime('2024-03-01T10:15:30.123456789+08:00[Asia/Shanghai]'),
                    local: localdatetime('2024-03-01T10:15'), t: time('10:15+01:00'), lt: localtime('23:59:59'),
                    span: duration('P1Y2M3DT4H5M6.7S'), numbers: [1, 2, 3]})
            CREATE (a:Agency {name: '福州市商务局'})
            CREATE (d)-[:ISSUED_BY {line: 3, quote: '福州市商务局'}]->(a)
            CREATE (d)-[:CITES]->(:Doc {key: 'cited'})
            """);
        await graph.RunAsync("CREATE (x:Temp)-[:R]->(y:Temp) WITH x, y DETACH DELETE x, y");
        await graph.RunAsync("MATCH (d:Doc {key: 'cited'}) SET d.cited = true, d:Cited REMOVE d.key");
        await graph.RunAsync("CREATE (:Doc {key: 'after deletes'})");
    }

    /// <summary>Every node and relationship with its element id, labels and properties, in id order.</summary>
    internal static async Task<string> DumpAsync(EmbeddedGraphBackend graph)
    {
        var nodes = await graph.RunAsync("MATCH (n) RETURN id(n) AS id, labels(n) AS labels, properties(n) AS p ORDER BY id");
        var relationships = await graph.RunAsync(
            "MATCH (a)-[r]->(b) RETURN id(r) AS id, type(r) AS t, id(a) AS a, id(b) AS b, properties(r) AS p ORDER BY id");
        return string.Join("\n", nodes.Rows.Concat(relationships.Rows).Select(row => string.Join(" | ", row.Select(ResultValueText.Format))));
    }
}
