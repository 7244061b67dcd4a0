using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

[Collection(StaticStoreSettings.Collection)]
public sealed class SnapshotReadFailureTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_newest_snapshot_that_cannot_be_read_but_is_not_damaged_fails_the_open_instead_of_opening_an_older_one()
    {
        var older = await WriteTwoSnapshotsAsync();
        var newest = StoreFormat.SnapshotPath(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());
        Assert.NotEqual(older, newest);
        SnapshotFile.ReadFaultForTests = path => path == newest ? new OverflowException("simulated snapshot over 2 GB") : null;
        try
        {
            var refused = Assert.Throws<StoreException>(() => EmbeddedGraphBackend.Open(_directory.Path));
            Assert.Equal(StoreErrorCode.Unreadable, refused.Code);
            Assert.Contains(newest, refused.Message);
        }
        finally
        {
            SnapshotFile.ReadFaultForTests = null;
        }
        Assert.True(File.Exists(newest));
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Equal(2L, (await reopened.RunAsync("MATCH (d:Doc) RETURN count(d)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_newest_snapshot_with_damaged_columns_still_falls_back_to_the_older_one()
    {
        await WriteTwoSnapshotsAsync();
        var newest = StoreFormat.SnapshotPath(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());
        var bytes = File.ReadAllBytes(newest);
        bytes[bytes.Length - 25] ^= 0xFF; // the last byte of the columns, just before the trailer
        File.WriteAllBytes(newest, bytes);
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Contains(reopened.OpenReport!.Warnings, w => w.Contains(newest));
        Assert.Equal(1L, (await reopened.RunAsync("MATCH (d:Doc) RETURN count(d)")).Rows[0][0]);
    }

    [Fact]
    public async Task A_snapshot_hashed_and_read_in_small_slices_opens_with_its_content_and_still_detects_damage()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            for (var i = 0; i < 20; i++) await graph.RunAsync($"CREATE (:Doc {{key: 'k{i}', n: {i}}})-[:CITES {{w: {i}}}]->(:Part)");
            graph.Checkpoint();
        }
        var (slice, piece) = (SnapshotFile.HashSliceBytes, SnapshotColumns.ReadPieceElements);
        (SnapshotFile.HashSliceBytes, SnapshotColumns.ReadPieceElements) = (7, 3);
        try
        {
            await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
            {
                Assert.Equal(0, reopened.OpenReport!.ReplayedCommits);
                var sum = await reopened.RunAsync("MATCH (d:Doc)-[c:CITES]->(:Part) RETURN sum(d.n) AS n, sum(c.w) AS w, count(*) AS c");
                Assert.Equal(new object?[] { 190L, 190L, 20L }, sum.Rows[0]);
            }
            var snapshot = StoreFormat.SnapshotPath(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());
            var bytes = File.ReadAllBytes(snapshot);
            bytes[bytes.Length - 20] ^= 0x01;
            File.WriteAllBytes(snapshot, bytes);
            var refused = Assert.Throws<StoreException>(() => SnapshotFile.Read(snapshot, new PhaseClock()));
            Assert.Equal(StoreErrorCode.Corrupt, refused.Code);
        }
        finally
        {
            (SnapshotFile.HashSliceBytes, SnapshotColumns.ReadPieceElements) = (slice, piece);
        }
    }

    /// <summary>Two snapshots in the directory: the older (one Doc) kept beside the newest (two Docs); returns the older's path.</summary>
    private async Task<string> WriteTwoSnapshotsAsync()
    {
        string older;
        byte[] olderBytes;
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await graph.RunAsync("CREATE (:Doc {key: 'a'})");
            graph.Checkpoint();
            older = StoreFormat.SnapshotPath(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());
            olderBytes = File.ReadAllBytes(older);
            await graph.RunAsync("CREATE (:Doc {key: 'b'})");
            graph.Checkpoint();
        }
        File.WriteAllBytes(older, olderBytes);
        return older;
    }
}
