using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Endpoints;

public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits);

public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Find agencies, zones, documents and measures by a (Chinese) substring; aliases find their agency.");
        return api;
    }

    /// <param name="q">Text to find in names, aliases, titles, document numbers and measure text.</param>
    /// <param name="labels">Comma-separated labels to keep (Agency, Zone, Document, Measure, InnovationBatch, Section).</param>
    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        string? q, string? labels, int? limit, GraphWorkspace workspace, IOptions<PolicyGraphWebOptions> options)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("Missing search text", "Pass the text to find as ?q=…");
        var max = Math.Clamp(limit ?? options.Value.SearchLimit, 1, 100);
        var wanted = labels?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var graph = await workspace.GetAsync();
        return TypedResults.Ok(new SearchResponse(q, graph.Index.Search(q, wanted, max)));
    }
}
