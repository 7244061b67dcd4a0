using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// A column of a store opened from disk is copied through the snapshot file rather than its mapping
/// (<see cref="FileColumnReader"/>): the values equal the records' whatever the value chunks' size, also when a
/// checkpoint deleted the file's path (the copy reads the mapping's own handle). Once built, the pages of the
/// mapping that the reads before it touched are no longer resident in this process.
/// </summary>
[Collection(StaticStoreSettings.Collection)]
public sealed class FileColumnReaderTests
{
    private static readonly string[] Keys = ["name", "score", "tags"];

    [Theory]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Columns_copied_through_the_file_equal_the_records_across_value_chunk_borders(int chunkBytes)
    {
        using var directory = new TemporaryDirectory();
        var saved = SnapshotValues.WriteChunkBytes;
        SnapshotValues.WriteChunkBytes = chunkBytes;
        EmbeddedGraphBackend reader;
        try
        {
            reader = await NodePropertyColumnsTests.OpenedFromDisk(directory.Path, NodePropertyColumnsTests.RandomGraph(11));
        }
        finally
        {
            SnapshotValues.WriteChunkBytes = saved;
        }
        await using (reader) AssertColumnsEqualRecords(reader.CurrentSnapshot);
    }

    [Fact]
    public async Task A_column_copied_after_the_snapshot_files_path_was_deleted_reads_the_same_file()
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await NodePropertyColumnsTests.OpenedFromDisk(directory.Path, NodePropertyColumnsTests.RandomGraph(12));
        var generations = StoreFormat.SnapshotGenerations(directory.Path).ToArray();
        Assert.NotEmpty(generations);
        foreach (var generation in generations)
            File.Delete(StoreFormat.SnapshotPath(directory.Path, generation));

        // Reopening the path would fail now: the copy reads through the handle the mapping was made from.
        AssertColumnsEqualRecords(reader.CurrentSnapshot);
    }

    [Fact]
    public async Task Equal_strings_of_a_column_are_one_instance()
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await NodePropertyColumnsTests.OpenedFromDisk(directory.Path, NodePropertyColumnsTests.RandomGraph(13));
        var snapshot = reader.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        columns.TryGet(0, "name", out _);

        var names = columns.BuiltColumn("name")!.OfType<string>().ToArray();
        var distinct = names.Distinct(StringComparer.Ordinal).Count();
        // The graph repeats at most 500 names over thousands of nodes: each appears as a single instance.
        Assert.True(names.Length > 2 * distinct);
        Assert.Equal(distinct, names.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [LinuxFact]
    public async Task A_built_column_leaves_none_of_the_files_pages_resident_that_the_reads_before_it_touched()
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await NodePropertyColumnsTests.OpenedFromDisk(directory.Path, NodePropertyColumnsTests.RandomGraph(14));
        var snapshotFile = Path.GetFullPath(StoreFormat.SnapshotPath(directory.Path, StoreFormat.SnapshotGenerations(directory.Path).Max()));
        var snapshot = reader.CurrentSnapshot;
        const int readsBeforeColumn = 200;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: readsBeforeColumn);
        // Nodes spread over the store: each read decodes its one value through the mapped file.
        var ids = Enumerable.Range(0, readsBeforeColumn).Select(i => i * 11 % snapshot.Nodes.Length).ToArray();
        var before = ids[..^1].Select(id => columns.TryGet(id, "name", out var value) ? value : "unanswered").ToArray();
        Assert.False(columns.HasColumn("name"));
        Assert.True(ResidentPages.KilobytesOf(snapshotFile) > 0, "single reads go through the mapping");

        Assert.True(columns.TryGet(ids[^1], "name", out var last));

        Assert.True(columns.HasColumn("name"));
        Assert.Equal(0, ResidentPages.KilobytesOf(snapshotFile));
        Assert.Equal(ids.Select(id => NodePropertyColumnsTests.RecordValue(snapshot, id, "name")), before.Append(last));
    }

    /// <summary>Builds each key's column (read from the file, no record built), then compares it with the records.</summary>
    private static void AssertColumnsEqualRecords(GraphSnapshot snapshot)
    {
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        var values = Keys.ToDictionary(key => key, key => Enumerable.Range(0, snapshot.Nodes.Length)
            .Select(id => columns.TryGet(id, key, out var value) ? value : null).ToArray());
        Assert.All(Keys, key => Assert.True(columns.HasColumn(key)));
        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.False(snapshot.Nodes.IsBuilt(chunk)));
        foreach (var key in Keys)
            for (var id = 0; id < snapshot.Nodes.Length; id++)
                Assert.Equal(NodePropertyColumnsTests.RecordValue(snapshot, id, key), values[key][id]);
    }
}
