using System.Buffers.Binary;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

public sealed class DurableStoreTests : IDisposable
{
    private static readonly StoreOptions Follower = StoreOptions.Reader with { PollInterval = null };

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_follower_gets_the_last_commit_of_a_log_written_while_it_read_that_log_before_a_checkpoint()
    {
        await using var writer = EmbeddedGraphBackend.Open(_directory.Path);
        await writer.RunAsync("CREATE (:Doc {key: 'a'})");
        using var follower = DurableStore.Open(_directory.Path, Follower);
        var interleaved = false;
        follower.AfterLogReadForTesting = () =>
        {
            if (interleaved) return;
            interleaved = true;
            Task.Run(async () =>
            {
                await writer.RunAsync("CREATE (:Doc {key: 'b'})");
                writer.Checkpoint();
            }).GetAwaiter().GetResult();
        };

        follower.Refresh();
        follower.Refresh();

        Assert.True(interleaved);
        Assert.Equal(writer.CurrentSnapshot.Version, follower.Store.Current.Version);
        Assert.Equal(2, follower.Store.Current.NodeCount);
    }

    [Fact]
    public async Task A_checkpoint_that_fails_after_the_commit_was_logged_leaves_the_commit_published_and_durable()
    {
        var streams = 0;
        var options = StoreOptions.Writer with
        {
            CheckpointBytes = 1,
            WriteFilter = stream => ++streams == 1 ? stream : throw new UnauthorizedAccessException("the next log is not writable"),
        };
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path, options))
        {
            await writer.RunAsync("CREATE (:Doc {key: 'a'})");
            await writer.RunAsync("CREATE (:Doc {key: 'b'})");
            Assert.Contains("the next log is not writable", writer.LastBackgroundError);
            Assert.Equal(2, writer.CurrentSnapshot.Version);
        }
        Assert.Single(Directory.GetFiles(_directory.Path, "wal-*.log"));
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var keys = await reopened.RunAsync("MATCH (d:Doc) RETURN d.key AS key ORDER BY key");
        Assert.Equal(["a", "b"], keys.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task Checkpoint_of_a_read_only_store_is_refused_as_read_only()
    {
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path))
            await writer.RunAsync("CREATE (:Doc)");
        await using var reader = EmbeddedGraphBackend.Open(_directory.Path, Follower);

        var refused = Assert.Throws<StoreException>(() => reader.Checkpoint());

        Assert.Equal(StoreErrorCode.ReadOnly, refused.Code);
        Assert.Contains(_directory.Path, refused.Message);
    }

    [Fact]
    public async Task A_gap_in_the_commit_numbers_refuses_a_writer_naming_the_log_but_a_reader_opens_up_to_it()
    {
        await using (var writer = EmbeddedGraphBackend.Open(_directory.Path))
        {
            foreach (var key in new[] { "a", "b", "c" })
                await writer.RunAsync($"CREATE (:Doc {{key: '{key}'}})");
        }
        var log = Directory.GetFiles(_directory.Path, "wal-*.log").Single();
        await File.WriteAllBytesAsync(log, WithoutRecord(await File.ReadAllBytesAsync(log), index: 1));

        var refused = Assert.Throws<StoreException>(() => EmbeddedGraphBackend.Open(_directory.Path));
        Assert.Equal(StoreErrorCode.Corrupt, refused.Code);
        Assert.Contains(Path.GetFileName(log), refused.Message);

        await using var reader = EmbeddedGraphBackend.Open(_directory.Path, Follower);
        Assert.Equal(1, reader.CurrentSnapshot.Version);
        Assert.Contains(reader.OpenReport!.Warnings, w => w.Contains("a commit is missing", StringComparison.Ordinal));
    }

    /// <summary>The log's bytes with its record number <paramref name="index"/> (from 0) cut out.</summary>
    private static byte[] WithoutRecord(byte[] log, int index)
    {
        var start = StoreFormat.HeaderLength;
        for (var i = 0; i < index; i++) start += RecordLength(log, start);
        var end = start + RecordLength(log, start);
        return [.. log[..start], .. log[end..]];
    }

    private static int RecordLength(byte[] log, int offset) =>
        LogReader.FrameHeaderLength + BinaryPrimitives.ReadInt32LittleEndian(log.AsSpan(offset));
}
