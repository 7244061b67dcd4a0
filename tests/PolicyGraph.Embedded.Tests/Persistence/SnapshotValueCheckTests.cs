using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>A snapshot's values are checked a chunk at a time on first read, not at open (<see cref="SnapshotValues"/>).</summary>
[Collection(StaticStoreSettings.Collection)]
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

    [Fact]
    public async Task The_file_stream_returns_the_mappings_bytes_across_small_chunk_borders()
    {
        await WriteCheckpointAsync(chunkBytes: 5);
        var values = SnapshotFile.Read(NewestSnapshot(), new PhaseClock()).Columns.Values;
        var mapped = values.File.Slice(values.Start, (int)values.Length).ToArray();

        using var stream = values.OpenFileStream();
        stream.Position = values.Start;
        var read = new byte[values.Length];
        // Reads of 1 to 11 bytes, every other one a ReadByte, so reads start and end at every place within a chunk.
        for (var (done, step) = (0, 1); done < read.Length; step = step % 11 + 1)
        {
            if (step % 2 == 0) read[done++] = (byte)stream.ReadByte();
            else done += stream.Read(read, done, Math.Min(step, read.Length - done));
        }

        Assert.Equal(mapped, read);
        Assert.Equal(-1, stream.ReadByte());
        Assert.Equal(0, stream.Read(new byte[4]));
    }

    [Fact]
    public async Task The_file_stream_fails_on_a_damaged_chunk_naming_the_file()
    {
        await WriteCheckpointAsync(chunkBytes: 64);
        var snapshot = await DamageLastTitleAsync();
        var values = SnapshotFile.Read(snapshot, new PhaseClock()).Columns.Values;

        using var stream = values.OpenFileStream();
        stream.Position = values.Start;
        var damaged = Assert.Throws<StoreException>(() => stream.CopyTo(Stream.Null));
        Assert.Equal(StoreErrorCode.Corrupt, damaged.Code);
        Assert.Contains(snapshot, damaged.Message);
    }

    [Fact]
    public async Task A_snapshot_declaring_value_chunks_above_the_bound_is_refused_as_corrupt_naming_the_file()
    {
        // The writer records the chunk size it was set to, with a valid checksum: only the bound can refuse it.
        await WriteCheckpointAsync(chunkBytes: SnapshotValues.MaxChunkBytes + 1);
        var snapshot = NewestSnapshot();

        var refused = Assert.Throws<StoreException>(() => SnapshotFile.Read(snapshot, new PhaseClock()));
        Assert.Equal(StoreErrorCode.Corrupt, refused.Code);
        Assert.Contains(snapshot, refused.Message);
        Assert.Contains("value chunk size", refused.Message);
    }

    private string NewestSnapshot() =>
        StoreFormat.SnapshotPath(_directory.Path, StoreFormat.SnapshotGenerations(_directory.Path).Max());

    /// <summary>Flips a bit inside the last document's title in the newest snapshot; returns the snapshot's path.</summary>
    private async Task<string> DamageLastTitleAsync()
    {
        var snapshot = NewestSnapshot();
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
