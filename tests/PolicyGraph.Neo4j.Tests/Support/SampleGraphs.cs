using PolicyGraph.Core.Model;

namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>
/// Small graphs in the public graph contract's shape: two source documents sharing an agency and a zone,
/// one cited document, an innovation batch, and links that cross documents.
/// </summary>
internal static class SampleGraphs
{
    public static PropertyGraph TwoDocuments()
    {
        var nodes = new List<GraphNode>
        {
            Node("document:aaaa", ["Document"], ("title", "实施方案"), ("sourceFile", "a.txt"), ("issuedOn", "2026-01-05"), ("jurisdiction", "福州市")),
            Node("section:aaaa:1", ["Section"], ("title", "一、总体要求"), ("ordinal", 1L), ("level", 1L)),
            Node("section:aaaa:1.1", ["Section"], ("title", "（一）目标"), ("ordinal", 1L), ("level", 2L)),
            Node("measure:aaaa:1", ["Measure"], ("seq", 1L), ("text", "开展跨境资金池试点。"), ("sourceFile", "a.txt"), ("line", 12L)),
            Node("measure:aaaa:2", ["Measure"], ("seq", 2L), ("text", "推进QFLP试点。"), ("sourceFile", "a.txt"), ("line", 14L)),
            Node("document:bbbb", ["Document"], ("title", "创新举措"), ("sourceFile", "b.txt")),
            Node("batch:fj:19", ["InnovationBatch"], ("number", 19L), ("issuedOn", "2022-03-01")),
            Node("measure:bbbb:1", ["Measure", "Innovation"], ("seq", 1L), ("text", "跨境资金池业务试点。"),
                ("novelty", "全国首创"), ("concernsTaiwan", false), ("sourceFile", "b.txt"), ("line", 7L)),
            Node("doc:cited:国发〔2020〕1号", ["Document"], ("docNumber", "国发〔2020〕1号"), ("cited", true)),
            Node("agency:福州市商务局", ["Agency"], ("name", "福州市商务局"), ("aliases", new[] { "市商务局", "福州市商务局" }), ("level", "municipal")),
            Node("zone:福州片区", ["Zone"], ("name", "福州片区"), ("kind", "ftz-area")),
            Node("zone:福建省", ["Zone"], ("name", "福建省"), ("kind", "province")),
        };
        var relationships = new List<GraphRelationship>
        {
            Rel("HAS_SECTION", "document:aaaa", "section:aaaa:1"),
            Rel("HAS_SECTION", "section:aaaa:1", "section:aaaa:1.1"),
            Rel("CONTAINS", "section:aaaa:1.1", "measure:aaaa:1"),
            Rel("CONTAINS", "section:aaaa:1.1", "measure:aaaa:2"),
            Rel("CONTAINS", "document:aaaa", "measure:aaaa:1"),
            Rel("RESPONSIBLE_FOR", "agency:福州市商务局", "measure:aaaa:1", ("order", 1L), ("sources", new[] { "body", "table" }), ("line", 12L)),
            Rel("APPLIES_IN", "measure:aaaa:1", "zone:福州片区", ("sources", new[] { "body" })),
            Rel("ISSUED_BY", "document:aaaa", "agency:福州市商务局"),
            Rel("CITES", "document:aaaa", "doc:cited:国发〔2020〕1号"),
            Rel("PUBLISHES", "document:bbbb", "batch:fj:19"),
            Rel("INCLUDES", "batch:fj:19", "measure:bbbb:1"),
            Rel("PILOTED_IN", "measure:bbbb:1", "zone:福州片区"),
            Rel("MENTIONS", "document:bbbb", "zone:福建省"),
            Rel("PART_OF", "zone:福州片区", "zone:福建省"),
            Rel("SIMILAR_TO", "measure:aaaa:1", "measure:bbbb:1", ("score", 0.82)),
        };
        return new PropertyGraph(nodes, relationships);
    }

    public static GraphNode Node(string id, string[] labels, params (string Key, object Value)[] properties) =>
        new(id, labels, properties.ToDictionary(p => p.Key, p => Normalize(p.Value)));

    public static GraphRelationship Rel(string type, string start, string end, params (string Key, object Value)[] properties) =>
        new($"{type}:{start}->{end}", type, start, end, properties.ToDictionary(p => p.Key, p => Normalize(p.Value)));

    private static object Normalize(object value) => value is string[] list ? (IReadOnlyList<string>)list : value;
}
