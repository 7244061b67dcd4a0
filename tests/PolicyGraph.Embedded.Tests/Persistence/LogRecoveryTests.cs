using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

public sealed class LogRecoveryTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    public async Task A_truncated_last_record_is_dropped_and_the_store_opens_at_the_commit_before_it(int bytesCut)
    {
        var (log, beforeLast) = await WriteThreeCommitsAsync();
        using (var file = new FileStream(log, FileMode.Open)) file.SetLength(file.Length - bytesCut);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(beforeLast, await StoreDirectoryTests.DumpAsync(reopened));
        var warning = Assert.Single(reopened.OpenReport!.Warnings);
        Assert.Contains(Path.GetFileName(log), warning);
        Assert.Contains("opened at commit 2", warning);
    }

    [Fact]
    public async Task A_bit_flipped_in_the_last_record_fails_its_checksum_and_later_writes_follow_the_good_records()
    {
        var (log, beforeLast) = await WriteThreeCommitsAsync();
        var bytes = await File.ReadAllBytesAsync(log);
        bytes[^5] ^= 0x10;
        await File.WriteAllBytesAsync(log, bytes);

        await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
        {
            Assert.Equal(beforeLast, await StoreDirectoryTests.DumpAsync(reopened));
            Assert.Contains("checksum", Assert.Single(reopened.OpenReport!.Warnings));
            await reopened.RunAsync("CREATE (:Doc {key: 'after repair'})");
        }
        await using var again = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Empty(again.OpenReport!.Warnings);
        var keys = await again.RunAsync("MATCH (d:Doc) RETURN d.key ORDER BY d.key");
        Assert.Equal(["after repair", "first", "second"], keys.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task An_interrupted_checkpoint_leaves_a_temporary_file_that_is_ignored_and_removed()
    {
        var (_, _) = await WriteThreeCommitsAsync();
        var temporary = StoreFormat.SnapshotPath(_directory.Path, 9) + ".tmp";
        await File.WriteAllBytesAsync(temporary, [1, 2, 3]);

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(3, reopened.CurrentSnapshot.NodeCount);
        Assert.False(File.Exists(temporary));
    }

    [Fact]
    public void A_value_the_format_does_not_define_is_refused_before_anything_is_written()
    {
        var path = _directory.File("wal-00000001.log");
        using var writer = LogWriter.Open(path, 1, 0, s => s);
        var lengthBefore = writer.Length;
        var node = new StoredNode(0, ["Place"], ["location"], [new UnknownPoint(1, 2)]);
        var commit = new CommitRecord(1, 1, 0, null, [(0, node)], []);

        var refused = Assert.Throws<StoreException>(() => writer.Append(commit));
        Assert.Equal(StoreErrorCode.UnsupportedValue, refused.Code);
        Assert.Contains("node 0", refused.Message);
        Assert.Contains("'location'", refused.Message);
        Assert.Contains(nameof(UnknownPoint), refused.Message);
        Assert.Equal(lengthBefore, writer.Length);
    }

    private sealed record UnknownPoint(double X, double Y);

    /// <summary>Three commits, each creating one Doc; returns the log and the dump after the second.</summary>
    private async Task<(string Log, string BeforeLast)> WriteThreeCommitsAsync()
    {
        string beforeLast;
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (:Doc {key: 'first'})");
            await graph.RunAsync("CREATE (:Doc {key: 'second'})");
            beforeLast = await StoreDirectoryTests.DumpAsync(graph);
            await graph.RunAsync("CREATE (:Doc {key: 'third', text: 'long enough to cut into the middle of the record'})");
        }
        return (Directory.GetFiles(_directory.Path, "wal-*.log").Single(), beforeLast);
    }
}
