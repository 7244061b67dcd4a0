using Microsoft.AspNetCore.Http.HttpResults;
using PolicyGraph.Core.Schema;
using PolicyGraph.Web.Graph;

namespace PolicyGraph.Web.Endpoints;

public static class SourceEndpoints
{
    private const int MaxContext = 60;

    public static RouteGroupBuilder MapSource(this RouteGroupBuilder api)
    {
        api.MapGet("/source/{documentId}", GetSource).WithName("GetSource")
            .WithSummary("Source text lines of a loaded document around a line, with the quoted clause located.");
        return api;
    }

    /// <param name="documentId">The document's id, title or 文号.</param>
    /// <param name="line">1-based line to centre on; without it the whole document is returned.</param>
    /// <param name="quote">Clause to highlight (matched across line breaks, nearest to the line).</param>
    /// <param name="context">Lines to show either side of the line (default 6).</param>
    public static async Task<Results<Ok<SourceExcerpt>, ProblemHttpResult>> GetSource(
        string documentId, int? line, string? quote, int? context, GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        if (line is <= 0)
            return Problems.BadRequest("Invalid line", "Line numbers start at 1.");
        var graph = await workspace.GetAsync();
        var lookup = await graph.Entities.ResolveAsync(documentId, [NodeLabels.Document], cancellationToken);
        if (lookup.Node is not { } document)
            return Problems.Entity("Document", documentId, lookup);
        documentId = ElementsBuilder.PolicyId(document);
        if (graph.Sources.LineCount(documentId) is not { } lineCount)
            return Problems.NotFound("Document source", documentId);
        if (line > lineCount)
            return Problems.BadRequest("Line out of range", $"Document '{documentId}' has lines 1–{lineCount}; line {line} is past its end.");
        var excerpt = graph.Sources.Excerpt(documentId, line, quote, Math.Clamp(context ?? 6, 0, MaxContext));
        return excerpt is null ? Problems.NotFound("Document", documentId) : TypedResults.Ok(excerpt);
    }
}
