using PolicyGraph.Core.Model;

namespace PolicyGraph.Web.Graph;

/// <summary>One search answer: the node, why it matched, and a short summary for the result list.</summary>
public sealed record SearchHit(
    string Id,
    string Label,
    string Name,
    string? NameEn,
    string? MatchedAlias,
    string? Snippet,
    int Responsibilities,
    double Score);

public sealed partial class GraphIndex
{
    private static readonly Dictionary<string, double> SearchableLabels = new(StringComparer.Ordinal)
    {
        // Agencies first: "who owns what" is the most common question.
        ["Agency"] = 5, ["Zone"] = 4, ["Document"] = 3, ["InnovationBatch"] = 2, ["Measure"] = 1, ["Section"] = 0,
    };

    private const int SnippetRadius = 18;

    // Folded copies (upper-case invariant) let every comparison be ordinal: OrdinalIgnoreCase is slow on CJK text.
    private sealed record SearchEntry(
        GraphNode Node, string Label, string Name, string? NameEn, IReadOnlyList<string> Names, IReadOnlyList<string> FoldedNames,
        string Body, string FoldedBody, int Responsibilities);

    private readonly IReadOnlyList<SearchEntry> _searchEntries;

    /// <summary>
    /// Case-insensitive substring search over names, aliases, titles, document numbers and measure text.
    /// A name match outranks a text match; within a tier shorter names (closer matches) come first.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, IReadOnlyCollection<string>? labels, int limit)
    {
        var term = Fold(query.Trim());
        if (term.Length == 0 || limit <= 0)
            return [];
        var hits = new List<SearchHit>();
        foreach (var entry in _searchEntries)
        {
            if (labels is { Count: > 0 } && !labels.Contains(entry.Label))
                continue;
            if (Score(entry, term) is { } hit)
                hits.Add(hit);
        }
        return hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Name.Length)
            .ThenBy(h => h.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToArray();
    }

    // Runs for every entry on every keystroke: a plain loop, no allocation unless the entry matches.
    private static SearchHit? Score(SearchEntry entry, string term)
    {
        (string? name, int tier) bestName = (null, 0);
        for (var i = 0; i < entry.Names.Count; i++)
        {
            var nameTier = NameTier(entry.FoldedNames[i], term);
            var name = entry.Names[i];
            if (nameTier > bestName.tier || (nameTier > 0 && nameTier == bestName.tier && name.Length < bestName.name!.Length))
                bestName = (name, nameTier);
        }
        double tier = bestName.tier;
        string? snippet = null;
        if (tier == 0)
        {
            var at = entry.FoldedBody.IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
                return null;
            tier = 1;
            snippet = Snippet(entry.Body, at, term.Length);
        }
        var alias = bestName.name is { } matched && matched != entry.Name && matched != entry.NameEn ? matched : null;
        var score = tier * 10 + SearchableLabels[entry.Label];
        return new SearchHit(entry.Node.Id, entry.Label, entry.Name, entry.NameEn, alias, snippet, entry.Responsibilities, score);
    }

    private static int NameTier(string foldedName, string foldedTerm)
    {
        if (foldedName.Equals(foldedTerm, StringComparison.Ordinal))
            return 4;
        if (foldedName.StartsWith(foldedTerm, StringComparison.Ordinal))
            return 3;
        return foldedName.Contains(foldedTerm, StringComparison.Ordinal) ? 2 : 0;
    }

    private static string Fold(string text) => text.ToUpperInvariant();

    private static string Snippet(string body, int at, int length)
    {
        var start = Math.Max(0, at - SnippetRadius);
        var end = Math.Min(body.Length, at + length + SnippetRadius);
        return (start > 0 ? "…" : "") + body[start..end] + (end < body.Length ? "…" : "");
    }

    private static readonly HashSet<string> LabelsWithReferenceNames = new(StringComparer.Ordinal) { "Agency", "Zone" };

    private IReadOnlyList<SearchEntry> BuildSearchEntries(
        PropertyGraph graph, IReadOnlyDictionary<string, IReadOnlyList<string>> referenceAliases)
    {
        var entries = new List<SearchEntry>();
        foreach (var node in graph.Nodes)
        {
            var label = NodeNaming.PrimaryLabel(node.Labels);
            var searchLabel = label == "Innovation" ? "Measure" : label;
            if (!SearchableLabels.ContainsKey(searchLabel))
                continue;
            var names = NamesOf(node, LabelsWithReferenceNames.Contains(label) ? referenceAliases : null);
            var body = string.Join('\n', new[] { "text", "innovationPoint" }
                .Select(key => node[key]).OfType<string>());
            var responsibilities = RelationshipsOf(node.Id).Count(r => r.Type == "RESPONSIBLE_FOR" && r.StartId == node.Id);
            var nameEn = NodeNaming.EnglishName(NodeNaming.AsNullable(node.Properties));
            entries.Add(new SearchEntry(node, searchLabel, NodeNaming.DisplayName(node), nameEn,
                names, names.Select(Fold).ToArray(), body, Fold(body), responsibilities));
        }
        return entries;
    }

    private static IReadOnlyList<string> NamesOf(GraphNode node, IReadOnlyDictionary<string, IReadOnlyList<string>>? referenceAliases)
    {
        var names = new List<string> { NodeNaming.DisplayName(node) };
        foreach (var key in new[] { "name", "title", "docNumber", "nameEn", "englishName" })
        {
            if (node[key] is string value && value.Length > 0)
                names.Add(value);
        }
        if (node["aliases"] is IEnumerable<object> aliases)
            names.AddRange(aliases.OfType<string>());
        else if (node["aliases"] is IEnumerable<string> stringAliases)
            names.AddRange(stringAliases);
        if (referenceAliases is not null && node["name"] is string name && referenceAliases.TryGetValue(name, out var known))
            names.AddRange(known);
        return names.Distinct(StringComparer.Ordinal).ToArray();
    }
}
