using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Endpoints;

public sealed record SearchResponse(string Query, IReadOnlyList<SearchHit> Hits);

/// <summary>One type-ahead suggestion: the entity, how it is shown, and the alias the text matched (null: its own name).</summary>
public sealed record Suggestion(string Id, string Label, string Name, string? NameEn, string? MatchedAlias);

public sealed record SuggestResponse(string Query, IReadOnlyList<Suggestion> Suggestions);

public static class SearchEndpoints
{
    private const int MaxLimit = 100;

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        // Answers are cached like the named views': the graph is read-only while the app serves it.
        api.MapGet("/search", Search).WithName("Search").CacheOutput(QueryEndpoints.CachePolicy)
            .WithSummary("Find agencies, zones, documents and measures by name, alias (also the gazetteer's), shortened name or words of their text.");
        api.MapGet("/search/suggest", Suggest).WithName("Suggest").CacheOutput(QueryEndpoints.CachePolicy)
            .WithSummary("Type-ahead for forms that take an entity: id, label, name and the alias matched.");
        return api;
    }

    /// <param name="q">Text to find in names, aliases, titles, document numbers and measure text.</param>
    /// <param name="labels">Comma-separated labels to keep (Agency, Zone, Document, Measure, InnovationBatch, Section, Requirement).</param>
    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        string? q, string? labels, int? limit, GraphWorkspace workspace, IOptions<PolicyGraphWebOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("Missing search text", "Pass the text to find as ?q=…");
        if (Labels(labels, NameSearch.SearchableLabels) is not { } wanted)
            return UnknownLabel(labels!, NameSearch.SearchableLabels);
        var graph = await workspace.GetAsync();
        var hits = await graph.Search.SearchAsync(q, wanted, Math.Clamp(limit ?? options.Value.SearchLimit, 1, MaxLimit), cancellationToken);
        return TypedResults.Ok(new SearchResponse(q, hits));
    }

    /// <param name="q">The beginning (or any part) of a name or alias.</param>
    /// <param name="label">Comma-separated labels to offer (default Agency, Zone, Document, InnovationBatch).</param>
    public static async Task<Results<Ok<SuggestResponse>, ProblemHttpResult>> Suggest(
        string? q, string? label, int? limit, GraphWorkspace workspace, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return Problems.BadRequest("Missing search text", "Pass the text typed so far as ?q=…");
        if (Labels(label, NameSearch.EntityLabels) is not { } wanted)
            return UnknownLabel(label!, NameSearch.SearchableLabels);
        var graph = await workspace.GetAsync();
        var hits = await graph.Search.SearchAsync(q, wanted, Math.Clamp(limit ?? 10, 1, MaxLimit), cancellationToken);
        var suggestions = hits.Select(h => new Suggestion(h.Id, h.Label, h.Name, h.NameEn, h.MatchedAlias)).ToArray();
        return TypedResults.Ok(new SuggestResponse(q, suggestions));
    }

    // Null when a label is not one search knows; the defaults when none is given.
    private static IReadOnlyList<string>? Labels(string? text, IReadOnlyList<string> defaults)
    {
        var given = text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (given.Length == 0)
            return defaults;
        return given.All(NameSearch.SearchableLabels.Contains) ? given : null;
    }

    private static ProblemHttpResult UnknownLabel(string text, IReadOnlyList<string> known) =>
        Problems.BadRequest("Unknown label", $"'{text}' holds a label search does not know; use {string.Join(", ", known)}.");
}
