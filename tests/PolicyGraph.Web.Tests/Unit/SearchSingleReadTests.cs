using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

/// <summary>
/// Search reads its candidates in one read (GraphReads.SearchCandidates); on the seed documents it must give exactly
/// what the separate reads gave: exact names, names containing the text, the full-text hits with their scores, each
/// in the same order, and the responsibility counts.
/// </summary>
public sealed class SearchSingleReadTests : IAsyncLifetime
{
    private static readonly string[] Labels = [.. NameSearch.SearchableLabels];
    private const long NameLimit = 80, TextLimit = 200;

    private readonly EmbeddedGraphBackend _backend = new();
    private NameRegistry _registry = NameRegistry.Empty;
    private List<string> _texts = [];

    public async Task InitializeAsync()
    {
        var gazetteer = Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "seeds", "reference"));
        var corpus = CorpusLoader.LoadDirectory(RepositoryPaths.Seeds, options: IngestOptions.Default with { Gazetteer = gazetteer });
        await _backend.ApplySchemaAsync();
        await _backend.ImportAsync(corpus.Graph);
        _registry = NameRegistry.FromGazetteer(gazetteer);
        // Varied text: every agency's and zone's name, its first characters, and a word of a measure's text.
        var names = corpus.Graph.Nodes.Where(n => n.Labels.Contains(NodeLabels.Agency) || n.Labels.Contains(NodeLabels.Zone))
            .Select(n => n.Properties.GetValueOrDefault(PropertyNames.Name) as string).OfType<string>().ToArray();
        var words = corpus.Graph.Nodes.Where(n => n.Labels.Contains(NodeLabels.Measure)).Take(40)
            .Select(n => n.Properties.GetValueOrDefault(PropertyNames.Text) as string).OfType<string>().Where(t => t.Length >= 6)
            .Select(t => t.Substring(2, 4));
        _texts = [.. names, .. names.Where(n => n.Length > 3).Select(n => n[..3]), .. words, "人社", "QFLP", "***"];
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task The_single_read_gives_what_the_separate_reads_gave_on_the_seeds()
    {
        Assert.True(_texts.Count > 50, "the seeds should give many search texts");
        foreach (var text in _texts)
        {
            var expansions = _registry.Expand(text);
            var terms = string.Join(' ', expansions.Select(LuceneText.Words)).Trim();
            var parameters = new Dictionary<string, object?>
            {
                ["labels"] = Labels, ["names"] = expansions.ToArray(), ["texts"] = expansions.Select(t => t.ToLowerInvariant()).ToArray(),
                ["limit"] = NameLimit, ["index"] = SchemaIndexes.PolicyText, ["query"] = terms, ["textLimit"] = TextLimit,
            };
            var single = (await Run(terms.Length == 0 ? GraphReads.SearchCandidatesByName : GraphReads.SearchCandidates, parameters)).Rows;

            Assert.Equal(Ids(await Run(GraphReads.NamedExactly, parameters)), Ids(single.Where(r => Equals(r[1], "exact"))));
            Assert.Equal(Ids(await Run(GraphReads.NameContains, parameters)), Ids(single.Where(r => Equals(r[1], "name"))));
            var textRows = terms.Length == 0 ? []
                : (await Run(GraphReads.FullText, new() { ["index"] = SchemaIndexes.PolicyText, ["query"] = terms, ["limit"] = TextLimit })).Rows;
            Assert.Equal(textRows.Select(r => (Id(r), r[1])), single.Where(r => Equals(r[1], "text")).Select(r => (Id(r), r[2])));
            var ids = single.Select(Id).Distinct().ToArray();
            var counts = (await Run(GraphReads.ResponsibilityCounts, new() { ["ids"] = ids })).Rows
                .ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1]));
            Assert.All(single, row => Assert.Equal(counts.GetValueOrDefault(Id(row)), Convert.ToInt64(row[3])));
        }
    }

    private Task<QueryResult> Run(string cypher, Dictionary<string, object?> parameters) =>
        _backend.RunAsync(cypher, parameters, QueryOptions.Default with { ReadOnly = true });

    private static string Id(IReadOnlyList<object?> row) => ElementsBuilder.PolicyId((NodeValue)row[0]!);

    private static string[] Ids(QueryResult result) => result.Rows.Select(Id).ToArray();

    private static string[] Ids(IEnumerable<IReadOnlyList<object?>> rows) => rows.Select(Id).ToArray();
}
