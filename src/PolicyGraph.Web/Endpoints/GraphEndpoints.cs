using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Layout;

namespace PolicyGraph.Web.Endpoints;

/// <summary>A named item for the page's filter lists.</summary>
public sealed record NamedItem(string Id, string Name);

/// <summary>What the graph holds, for filters and the start page.</summary>
public sealed record GraphOverview(
    string Backend,
    int NodeCount,
    int RelationshipCount,
    IReadOnlyDictionary<string, int> Labels,
    IReadOnlyDictionary<string, int> RelationshipTypes,
    IReadOnlyList<NamedItem> Documents,
    IReadOnlyList<NamedItem> Zones,
    IReadOnlyList<string> Diagnostics);

public static class GraphEndpoints
{
    public static RouteGroupBuilder MapGraph(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", GetOverview).WithName("GetOverview")
            .WithSummary("Counts by label and relationship type, the documents and zones, and loader diagnostics.");
        api.MapGet("/graph", GetWholeGraph).WithName("GetWholeGraph").CacheOutput(QueryEndpoints.CachePolicy)
            .WithSummary("The whole graph as Cytoscape elements, nodes positioned by the server's layout.");
        return api;
    }

    public static async Task<Ok<GraphOverview>> GetOverview(GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        var (labels, types) = await graph.Reader.CountsAsync(cancellationToken);
        var documents = await NamedNodes(graph, NodeLabels.Document, cancellationToken);
        var zones = await NamedNodes(graph, NodeLabels.Zone, cancellationToken);
        return TypedResults.Ok(new GraphOverview(graph.Backend.Name, labels.Values.Sum(), types.Values.Sum(), labels, types,
            documents, zones, graph.Diagnostics));
    }

    /// <summary>Nodes come with the server's positions (cached per content) unless the graph is too large for it.</summary>
    public static async Task<Ok<CyElements>> GetWholeGraph(GraphWorkspace workspace, ServerLayout layout, HttpContext context)
    {
        var graph = await workspace.GetAsync();
        return TypedResults.Ok(await layout.PositionAsync(await graph.Reader.WholeGraphAsync(context.RequestAborted), context));
    }

    // Documents only cited (cited: true) are not loaded documents and make no sense as a filter.
    private static async Task<IReadOnlyList<NamedItem>> NamedNodes(LoadedGraph graph, string label, CancellationToken cancellationToken) =>
        (await graph.Reader.NodesWithLabelAsync(label, cancellationToken))
            .Where(n => n.Properties.GetValueOrDefault(PropertyNames.Cited) is not true)
            .Select(n => new NamedItem(ElementsBuilder.PolicyId(n), NodeNaming.DisplayName(ElementsBuilder.PolicyId(n), n.Labels, n.Properties)))
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ToArray();
}
