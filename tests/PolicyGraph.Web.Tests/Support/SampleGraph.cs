using PolicyGraph.Core.Model;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// A small hand-made graph with known answers, following the public graph contract, plus the source texts its
/// provenance points into (one of them carries markup that must stay text).
/// </summary>
public static class SampleGraph
{
    public const string DocA = "document:aaaa000000000001";
    public const string DocB = "document:bbbb000000000002";
    public const string Commerce = "agency:福州市商务局";
    public const string Finance = "agency:福州市委金融办";
    public const string ProvinceCommerce = "agency:福建省商务厅";
    public const string HumanResources = "agency:福州市人力资源和社会保障局";
    public const string Development = "agency:福州市发展和改革委员会";
    public const string FuzhouArea = "zone:福州片区";
    public const string FuzhouCity = "zone:福州市";
    public const string MeasureA1 = "measure:aaaa000000000001:1";
    public const string MeasureA2 = "measure:aaaa000000000001:2";
    public const string MeasureB1 = "measure:bbbb000000000002:1";
    public const string QuoteA1 = "责任单位：市商务局、市委金融办";

    public static readonly IReadOnlyDictionary<string, string> SourceFiles = new Dictionary<string, string>
    {
        ["doc-a.txt"] = string.Join('\n',
            "福州市测试实施方案",
            "（一）深化金融合作。稳步推进合格境外有限合伙人（QFLP）试点工作。（实施范围：自贸试验区福州片区，责任单",
            "位：市商务局、市委金融办）",
            "（二）优化跨境资金池。支持跨国公司开展资金池业务。（实施范围：福州市，责任单位：市委金融办）",
            "<script>alert('x')</script><b>不是标记</b>"),
        ["doc-b.txt"] = string.Join('\n',
            "福建省测试通知",
            "1. 推进QFLP试点。责任单位：省商务厅"),
    };

    public static PropertyGraph Build() => new(Nodes(), Relationships());

    private static IEnumerable<GraphNode> Nodes() =>
    [
        Node(DocA, ["Document"], ("title", "福州市测试实施方案"), ("sourceFile", "doc-a.txt"), ("docNumber", "榕测〔2026〕1号")),
        Node(DocB, ["Document"], ("title", "福建省测试通知"), ("sourceFile", "doc-b.txt")),
        Node(MeasureA1, ["Measure"], ("seq", 1L), ("title", "深化金融合作"), ("text", "稳步推进合格境外有限合伙人（QFLP）试点工作。"),
            ("sourceFile", "doc-a.txt"), ("line", 2L)),
        Node(MeasureA2, ["Measure"], ("seq", 2L), ("title", "优化跨境资金池"), ("text", "支持跨国公司开展资金池业务。"),
            ("sourceFile", "doc-a.txt"), ("line", 4L)),
        Node(MeasureB1, ["Measure"], ("seq", 1L), ("title", "推进QFLP试点"), ("text", "推进QFLP试点。"),
            ("sourceFile", "doc-b.txt"), ("line", 2L)),
        Node(Commerce, ["Agency"], ("name", "福州市商务局"), ("aliases", new[] { "市商务局", "福州市商务局" }), ("level", "municipal")),
        Node(Finance, ["Agency"], ("name", "福州市委金融办"), ("aliases", new[] { "市委金融办" }), ("level", "municipal")),
        Node(ProvinceCommerce, ["Agency"], ("name", "福建省商务厅"), ("aliases", new[] { "省商务厅" }), ("level", "provincial")),
        Node(HumanResources, ["Agency"], ("name", "福州市人力资源和社会保障局"), ("level", "municipal")),
        Node(Development, ["Agency"], ("name", "福州市发展和改革委员会"), ("level", "municipal")),
        Node(FuzhouArea, ["Zone"], ("name", "福州片区"), ("kind", "ftz-area")),
        Node(FuzhouCity, ["Zone"], ("name", "福州市"), ("kind", "city")),
    ];

    private static IEnumerable<GraphRelationship> Relationships() =>
    [
        Rel("CONTAINS", DocA, MeasureA1),
        Rel("CONTAINS", DocA, MeasureA2),
        Rel("CONTAINS", DocB, MeasureB1),
        Rel("RESPONSIBLE_FOR", Commerce, MeasureA1, ("order", 1L), ("sources", new[] { "body", "table" }),
            ("asWritten", "市商务局"), ("line", 2L), ("quote", QuoteA1)),
        Rel("RESPONSIBLE_FOR", Finance, MeasureA1, ("order", 2L), ("sources", new[] { "body" }),
            ("asWritten", "市委金融办"), ("line", 2L), ("quote", QuoteA1)),
        Rel("RESPONSIBLE_FOR", Finance, MeasureA2, ("order", 1L), ("sources", new[] { "table" }),
            ("asWritten", "市委金融办"), ("line", 4L), ("quote", "责任单位：市委金融办")),
        Rel("RESPONSIBLE_FOR", ProvinceCommerce, MeasureB1, ("order", 1L), ("sources", new[] { "body" }),
            ("asWritten", "省商务厅"), ("line", 2L), ("quote", "责任单位：省商务厅")),
        Rel("APPLIES_IN", MeasureA1, FuzhouArea, ("sources", new[] { "body" })),
        Rel("APPLIES_IN", MeasureA2, FuzhouCity, ("sources", new[] { "body" })),
        Rel("SIMILAR_TO", MeasureA1, MeasureB1, ("score", 0.82)),
        Rel("PART_OF", FuzhouArea, FuzhouCity),
    ];

    private static GraphNode Node(string id, string[] labels, params (string Key, object Value)[] properties) =>
        new(id, labels, Properties(properties));

    private static GraphRelationship Rel(string type, string start, string end, params (string Key, object Value)[] properties) =>
        new($"{type}:{start}->{end}", type, start, end, Properties(properties));

    private static IReadOnlyDictionary<string, object> Properties((string Key, object Value)[] properties) =>
        properties.ToDictionary(p => p.Key, p => p.Value is string[] list ? (object)list.ToList() : p.Value);
}
