using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Expressions;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Tests.Values;

public class ResultValueConverterTests
{
    [Fact]
    public void Entities_become_result_values_with_labels_type_endpoints_and_properties()
    {
        var graph = new TestGraph();
        var policy = graph.AddNode(["Policy"], ("title", "数据安全法"));
        var agency = graph.AddNode(["Agency"], ("name", "网信办"));
        var issued = graph.AddRelationship(agency, "ISSUED", policy, ("year", 2021L));

        var node = Assert.IsType<NodeValue>(ResultValueConverter.ToResultValue(policy, graph));
        var relationship = Assert.IsType<RelationshipValue>(ResultValueConverter.ToResultValue(issued, graph));

        Assert.Equal(["Policy"], node.Labels);
        Assert.Equal("数据安全法", node.Properties["title"]);
        Assert.Equal("ISSUED", relationship.Type);
        Assert.Equal(ResultValueConverter.ElementIdOf(agency), relationship.StartElementId);
        Assert.Equal(ResultValueConverter.ElementIdOf(policy), relationship.EndElementId);
        Assert.Equal(2021L, relationship.Properties["year"]);
    }

    [Fact]
    public void Entities_nested_in_lists_maps_and_paths_are_converted()
    {
        var graph = new TestGraph();
        var a = graph.AddNode(["A"]);
        var b = graph.AddNode(["B"]);
        var r = graph.AddRelationship(a, "T", b);
        var value = V.Map(("items", V.List(a, 1L)), ("path", new PathRef([a, b], [r])));

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(ResultValueConverter.ToResultValue(value, graph));
        var items = Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["items"]);
        Assert.Equal(["A"], Assert.IsType<NodeValue>(items[0]).Labels);
        Assert.Equal(1L, items[1]);
        var path = Assert.IsType<PathValue>(map["path"]);
        Assert.Equal(2, path.Nodes.Count);
        Assert.Equal("T", Assert.Single(path.Relationships).Type);
    }
}
