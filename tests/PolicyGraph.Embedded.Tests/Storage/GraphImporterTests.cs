using PolicyGraph.Core.Model;

namespace PolicyGraph.Embedded.Tests.Storage;

public sealed class GraphImporterTests
{
    private static PropertyGraph SampleGraph(string title = "Plan") => new(
        [
            new GraphNode("doc-1", ["Document"], new Dictionary<string, object> { ["title"] = title, ["years"] = new long[] { 2021, 2025 } }),
            new GraphNode("org-1", ["Organization"], new Dictionary<string, object> { ["name"] = "Bureau" }),
        ],
        [new GraphRelationship("rel-1", "ISSUED_BY", "doc-1", "org-1", new Dictionary<string, object> { ["weight"] = 1.5 })]);

    [Fact]
    public async Task Import_stores_ids_as_properties_and_lists_as_lists()
    {
        await using var backend = new EmbeddedGraphBackend();

        await backend.ImportAsync(SampleGraph());

        var result = await backend.RunAsync("MATCH (d:Document {id: 'doc-1'})-[r:ISSUED_BY]->(o) RETURN d.years, r.id, o.name");
        var row = Assert.Single(result.Rows);
        Assert.Equal([2021L, 2025L], Assert.IsAssignableFrom<IReadOnlyList<object?>>(row[0]));
        Assert.Equal("rel-1", row[1]);
        Assert.Equal("Bureau", row[2]);
    }

    [Fact]
    public async Task Importing_the_same_graph_twice_changes_nothing()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(SampleGraph());
        var version = backend.CurrentSnapshot.Version;

        await backend.ImportAsync(SampleGraph());

        Assert.Equal(version, backend.CurrentSnapshot.Version);
        Assert.Equal(2, backend.CurrentSnapshot.NodeCount);
        Assert.Equal(1, backend.CurrentSnapshot.RelationshipCount);
    }

    [Fact]
    public async Task Reimport_updates_properties_by_id_and_keeps_extra_ones()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(SampleGraph());
        await backend.RunAsync("MATCH (d {id: 'doc-1'}) SET d.note = 'analyst comment'");

        await backend.ImportAsync(SampleGraph(title: "Revised plan"));

        var result = await backend.RunAsync("MATCH (d:Document) RETURN d.title, d.note");
        var row = Assert.Single(result.Rows);
        Assert.Equal("Revised plan", row[0]);
        Assert.Equal("analyst comment", row[1]);
    }

    [Fact]
    public async Task Export_round_trips_labels_properties_and_endpoints()
    {
        await using var backend = new EmbeddedGraphBackend();
        await backend.ImportAsync(SampleGraph());

        var exported = backend.ExportGraph();

        var document = Assert.Single(exported.Nodes, n => n.HasLabel("Document"));
        var relationship = Assert.Single(exported.Relationships);
        Assert.Equal("Plan", document["title"]);
        Assert.Equal(document.Id, relationship.StartId);
        Assert.Equal("ISSUED_BY", relationship.Type);
    }
}
