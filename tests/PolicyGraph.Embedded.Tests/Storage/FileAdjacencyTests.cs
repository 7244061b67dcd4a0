using PolicyGraph.Core.Model;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// A store opened from disk answers expansion from the file's compact adjacency rows and single property reads from
/// the file's values, building no record: the rows are each node's live relationships in id order (checked against
/// the imported relationship list, see <see cref="AdjacencyOracle"/>), also after deletions and after commits made
/// since the store opened; values are what the records hold, and queries answer as on a store in memory.
/// </summary>
[Collection(StaticStoreSettings.Collection)]
public sealed class FileAdjacencyTests
{
    private static readonly string[] Types = ["T", "U", "V"];

    /// <summary>More than two chunks of nodes; several types, self-loops, parallel relationships, properties on both.</summary>
    internal static PropertyGraph RandomGraph(int seed)
    {
        var random = new Random(seed);
        var nodes = Enumerable.Range(0, ChunkedArray<NodeRecord>.ChunkSize * 2 + 300).Select(i =>
        {
            var properties = new Dictionary<string, object>();
            if (random.Next(4) > 0) properties["name"] = $"名-{random.Next(50)}";
            if (random.Next(3) > 0) properties["score"] = (long)random.Next(100);
            return new GraphNode($"n{i}", random.Next(3) == 0 ? ["A", "B"] : ["A"], properties);
        }).ToArray();
        var relationships = Enumerable.Range(0, nodes.Length * 3).Select(i =>
        {
            var start = random.Next(nodes.Length);
            var end = random.Next(10) == 0 ? start : random.Next(nodes.Length);
            var properties = random.Next(2) == 0 ? new Dictionary<string, object> { ["order"] = (long)random.Next(9) } : [];
            return new GraphRelationship($"r{i}", Types[random.Next(Types.Length)], nodes[start].Id, nodes[end].Id, properties);
        }).ToArray();
        return new PropertyGraph(nodes, relationships);
    }

    private const string Deletions = "MATCH (n) WHERE n.id IN ['n3', 'n1500'] DETACH DELETE n";

    [Fact]
    public async Task Adjacency_rows_of_the_file_are_each_nodes_live_relationships_and_build_no_record()
    {
        using var directory = new TemporaryDirectory();
        var graph = RandomGraph(1);
        await using var reader = await OpenedFromDisk(directory.Path, graph, Deletions, "MATCH ()-[r:V]->() WHERE r.order = 3 DELETE r");
        var live = graph.Relationships.Where(r =>
            r.StartId is not ("n3" or "n1500") && r.EndId is not ("n3" or "n1500") && !(r.Type == "V" && r.Properties.GetValueOrDefault("order") is 3L));

        AdjacencyOracle.AssertRows(reader.CurrentSnapshot, live);
        var snapshot = reader.CurrentSnapshot;
        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task Rows_and_label_and_type_indexes_read_through_the_file_in_blocks_of_any_size_are_the_live_graph(int block)
    {
        using var directory = new TemporaryDirectory();
        var graph = RandomGraph(5);
        await WriteToDisk(directory.Path, graph, Deletions);
        var live = graph.Relationships.Where(r => r.StartId is not ("n3" or "n1500") && r.EndId is not ("n3" or "n1500")).ToList();
        var piece = SnapshotColumns.ReadPieceElements;
        SnapshotColumns.ReadPieceElements = block;
        try
        {
            await using var reader = EmbeddedGraphBackend.Open(directory.Path, StoreOptions.Reader with { PollInterval = null });
            AdjacencyOracle.AssertRows(reader.CurrentSnapshot, live);
            var counts = reader.CountCommitted();
            Assert.Equal(graph.Nodes.Count - 2, counts.Nodes);
            Assert.Equal(graph.Nodes.Count(n => n.Labels.Contains("B") && n.Id is not ("n3" or "n1500")), counts.NodesByLabel["B"]);
            Assert.Equal(Types.Select(t => (t, live.Count(r => r.Type == t))), counts.RelationshipsByType.OrderBy(t => t.Key).Select(t => (t.Key, t.Value)));
            var byLabel = (await reader.RunAsync("MATCH (n:B) RETURN n.id AS id ORDER BY id")).Rows.Select(r => (string)r[0]!);
            Assert.Equal(graph.Nodes.Where(n => n.Labels.Contains("B") && n.Id is not ("n3" or "n1500")).Select(n => n.Id).Order(StringComparer.Ordinal), byLabel);
        }
        finally
        {
            SnapshotColumns.ReadPieceElements = piece;
        }
    }

    /// <summary>
    /// The rows are built on a thread of their own while the open returns: walks started at once, from several threads,
    /// wait for that build (or make it) and each sees every live relationship.
    /// </summary>
    [Fact]
    public async Task Walks_started_as_the_store_opens_wait_for_the_rows_and_see_every_relationship()
    {
        using var directory = new TemporaryDirectory();
        var graph = RandomGraph(4);
        await WriteToDisk(directory.Path, graph, Deletions);
        var live = graph.Relationships.Where(r => r.StartId is not ("n3" or "n1500") && r.EndId is not ("n3" or "n1500")).ToList();
        for (var round = 0; round < 4; round++)
        {
            await using var reader = EmbeddedGraphBackend.Open(directory.Path, StoreOptions.Reader with { PollInterval = null });
            var snapshot = reader.CurrentSnapshot;
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => AdjacencyOracle.AssertRows(snapshot, live))));
        }
    }

    [Fact]
    public async Task A_commit_after_opening_is_seen_in_the_rows_of_the_nodes_it_changed()
    {
        using var directory = new TemporaryDirectory();
        var graph = RandomGraph(2);
        await WriteToDisk(directory.Path, graph);
        await using var store = EmbeddedGraphBackend.Open(directory.Path);
        await store.RunAsync("MATCH (a {id: 'n10'}), (b {id: 'n2000'}) CREATE (a)-[:T {order: 1, id: 'new'}]->(b)");
        await store.RunAsync("MATCH ({id: 'n20'})-[r]-() DELETE r");
        var live = graph.Relationships.Where(r => r.StartId != "n20" && r.EndId != "n20")
            .Append(new GraphRelationship("new", "T", "n10", "n2000", new Dictionary<string, object>()));

        AdjacencyOracle.AssertRows(store.CurrentSnapshot, live);
        var n20 = (await store.RunAsync("MATCH (n {id: 'n20'})-[r]-() RETURN count(r) AS c")).Rows[0][0];
        Assert.Equal(0L, n20);
    }

    [Fact]
    public async Task Single_values_are_read_from_the_file_as_the_records_hold_them_building_no_chunk()
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await OpenedFromDisk(directory.Path, RandomGraph(3), Deletions);
        var snapshot = reader.CurrentSnapshot;
        var nodeValues = Enumerable.Range(0, snapshot.Nodes.Length).Select(id =>
            snapshot.Nodes.TryReadUnbuiltValue(id, "score", out var value) ? (true, value) : (false, null)).ToArray();
        var relationshipValues = Enumerable.Range(0, snapshot.Relationships.Length).Select(id =>
            snapshot.Relationships.TryReadUnbuiltValue(id, "order", out var value) ? (true, value) : (false, null)).ToArray();

        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
        Assert.All(Enumerable.Range(0, snapshot.Relationships.ChunkCount), chunk => Assert.Null(snapshot.Relationships.BuiltChunk(chunk)));
        for (var id = 0; id < nodeValues.Length; id++)
        {
            var record = snapshot.Nodes[id];
            Assert.Equal(record is not null, nodeValues[id].Item1);
            Assert.Equal(record is null ? null : PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, "score"), nodeValues[id].value);
        }
        for (var id = 0; id < relationshipValues.Length; id++)
        {
            var record = snapshot.Relationships[id];
            Assert.Equal(record is not null, relationshipValues[id].Item1);
            Assert.Equal(record is null ? null : PropertyArrays.Get(record.PropertyKeys, record.PropertyValues, "order"), relationshipValues[id].value);
        }
        // Once a chunk is built (above, by reading the records), its values come from the records.
        Assert.False(snapshot.Nodes.TryReadUnbuiltValue(0, "score", out _));
    }

    [Theory]
    [InlineData("MATCH (a:B)-[r:T]->(m:A)<-[:U]-(b:A) WHERE a.name < b.name RETURN a.name AS x, b.name AS y, count(m) AS c ORDER BY c DESC, x, y LIMIT 20")]
    [InlineData("MATCH (a:A {name: '名-7'})-[r]-(n) RETURN type(r) AS t, count(n) AS c ORDER BY t")]
    [InlineData("MATCH (a:A {name: '名-7'})-[r:T]->(m) RETURN m.id AS id, m.score AS score, r.order AS o ORDER BY id")]
    [InlineData("MATCH (a:B)-[:T|V*1..2]->(m:B) RETURN DISTINCT m.id AS id ORDER BY id LIMIT 30")]
    [InlineData("MATCH (a:A)-[:U]->(m:B) RETURN a.name AS name, count(m) AS c ORDER BY c DESC, name LIMIT 10")]
    public async Task Queries_on_the_opened_store_answer_as_in_memory_and_walks_build_no_node_record(string query)
    {
        using var directory = new TemporaryDirectory();
        var graph = RandomGraph(4);
        await using var reader = await OpenedFromDisk(directory.Path, graph);
        await using var memory = new EmbeddedGraphBackend();
        await memory.ImportAsync(graph);

        var expected = (await memory.RunAsync(query)).Rows.Select(r => string.Join('|', r)).ToArray();
        var opened = (await reader.RunAsync(query)).Rows.Select(r => string.Join('|', r)).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, opened);
        var snapshot = reader.CurrentSnapshot;
        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
    }

    internal static Task WriteToDisk(string directory, PropertyGraph graph, params string[] writes) =>
        NodePropertyColumnsTests.WriteToDisk(directory, graph, writes);

    internal static Task<EmbeddedGraphBackend> OpenedFromDisk(string directory, PropertyGraph graph, params string[] writes) =>
        NodePropertyColumnsTests.OpenedFromDisk(directory, graph, writes);
}
