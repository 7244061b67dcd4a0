using PolicyGraph.Core.Model;

namespace PolicyGraph.Embedded.Tests.Execution;

/// <summary>
/// A deterministic policy-shaped graph for performance checks: agencies responsible for measures, measures
/// contained in documents and applying in zones, documents citing earlier ones. Sizes scale with
/// <paramref name="nodeCount"/>; the shape (not the content) is what the checks depend on.
/// </summary>
public static class PolicyGraphFixture
{
    public static PropertyGraph Generate(int nodeCount, int seed = 7)
    {
        var random = new Random(seed);
        var agencies = Math.Max(5, nodeCount / 100);
        var zones = Math.Max(3, nodeCount / 500);
        var documents = Math.Max(5, nodeCount / 50);
        var measures = nodeCount - agencies - zones - documents;
        var nodes = new List<GraphNode>(nodeCount);
        var relationships = new List<GraphRelationship>();
        Add(nodes, "Agency", agencies, i => new() { ["name"] = $"agency {i}" });
        Add(nodes, "Zone", zones, i => new() { ["name"] = $"zone {i}" });
        Add(nodes, "Document", documents, i => new() { ["title"] = $"document {i}", ["year"] = 2015L + i % 10 });
        Add(nodes, "Measure", measures, i => new() { ["title"] = $"measure {i}", ["text"] = $"text of measure {i} about topic {i % 37}" });
        for (var m = 0; m < measures; m++)
        {
            Link(relationships, "CONTAINS", $"Document-{m % documents}", $"Measure-{m}");
            Link(relationships, "APPLIES_IN", $"Measure-{m}", $"Zone-{random.Next(zones)}");
            for (var k = random.Next(1, 3); k > 0; k--) Link(relationships, "RESPONSIBLE_FOR", $"Agency-{random.Next(agencies)}", $"Measure-{m}");
        }
        for (var d = 1; d < documents; d++) Link(relationships, "CITES", $"Document-{d}", $"Document-{random.Next(d)}");
        return new PropertyGraph(nodes, relationships);
    }

    private static void Add(List<GraphNode> nodes, string label, int count, Func<int, Dictionary<string, object>> properties)
    {
        for (var i = 0; i < count; i++) nodes.Add(new GraphNode($"{label}-{i}", [label], properties(i)));
    }

    private static void Link(List<GraphRelationship> relationships, string type, string start, string end) =>
        relationships.Add(new GraphRelationship($"{type}-{relationships.Count}", type, start, end, new Dictionary<string, object>()));
}
