using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

public class ElementsBuilderTests
{
    private static readonly DocumentFiles Documents = new([new DocumentFile(SampleGraph.DocA, "doc-a.txt", "福州市测试实施方案")]);

    [Fact]
    public void Query_values_are_keyed_by_policy_id_not_backend_element_id()
    {
        var agency = new NodeValue("17", ["Agency"], new Dictionary<string, object?> { ["id"] = SampleGraph.Finance, ["name"] = "福州市委金融办" });
        var measure = new NodeValue("42", ["Measure"],
            new Dictionary<string, object?> { ["id"] = SampleGraph.MeasureA2, ["title"] = "优化跨境资金池", ["sourceFile"] = "seeds/doc-a.txt" });
        var responsibility = new RelationshipValue("9", "RESPONSIBLE_FOR", "17", "42", new Dictionary<string, object?> { ["order"] = 1L });

        var builder = new ElementsBuilder(Documents);
        builder.AddNodesOf(new object?[] { responsibility, agency, measure });
        var elements = builder.AddValue(new object?[] { responsibility, agency, measure }).Build();

        Assert.Equal([SampleGraph.Finance, SampleGraph.MeasureA2], elements.Nodes.Select(n => n.Data.Id).Order(StringComparer.Ordinal));
        var edge = Assert.Single(elements.Edges).Data;
        Assert.Equal((SampleGraph.Finance, SampleGraph.MeasureA2), (edge.Source, edge.Target));
        // The provenance document comes from the node's sourceFile, whatever folder it names.
        var measureData = elements.Nodes.Single(n => n.Data.Id == SampleGraph.MeasureA2).Data;
        Assert.Equal(SampleGraph.DocA, measureData.Doc);
        Assert.Equal("优化跨境资金池", measureData.Name);
    }

    [Fact]
    public void Paths_and_nested_lists_contribute_all_their_elements_once()
    {
        var a = new NodeValue("1", ["Agency"], new Dictionary<string, object?> { ["id"] = SampleGraph.Commerce });
        var m = new NodeValue("2", ["Measure"], new Dictionary<string, object?> { ["id"] = SampleGraph.MeasureA1 });
        var r = new RelationshipValue("3", "RESPONSIBLE_FOR", "1", "2", new Dictionary<string, object?>
        {
            ["id"] = $"RESPONSIBLE_FOR:{SampleGraph.Commerce}->{SampleGraph.MeasureA1}", ["quote"] = SampleGraph.QuoteA1,
            ["sources"] = new object?[] { "body", "table" }, ["role"] = "lead",
        });
        var path = new PathValue([a, m], [r]);

        var elements = new ElementsBuilder(Documents).AddValue(new object?[] { path, new object?[] { a, r } }).Build();

        Assert.Equal(2, elements.Nodes.Count);
        var edge = Assert.Single(elements.Edges).Data;
        Assert.Equal(SampleGraph.QuoteA1, edge.Props["quote"]);
        Assert.Equal(("both", "lead"), (edge.Sources, edge.Role));
    }

    [Fact]
    public void Edge_to_an_endpoint_nobody_knows_is_left_out()
    {
        var r = new RelationshipValue("3", "CITES", "100", "101", new Dictionary<string, object?>());

        var elements = new ElementsBuilder(Documents).AddValue(r).Build();

        Assert.Empty(elements.Edges);
        Assert.Empty(elements.Nodes);
    }

    [Fact]
    public void Virtual_edge_needs_both_ends_present()
    {
        var builder = new ElementsBuilder(Documents).AddNode(Node("1", SampleGraph.Commerce));

        builder.AddVirtualEdge(SampleGraph.Commerce, SampleGraph.Finance, "CO_RESPONSIBLE", 1L);
        builder.AddNode(Node("2", SampleGraph.Finance)).AddVirtualEdge(SampleGraph.Commerce, SampleGraph.Finance, "CO_RESPONSIBLE", 1L);

        var edge = Assert.Single(builder.Build().Edges);
        Assert.True(edge.Data.Virtual);
        Assert.Equal("virtual", edge.Classes);
    }

    private static NodeValue Node(string elementId, string id) =>
        new(elementId, ["Agency"], new Dictionary<string, object?> { ["id"] = id });
}
