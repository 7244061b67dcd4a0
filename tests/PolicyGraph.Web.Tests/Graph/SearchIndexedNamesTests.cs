using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Graph;

/// <summary>
/// Search answers names from the searchable nodes it holds in memory per graph version; on the seed documents it must
/// give exactly what the backend's own reads give (exact names, names containing the text up to the limit, the
/// full-text hits with their scores, the responsibility counts), ranked the same way — and see a newly loaded node.
/// </summary>
public sealed class SearchIndexedNamesTests : IAsyncLifetime
{
    private const int Limit = 20;
    private readonly EmbeddedGraphBackend _backend = new();
    private NameRegistry _registry = NameRegistry.Empty;
    private NameSearch _search = null!;
    private List<string> _texts = [];

    public async Task InitializeAsync()
    {
        var gazetteer = Gazetteer.Load(Path.Combine(RepositoryPaths.Root, "seeds", "reference"));
        var corpus = CorpusLoader.LoadDirectory(RepositoryPaths.Seeds, options: IngestOptions.Default with { Gazetteer = gazetteer });
        await _backend.ApplySchemaAsync();
        await _backend.ImportAsync(corpus.Graph);
        _registry = NameRegistry.FromGazetteer(gazetteer);
        _search = new NameSearch(new GraphReader(_backend, new DocumentFiles([])), _registry);
        // Varied text: every agency's and zone's name, its first characters, and a word of a measure's text.
        var names = corpus.Graph.Nodes.Where(n => n.Labels.Contains(NodeLabels.Agency) || n.Labels.Contains(NodeLabels.Zone))
            .Select(n => n.Properties.GetValueOrDefault(PropertyNames.Name) as string).OfType<string>().ToArray();
        var words = corpus.Graph.Nodes.Where(n => n.Labels.Contains(NodeLabels.Measure)).Take(40)
            .Select(n => n.Properties.GetValueOrDefault(PropertyNames.Text) as string).OfType<string>().Where(t => t.Length >= 6)
            .Select(t => t.Substring(2, 4));
        _texts = [.. names, .. names.Where(n => n.Length > 3).Select(n => n[..3]), .. words, "人社", "qflp", "***", "福州 123"];
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Search_ranks_what_the_backend_reads_give_on_the_seeds()
    {
        Assert.True(_texts.Count > 50, "the seeds should give many search texts");
        foreach (var labels in new[] { NameSearch.SearchableLabels, NameSearch.EntityLabels })
        {
            foreach (var text in _texts)
            {
                var expected = _search.Rank(text, await CandidatesReadAsync(text, labels), labels, Limit);

                var actual = await _search.SearchAsync(text, labels, Limit);

                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public async Task A_node_loaded_after_a_search_is_found_by_the_next()
    {
        Assert.Empty(await _search.SearchAsync("测试新机构名称", NameSearch.EntityLabels, Limit));

        await _backend.RunAsync($"CREATE (:{NodeLabels.Agency} {{id: 'agency:new', name: '测试新机构名称'}})");

        var hit = Assert.Single(await _search.SearchAsync("测试新机构名称", NameSearch.EntityLabels, Limit));
        Assert.Equal("agency:new", hit.Id);
    }

    /// <summary>The candidates as the backend's reads give them: each branch in its order, counts from the graph.</summary>
    private async Task<List<SearchCandidate>> CandidatesReadAsync(string query, IReadOnlyList<string> labels)
    {
        var text = query.Trim();
        var expansions = _registry.Expand(text);
        var names = expansions.Concat(_registry.NamesWithAliasContaining(text).Select(r => r.Name)).Distinct(StringComparer.Ordinal).ToArray();
        var terms = string.Join(' ', expansions.Select(LuceneText.Words)).Trim();
        var parameters = new Dictionary<string, object?>
        {
            ["labels"] = labels.ToArray(), ["names"] = names, ["texts"] = expansions.Select(t => t.ToLowerInvariant()).ToArray(),
            ["limit"] = (long)(Limit * NameSearch.NameCandidatesPerHit), ["index"] = SchemaIndexes.PolicyText, ["query"] = terms,
        };
        var found = (await Run(GraphReads.NamedExactly, parameters)).Rows.Select(r => (Node(r), SearchCandidate.Exact, (double?)null))
            .Concat((await Run(GraphReads.NameContains, parameters)).Rows.Select(r => (Node(r), SearchCandidate.Name, (double?)null)))
            .ToList();
        if (terms.Length > 0)
        {
            parameters["limit"] = (long)NameSearch.FullTextCandidates;
            found.AddRange((await Run(GraphReads.FullText, parameters)).Rows.Select(r => (Node(r), SearchCandidate.Text, (double?)Convert.ToDouble(r[1]))));
        }
        var ids = found.Select(f => ElementsBuilder.PolicyId(f.Item1)).Distinct().ToArray();
        var counts = (await Run(GraphReads.ResponsibilityCounts, new() { ["ids"] = ids })).Rows
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt32(r[1]));
        return found.Select(f => new SearchCandidate(f.Item1, f.Item2, f.Item3, counts.GetValueOrDefault(ElementsBuilder.PolicyId(f.Item1)))).ToList();
    }

    private Task<QueryResult> Run(string cypher, Dictionary<string, object?> parameters) =>
        _backend.RunAsync(cypher, parameters, QueryOptions.Default with { ReadOnly = true });

    private static NodeValue Node(IReadOnlyList<object?> row) => (NodeValue)row[0]!;
}
