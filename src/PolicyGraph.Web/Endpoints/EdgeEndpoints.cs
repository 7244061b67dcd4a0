using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Endpoints;

/// <summary>
/// An edge with where the document states it: <see cref="Sources"/> is body, table or both; <see cref="Statements"/>
/// gives each part's line and text (the body's quote; the annex row as written); <see cref="Role"/> is the role the
/// text states, null when it states none (never derived from list order).
/// </summary>
public sealed record EdgeDetails(
    CyEdge Edge,
    CyNode Start,
    CyNode End,
    string? Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Role,
    IReadOnlyList<EdgeStatement> Statements);

public static class EdgeEndpoints
{
    public static RouteGroupBuilder MapEdges(this RouteGroupBuilder api)
    {
        api.MapGet("/edges/{id}", GetEdge).WithName("GetEdge")
            .WithSummary("A relationship with its sources (body, table or both), each source's line and quote, and the stated role or null.");
        return api;
    }

    public static async Task<Results<Ok<EdgeDetails>, ProblemHttpResult>> GetEdge(string id, GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        var result = await graph.Reader.RunAsync(GraphReads.RelationshipById, new() { ["id"] = id }, cancellationToken);
        if (result.Rows.Count == 0)
            return Problems.NotFound("Relationship", id);
        var (start, relationship, end) = ((NodeValue)result.Rows[0][0]!, (RelationshipValue)result.Rows[0][1]!, (NodeValue)result.Rows[0][2]!);
        var elements = graph.Reader.NewElements().AddNode(start).AddNode(end);
        var built = elements.AddRelationship(relationship, ElementsBuilder.PolicyId(start), ElementsBuilder.PolicyId(end)).Build();
        var edge = built.Edges[0];
        var statements = Statements(relationship, Item(start, end), edge.Data.Doc, graph.Sources);
        return TypedResults.Ok(new EdgeDetails(edge, built.Nodes[0], built.Nodes[^1], edge.Data.Sources, edge.Data.Role, statements));
    }

    /// <summary>The item (measure or requirement) at either end, whose annex row restates the edge.</summary>
    private static NodeValue? Item(NodeValue start, NodeValue end) =>
        new[] { end, start }.FirstOrDefault(n => n.Labels.Any(NodeLabels.Items.Contains));

    private static IReadOnlyList<EdgeStatement> Statements(RelationshipValue relationship, NodeValue? item, string? documentId, SourceLibrary sources)
    {
        var properties = relationship.Properties;
        if (properties.GetValueOrDefault(PropertyNames.Line) is not long line)
            return [];
        var quote = properties.GetValueOrDefault(PropertyNames.Quote) as string;
        var stated = EdgeStatements.SourcesOf(properties);
        if (stated != EdgeStatements.Both)
            return [new EdgeStatement(stated ?? "text", (int)line, quote)];
        // Both parts state it: line and quote are the body's; the annex row is the item's table line.
        var body = new EdgeStatement(StatementSources.Body, (int)line, quote);
        if (item?.Properties.GetValueOrDefault(PropertyNames.TableLine) is not long tableLine)
            return [body];
        var row = documentId is null ? null : sources.Line(documentId, (int)tableLine);
        return [body, new EdgeStatement(StatementSources.Table, (int)tableLine, row)];
    }
}
