using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>
/// Searchable names read in place (the checkpoint's table, rows of changed nodes masked, those nodes held as entries)
/// must answer as the names read by the query (<see cref="GraphReads.SearchableNodes"/>) do: exact names, names
/// containing a text (which nodes a LIMIT keeps), label filters, responsibilities of full-text hits — on random graphs
/// with names of ASCII and non-ASCII case (İ, Σ), names shared between nodes and repeated within one, empty names,
/// nodes without an id or with a numeric one, after a reopen with a log tail and after commits on the reopened store.
/// </summary>
public sealed class SearchableNamesInPlaceTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "policygraph-names-in-place-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_store)) Directory.Delete(_store, recursive: true);
    }

    private static readonly string[] Labels = ["Agency", "Zone", "Document", "Measure", "Section", "Requirement", "InnovationBatch", "Office"];
    private static readonly string[] Words = ["Free Trade", "İstanbul", "ΣΟΣ", "σος", "商务局", "福州", "", "Zone", "zone", "ＡＢＣ", "片区", "x"];

    private static string Name(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Words[random.Next(Words.Length)]));

    private static object? Maybe(Random random, object? value) => random.Next(4) == 0 ? null : value;

    /// <summary>Nodes of one or two labels (one not searchable), shared and repeated names, ids missing, numeric or shared.</summary>
    private static async Task FillAsync(EmbeddedGraphBackend graph, Random random, int count, string prefix)
    {
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var name = Name(random);
            object? id = random.Next(20) switch { 0 => null, 1 => (long)i, 2 => $"{prefix}shared", _ => $"{prefix}{i}" };
            return new Dictionary<string, object?>
            {
                ["labels"] = string.Join(':', Labels.OrderBy(_ => random.Next()).Take(random.Next(5) == 0 ? 2 : 1)),
                [PropertyNames.Id] = id, [PropertyNames.Name] = Maybe(random, name),
                [PropertyNames.Title] = Maybe(random, random.Next(3) == 0 ? name : Name(random)),
                [PropertyNames.DocNumber] = Maybe(random, random.Next(3) == 0 ? (object)(long)i : Name(random)),
                [PropertyNames.Aliases] = Maybe(random, new List<object?> { name, Name(random), name.ToUpperInvariant() }),
            };
        }).ToList();
        foreach (var group in rows.GroupBy(row => (string)row["labels"]!))
            await graph.RunAsync($"UNWIND $rows AS r CREATE (n:{group.Key}) SET n.id = r.id, n.name = r.name, n.title = r.title, n.docNumber = r.docNumber, n.aliases = r.aliases",
                new Dictionary<string, object?> { ["rows"] = group.ToList() });
        var edges = Enumerable.Range(0, count / 5).Select(_ => new List<object?> { $"{prefix}{random.Next(count)}", $"{prefix}{random.Next(count)}" }).ToList();
        await graph.RunAsync("UNWIND $edges AS e MATCH (a {id: e[0]}), (b {id: e[1]}) CREATE (a)-[:RESPONSIBLE_FOR]->(b)",
            new Dictionary<string, object?> { ["edges"] = edges });
    }

    private static async Task<SearchableNames> ByQueryAsync(EmbeddedGraphBackend graph) =>
        await SearchableNames.ReadAsync(new GraphReader(new CountingBackend(graph), new DocumentFiles([])), NameSearch.SearchableLabels, CancellationToken.None);

    private static async Task<SearchableNames> InPlaceAsync(EmbeddedGraphBackend graph)
    {
        Assert.NotNull(await graph.ReadSearchableNamesAsync());
        return await SearchableNames.ReadAsync(new GraphReader(graph, new DocumentFiles([])), NameSearch.SearchableLabels, CancellationToken.None);
    }

    private static List<(string Id, string Source, int Responsibilities)> Found(IEnumerable<NameMatch> matches) =>
        matches.Select(m => (m.Id, m.Source, m.Responsibilities)).ToList();

    /// <summary>Both answer every probe alike: random names (and their case variants), texts, label subsets and limits.</summary>
    private static void AssertAnswersEqual(SearchableNames byQuery, SearchableNames inPlace, Random random, IReadOnlyList<string> ids)
    {
        Assert.Equal(byQuery.Count, inPlace.Count);
        for (var probe = 0; probe < 150; probe++)
        {
            var labels = Labels.Where(_ => random.Next(2) == 0).Append(Labels[random.Next(Labels.Length)]).Distinct().ToArray();
            string[] names = [Name(random), Name(random).ToUpperInvariant(), ids[random.Next(ids.Count)]];
            Assert.Equal(Found(byQuery.Exactly(names, labels)), Found(inPlace.Exactly(names, labels)));
            string[] texts = [SearchableNameRules.LowerCase(Name(random)), Words[random.Next(Words.Length)].ToLowerInvariant()];
            var limit = new[] { 1, 3, 10, int.MaxValue }[random.Next(4)];
            Assert.Equal(Found(byQuery.Containing(texts, labels, limit)), Found(inPlace.Containing(texts, labels, limit)));
            var id = ids[random.Next(ids.Count)];
            var hit = new Core.Querying.NodeValue("0", ["Measure"], new Dictionary<string, object?> { [PropertyNames.Id] = id });
            Assert.Equal(byQuery.TextCandidate(hit, 1).Responsibilities, inPlace.TextCandidate(hit, 1).Responsibilities);
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public async Task Names_read_in_place_answer_as_the_query_reads_them_after_a_log_tail_and_later_commits(int seed)
    {
        var random = new Random(seed);
        await using (var graph = EmbeddedGraphBackend.Open(_store))
        {
            await FillAsync(graph, random, 1500, "n");
            graph.Checkpoint();
            // The log tail: a rename, a delete, new nodes (one sharing a name and an id with the file's).
            await graph.RunAsync("MATCH (n) WHERE n.id IN ['n10', 'n11'] SET n.name = 'Renamed İ', n.aliases = ['商务局']");
            await graph.RunAsync("MATCH (n) WHERE n.id IN ['n12', 'n13'] DETACH DELETE n");
            await FillAsync(graph, random, 40, "t");
            await graph.RunAsync("CREATE (:Agency {id: 'nshared', name: '商务局'})-[:RESPONSIBLE_FOR]->(:Measure {id: 'n14', name: ''})");
        }
        await using var reopened = EmbeddedGraphBackend.Open(_store);
        Assert.True(reopened.OpenReport!.ReplayedCommits > 0);
        string[] ids = ["n10", "n12", "n14", "nshared", "tshared", "t3", "n999", "absent", .. Enumerable.Range(0, 30).Select(i => $"n{i * 47}")];
        var inPlace = await InPlaceAsync(reopened);
        Assert.NotEmpty((await reopened.ReadSearchableNamesAsync())!.ChangedNodes);
        AssertAnswersEqual(await ByQueryAsync(reopened), inPlace, random, ids);

        await reopened.RunAsync("MATCH (n) WHERE n.id IN ['n20', 'n21'] SET n.title = 'Free Trade ZONE', n:Agency");
        await reopened.RunAsync("MATCH (n) WHERE n.id IN ['n22', 'n10'] DETACH DELETE n");
        AssertAnswersEqual(await ByQueryAsync(reopened), await InPlaceAsync(reopened), random, ids);
    }

    [Fact]
    public async Task Names_read_in_place_from_a_store_opened_at_its_checkpoint_are_the_table_alone()
    {
        var random = new Random(3);
        await using (var graph = EmbeddedGraphBackend.Open(_store))
        {
            await FillAsync(graph, random, 800, "n");
            graph.Checkpoint();
        }
        await using var reopened = EmbeddedGraphBackend.Open(_store);
        var names = await reopened.ReadSearchableNamesAsync();
        Assert.NotNull(names);
        Assert.Empty(names.ChangedNodes);
        Assert.Empty(names.Changed);
        AssertAnswersEqual(await ByQueryAsync(reopened), await InPlaceAsync(reopened), random, ["n1", "n2", "nshared", "n799", "none"]);
    }
}
