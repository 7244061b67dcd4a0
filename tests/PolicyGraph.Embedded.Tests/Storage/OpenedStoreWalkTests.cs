using PolicyGraph.Core.Model;
using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Expressions;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// Walks over a store opened from disk, where expansion reads the file's compact adjacency rows, in the cases the
/// rows alone do not cover: a log tail replayed at open, a transaction's own uncommitted writes, and counting walks
/// split into morsels across threads. Each answers as a store in memory with the same writes (or as one thread).
/// </summary>
public sealed class OpenedStoreWalkTests
{
    private static readonly string[] TailWrites =
    [
        "MATCH (a {id: 'n10'}), (b {id: 'n2000'}) CREATE (a)-[:T {order: 1, id: 'tail-1'}]->(b)",
        "MATCH (a {id: 'n11'}) CREATE (a)-[:U {id: 'tail-2'}]->(a)",
        "MATCH ({id: 'n20'})-[r]-() DELETE r",
        "MATCH (n {id: 'n30'}) DETACH DELETE n",
        "CREATE (:A {id: 'fresh', name: '名-7'})",
        "MATCH (a {id: 'fresh'}), (b {id: 'n40'}) CREATE (a)-[:V {id: 'tail-3'}]->(b), (b)-[:V {id: 'tail-4'}]->(a)",
    ];

    private static readonly string[] Expansions =
    [
        "MATCH (a)-[r]->(b) WHERE a.id IN ['n10', 'n11', 'n20', 'n30', 'n40', 'fresh'] OR b.id IN ['n11', 'n20', 'n30', 'n2000', 'fresh'] " +
            "RETURN a.id AS a, type(r) AS t, r.id AS r, b.id AS b ORDER BY a, r, b",
        "MATCH (a:A {name: '名-7'})-[r]-(n) RETURN a.id AS a, type(r) AS t, count(n) AS c ORDER BY a, t",
        "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t",
        "MATCH (a {id: 'n10'})-[:T|U*1..2]->(m) RETURN DISTINCT m.id AS id ORDER BY id",
    ];

    [Fact]
    public async Task A_log_tail_replayed_at_open_is_expanded_as_a_store_in_memory_with_the_same_writes()
    {
        using var directory = new TemporaryDirectory();
        var graph = FileAdjacencyTests.RandomGraph(5);
        await FileAdjacencyTests.WriteToDisk(directory.Path, graph);
        await using (var writer = EmbeddedGraphBackend.Open(directory.Path))
        {
            foreach (var write in TailWrites) await writer.RunAsync(write);
        }
        await using var reader = EmbeddedGraphBackend.Open(directory.Path, StoreOptions.Reader with { PollInterval = null });
        await using var memory = await InMemory(graph, TailWrites);

        Assert.True(reader.OpenReport!.ReplayedCommits >= TailWrites.Length, "the writes were not replayed from the log");
        foreach (var query in Expansions)
        {
            var expected = await Rows(memory, query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await Rows(reader, query));
        }
        var live = graph.Relationships.Where(r => r.StartId is not ("n20" or "n30") && r.EndId is not ("n20" or "n30")).Concat(
        [
            new GraphRelationship("tail-1", "T", "n10", "n2000", new Dictionary<string, object>()),
            new GraphRelationship("tail-2", "U", "n11", "n11", new Dictionary<string, object>()),
            new GraphRelationship("tail-3", "V", "fresh", "n40", new Dictionary<string, object>()),
            new GraphRelationship("tail-4", "V", "n40", "fresh", new Dictionary<string, object>()),
        ]);
        AdjacencyOracle.AssertRows(reader.CurrentSnapshot, live);
    }

    [Theory]
    [InlineData("MATCH (a {id: 'n10'}), (b {id: 'n2000'}) CREATE (a)-[:T {id: 'own'}]->(b) " +
                "WITH a MATCH (a)-[r]-(m) RETURN r.id AS r, type(r) AS t, m.id AS m ORDER BY r, m", "own")]
    [InlineData("MATCH (a {id: 'n12'}) CREATE (a)-[:U {id: 'own-loop'}]->(a) " +
                "WITH a MATCH (a)<-[r]-(m) RETURN r.id AS r, m.id AS m ORDER BY r, m", "own-loop")]
    [InlineData("MATCH (a {id: 'n11'})-[r]->() WITH a, r ORDER BY r.id LIMIT 1 DELETE r " +
                "WITH DISTINCT a MATCH (a)-[r2]-(m) RETURN r2.id AS r, m.id AS m ORDER BY r, m", null)]
    public async Task A_transaction_expands_its_own_uncommitted_writes_on_an_opened_store(string query, string? created)
    {
        using var directory = new TemporaryDirectory();
        var graph = FileAdjacencyTests.RandomGraph(6);
        await FileAdjacencyTests.WriteToDisk(directory.Path, graph);
        await using var opened = EmbeddedGraphBackend.Open(directory.Path);
        await using var memory = await InMemory(graph);
        const string committed = "MATCH (a {id: 'n11'})-[r]-(m) RETURN r.id AS r, m.id AS m ORDER BY r, m";
        var before = await Rows(opened, committed);

        var expected = await Rows(memory, query);
        var rows = await Rows(opened, query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
        if (created is not null) Assert.Contains(rows, row => row.StartsWith(created + "|", StringComparison.Ordinal));
        else Assert.Equal(before.Length - 1, rows.Length);
    }

    /// <summary>Counting walks from the rarer label (B), grouped by a column: the shapes that split (one hop, and a pair from its middle).</summary>
    public static TheoryData<string> CountingWalks => new()
    {
        "MATCH (a:B)-[:T]->(m:A) RETURN a.name AS x, count(m) AS n ORDER BY n DESC, x",
        "MATCH (a:B)<-[:U]-(m:A) RETURN a.name AS x, count(*) AS n ORDER BY x",
        "MATCH (a:B)-[:T|V]-(m:A) RETURN a.score AS x, count(m) AS n ORDER BY x",
        "MATCH (a:A)-[:T]->(m:B)<-[:T]-(b:A) WHERE a.name < b.name RETURN a.name AS x, b.name AS y, count(m) AS n ORDER BY n DESC, x, y",
    };

    [Theory]
    [MemberData(nameof(CountingWalks))]
    public async Task Counting_walks_split_into_morsels_over_the_compact_rows_answer_as_one_thread(string query)
    {
        using var directory = new TemporaryDirectory();
        await using var reader = await FileAdjacencyTests.OpenedFromDisk(directory.Path, FileAdjacencyTests.RandomGraph(7),
            "MATCH (n) WHERE n.id IN ['n3', 'n1500'] DETACH DELETE n");
        // The walks group by a column: read the keys past the threshold that builds them.
        for (var run = 0; run < 8; run++) await reader.RunAsync("MATCH (x:A) RETURN count(x.name) AS a, count(x.score) AS b");
        reader.MorselSize = 3;

        var (serial, serialSplits) = await RunAsync(reader, query, new QueryOptions(Workers: 1));
        var (parallel, parallelSplits) = await RunAsync(reader, query, new QueryOptions(Workers: 2));

        Assert.NotEmpty(serial);
        Assert.Equal(serial, parallel);
        Assert.Equal(0, serialSplits);
        Assert.True(parallelSplits > 0, "the walk did not split");
        var snapshot = reader.CurrentSnapshot;
        Assert.All(Enumerable.Range(0, snapshot.Nodes.ChunkCount), chunk => Assert.Null(snapshot.Nodes.BuiltChunk(chunk)));
    }

    private static async Task<EmbeddedGraphBackend> InMemory(PropertyGraph graph, params string[] writes)
    {
        var memory = new EmbeddedGraphBackend();
        await memory.ImportAsync(graph);
        foreach (var write in writes) await memory.RunAsync(write);
        return memory;
    }

    private static async Task<string[]> Rows(EmbeddedGraphBackend backend, string query) =>
        (await backend.RunAsync(query)).Rows.Select(row => string.Join('|', row)).ToArray();

    private static async Task<(string[] Rows, int Splits)> RunAsync(EmbeddedGraphBackend backend, string query, QueryOptions options)
    {
        QueryBudget? budget = null;
        backend.BudgetObserver = made => budget = made;
        var rows = (await backend.RunAsync(query, options: options)).Rows.Select(row => string.Join('|', row)).ToArray();
        return (rows, budget!.SplitRuns);
    }
}
