using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// How an entity given by id or name resolved: the node, or why none (not found, or several equally named; when more
/// share the name than a lookup reads out, <paramref name="MoreNotShown"/> says the candidates are only the first).
/// </summary>
public sealed record EntityLookup(NodeValue? Node, IReadOnlyList<SearchHit> Candidates, bool IsAmbiguous = false, bool MoreNotShown = false);

/// <summary>
/// Turns what a user gave for an entity — an id, a canonical name, a title, a 文号, an alias written in a document or
/// registered in the gazetteer — into one node. Only exact forms count: a similar name is never taken for the entity
/// (the candidates are offered instead, so the answer can say "did you mean").
/// </summary>
public sealed class EntityResolver(GraphReader reader, NameRegistry registry, NameSearch search)
{
    private const int MaxCandidates = 5;

    /// <summary>Equally named entities read at most: enough to say the name is ambiguous and offer a choice.</summary>
    public const int MaxExactMatches = 20;

    public async Task<EntityLookup> ResolveAsync(string text, IReadOnlyList<string>? labels = null, CancellationToken cancellationToken = default)
    {
        var wanted = labels is { Count: > 0 } ? labels : NodeLabels.All;
        if (await reader.FindNodeAsync(text, cancellationToken) is { } byId && byId.Labels.Any(wanted.Contains))
            return new EntityLookup(byId, []);
        var names = new[] { text }.Concat(registry.NamesWithAliasContaining(text).Where(r => r.Alias == text).Select(r => r.Name)).ToArray();
        var parameters = new Dictionary<string, object?> { ["labels"] = wanted.ToArray(), ["names"] = names };
        // The exact-name read scans the nodes: the row cap bounds what one lookup reads out, whatever shares the name.
        var result = await reader.RunAsync(GraphReads.NamedExactly, parameters, MaxExactMatches, cancellationToken);
        var matches = result.Rows.Select(row => (NodeValue)row[0]!).DistinctBy(ElementsBuilder.PolicyId).ToArray();
        if (matches.Length == 1)
            return new EntityLookup(matches[0], []);
        if (matches.Length > 1)
            return new EntityLookup(null, matches.Select(m => Candidate(m)).ToArray(), IsAmbiguous: true, MoreNotShown: result.Truncated);
        var similar = text.Trim().Length == 0 ? [] : await search.SearchAsync(text, wanted, MaxCandidates, cancellationToken);
        return new EntityLookup(null, similar);
    }

    /// <summary>"… not found" or "… names several entities" with the candidates to choose from.</summary>
    public static string Explain(string what, string text, EntityLookup lookup)
    {
        var candidates = string.Join("; ", lookup.Candidates.Select(c => $"{c.Name} ({c.Id})"));
        if (lookup.IsAmbiguous)
        {
            var how = lookup.MoreNotShown ? $"more than {lookup.Candidates.Count}" : "several";
            return $"'{text}' names {how} {what.ToLowerInvariant()} entities: {candidates}. Give the id.";
        }
        return lookup.Candidates.Count == 0
            ? $"No {what.ToLowerInvariant()} has the id or name '{text}'."
            : $"No {what.ToLowerInvariant()} has the id or name '{text}'. Similar: {candidates}.";
    }

    private static SearchHit Candidate(NodeValue node)
    {
        var id = ElementsBuilder.PolicyId(node);
        return new SearchHit(id, NodeNaming.PrimaryLabel(node.Labels), NodeNaming.DisplayName(id, node.Labels, node.Properties),
            NodeNaming.EnglishName(node.Properties), null, null, 0, 0);
    }
}
