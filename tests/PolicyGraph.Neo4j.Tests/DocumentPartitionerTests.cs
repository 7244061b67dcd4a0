using PolicyGraph.Core.Model;
using PolicyGraph.Neo4j.Loading;
using static PolicyGraph.Neo4j.Tests.Support.SampleGraphs;

namespace PolicyGraph.Neo4j.Tests;

public sealed class DocumentPartitionerTests
{
    private static readonly IReadOnlyList<LoadGroup> Groups = DocumentPartitioner.Partition(TwoDocuments());

    private static LoadGroup Group(string name) => Groups.Single(g => g.Name == name);

    [Fact]
    public void Shared_nodes_come_first_then_one_group_per_document_then_cross_document_links()
    {
        Assert.Equal(["shared nodes", "document a.txt", "document b.txt", "cross-document links"], Groups.Select(g => g.Name));
    }

    [Fact]
    public void Agencies_zones_and_cited_documents_are_shared_with_the_edges_among_them()
    {
        var shared = Group("shared nodes");

        Assert.Equal(["agency:福州市商务局", "doc:cited:国发〔2020〕1号", "zone:福州片区", "zone:福建省"], shared.Nodes.Select(n => n.Id).Order());
        Assert.Equal(["PART_OF"], shared.Relationships.Select(r => r.Type));
    }

    [Fact]
    public void A_document_owns_its_subtree_and_the_edges_from_or_to_it()
    {
        var a = Group("document a.txt");

        Assert.Equal(["document:aaaa", "measure:aaaa:1", "measure:aaaa:2", "section:aaaa:1", "section:aaaa:1.1"], a.Nodes.Select(n => n.Id).Order());
        Assert.Equal(["APPLIES_IN", "CITES", "CONTAINS", "CONTAINS", "CONTAINS", "HAS_SECTION", "HAS_SECTION", "ISSUED_BY", "RESPONSIBLE_FOR"],
            a.Relationships.Select(r => r.Type).Order());
        Assert.Equal(["batch:fj:19", "document:bbbb", "measure:bbbb:1"], Group("document b.txt").Nodes.Select(n => n.Id).Order());
    }

    [Fact]
    public void Edges_between_two_documents_wait_until_both_are_loaded()
    {
        Assert.Equal(["SIMILAR_TO"], Group("cross-document links").Relationships.Select(r => r.Type));
    }

    [Fact]
    public void A_node_two_documents_both_contain_is_shared()
    {
        var graph = new PropertyGraph(
            [Node("document:a", ["Document"]), Node("document:b", ["Document"]), Node("section:common", ["Section"])],
            [Rel("HAS_SECTION", "document:a", "section:common"), Rel("HAS_SECTION", "document:b", "section:common")]);

        var groups = DocumentPartitioner.Partition(graph);

        Assert.Equal(["section:common"], groups.Single(g => g.Name == "shared nodes").Nodes.Select(n => n.Id));
        Assert.All(groups.Where(g => g.Name.StartsWith("document")), g => Assert.Single(g.Relationships));
    }

    [Fact]
    public void Every_element_is_in_exactly_one_group()
    {
        var graph = TwoDocuments();

        Assert.Equal(graph.Nodes.Count, Groups.Sum(g => g.Nodes.Count));
        Assert.Equal(graph.Relationships.Count, Groups.Sum(g => g.Relationships.Count));
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(), Groups.SelectMany(g => g.Nodes).Select(n => n.Id).Order());
    }
}
