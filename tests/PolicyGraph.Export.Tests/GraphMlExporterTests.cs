using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export.Tests;

public class GraphMlExporterTests
{
    private static readonly XNamespace G = GraphMlExporter.Namespace;

    private static XDocument Export(PropertyGraph graph) => XDocument.Parse(new GraphMlExporter().WriteToString(graph));

    private static Dictionary<string, string> Data(XElement element, XDocument doc)
    {
        var names = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        return element.Elements(G + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
    }

    [Fact]
    public void Keys_declare_each_property_with_its_type_before_the_graph()
    {
        var doc = Export(TestGraphs.Policy());
        var keys = doc.Root!.Elements(G + "key")
            .ToDictionary(k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!), k => (string)k.Attribute("attr.type")!);

        Assert.Equal("long", keys[("node", "seq")]);
        Assert.Equal("boolean", keys[("node", "concernsTaiwan")]);
        Assert.Equal("string", keys[("node", "aliases")]);
        Assert.Equal("string", keys[("node", "labels")]);
        Assert.Equal("string", keys[("edge", "type")]);
        Assert.Equal("long", keys[("edge", "order")]);
        Assert.Equal("double", keys[("node", "weight")]);
        Assert.True(doc.Root.Elements().TakeWhile(e => e.Name == G + "key").Count() == keys.Count);
    }

    [Fact]
    public void Graph_holds_every_node_and_edge_with_labels_and_type()
    {
        var doc = Export(TestGraphs.Policy());
        var graph = doc.Root!.Element(G + "graph")!;

        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        Assert.Equal(3, graph.Elements(G + "node").Count());
        Assert.Equal(2, graph.Elements(G + "edge").Count());
        var measure = graph.Elements(G + "node").Single(n => (string)n.Attribute("id")! == "measure:abc:1");
        Assert.Equal(":Measure:Innovation", Data(measure, doc)["labels"]);
        var responsible = graph.Elements(G + "edge").Single(e => Data(e, doc)["type"] == "RESPONSIBLE_FOR");
        Assert.Equal("agency:福州市商务局", (string)responsible.Attribute("source")!);
        Assert.Equal("measure:abc:1", (string)responsible.Attribute("target")!);
    }

    [Fact]
    public void Markup_and_quotes_in_text_are_escaped_and_read_back_verbatim()
    {
        var text = new GraphMlExporter().WriteToString(TestGraphs.Policy());
        var doc = XDocument.Parse(text);
        var measure = doc.Descendants(G + "node").Single(n => (string)n.Attribute("id")! == "measure:abc:1");

        Assert.DoesNotContain("<script>", text);
        Assert.Equal(TestGraphs.HostileText, Data(measure, doc)["text"]);
    }

    [Fact]
    public void Lists_are_json_strings()
    {
        var doc = Export(TestGraphs.Policy());
        var agency = doc.Descendants(G + "node").Single(n => (string)n.Attribute("id")! == "agency:福州市商务局");
        var edge = doc.Descendants(G + "edge").Single(e => Data(e, doc)["type"] == "RESPONSIBLE_FOR");

        Assert.Equal(["市商务局", "福州市商务局"], JArray.Parse(Data(agency, doc)["aliases"]).Values<string>());
        Assert.Equal([12L, 208L], JArray.Parse(Data(edge, doc)["lines"]).Values<long>());
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_replaced_not_fatal()
    {
        var graph = new PropertyGraph(
            [new GraphNode("n1", ["Measure"], new Dictionary<string, object> { ["text"] = "a\u0001b\u0000c" })], []);

        var doc = Export(graph);

        Assert.Equal("a\uFFFDb\uFFFDc", Data(doc.Descendants(G + "node").Single(), doc)["text"]);
    }

    [Fact]
    public void Property_named_labels_does_not_collide_with_the_label_attribute()
    {
        var graph = new PropertyGraph(
            [new GraphNode("n1", ["Zone"], new Dictionary<string, object> { ["labels"] = "x" })], []);

        var doc = Export(graph);
        var data = Data(doc.Descendants(G + "node").Single(), doc);

        Assert.Equal(":Zone", data["labels"]);
        Assert.Equal("x", data["property:labels"]);
    }

    [Fact]
    public void Output_does_not_depend_on_insertion_order()
    {
        var exporter = new GraphMlExporter();

        Assert.Equal(exporter.WriteToString(TestGraphs.Policy()), exporter.WriteToString(TestGraphs.PolicyReordered()));
    }
}
