using PolicyGraph.Core.Model;

namespace PolicyGraph.Export.Tests;

/// <summary>Small graphs with the awkward content real documents bring: quotes, markup, line breaks, lists.</summary>
internal static class TestGraphs
{
    public const string HostileText = "他说：\"<script>alert('x')</script>\" & C:\\temp\\n\r\nline2\t'}) DETACH DELETE n //";

    public static PropertyGraph Policy() => new(Nodes(), Relationships());

    public static IReadOnlyList<GraphNode> Nodes() =>
    [
        new("document:abc", ["Document"], new Dictionary<string, object>
        {
            ["title"] = "福州市关于做好自由贸易试验区试点措施复制推广工作的实施方案",
            ["docNumber"] = "闽自贸办函〔2022〕15号",
            ["issuedOn"] = "2022-08-05",
        }),
        new("measure:abc:1", ["Measure", "Innovation"], new Dictionary<string, object>
        {
            ["seq"] = 1L,
            ["text"] = HostileText,
            ["line"] = 42L,
            ["concernsTaiwan"] = true,
            ["weight"] = 0.75,
        }),
        new("agency:福州市商务局", ["Agency"], new Dictionary<string, object>
        {
            ["name"] = "福州市商务局",
            ["aliases"] = new List<string> { "市商务局", "福州市商务局" },
            ["weight"] = 2L,
        }),
    ];

    public static IReadOnlyList<GraphRelationship> Relationships() =>
    [
        new("CONTAINS:document:abc->measure:abc:1", "CONTAINS", "document:abc", "measure:abc:1",
            new Dictionary<string, object>()),
        new("RESPONSIBLE_FOR:agency:福州市商务局->measure:abc:1", "RESPONSIBLE_FOR", "agency:福州市商务局", "measure:abc:1",
            new Dictionary<string, object>
            {
                ["order"] = 1L,
                ["sources"] = new List<string> { "body", "table" },
                ["quote"] = "责任单位：市商务局\"、'",
                ["lines"] = new List<long> { 12, 208 },
            }),
    ];

    /// <summary>The same graph with nodes, relationships and property insertion order reversed.</summary>
    public static PropertyGraph PolicyReordered() => new(
        Nodes().Reverse().Select(n => n with { Properties = n.Properties.Reverse().ToDictionary() }),
        Relationships().Reverse().Select(r => r with { Properties = r.Properties.Reverse().ToDictionary() }));
}
