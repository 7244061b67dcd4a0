using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Web.Graph;

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
        api.MapGet("/graph", GetWholeGraph).WithName("GetWholeGraph").CacheOutput()
            .WithSummary("The whole loaded graph as Cytoscape elements.");
        return api;
    }

    public static async Task<Ok<GraphOverview>> GetOverview(GraphWorkspace workspace)
    {
        var graph = await workspace.GetAsync();
        var nodes = graph.Index.Graph.Nodes;
        var relationships = graph.Index.Graph.Relationships;
        var labels = nodes.GroupBy(n => NodeNaming.PrimaryLabel(n.Labels))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var types = relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return TypedResults.Ok(new GraphOverview(graph.Backend.Name, nodes.Count, relationships.Count, labels, types,
            NamedNodes(graph, "Document", n => n["cited"] is not true), NamedNodes(graph, "Zone", _ => true), graph.Diagnostics));
    }

    public static async Task<Ok<CyElements>> GetWholeGraph(GraphWorkspace workspace)
    {
        var graph = await workspace.GetAsync();
        var elements = new ElementsBuilder(graph.Index);
        foreach (var node in graph.Index.Graph.Nodes)
            elements.AddNode(node);
        foreach (var relationship in graph.Index.Graph.Relationships)
            elements.AddRelationship(relationship);
        return TypedResults.Ok(elements.Build());
    }

    private static IReadOnlyList<NamedItem> NamedNodes(LoadedGraph graph, string label, Func<Core.Model.GraphNode, bool> keep) =>
        graph.Index.Graph.Nodes.Where(n => n.HasLabel(label) && keep(n))
            .Select(n => new NamedItem(n.Id, NodeNaming.DisplayName(n)))
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ToArray();
}
