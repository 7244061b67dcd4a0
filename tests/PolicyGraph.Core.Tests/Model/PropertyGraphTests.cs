using PolicyGraph.Core.Model;

namespace PolicyGraph.Core.Tests.Model;

public sealed class PropertyGraphTests
{
    private static readonly PropertyMap NoProperties = new([], []);

    private static GraphNode Node(string id) => new(id, ["Measure"], NoProperties);

    private static GraphRelationship Edge(string start, string end) => new($"R:{start}->{end}", "R", start, end, NoProperties);

    [Fact]
    public void A_missing_end_is_refused_after_edges_that_share_its_start()
    {
        var document = "document:a";
        var nodes = new[] { Node(document), Node("measure:a:1") };
        var edges = new[] { Edge(document, "measure:a:1"), Edge(document, "measure:a:2") };

        var error = Assert.Throws<ArgumentException>(() => new PropertyGraph(nodes, edges));

        Assert.Contains("R:document:a->measure:a:2", error.Message);
    }

    [Fact]
    public void Ends_are_found_by_their_characters_whatever_the_instance()
    {
        var nodes = new[] { Node("document:a"), Node("measure:a:1") };
        var edges = new[] { Edge("document:a", "measure:a:1"), Edge(new string("document:a".ToCharArray()), new string("measure:a:1".ToCharArray())) };

        var graph = new PropertyGraph(nodes, edges);

        Assert.Equal(2, graph.Relationships.Count);
        Assert.Same(nodes[1], graph.FindNode("measure:a:1"));
    }
}
