using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>
/// What an app reads when it opens a store: counts from the snapshot's label and type indexes, and the full-text
/// index built ahead of the first search. Both must answer as the query that walks every entity would.
/// </summary>
public sealed class StartupReadsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static async Task FillAsync(EmbeddedGraphBackend graph)
    {
        await graph.RunAsync("""
            CREATE FULLTEXT INDEX texts IF NOT EXISTS FOR (n:Measure|Agency) ON EACH [n.title, n.text]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
            """);
        await graph.RunAsync("""
            CREATE (a:Agency {id: 'a', title: '商务局'}), (b:Agency:Office {id: 'b', title: '财政局'}),
                   (m1:Measure {id: 'm1', title: '跨境资金池', text: '商务局开展跨境资金池试点。'}),
                   (m2:Measure {id: 'm2', title: '资金结算', text: '便利跨境贸易资金结算。'}),
                   (m3:Measure {id: 'm3', title: '人才引进', text: '引进高层次人才。'}),
                   (z:Zone {id: 'z', title: '商务区'}),
                   (m1)-[:RESPONSIBLE]->(a), (m2)-[:RESPONSIBLE]->(a), (m2)-[:RESPONSIBLE]->(b), (m1)-[:IN_ZONE]->(z),
                   (m3)-[:IN_ZONE]->(z)
            """);
        // Deleted entities must not be counted: the indexes hold live ones only.
        await graph.RunAsync("MATCH (:Measure {id: 'm3'})-[r:IN_ZONE]->() DELETE r");
        await graph.RunAsync("CREATE (:Zone {id: 'gone'})");
        await graph.RunAsync("MATCH (n:Zone {id: 'gone'}) DELETE n");
    }

    private static async Task<Dictionary<string, int>> WalkLabelsAsync(EmbeddedGraphBackend graph) =>
        (await graph.RunAsync("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)")).Rows
            .ToDictionary(row => (string)row[0]!, row => Convert.ToInt32(row[1]), StringComparer.Ordinal);

    private static async Task<Dictionary<string, int>> WalkTypesAsync(EmbeddedGraphBackend graph) =>
        (await graph.RunAsync("MATCH ()-[r]->() RETURN type(r), count(*)")).Rows
            .ToDictionary(row => (string)row[0]!, row => Convert.ToInt32(row[1]), StringComparer.Ordinal);

    private static async Task AssertCountsEqualWalkAsync(EmbeddedGraphBackend graph)
    {
        var counts = graph.CountCommitted();
        var labels = await WalkLabelsAsync(graph);
        var types = await WalkTypesAsync(graph);
        Assert.Equal(labels.OrderBy(l => l.Key), counts.NodesByLabel.OrderBy(l => l.Key));
        Assert.Equal(types.OrderBy(t => t.Key), counts.RelationshipsByType.OrderBy(t => t.Key));
        Assert.Equal(Convert.ToInt32((await graph.RunAsync("MATCH (n) RETURN count(n)")).Rows[0][0]), counts.Nodes);
        Assert.Equal(types.Values.Sum(), counts.Relationships);
    }

    [Fact]
    public async Task Counts_from_the_indexes_equal_a_walk_over_every_entity_before_and_after_a_reopen()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await FillAsync(graph);
            await AssertCountsEqualWalkAsync(graph);
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        await AssertCountsEqualWalkAsync(reopened);
        Assert.Equal(2, reopened.CountCommitted().NodesByLabel["Agency"]);
        Assert.Equal(1, reopened.CountCommitted().RelationshipsByType["IN_ZONE"]);
    }

    private static async Task<List<(string Id, double Score)>> SearchAsync(EmbeddedGraphBackend graph, string query) =>
        (await graph.RunAsync("CALL db.index.fulltext.queryNodes('texts', $q) YIELD node, score RETURN node.id, score ORDER BY score DESC, node.id",
            new Dictionary<string, object?> { ["q"] = query })).Rows
            .Select(row => ((string)row[0]!, (double)row[1]!)).ToList();

    [Theory]
    [InlineData("商务局")]
    [InlineData("跨境资金")]
    [InlineData("title:资金 -人才")]
    public async Task The_index_built_ahead_after_a_reopen_gives_the_hits_a_fresh_build_gives(string query)
    {
        List<(string Id, double Score)> fresh;
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await FillAsync(graph);
            graph.Checkpoint();
        }
        await using (var cold = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader))
            fresh = await SearchAsync(cold, query);

        await using var warmed = EmbeddedGraphBackend.Open(_directory.Path, StoreOptions.Reader);
        Assert.Equal(1, await warmed.BuildFullTextIndexesAsync());
        var hits = await SearchAsync(warmed, query);

        Assert.NotEmpty(hits);
        Assert.Equal(fresh, hits);
    }

    /// <summary>Hits and their fields read together equal the procedure's; a cancelled read or one past its timeout stops as a query does.</summary>
    [Fact]
    public async Task Full_text_hits_with_their_fields_equal_the_procedure_and_stop_when_cancelled_or_late()
    {
        await using var graph = EmbeddedGraphBackend.Open(_directory.Path);
        await FillAsync(graph);
        var fields = new PolicyGraph.Embedded.Storage.NodeSummaryRequest(["Measure", "Agency"], ["id"], OutgoingType: null);
        var minute = TimeSpan.FromMinutes(1);

        var hits = graph.QueryFullTextHits("texts", "商务局", 10, fields, minute);

        Assert.NotEmpty(hits);
        Assert.Equal(await SearchAsync(graph, "商务局"),
            hits.Select(hit => ((string)hit.Node.Values[0]!, hit.Score)).OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Item1, StringComparer.Ordinal).ToList());
        Assert.Equal(hits.Select(hit => hit.Node.Id), graph.SummariseNodes(hits.Select(hit => hit.Node.Id), fields, minute).Select(node => node.Id));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        Assert.ThrowsAny<OperationCanceledException>(() => { _ = graph.QueryFullTextHits("texts", "商务局", 10, fields, minute, cancelled.Token); });
        Assert.ThrowsAny<OperationCanceledException>(() => { _ = graph.SummariseNodes(hits.Select(hit => hit.Node.Id), fields, minute, cancelled.Token); });
        var late = Assert.Throws<Core.Querying.CypherException>(() => { _ = graph.QueryFullTextHits("texts", "商务局", 10, fields, TimeSpan.Zero); });
        Assert.Equal("QueryTimeout", late.Detail);
    }

    [Fact]
    public async Task A_store_without_a_full_text_index_builds_none_ahead()
    {
        await using var graph = EmbeddedGraphBackend.Open(_directory.Path);
        await graph.RunAsync("CREATE (:Measure {id: 'm', title: '资金'})");

        Assert.Equal(0, await graph.BuildFullTextIndexesAsync());
    }
}
