using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Layout;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// A deterministic pseudo-random view with the app's labels and relationship types (a linear congruential generator,
/// the same numbers on every machine): the rendering benchmark's large view and the layout tests' big input.
/// </summary>
public static class SyntheticView
{
    private static readonly string[] Labels = ["Agency", "Measure", "Document", "Section", "Zone", "Innovation"];
    private static readonly string[] Types = ["RESPONSIBLE_FOR", "APPLIES_IN", "CONTAINS", "CITES"];

    public static IReadOnlyList<(string Source, string Target)> Links(int nodes, int edges)
    {
        long seed = 42;
        int Next(int bound) => (int)((seed = (seed * 1103515245 + 12345) % 2147483648) % bound);
        return Enumerable.Range(0, edges).Select(_ =>
        {
            var source = Next(nodes);
            return ("n" + source, "n" + (source + 1 + Next(nodes - 1)) % nodes);
        }).ToArray();
    }

    public static LayoutGraph Graph(int nodes, int edges) =>
        LayoutGraph.From(Enumerable.Range(0, nodes).Select(i => "n" + i), Links(nodes, edges));

    public static CyElements Elements(int nodes, int edges)
    {
        var empty = new Dictionary<string, object?>();
        var cyNodes = Enumerable.Range(0, nodes).Select(i =>
            new CyNode(new CyNodeData("n" + i, Labels[i % Labels.Length], [Labels[i % Labels.Length]], "节点" + i, null, null, empty), Labels[i % Labels.Length]));
        var cyEdges = Links(nodes, edges).Select((link, i) =>
            new CyEdge(new CyEdgeData("e" + i, link.Source, link.Target, Types[i % Types.Length], null, empty), Types[i % Types.Length]));
        return new CyElements(cyNodes.ToArray(), cyEdges.ToArray());
    }
}
