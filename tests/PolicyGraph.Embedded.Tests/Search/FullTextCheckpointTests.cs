using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Search;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Search;

/// <summary>Writing the full-text index at a checkpoint: never at the cost of a commit, and ready before the snapshot is.</summary>
public sealed class FullTextCheckpointTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_index_write_that_fails_with_a_non_io_error_loses_no_commit()
    {
        var options = StoreOptions.Writer with
        {
            CheckpointBytes = 1,
            WriteFilter = stream => IsFile(stream, "fulltext-") ? throw new InvalidOperationException("the index writer broke") : stream,
        };
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path, options))
        {
            await writer.RunAsync("CREATE FULLTEXT INDEX texts FOR (n:Doc) ON EACH [n.key]");
            await writer.RunAsync("CREATE (:Doc {key: 'alpha'})");
            Assert.Contains("the index writer broke", writer.LastBackgroundError);
            await writer.RunAsync("CREATE (:Doc {key: 'beta'})");
        }
        Assert.Empty(Directory.GetFiles(_directory.Path, "fulltext-*.pgx"));

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var keys = await reopened.RunAsync("MATCH (d:Doc) RETURN d.key AS key ORDER BY key");
        Assert.Equal(["alpha", "beta"], keys.Rows.Select(r => r[0]));
        var hits = await reopened.RunAsync("CALL db.index.fulltext.queryNodes('texts', 'beta') YIELD node RETURN node.key");
        Assert.Equal(["beta"], hits.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task The_index_file_of_a_checkpoint_exists_before_its_snapshot_does()
    {
        var indexBeforeSnapshot = new List<bool>();
        var options = StoreOptions.Writer with
        {
            WriteFilter = stream =>
            {
                if (IsFile(stream, "snapshot-"))
                {
                    var generation = StoreFormat.Generations(_directory.Path, "wal-", ".log").Max();
                    indexBeforeSnapshot.Add(File.Exists(FullTextIndexFile.PathOf(_directory.Path, generation)));
                }
                return stream;
            },
        };
        await using var writer = EmbeddedGraphBackend.Open(_directory.Path, options);
        await writer.RunAsync("CREATE FULLTEXT INDEX texts FOR (n:Doc) ON EACH [n.key]");
        await writer.RunAsync("CREATE (:Doc {key: 'alpha'})");

        writer.Checkpoint();

        Assert.Equal([true], indexBeforeSnapshot);
    }

    [Fact]
    public async Task A_refused_index_file_is_reported_once_to_the_host()
    {
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await writer.RunAsync("CREATE FULLTEXT INDEX texts FOR (n:Doc) ON EACH [n.key]");
            await writer.RunAsync("CREATE (:Doc {key: 'alpha'})");
            writer.Checkpoint();
        }
        var file = Assert.Single(Directory.GetFiles(_directory.Path, "fulltext-*.pgx"));
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^3] ^= 0x01;
        await File.WriteAllBytesAsync(file, bytes);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Empty(reopened.TakeFullTextIndexProblems());
        var hits = await reopened.RunAsync("CALL db.index.fulltext.queryNodes('texts', 'alpha') YIELD node RETURN node.key");

        Assert.Equal(["alpha"], hits.Rows.Select(r => r[0]));
        Assert.Contains(file, Assert.Single(reopened.TakeFullTextIndexProblems()));
        Assert.Empty(reopened.TakeFullTextIndexProblems());
    }

    private static bool IsFile(Stream stream, string prefix) =>
        stream is FileStream { Name: var name } && Path.GetFileName(name).StartsWith(prefix, StringComparison.Ordinal);
}
