using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;

namespace PolicyGraph.Export.Tests;

/// <summary>Runs the exported script on the project's own Cypher engine: it must load the graph, and twice.</summary>
public class CypherScriptOnEmbeddedTests
{
    private static async Task<PropertyGraph> RunScript(string script, int times)
    {
        await using var database = new EmbeddedGraphBackend();
        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//")).ToList();
        for (var round = 0; round < times; round++)
        {
            foreach (var statement in statements)
                await database.RunAsync(statement.TrimEnd(';'));
        }
        return database.ExportGraph();
    }

    [Fact]
    public async Task Script_loads_the_graph_and_a_second_run_changes_nothing()
    {
        var original = TestGraphs.Policy();
        var script = new CypherScriptExporter().WriteToString(original);

        var once = await RunScript(script, 1);
        var twice = await RunScript(script, 2);

        Assert.Equal(original.Nodes.Count, once.Nodes.Count);
        Assert.Equal(original.Relationships.Count, once.Relationships.Count);
        Assert.Equal(once.Nodes.Count, twice.Nodes.Count);
        Assert.Equal(once.Relationships.Count, twice.Relationships.Count);
        var measure = twice.Nodes.Single(n => (string)n["id"]! == "measure:abc:1");
        Assert.Equal(["Measure", "Innovation"], measure.Labels);
        Assert.Equal(TestGraphs.HostileText, measure["text"]);
        Assert.Equal(1L, measure["seq"]);
        var responsible = twice.Relationships.Single(r => r.Type == "RESPONSIBLE_FOR");
        Assert.Equal("责任单位：市商务局\"、'", responsible["quote"]);
    }
}
