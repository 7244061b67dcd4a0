using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Persistence;
using PolicyGraph.Embedded.Storage;
using PolicyGraph.Embedded.Tests.Persistence;

namespace PolicyGraph.Embedded.Tests.Storage;

/// <summary>
/// Node summaries (what search and the documents list read at start) must equal what the query they replace returns
/// (<see cref="GraphReads.SearchableNodes"/>), row for row and in order: on records (in memory), on a store opened
/// from its file (unbuilt chunks), and on a mix after a commit.
/// </summary>
public sealed class NodeSummariesTests : IDisposable
{
    private static readonly string[] Labels = ["Measure", "Section", "Agency"];
    private static readonly string[] Keys = [PropertyNames.Id, PropertyNames.Name, PropertyNames.Title, PropertyNames.DocNumber, PropertyNames.Aliases];
    private static readonly NodeSummaryRequest Request = new(Labels, Keys, RelationshipTypes.ResponsibleFor);
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>Enough nodes for several chunks; labels, keys (in varying order, some missing) and edges drawn from a seeded generator.</summary>
    internal static async Task FillAsync(EmbeddedGraphBackend graph, int nodes)
    {
        var random = new Random(13);
        string[][] labelSets = [["Measure"], ["Section"], ["Agency"], ["Agency", "Office"], ["Zone"], ["Document"]];
        var rows = Enumerable.Range(0, nodes).Select(i => new Dictionary<string, object?>
        {
            ["labels"] = string.Join(':', labelSets[random.Next(labelSets.Length)]), ["order"] = random.Next(2),
            ["text"] = new string('文', random.Next(0, 40)), [PropertyNames.Id] = $"n{i}",
            [PropertyNames.Name] = Maybe(random, $"名称{i % 97}"), [PropertyNames.Title] = Maybe(random, $"Title {i % 89}"),
            [PropertyNames.DocNumber] = Maybe(random, $"号{i % 13}"),
            [PropertyNames.Aliases] = Maybe(random, new List<object?> { $"别名{i}", $"A{i % 7}" }),
        }).ToList();
        // Two orders of setting the keys: a node's values are decoded in its own key order.
        string[] orders =
        [
            "SET n.text = r.text, n.id = r.id, n.name = r.name, n.title = r.title, n.docNumber = r.docNumber, n.aliases = r.aliases",
            "SET n.aliases = r.aliases, n.docNumber = r.docNumber, n.title = r.title, n.id = r.id, n.text = r.text, n.name = r.name",
        ];
        foreach (var group in rows.GroupBy(row => ((string)row["labels"]!, (int)row["order"]!)))
        {
            await graph.RunAsync($"UNWIND $rows AS r CREATE (n:{group.Key.Item1}) {orders[group.Key.Item2]}",
                new Dictionary<string, object?> { ["rows"] = group.ToList() });
        }
        var edges = Enumerable.Range(0, nodes * 2).Select(_ => new Dictionary<string, object?>
        {
            ["from"] = $"n{random.Next(nodes)}", ["to"] = $"n{random.Next(nodes)}", ["type"] = random.Next(3),
        }).ToList();
        await graph.RunAsync("""
            UNWIND $edges AS e MATCH (a {id: e.from}), (b {id: e.to})
            FOREACH (_ IN CASE WHEN e.type = 0 THEN [1] ELSE [] END | CREATE (a)-[:RESPONSIBLE_FOR]->(b))
            FOREACH (_ IN CASE WHEN e.type = 1 THEN [1] ELSE [] END | CREATE (a)-[:IN_ZONE]->(b))
            FOREACH (_ IN CASE WHEN e.type = 2 THEN [1] ELSE [] END | CREATE (a)-[:RESPONSIBLE_FOR]->(a))
            """, new Dictionary<string, object?> { ["edges"] = edges });
    }

    private static object? Maybe(Random random, object value) => random.Next(4) == 0 ? null : value;

    internal static string Show(object? value) => value switch
    {
        null => "null",
        string text => text,
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Show)) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static async Task AssertSummariesEqualTheQueryAsync(EmbeddedGraphBackend graph)
    {
        // Summaries first: the query builds the records they would otherwise be read from.
        var actual = (await graph.SummariseNodesAsync(Request))
            .Select(node => string.Join('|', new object?[] { node.Values[0], node.Labels, node.Values[1], node.Values[2], node.Values[3], node.Values[4], node.Outgoing }.Select(Show)))
            .ToList();
        var expected = (await graph.RunAsync(GraphReads.SearchableNodes, new Dictionary<string, object?> { ["labels"] = Labels })).Rows
            .Select(row => string.Join('|', row.Select(Show))).ToList();
        Assert.True(expected.Count > 1000, $"only {expected.Count} searchable nodes generated");
        Assert.Contains(expected, row => !row.EndsWith("|0", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Summaries_equal_the_query_in_memory_after_a_reopen_and_after_a_commit_on_the_reopened_store()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await FillAsync(graph, 3000);
            await AssertSummariesEqualTheQueryAsync(graph);
            graph.Checkpoint();
        }
        await using (var reopened = EmbeddedGraphBackend.Open(_directory.Path))
            await AssertSummariesEqualTheQueryAsync(reopened);
        // A commit before any read: its chunks are records, the others are read from the file.
        await using var changed = EmbeddedGraphBackend.Open(_directory.Path);
        await changed.RunAsync("MATCH (a {id: 'n5'}), (b {id: 'n2500'}) CREATE (a)-[:RESPONSIBLE_FOR]->(b) SET a.name = '改名', a:Section");
        await AssertSummariesEqualTheQueryAsync(changed);
    }

    /// <summary>Odd rows the query returns as they are: a numeric name, aliases as one string, no id, a numeric id, two requested labels.</summary>
    private static Task AddOddNodesAsync(EmbeddedGraphBackend graph, string suffix) =>
        graph.RunAsync($$"""
            CREATE (:Measure {id: 'odd-name-{{suffix}}', name: 42}), (:Agency {id: 'odd-alias-{{suffix}}', aliases: '单个别名'}),
                   (:Section {name: '无编号{{suffix}}'}), (:Measure {id: 7, title: 'numeric id {{suffix}}'}),
                   (:Measure:Section {id: 'both-{{suffix}}', name: '两个标签'})
            """);

    private static Task DeleteAsync(EmbeddedGraphBackend graph, string cypher, string id) =>
        graph.RunAsync(cypher, new Dictionary<string, object?> { ["id"] = id });

    [Fact]
    public async Task Summaries_equal_the_query_on_a_store_reopened_with_a_log_tail_reading_both_records_and_the_file()
    {
        await using (var graph = EmbeddedGraphBackend.Open(_directory.Path))
        {
            await FillAsync(graph, 4000);
            await AddOddNodesAsync(graph, "file"); // ids 4000–4004: chunk 3, which the log tail leaves in the file
            await DeleteAsync(graph, "MATCH (n {id: $id}) DETACH DELETE n", "n28");
            await graph.RunAsync("UNWIND range(1, 1100) AS i CREATE (:Zone) WITH count(*) AS _ CREATE (:Measure {id: 'a'})-[:RESPONSIBLE_FOR]->(:Zone {id: 'b'})");
            graph.Checkpoint();
            // The log tail, replayed on open into record chunks (4 and 5 only: it touches no node of the others).
            await AddOddNodesAsync(graph, "log");
            await DeleteAsync(graph, "MATCH (n {id: $id}) DELETE n", "odd-alias-log");
            await DeleteAsync(graph, "MATCH ({id: $id})-[r]->() DELETE r", "a");
        }
        await using var reopened = EmbeddedGraphBackend.Open(_directory.Path);
        var nodes = reopened.CurrentSnapshot.Nodes;
        var builtBefore = Enumerable.Range(0, nodes.ChunkCount).Where(chunk => nodes.BuiltChunk(chunk) is not null).ToList();
        Assert.NotEmpty(builtBefore);
        Assert.DoesNotContain(3, builtBefore);

        var summaries = await reopened.SummariseNodesAsync(Request);

        Assert.Equal(builtBefore, Enumerable.Range(0, nodes.ChunkCount).Where(chunk => nodes.BuiltChunk(chunk) is not null));
        Assert.Contains(summaries, node => node.Values[0] is null);
        Assert.Contains(summaries, node => node.Values[0] is long);
        Assert.Contains(summaries, node => node.Values[4] is string);
        Assert.Contains(summaries, node => node.Labels.Count == 2 && node.Labels.All(Labels.Contains));
        await AssertSummariesEqualTheQueryAsync(reopened);
    }
}
