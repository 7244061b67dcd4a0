using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Endpoints;

/// <summary>
/// A node with how many relationships of each type it has, for the details panel; a document also carries its
/// coverage (how many of its items state units, scope, deadline, roles).
/// </summary>
public sealed record NodeDetails(CyNode Node, IReadOnlyDictionary<string, int> RelationshipCounts, int Degree, DocumentCoverage? Coverage = null);

/// <summary>One page of a node's neighbourhood; <see cref="NextOffset"/> is null when nothing more is left.</summary>
public sealed record NeighbourPage(string NodeId, CyElements Elements, int Total, int Offset, int? NextOffset);

public static class NodeEndpoints
{
    private const int MaxPageSize = 500;

    public static RouteGroupBuilder MapNodes(this RouteGroupBuilder api)
    {
        var nodes = api.MapGroup("/nodes");
        nodes.MapGet("/{id}", GetNode).WithName("GetNode")
            .WithSummary("A node's properties and relationship counts (a document's also its coverage); the id or an exact name.");
        nodes.MapGet("/{id}/neighbours", GetNeighbours).WithName("GetNeighbours")
            .WithSummary("A page of the node's relationships and the nodes at their other end, as Cytoscape elements.");
        return api;
    }

    /// <param name="id">The node's id, or its exact name, title, 文号 or alias.</param>
    public static async Task<Results<Ok<NodeDetails>, ProblemHttpResult>> GetNode(
        string id, GraphWorkspace workspace, NamedQueryCatalog catalog, CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        var lookup = await graph.Entities.ResolveAsync(id, null, cancellationToken);
        if (lookup.Node is not { } node)
            return Problems.Entity("Node", id, lookup);
        var nodeId = ElementsBuilder.PolicyId(node);
        var counts = await graph.Reader.RelationshipCountsAsync(nodeId, cancellationToken);
        var element = graph.Reader.NewElements().ToCy(nodeId, node);
        var coverage = node.Labels.Contains(NodeLabels.Document)
            ? (await CoverageEndpoints.ReadAsync(graph, catalog, nodeId, cancellationToken)).FirstOrDefault() ?? DocumentCoverage.None(nodeId, element.Data.Name)
            : null;
        return TypedResults.Ok(new NodeDetails(element, counts, counts.Values.Sum(), coverage));
    }

    /// <param name="id">The node's id, or its exact name, title, 文号 or alias.</param>
    /// <param name="type">Only relationships of this type (e.g. RESPONSIBLE_FOR).</param>
    public static async Task<Results<Ok<NeighbourPage>, ProblemHttpResult>> GetNeighbours(
        string id, int? offset, int? limit, string? type, GraphWorkspace workspace, IOptions<PolicyGraphWebOptions> options,
        CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        var lookup = await graph.Entities.ResolveAsync(id, null, cancellationToken);
        if (lookup.Node is not { } node)
            return Problems.Entity("Node", id, lookup);
        var start = Math.Max(0, offset ?? 0);
        var size = Math.Clamp(limit ?? options.Value.NeighbourPageSize, 1, MaxPageSize);
        var page = await graph.Reader.NeighboursAsync(node, type, start, size, cancellationToken);
        var next = start + size < page.Total ? start + size : (int?)null;
        return TypedResults.Ok(new NeighbourPage(ElementsBuilder.PolicyId(node), page.Elements, page.Total, start, next));
    }
}
