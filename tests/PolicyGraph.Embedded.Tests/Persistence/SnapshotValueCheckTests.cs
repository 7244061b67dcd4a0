using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>A snapshot's values are checked a chunk at a time on first read, not at open (<see cref="SnapshotValues"/>).</summary>
public sealed class SnapshotValueCheckTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Values_read_across_many_small_chunks_come_back_whole()
    {
        await WriteCheckpointAsync(chunkBytes: 5);
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var rows = await reopened.RunAsync("MATCH (d:Doc) RETURN d.title AS t ORDER BY d.n");
        Assert.Equal(Enumerable.Range(0, 40).Select(Title), rows.Rows.Select(r => (string?)r[0]));
    }

    [Fact]
    public async Task A_damaged_value_chunk_opens_but_fails_the_read_that_meets_it_and_never_returns_its_bytes()
    {
        await WriteCheckpointAsync(chunkBytes: 64);
        var snapshot = await DamageLastTitleAsync();

        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        Assert.Empty(reopened.OpenReport!.Warnings);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => reopened.RunAsync("MATCH (d:Doc) RETURN d.title AS t"));
        var damaged = FindStoreException(failure);
        Assert.Equal(StoreErrorCode.Corrupt, damaged.Code);
        Assert.Contains(snapshot, damaged.Message);
        Assert.Contains("checksum mismatch in the values", damaged.Message);
        // A failed chunk is not remembered as read: asking again fails again rather than returning the damaged title.
        var again = FindStoreException(await Assert.ThrowsAnyAsync<Exception>(() => reopened.RunAsync("MATCH (d:Doc {n: 39}) RETURN d.title")));
        Assert.Equal(StoreErrorCode.Corrupt, again.Code);
    }

    [Fact]
    public async Task A_column_whose_build_meets_a_damaged_chunk_is_dropped_and_its_key_read_from_records()
    {
        await WriteCheckpointAsync(chunkBytes: 64);
        await DamageLastTitleAsync();
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var snapshot = reopened.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);

        Assert.False(columns.TryGet(0, "title", out _));
        Assert.False(columns.TryGet(2, "title", out _));

        // Built once, not kept, its bytes back in the budget: reads go to the records (only the damaged chunk's fail).
        Assert.Equal(1, columns.Builds);
        Assert.False(columns.HasColumn("title"));
        Assert.Equal(0, columns.ReservedBytes);
    }

    /// <summary>Flips a bit inside the last document's title in the newest snapshot; returns the snapshot's path.</summary>
    private async Task<string> DamageLastTitleAsync()
    {
        var snapshot = StoreFormat.SnapshotPath(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());
        var bytes = await File.ReadAllBytesAsync(snapshot);
        var at = IndexOf(bytes, System.Text.Encoding.UTF8.GetBytes(Title(39)));
        Assert.True(at > 0);
        bytes[at + 3] ^= 0x20; // the title now reads differently; only the chunk hash can tell
        await File.WriteAllBytesAsync(snapshot, bytes);
        return snapshot;
    }

    private static string Title(int i) => $"title number {i:D3} of the test documents";

    private async Task WriteCheckpointAsync(int chunkBytes)
    {
        var saved = SnapshotValues.WriteChunkBytes;
        SnapshotValues.WriteChunkBytes = chunkBytes;
        try
        {
            await using var graph = EmbeddedGraphBackend.Open(_directory.Path);
            for (var i = 0; i < 40; i++) await graph.RunAsync($"CREATE (:Doc {{title: '{Title(i)}', n: {i}}})-[:CITES {{w: {i}}}]->(:Part)");
            graph.Checkpoint();
        }
        finally
        {
            SnapshotValues.WriteChunkBytes = saved;
        }
    }

    private static StoreException FindStoreException(Exception failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
            if (e is StoreException store) return store;
        throw new Xunit.Sdk.XunitException($"expected a StoreException, got {failure}");
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }
}
