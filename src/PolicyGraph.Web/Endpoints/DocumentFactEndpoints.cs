using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Endpoints;

public static class DocumentFactEndpoints
{
    public static RouteGroupBuilder MapDocumentFacts(this RouteGroupBuilder api)
    {
        api.MapGet("/documents/{document}/facts", GetDocumentFacts).WithName("GetDocumentFacts")
            .WithSummary("Every extracted fact of a document (items, headings, units with role, scopes, deadlines, citations) with the source lines and characters it covers.");
        return api;
    }

    /// <param name="document">The document's id, title or 文号.</param>
    public static async Task<Results<Ok<DocumentFactList>, ProblemHttpResult>> GetDocumentFacts(
        string document, GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        var lookup = await graph.Entities.ResolveAsync(document, [NodeLabels.Document], cancellationToken);
        if (lookup.Node is not { } node)
            return Problems.Entity("Document", document, lookup);
        var id = ElementsBuilder.PolicyId(node);
        var title = NodeNaming.DisplayName(id, node.Labels, node.Properties);
        return TypedResults.Ok(await DocumentFactReader.ReadAsync(graph, id, title, cancellationToken));
    }
}
