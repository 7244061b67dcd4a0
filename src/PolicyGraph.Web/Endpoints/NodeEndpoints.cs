using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Model;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Endpoints;

/// <summary>A node with how many relationships of each type it has, for the details panel.</summary>
public sealed record NodeDetails(CyNode Node, IReadOnlyDictionary<string, int> RelationshipCounts, int Degree);

/// <summary>One page of a node's neighbourhood; <see cref="NextOffset"/> is null when nothing more is left.</summary>
public sealed record NeighbourPage(string NodeId, CyElements Elements, int Total, int Offset, int? NextOffset);

public static class NodeEndpoints
{
    public static RouteGroupBuilder MapNodes(this RouteGroupBuilder api)
    {
        var nodes = api.MapGroup("/nodes");
        nodes.MapGet("/{id}", GetNode).WithName("GetNode").WithSummary("A node's properties and relationship counts.");
        nodes.MapGet("/{id}/neighbours", GetNeighbours).WithName("GetNeighbours")
            .WithSummary("A page of the node's relationships and the nodes at their other end, as Cytoscape elements.");
        return api;
    }

    public static async Task<Results<Ok<NodeDetails>, ProblemHttpResult>> GetNode(string id, GraphWorkspace workspace)
    {
        var graph = await workspace.GetAsync();
        if (graph.Index.FindNode(id) is not { } node)
            return Problems.NotFound("Node", id);
        var relationships = graph.Index.RelationshipsOf(id);
        var counts = relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var element = new ElementsBuilder(graph.Index).AddNode(node).Build().Nodes[0];
        return TypedResults.Ok(new NodeDetails(element, counts, relationships.Count));
    }

    /// <param name="type">Only relationships of this type (e.g. RESPONSIBLE_FOR).</param>
    public static async Task<Results<Ok<NeighbourPage>, ProblemHttpResult>> GetNeighbours(
        string id, int? offset, int? limit, string? type, GraphWorkspace workspace, IOptions<PolicyGraphWebOptions> options)
    {
        var graph = await workspace.GetAsync();
        if (graph.Index.FindNode(id) is not { } node)
            return Problems.NotFound("Node", id);
        var ordered = graph.Index.RelationshipsOf(id)
            .Where(r => type is null || r.Type == type)
            .OrderBy(r => r.Type, StringComparer.Ordinal)
            .ThenBy(r => OtherEndName(graph.Index, r, id), StringComparer.Ordinal)
            .ToArray();
        var start = Math.Max(0, offset ?? 0);
        var size = Math.Clamp(limit ?? options.Value.NeighbourPageSize, 1, 500);
        var elements = new ElementsBuilder(graph.Index).AddNode(node);
        foreach (var relationship in ordered.Skip(start).Take(size))
            elements.AddRelationship(relationship);
        var next = start + size < ordered.Length ? start + size : (int?)null;
        return TypedResults.Ok(new NeighbourPage(id, elements.Build(), ordered.Length, start, next));
    }

    private static string OtherEndName(GraphIndex index, GraphRelationship relationship, string id)
    {
        var other = relationship.StartId == id ? relationship.EndId : relationship.StartId;
        return index.FindNode(other) is { } node ? NodeNaming.DisplayName(node) : other;
    }
}
