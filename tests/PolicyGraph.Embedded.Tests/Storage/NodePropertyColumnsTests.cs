using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// Node property columns give the values the records hold, for every node and key, whether they are made from built
/// records (a store in memory) or read from the snapshot file (a store opened from disk, building no record), and a
/// commit's new snapshot sees its own values.
/// </summary>
public sealed class NodePropertyColumnsTests
{
    private static readonly string[] Keys = ["name", "score", "tags", "missing"];

    /// <summary>More than two chunks of nodes; some lack properties, values of several types, and a few labels.</summary>
    internal static PropertyGraph RandomGraph(int seed)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, ChunkedArray<NodeRecord>.ChunkSize * 2 + 300).Select(i =>
        {
            var properties = new Dictionary<string, object>();
            if (random.Next(4) > 0) properties["name"] = $"名-{random.Next(500)}";
            if (random.Next(3) > 0) properties["score"] = random.Next(2) == 0 ? random.Next(100) : random.NextDouble();
            if (random.Next(5) == 0) properties["tags"] = new List<object> { "a", $"t{random.Next(9)}" };
            return new GraphNode($"n{i}", random.Next(3) == 0 ? ["A", "B"] : ["A"], properties);
        }).ToArray();
        return new PropertyGraph(nodes, []);
    }

    [Fact]
    public async Task Columns_made_from_records_match_the_records()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(RandomGraph(1));
        AssertColumnsMatchRecords(backend.CurrentSnapshot);
    }

    [Fact]
    public async Task Columns_of_a_store_opened_from_disk_are_read_from_the_file_without_building_records()
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await OpenedFromDisk(directory.Path, RandomGraph(2));
        var snapshot = reader.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        var values = Keys.ToDictionary(key => key, key => Enumerable.Range(0, snapshot.Nodes.Length)
            .Select(id => columns.TryGet(id, key, out var value) ? value : null).ToArray());

        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
        foreach (var key in Keys)
            for (var id = 0; id < snapshot.Nodes.Length; id++)
                Assert.Equal(RecordValue(snapshot, id, key), values[key][id]);
    }

    [Fact]
    public async Task A_node_that_lacks_the_key_is_answered_from_the_column_and_a_missing_node_is_left_to_the_record()
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await OpenedFromDisk(directory.Path, RandomGraph(5), "MATCH (n) WHERE n.id IN ['n3', 'n1500'] DELETE n");
        var snapshot = reader.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        var answered = Enumerable.Range(0, snapshot.Nodes.Length + 5).Where(id => columns.TryGet(id, "tags", out _)).ToHashSet();

        // Every node present answers, also the many without tags; no record was built to tell.
        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
        var present = Enumerable.Range(0, snapshot.Nodes.Length).Where(snapshot.Nodes.Contains).ToHashSet();
        Assert.Equal(snapshot.NodeCount, present.Count);
        Assert.Equal(present, answered);
        Assert.Contains(present, id => RecordValue(snapshot, id, "tags") is null);
    }

    [Fact]
    public async Task Queries_answer_the_same_once_a_column_is_made_and_a_commit_sees_its_own_values()
    {
        using var directory = new TemporaryDirectory();
        await using var store = EmbeddedGraphBackend.Open(directory.Path);
        await store.ImportAsync(RandomGraph(3));
        store.Checkpoint();
        const string query = "MATCH (n:B) RETURN n.id AS id, n.name AS name, n.score AS score ORDER BY id";
        var before = (await store.RunAsync(query)).Rows.Select(r => string.Join('|', r)).ToArray();

        // Enough reads of each key to pass the threshold, so the later answers come from columns.
        for (var run = 0; run * before.Length < NodePropertyColumns.DefaultReadsBeforeColumn; run++) await store.RunAsync(query);
        Assert.True(store.CurrentSnapshot.NodeColumns.HasColumn("name"));
        Assert.Equal(before, (await store.RunAsync(query)).Rows.Select(r => string.Join('|', r)));

        await store.RunAsync("MATCH (n:B) WITH n ORDER BY n.id LIMIT 1 SET n.name = '改过'");
        var after = (await store.RunAsync(query)).Rows;
        Assert.Equal("改过", after[0][1]);
        Assert.Equal(before.Skip(1), after.Skip(1).Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task Counting_by_label_and_type_on_an_opened_store_builds_no_records_and_agrees_with_the_records()
    {
        using var directory = new TemporaryDirectory();
        var graph = RandomGraph(4);
        var rels = graph.Nodes.Skip(1).Select((n, i) => new GraphRelationship($"r{i}", i % 3 == 0 ? "T" : "U", graph.Nodes[i].Id, n.Id,
            new Dictionary<string, object>()));
        await using var reader = await OpenedFromDisk(directory.Path, new PropertyGraph(graph.Nodes, rels));
        const string byLabels = "MATCH (n) RETURN labels(n) AS labels, count(*) AS count ORDER BY size(labels)";
        const string byType = "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type";
        var snapshot = reader.CurrentSnapshot;
        var labels = (await reader.RunAsync(byLabels)).Rows.Select(r => $"{string.Join(',', (IEnumerable<object?>)r[0]!)}={r[1]}").ToArray();
        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
        // The walk over relationships reads node records (adjacency), but type(r) reads no relationship record.
        var types = (await reader.RunAsync(byType)).Rows.Select(r => $"{r[0]}={r[1]}").ToArray();
        Assert.All(Enumerable.Range(0, snapshot.Relationships.ChunkCount), chunk => Assert.Null(snapshot.Relationships.BuiltChunk(chunk)));
        // The same counts from the records themselves (every record built).
        var expectedLabels = Enumerable.Range(0, snapshot.Nodes.Length).Select(id => snapshot.Nodes[id]).OfType<NodeRecord>()
            .GroupBy(n => string.Join(',', n.Labels)).OrderBy(g => g.Key.Length).Select(g => $"{g.Key}={g.LongCount()}");
        var expectedTypes = Enumerable.Range(0, snapshot.Relationships.Length).Select(id => snapshot.Relationships[id]).OfType<RelationshipRecord>()
            .GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.LongCount()}");
        Assert.Equal(expectedLabels, labels);
        Assert.Equal(expectedTypes, types);
    }

    [Fact]
    public async Task Keys_no_node_has_are_not_counted_and_get_no_column()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(RandomGraph(6));
        var snapshot = backend.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        for (var i = 0; i < 300; i++)
        {
            Assert.True(columns.TryGet(0, $"k{i}", out var value));
            Assert.Null(value);
            Assert.False(columns.TryGet(snapshot.Nodes.Length + 1, $"k{i}", out _));
        }
        Assert.Equal(0, columns.CountedKeys);
        Assert.Equal(0, columns.Builds);
        Assert.False(columns.HasColumn("k1"));

        // Through queries too: keys made at run time leave the snapshot with no column and no count.
        var counts = await backend.RunAsync("MATCH (n) UNWIND range(1, 40) AS i RETURN count(n['k' + toString(i)]) AS c");
        Assert.Equal(0L, counts.Rows[0][0]);
        Assert.Equal(0, snapshot.NodeColumns.CountedKeys);
    }

    [Fact]
    public async Task Columns_stop_at_the_budget_and_later_keys_are_read_from_records()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(RandomGraph(7));
        var snapshot = backend.CurrentSnapshot;
        var oneColumn = (long)snapshot.Nodes.Length * IntPtr.Size;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, budgetBytes: oneColumn * 2, readsBeforeColumn: 1);
        foreach (var key in new[] { "name", "score", "tags" }) columns.TryGet(0, key, out _);

        Assert.True(columns.HasColumn("name"));
        Assert.True(columns.HasColumn("score"));
        Assert.False(columns.HasColumn("tags"));
        Assert.Equal(2, columns.Builds);
        Assert.All(Enumerable.Range(0, snapshot.Nodes.Length), id => Assert.False(columns.TryGet(id, "tags", out _)));
    }

    [Fact]
    public async Task Encoded_columns_count_against_the_budget_and_a_column_not_encoded_gives_its_bytes_back()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(RandomGraph(11));
        var snapshot = backend.CurrentSnapshot;
        var column = (long)snapshot.Nodes.Length * IntPtr.Size;
        var codes = (long)snapshot.Nodes.Length * sizeof(int);
        var tight = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, budgetBytes: column, readsBeforeColumn: 1);
        var roomy = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, budgetBytes: 2 * (column + codes), readsBeforeColumn: 1);
        foreach (var columns in new[] { tight, roomy }) columns.TryGet(0, "name", out _);

        Assert.Null(tight.BuiltEncoded("name"));
        Assert.Equal(column, tight.ReservedBytes);
        Assert.NotNull(roomy.BuiltEncoded("name"));
        Assert.Equal(column + codes, roomy.ReservedBytes);
        // score holds floats: not encoded, so its codes take nothing from the budget.
        roomy.TryGet(0, "score", out _);
        Assert.Null(roomy.BuiltEncoded("score"));
        Assert.Equal(2 * column + codes, roomy.ReservedBytes);
    }

    [Fact]
    public async Task Parallel_readers_crossing_the_threshold_build_each_column_once_and_agree_with_the_records()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(RandomGraph(8));
        var snapshot = backend.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 64);
        var ids = Enumerable.Range(0, snapshot.Nodes.Length).ToArray();
        var mismatches = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            foreach (var key in Keys)
                foreach (var id in ids)
                    if (columns.TryGet(id, key, out var value) && !Equals(value, RecordValue(snapshot, id, key)))
                        Interlocked.Increment(ref mismatches);
        });
        Assert.Equal(0, mismatches);
        Assert.Equal(3, columns.Builds); // name, score, tags; "missing" is a key no node has
        Assert.False(columns.HasColumn("missing"));
    }

    [Fact]
    public async Task Columns_of_a_snapshot_mixing_file_chunks_copied_chunks_and_new_chunks_match_the_records()
    {
        using var directory = new TemporaryDirectory();
        await WriteToDisk(directory.Path, RandomGraph(9));
        await using var store = EmbeddedGraphBackend.Open(directory.Path);
        _ = store.CurrentSnapshot.Nodes[10]; // chunk 0: built from the file before the commit
        await store.RunAsync("MATCH (n) WHERE n.id = 'n2100' SET n.name = '改过', n.added = 1");
        await store.RunAsync("MATCH (n) WHERE n.id = 'n2200' DELETE n");
        await store.RunAsync("UNWIND range(1, 1200) AS i CREATE (:A {name: 'new-' + toString(i), added: i})");
        var snapshot = store.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        var keys = Keys.Append("added").ToArray();
        foreach (var key in keys) columns.TryGet(0, key, out _);

        // Chunk 1 untouched (read from the file), chunk 2 copied by the commit, chunk 3 new.
        Assert.Null(snapshot.Nodes.BuiltChunk(1));
        Assert.NotNull(snapshot.Nodes.BuiltChunk(2));
        Assert.Equal(4, snapshot.Nodes.ChunkCount);
        foreach (var key in keys)
            for (var id = 0; id < snapshot.Nodes.Length + 2; id++)
            {
                var answered = columns.TryGet(id, key, out var value);
                Assert.Equal(snapshot.Nodes.Contains(id), answered);
                Assert.Equal(RecordValue(snapshot, id, key), value);
            }
        Assert.Equal(Keys.Length, columns.Builds); // name, score, tags, added; "missing" gets none
    }

    /// <summary>Writes a store to <paramref name="directory"/>: the graph, then the writes, then a checkpoint.</summary>
    internal static async Task WriteToDisk(string directory, PropertyGraph graph, params string[] writes)
    {
        await using var writer = EmbeddedGraphBackend.Open(directory);
        await writer.ImportAsync(graph);
        foreach (var write in writes) await writer.RunAsync(write);
        writer.Checkpoint();
    }

    /// <summary>A reader of a store written as <see cref="WriteToDisk"/> does: no chunk built yet.</summary>
    internal static async Task<EmbeddedGraphBackend> OpenedFromDisk(string directory, PropertyGraph graph, params string[] writes)
    {
        await WriteToDisk(directory, graph, writes);
        return EmbeddedGraphBackend.Open(directory, StoreOptions.Reader with { PollInterval = null });
    }

    private static void AssertColumnsMatchRecords(GraphSnapshot snapshot)
    {
        var columns = new NodePropertyColumns(snapshot.Nodes, snapshot.NodeKeys, readsBeforeColumn: 1);
        foreach (var key in Keys)
            for (var id = 0; id < snapshot.Nodes.Length; id++)
                Assert.Equal(RecordValue(snapshot, id, key), columns.TryGet(id, key, out var value) ? value : null);
    }

    internal static object? RecordValue(GraphSnapshot snapshot, int id, string key) =>
        snapshot.Nodes[id] is { } record ? PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, key) : null;
}
