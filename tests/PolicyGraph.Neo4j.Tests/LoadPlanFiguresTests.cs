using System.Diagnostics;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Resolution;
using PolicyGraph.Neo4j.Loading;
using PolicyGraph.Neo4j.Tests.Support;
using Xunit.Abstractions;

namespace PolicyGraph.Neo4j.Tests;

/// <summary>
/// How the extracted seed corpus is cut into transactions and batches for Neo4j, and how long the script load
/// takes on the embedded engine. Figures are written to the test output:
/// dotnet test tests/PolicyGraph.Neo4j.Tests --filter LoadPlanFigures --logger "console;verbosity=detailed"
/// </summary>
public sealed class LoadPlanFiguresTests(ITestOutputHelper output)
{
    private static PropertyGraph SeedGraph()
    {
        var options = IngestOptions.Default with { Gazetteer = Gazetteer.Load(RepoPaths.Combine("seeds", "reference")) };
        return CorpusLoader.LoadDirectory(RepoPaths.Combine("seeds", "documents"), options: options).Graph;
    }

    [Fact]
    public void The_seed_corpus_loads_as_one_transaction_per_document_plus_shared_nodes_and_links()
    {
        var graph = SeedGraph();
        var sourceDocuments = graph.Nodes.Count(n => n.HasLabel("Document") && n["cited"] is not true);
        var loader = ScriptLoader.FromEmbeddedScripts();

        var groups = DocumentPartitioner.Partition(graph);
        var batches = groups.Select(g => loader.CreateBatches(g, graph)).ToArray();

        Assert.Equal(sourceDocuments, groups.Count(g => g.Name.StartsWith("document ", StringComparison.Ordinal)));
        Assert.Equal(graph.Nodes.Count + graph.Relationships.Count, batches.SelectMany(b => b).Sum(b => b.Rows.Count));
        output.WriteLine($"seed graph: {graph.Nodes.Count} nodes, {graph.Relationships.Count} relationships");
        foreach (var (group, groupBatches) in groups.Zip(batches))
            output.WriteLine($"  {group.Name}: {group.Nodes.Count} nodes, {group.Relationships.Count} relationships, {groupBatches.Count} requests");
    }

    [Fact]
    public async Task Script_load_and_bulk_import_timings_on_the_embedded_engine()
    {
        var graph = SeedGraph();
        await using var bulk = new EmbeddedGraphBackend();
        await using var scripted = new EmbeddedGraphBackend();

        var bulkTime = Stopwatch.StartNew();
        await bulk.ImportAsync(graph);
        bulkTime.Stop();
        var scriptTime = Stopwatch.StartNew();
        var summary = await ScriptLoader.FromEmbeddedScripts().LoadAsync(scripted, graph);
        scriptTime.Stop();

        Assert.Equal(graph.Nodes.Count, summary.Counters.NodesCreated);
        Assert.Equal(graph.Relationships.Count, summary.Counters.RelationshipsCreated);
        output.WriteLine($"bulk ImportAsync: {bulkTime.Elapsed.TotalMilliseconds:F0} ms");
        output.WriteLine($"script load: {scriptTime.Elapsed.TotalMilliseconds:F0} ms, {summary.Groups} groups, {summary.Batches} batches, {summary.Rows} rows");
    }
}
