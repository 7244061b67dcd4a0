using System.Diagnostics;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Queries;

/// <summary>Runs Cypher on the loaded graph's backend and shapes the result as table and graph.</summary>
public static class QueryRunner
{
    public static async Task<QueryAnswer> RunAsync(
        LoadedGraph graph,
        string cypher,
        IReadOnlyDictionary<string, object?> parameters,
        QueryOptions options,
        IReadOnlyList<QueryLink> links,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = await graph.Backend.RunAsync(cypher, parameters, options, cancellationToken);
        var elements = graph.Reader.NewElements();
        foreach (var row in result.Rows)
            row.ToList().ForEach(elements.AddNodesOf);
        foreach (var row in result.Rows)
            row.ToList().ForEach(value => elements.AddValue(value));
        AddLinks(elements, result, links);
        var rows = result.Rows.Select(row => (IReadOnlyList<object?>)row.Select(ToCell).ToArray()).ToArray();
        return new QueryAnswer(result.Columns, rows, elements.Build(), result.Truncated, clock.Elapsed.TotalMilliseconds);
    }

    private static void AddLinks(ElementsBuilder elements, QueryResult result, IReadOnlyList<QueryLink> links)
    {
        foreach (var link in links)
        {
            var source = IndexOf(result.Columns, link.SourceColumn);
            var target = IndexOf(result.Columns, link.TargetColumn);
            var weight = link.WeightColumn is null ? -1 : IndexOf(result.Columns, link.WeightColumn);
            if (source < 0 || target < 0)
                continue;
            foreach (var row in result.Rows)
            {
                if (row[source] is NodeValue a && row[target] is NodeValue b)
                    elements.AddVirtualEdge(ElementsBuilder.PolicyId(a), ElementsBuilder.PolicyId(b), link.Label, weight < 0 ? null : row[weight]);
            }
        }
    }

    private static int IndexOf(IReadOnlyList<string> columns, string name) =>
        columns.ToList().FindIndex(c => string.Equals(c, name, StringComparison.Ordinal));

    private static object? ToCell(object? value) => value switch
    {
        NodeValue node => new NodeCell("node", ElementsBuilder.PolicyId(node), NodeNaming.PrimaryLabel(node.Labels),
            NodeNaming.DisplayName(ElementsBuilder.PolicyId(node), node.Labels, node.Properties)),
        RelationshipValue rel => new RelationshipCell("relationship", ElementsBuilder.PolicyId(rel), rel.Type),
        PathValue path => new PathCell("path", path.Nodes.Select(ElementsBuilder.PolicyId).ToArray(), path.Relationships.Count),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => ToCell(p.Value)),
        IReadOnlyList<object?> list => list.Select(ToCell).ToArray(),
        _ => value,
    };
}
