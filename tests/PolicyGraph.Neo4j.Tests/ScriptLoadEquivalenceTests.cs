using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Neo4j.Loading;
using PolicyGraph.Neo4j.Tests.Support;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>
/// Loading through cypher/load on the embedded engine gives exactly the graph its bulk ImportAsync gives,
/// compared with Cypher queries on two separate engines.
/// </summary>
public sealed class ScriptLoadEquivalenceTests
{
    [Fact]
    public async Task Scripts_and_bulk_import_give_the_same_graph_on_the_embedded_engine()
    {
        await AssertEquivalentAsync(SampleGraphs.TwoDocuments());
    }

    [Fact]
    public async Task Scripts_and_bulk_import_give_the_same_graph_for_the_extracted_seed_corpus()
    {
        var options = IngestOptions.Default with { Gazetteer = Gazetteer.Load(RepoPaths.Combine("seeds", "reference")) };
        var graph = CorpusLoader.LoadDirectory(RepoPaths.Combine("seeds", "documents"), options: options).Graph;
        Assert.NotEmpty(graph.Nodes);

        await AssertEquivalentAsync(graph);
    }

    internal static async Task AssertEquivalentAsync(PropertyGraph graph)
    {
        await using var bulk = new EmbeddedGraphBackend();
        await using var scripted = new EmbeddedGraphBackend();

        await bulk.ImportAsync(graph);
        await ScriptLoader.FromEmbeddedScripts(batchSize: 50).LoadAsync(scripted, graph);

        var expected = await GraphState.ReadAsync(bulk, graph);
        Assert.Equal(graph.Nodes.Count + graph.Relationships.Count, expected.Count);
        Assert.Equal(expected, await GraphState.ReadAsync(scripted, graph));
    }
}
