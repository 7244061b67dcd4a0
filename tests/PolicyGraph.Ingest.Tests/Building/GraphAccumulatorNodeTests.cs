using PolicyGraph.Ingest.Building;

namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>
/// Nodes keep their properties as arrays: a node stated twice is merged (labels united and sorted, list properties
/// united, other properties keep their first value, new ones follow in the order stated), and null values are left out.
/// </summary>
public sealed class GraphAccumulatorNodeTests
{
    [Fact]
    public void A_node_stated_twice_is_merged_in_the_order_its_properties_were_first_stated()
    {
        var graph = new GraphAccumulator();
        graph.AddNode("agency:甲", ["Agency"], [("name", "甲"), ("aliases", new[] { "甲局" }), ("kind", null)]);
        graph.AddNode("agency:甲", ["Known", "Agency"], [("name", "乙"), ("aliases", new[] { "甲" }), ("kind", "bureau"), ("level", "municipal")]);

        var node = Assert.Single(graph.Build().Nodes);

        Assert.Equal(["Agency", "Known"], node.Labels);
        Assert.Equal(["id", "name", "aliases", "kind", "level"], node.Properties.Keys);
        Assert.Equal("甲", node["name"]);
        Assert.Equal(["甲", "甲局"], (IEnumerable<string>)node["aliases"]!);
        Assert.Equal("bureau", node["kind"]);
    }

    [Fact]
    public void Two_agencies_stated_with_one_shared_alias_array_keep_their_own_aliases_when_one_gets_a_second()
    {
        string[] shared = ["商务局"];
        var graph = new GraphAccumulator();
        graph.AddNode("agency:甲市商务局", ["Agency"], [("name", "甲市商务局"), ("aliases", shared)]);
        graph.AddNode("agency:乙市商务局", ["Agency"], [("name", "乙市商务局"), ("aliases", shared)]);
        graph.AddNode("agency:甲市商务局", ["Agency"], [("aliases", new[] { "甲市商务局" })]);

        var nodes = graph.Build().Nodes;

        Assert.Equal(["商务局", "甲市商务局"], (IEnumerable<string>)nodes[0]["aliases"]!);
        Assert.Equal(["商务局"], (IEnumerable<string>)nodes[1]["aliases"]!);
        Assert.Equal(["商务局"], shared);
    }

    [Fact]
    public void A_key_given_twice_in_one_statement_keeps_its_first_value()
    {
        var graph = new GraphAccumulator();
        graph.AddNode("m:1", ["Measure"], [("line", 3L), ("line", 4L), ("page", null)]);

        var node = Assert.Single(graph.Build().Nodes);

        Assert.Equal(["id", "line"], node.Properties.Keys);
        Assert.Equal(3L, node["line"]);
        Assert.Null(node["page"]);
    }

    [Fact]
    public void Nodes_of_one_label_with_different_keys_keep_their_own()
    {
        var graph = new GraphAccumulator();
        graph.AddNode("m:1", ["Measure"], [("line", 3L), ("deadline", "2026年底前")]);
        graph.AddNode("m:2", ["Measure"], [("line", 4L), ("deadline", null)]);
        graph.AddNode("m:3", ["Measure"], [("line", 5L), ("deadline", "长期")]);

        var nodes = graph.Build().Nodes;

        Assert.Equal(["id,line,deadline", "id,line", "id,line,deadline"], nodes.Select(n => string.Join(",", n.Properties.Keys)));
        Assert.Equal(["m:1", "m:2", "m:3"], nodes.Select(n => n["id"]));
        Assert.Equal("长期", nodes[2]["deadline"]);
    }

    [Fact]
    public void A_merge_that_adds_a_key_to_one_node_leaves_the_nodes_stated_with_the_same_keys_as_they_were()
    {
        var graph = new GraphAccumulator();
        graph.AddNode("m:1", ["Measure"], [("line", 3L)]);
        graph.AddNode("m:2", ["Measure"], [("line", 4L)]);
        graph.AddNode("m:1", ["Measure"], [("page", 2L)]);
        graph.AddNode("m:3", ["Measure"], [("line", 5L)]);

        var nodes = graph.Build().Nodes;

        Assert.Equal(["id,line,page", "id,line", "id,line"], nodes.Select(n => string.Join(",", n.Properties.Keys)));
        Assert.Equal([3L, 4L, 5L], nodes.Select(n => n["line"]));
        Assert.Equal(2L, nodes[0]["page"]);
    }

    [Fact]
    public void Nothing_can_be_added_once_the_graph_is_built_since_the_graph_shares_the_nodes_arrays()
    {
        var graph = new GraphAccumulator();
        graph.AddNode("m:1", ["Measure"], [("line", 3L)]);
        var built = graph.Build();

        Assert.Throws<InvalidOperationException>(() => graph.AddNode("m:1", ["Measure"], [("page", 2L)]));
        Assert.Throws<InvalidOperationException>(() => graph.AddRelationship("NEXT", "m:1", "m:1", []));
        Assert.Throws<InvalidOperationException>(() => graph.Build());
        Assert.Equal(["id", "line"], Assert.Single(built.Nodes).Properties.Keys);
    }
}
