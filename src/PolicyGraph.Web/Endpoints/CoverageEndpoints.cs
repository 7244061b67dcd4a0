using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Endpoints;

/// <summary>
/// How much of one document's items the graph can answer for: items (measures and requirement paragraphs), and how
/// many of them name units, a scope, a deadline and a stated role. Low counts are gaps in the data, shown as such.
/// </summary>
public sealed record DocumentCoverage(
    string DocumentId, string Title, int Items, int Measures, int WithUnits, int WithScope, int WithDeadline, int WithStatedRoles)
{
    public static DocumentCoverage None(string documentId, string title) => new(documentId, title, 0, 0, 0, 0, 0, 0);
}

public static class CoverageEndpoints
{
    /// <summary>The named view (cypher/queries/document-coverage.cypher) both the endpoint and the view run.</summary>
    public const string QueryName = "document-coverage";

    public static RouteGroupBuilder MapCoverage(this RouteGroupBuilder api)
    {
        api.MapGet("/coverage", GetAllCoverage).WithName("GetCoverage")
            .WithSummary("Per-document coverage: items, and those with units, scope, deadline and a stated role.");
        api.MapGet("/documents/{document}/coverage", GetDocumentCoverage).WithName("GetDocumentCoverage")
            .WithSummary("One document's coverage; the document by id, title or 文号.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<DocumentCoverage>>> GetAllCoverage(
        GraphWorkspace workspace, NamedQueryCatalog catalog, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ReadAsync(await workspace.GetAsync(), catalog, null, cancellationToken));

    /// <param name="document">The document's id, title or 文号.</param>
    public static async Task<Results<Ok<DocumentCoverage>, ProblemHttpResult>> GetDocumentCoverage(
        string document, GraphWorkspace workspace, NamedQueryCatalog catalog, CancellationToken cancellationToken)
    {
        var graph = await workspace.GetAsync();
        var lookup = await graph.Entities.ResolveAsync(document, [NodeLabels.Document], cancellationToken);
        if (lookup.Node is not { } node)
            return Problems.Entity("Document", document, lookup);
        var id = ElementsBuilder.PolicyId(node);
        var rows = await ReadAsync(graph, catalog, id, cancellationToken);
        return TypedResults.Ok(rows.FirstOrDefault() ?? DocumentCoverage.None(id, NodeNaming.DisplayName(id, node.Labels, node.Properties)));
    }

    /// <summary>Coverage of every document with items, or of one (by id).</summary>
    public static async Task<IReadOnlyList<DocumentCoverage>> ReadAsync(
        LoadedGraph graph, NamedQueryCatalog catalog, string? documentId, CancellationToken cancellationToken)
    {
        var cypher = catalog.Find(QueryName)?.Cypher
            ?? throw new InvalidOperationException($"The named query '{QueryName}' is missing from the query folder.");
        var result = await graph.Reader.RunAsync(cypher, new() { ["document"] = documentId }, cancellationToken);
        return result.Rows.Select(row =>
        {
            var node = (NodeValue)row[0]!;
            var id = ElementsBuilder.PolicyId(node);
            int Count(int column) => Convert.ToInt32(row[column]);
            return new DocumentCoverage(id, NodeNaming.DisplayName(id, node.Labels, node.Properties), Count(1), Count(2), Count(3), Count(4), Count(5), Count(6));
        }).ToArray();
    }
}
