using PolicyGraph.Core.Model;
using PolicyGraph.Neo4j.Loading;
using PolicyGraph.Neo4j.Tests.Support;
using static PolicyGraph.Neo4j.Tests.Support.SampleGraphs;

namespace PolicyGraph.Neo4j.Tests;

public sealed class ScriptLoaderTests
{
    [Fact]
    public void The_compiled_in_scripts_are_exactly_the_files_of_cypher_load()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("cypher", "load"), "*.cypher").Select(Path.GetFileName).Order();

        Assert.Equal(files, ScriptLoader.FromEmbeddedScripts().Scripts.Select(s => s.Name));
    }

    [Fact]
    public void Every_element_of_a_contract_shaped_graph_lands_in_exactly_one_batch_row()
    {
        var graph = TwoDocuments();
        var loader = ScriptLoader.FromEmbeddedScripts(batchSize: 2);

        var rows = DocumentPartitioner.Partition(graph)
            .SelectMany(g => loader.CreateBatches(g, graph))
            .SelectMany(b => b.Rows)
            .Select(r => (string)r["id"]!)
            .ToArray();

        Assert.Equal(rows.Length, rows.Distinct().Count());
        Assert.Equal(graph.Nodes.Select(n => n.Id).Concat(graph.Relationships.Select(r => r.Id)).Order(), rows.Order());
    }

    [Fact]
    public void Rows_of_one_script_are_cut_into_batches_of_the_configured_size()
    {
        var graph = new PropertyGraph(
            Enumerable.Range(1, 5).Select(i => Node($"agency:{i}", ["Agency"], ("name", $"局{i}"))), []);
        var loader = ScriptLoader.FromEmbeddedScripts(batchSize: 2);

        var batches = loader.CreateBatches(DocumentPartitioner.Partition(graph).Single(), graph);

        Assert.Equal([2, 2, 1], batches.Select(b => b.Rows.Count));
        Assert.Equal("batch 3 (node-agency.cypher, rows 5-5)", batches[2].ToString());
        Assert.All(batches, b => Assert.Equal("node-agency.cypher", b.Script.Name));
    }

    [Fact]
    public void Node_rows_carry_the_id_as_a_property_and_lists_as_object_lists()
    {
        var graph = TwoDocuments();
        var loader = ScriptLoader.FromEmbeddedScripts();
        var shared = DocumentPartitioner.Partition(graph).First();

        var agencyRow = loader.CreateBatches(shared, graph).SelectMany(b => b.Rows).Single(r => (string)r["id"]! == "agency:福州市商务局");
        var properties = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(agencyRow["properties"]);

        Assert.Equal("agency:福州市商务局", properties["id"]);
        Assert.Equal(new object?[] { "市商务局", "福州市商务局" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(properties["aliases"]));
    }

    [Fact]
    public void An_element_no_script_declares_is_an_error_naming_it()
    {
        var graph = new PropertyGraph([Node("x:1", ["Programme"])], []);
        var loader = ScriptLoader.FromEmbeddedScripts();

        var error = Assert.Throws<InvalidOperationException>(() => loader.CreateBatches(DocumentPartitioner.Partition(graph).Single(), graph));

        Assert.Contains(":Programme", error.Message);
        Assert.Contains("x:1", error.Message);
    }
}
