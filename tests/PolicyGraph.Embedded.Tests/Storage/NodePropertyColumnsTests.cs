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
    private static PropertyGraph RandomGraph(int seed)
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
        await using (var writer = EmbeddedGraphBackend.Open(directory.Path))
        {
            await writer.ImportAsync(RandomGraph(2));
            writer.Checkpoint();
        }
        await using var reader = EmbeddedGraphBackend.Open(directory.Path, StoreOptions.Reader with { PollInterval = null });
        var snapshot = reader.CurrentSnapshot;
        var columns = new NodePropertyColumns(snapshot.Nodes, readsBeforeColumn: 1);
        var values = Keys.ToDictionary(key => key, key => Enumerable.Range(0, snapshot.Nodes.Length)
            .Select(id => columns.TryGet(id, key, out var value) ? value : null).ToArray());

        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
        foreach (var key in Keys)
            for (var id = 0; id < snapshot.Nodes.Length; id++)
                Assert.Equal(RecordValue(snapshot, id, key), values[key][id]);
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
        await using (var writer = EmbeddedGraphBackend.Open(directory.Path))
        {
            await writer.ImportAsync(new PropertyGraph(graph.Nodes, rels));
            writer.Checkpoint();
        }
        await using var reader = EmbeddedGraphBackend.Open(directory.Path, StoreOptions.Reader with { PollInterval = null });
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

    private static void AssertColumnsMatchRecords(GraphSnapshot snapshot)
    {
        var columns = new NodePropertyColumns(snapshot.Nodes, readsBeforeColumn: 1);
        foreach (var key in Keys)
            for (var id = 0; id < snapshot.Nodes.Length; id++)
                Assert.Equal(RecordValue(snapshot, id, key), columns.TryGet(id, key, out var value) ? value : null);
    }

    private static object? RecordValue(GraphSnapshot snapshot, int id, string key) =>
        snapshot.Nodes[id] is { } record ? PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, key) : null;
}
