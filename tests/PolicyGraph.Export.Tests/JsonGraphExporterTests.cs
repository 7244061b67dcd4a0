using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export.Tests;

public class JsonGraphExporterTests
{
    private static string Export(PropertyGraph graph) => new JsonGraphExporter().WriteToString(graph);

    [Fact]
    public void Document_has_exactly_the_published_shape()
    {
        var root = JObject.Parse(Export(TestGraphs.Policy()));

        Assert.Equal(["nodes", "relationships"], root.Properties().Select(p => p.Name));
        Assert.All(root["nodes"]!, n => Assert.Equal(["id", "labels", "properties"], ((JObject)n).Properties().Select(p => p.Name)));
        Assert.All(root["relationships"]!, r => Assert.Equal(
            ["id", "type", "start", "end", "properties"], ((JObject)r).Properties().Select(p => p.Name)));
        var measure = root["nodes"]!.Single(n => (string)n["id"]! == "measure:abc:1");
        Assert.Equal(["Measure", "Innovation"], measure["labels"]!.Values<string>());
        Assert.Equal(JTokenType.Integer, measure["properties"]!["seq"]!.Type);
        Assert.Equal(JTokenType.Float, measure["properties"]!["weight"]!.Type);
        Assert.Equal(TestGraphs.HostileText, (string)measure["properties"]!["text"]!);
    }

    [Fact]
    public void Round_trip_preserves_ids_labels_types_and_values()
    {
        var original = TestGraphs.Policy();

        var copy = JsonGraphReader.Read(new StringReader(Export(original)));

        Assert.Equal(original.Nodes.Count, copy.Nodes.Count);
        foreach (var node in original.Nodes)
        {
            var read = copy.FindNode(node.Id)!;
            Assert.Equal(node.Labels, read.Labels);
            AssertSameProperties(node.Properties, read.Properties);
        }
        foreach (var rel in original.Relationships)
        {
            var read = copy.Relationships.Single(r => r.Id == rel.Id);
            Assert.Equal((rel.Type, rel.StartId, rel.EndId), (read.Type, read.StartId, read.EndId));
            AssertSameProperties(rel.Properties, read.Properties);
        }
    }

    [Fact]
    public void Output_does_not_depend_on_insertion_order()
    {
        Assert.Equal(Export(TestGraphs.Policy()), Export(TestGraphs.PolicyReordered()));
    }

    [Fact]
    public void Reader_names_line_and_position_of_a_missing_field()
    {
        var json = "{\n  \"nodes\": [\n    {\"labels\": [], \"properties\": {}}\n  ],\n  \"relationships\": []\n}";

        var error = Assert.Throws<FormatException>(() => JsonGraphReader.Read(new StringReader(json), "graph.json"));

        Assert.StartsWith("graph.json:3:", error.Message);
        Assert.Contains("\"id\"", error.Message);
    }

    [Theory]
    [InlineData("""{"id": "a", "labels": [], "properties": {}}""", """{"id": "r", "type": "T", "start": "a", "end": "zz", "properties": {}}""", 6, "node 'zz'")]
    [InlineData("""{"id": "a", "labels": [], "properties": {}}, {"id": "a", "labels": [], "properties": {}}""", "", 3, "'a' occurs more than once")]
    [InlineData("""{"id": "a", "labels": [], "properties": {"n": 99999999999999999999}}""", "", 3, "64-bit")]
    public void Reader_names_the_line_of_an_element_the_graph_model_refuses(string nodes, string relationships, int line, string expected)
    {
        var json = "{\n\"nodes\": [\n" + nodes + "\n],\n\"relationships\": [\n" + relationships + "\n]\n}";

        var error = Assert.Throws<FormatException>(() => JsonGraphReader.Read(new StringReader(json), "graph.json"));

        Assert.StartsWith($"graph.json:{line}:", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Value_outside_the_model_is_rejected_with_owner_and_key()
    {
        var graph = new PropertyGraph(
            [new GraphNode("n1", ["Zone"], new Dictionary<string, object> { ["when"] = DateTime.UnixEpoch })], []);

        var error = Assert.Throws<ArgumentException>(() => Export(graph));

        Assert.Contains("'when'", error.Message);
        Assert.Contains("'n1'", error.Message);
    }

    private static void AssertSameProperties(IReadOnlyDictionary<string, object> expected, IReadOnlyDictionary<string, object> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, value) in expected)
        {
            if (value is System.Collections.IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>(), ((System.Collections.IEnumerable)actual[key]).Cast<object>());
                Assert.Equal(list.Cast<object>().FirstOrDefault()?.GetType(), ((System.Collections.IEnumerable)actual[key]).Cast<object>().FirstOrDefault()?.GetType());
            }
            else
            {
                Assert.Equal(value, actual[key]);
                Assert.Equal(value.GetType(), actual[key].GetType());
            }
        }
    }
}
