using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

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

/// <summary>
/// Finds nodes by what people type: a name, an alias (written in a document or registered in the gazetteer), a
/// shortened department name, or words of a measure's text. Three reads through the backend: exact names (the text
/// and its registry expansions), names containing the text, and the full-text index (cjk bigrams, so 福州人社 still
/// meets 福州市人力资源和社会保障局). A name match outranks a text match; agencies come first within a tier.
/// </summary>
public sealed class NameSearch(GraphReader reader, NameRegistry registry)
{
    public static readonly IReadOnlyList<string> SearchableLabels =
        [NodeLabels.Agency, NodeLabels.Zone, NodeLabels.Document, NodeLabels.InnovationBatch, NodeLabels.Measure, NodeLabels.Requirement, NodeLabels.Section];

    /// <summary>What a type-ahead offers by default: the entities forms ask for.</summary>
    public static readonly IReadOnlyList<string> EntityLabels =
        [NodeLabels.Agency, NodeLabels.Zone, NodeLabels.Document, NodeLabels.InnovationBatch];

    private const int SnippetRadius = 18;
    private const int ExactTier = 5, PrefixTier = 4, ContainsTier = 3, InOrderTier = 2, TextTier = 1;

    // Full-text candidates looked at per search: enough that an abbreviation's agency is among them on a busy index.
    private const int FullTextCandidates = 200;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyList<string> labels, int limit, CancellationToken cancellationToken = default)
    {
        var text = query.Trim();
        if (text.Length == 0 || limit <= 0)
            return [];
        var expansions = registry.Expand(text);
        var hits = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        foreach (var (node, alias) in await ExactAsync(text, expansions, labels, cancellationToken))
            Keep(hits, Hit(node, ExactTier, alias, null, 0));
        foreach (var node in await ContainingAsync(expansions, labels, limit * 4, cancellationToken))
        {
            var (tier, alias) = NameTier(node, expansions);
            Keep(hits, Hit(node, tier, alias, null, 0));
        }
        foreach (var (node, score) in await FullTextAsync(expansions, labels, FullTextCandidates, cancellationToken))
        {
            var (tier, alias) = NameTier(node, expansions);
            Keep(hits, Hit(node, tier, alias, tier == TextTier ? Snippet(node, text) : null, (score + NameCoverage(node, expansions)) / 2));
        }
        var ranked = hits.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Name.Length).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit).ToArray();
        var responsibilities = await reader.ResponsibilityCountsAsync(ranked.Select(h => h.Id).ToArray(), cancellationToken);
        return ranked.Select(h => h with { Responsibilities = responsibilities.GetValueOrDefault(h.Id) }).ToArray();
    }

    private async Task<IEnumerable<(NodeValue Node, string? Alias)>> ExactAsync(
        string text, IReadOnlyList<string> expansions, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var registered = registry.NamesWithAliasContaining(text).ToArray();
        var names = expansions.Concat(registered.Select(r => r.Name)).Distinct(StringComparer.Ordinal).ToArray();
        var result = await reader.RunAsync(GraphReads.NamedExactly, new() { ["labels"] = labels.ToArray(), ["names"] = names }, cancellationToken);
        return result.Rows.Select(row => (NodeValue)row[0]!).Select(node =>
        {
            var name = NodeNaming.DisplayName(ElementsBuilder.PolicyId(node), node.Labels, node.Properties);
            var alias = registered.FirstOrDefault(r => r.Name == name).Alias
                ?? expansions.FirstOrDefault(e => e != name && NamesOf(node).Contains(e));
            return (node, alias == name ? null : alias);
        });
    }

    private async Task<IEnumerable<NodeValue>> ContainingAsync(IReadOnlyList<string> texts, IReadOnlyList<string> labels, int limit, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["labels"] = labels.ToArray(), ["texts"] = texts.Select(t => t.ToLowerInvariant()).ToArray(), ["limit"] = (long)limit,
        };
        return (await reader.RunAsync(GraphReads.NameContains, parameters, cancellationToken)).Rows.Select(row => (NodeValue)row[0]!);
    }

    private async Task<IEnumerable<(NodeValue Node, double Score)>> FullTextAsync(
        IReadOnlyList<string> expansions, IReadOnlyList<string> labels, int limit, CancellationToken cancellationToken)
    {
        var terms = string.Join(' ', expansions.Select(LuceneText.Words)).Trim();
        if (terms.Length == 0)
            return [];
        var parameters = new Dictionary<string, object?> { ["index"] = SchemaIndexes.PolicyText, ["query"] = terms, ["limit"] = (long)limit };
        var rows = (await reader.RunAsync(GraphReads.FullText, parameters, cancellationToken)).Rows;
        var best = rows.Count == 0 ? 1 : rows.Max(row => Convert.ToDouble(row[1]));
        return rows.Select(row => ((NodeValue)row[0]!, Convert.ToDouble(row[1]) / best))
            .Where(hit => hit.Item1.Labels.Any(labels.Contains));
    }

    private static void Keep(Dictionary<string, SearchHit> hits, SearchHit hit)
    {
        if (!hits.TryGetValue(hit.Id, out var known) || known.Score < hit.Score)
            hits[hit.Id] = hit;
    }

    private static SearchHit Hit(NodeValue node, int tier, string? alias, string? snippet, double textScore)
    {
        var id = ElementsBuilder.PolicyId(node);
        var label = NodeNaming.PrimaryLabel(node.Labels);
        var searchLabel = label == NodeLabels.Innovation ? NodeLabels.Measure : label;
        var labelWeight = SearchableLabels.Count - Math.Max(0, SearchableLabels.ToList().IndexOf(searchLabel));
        var score = tier * 10 + labelWeight + textScore;
        return new SearchHit(id, searchLabel, NodeNaming.DisplayName(id, node.Labels, node.Properties),
            NodeNaming.EnglishName(node.Properties), alias, snippet, 0, score);
    }

    /// <summary>
    /// How well a node's names match the text or one of its expansions: equal, starts with, contains, or holds its
    /// characters in order (福州市人社局 holds 福州人社); the alias is the name matched when it is not the node's own.
    /// </summary>
    private static (int Tier, string? Alias) NameTier(NodeValue node, IReadOnlyList<string> texts)
    {
        var names = NamesOf(node);
        var display = names.FirstOrDefault();
        var best = (Tier: TextTier, Alias: (string?)null);
        foreach (var name in names)
        {
            foreach (var text in texts)
            {
                var tier = name.Equals(text, StringComparison.OrdinalIgnoreCase) ? ExactTier
                    : name.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? PrefixTier
                    : name.Contains(text, StringComparison.OrdinalIgnoreCase) ? ContainsTier
                    : HoldsInOrder(name, text) ? InOrderTier : TextTier;
                if (tier > best.Tier)
                    best = (tier, name == display ? null : name);
            }
        }
        return best;
    }

    private static bool HoldsInOrder(string name, string text)
    {
        var at = 0;
        foreach (var c in text)
        {
            at = name.IndexOf(c, at) + 1;
            if (at == 0)
                return false;
        }
        return text.Length > 1;
    }

    /// <summary>The largest share of a text's character pairs that one of the node's names contains (0–1).</summary>
    private static double NameCoverage(NodeValue node, IReadOnlyList<string> texts)
    {
        var names = NamesOf(node);
        var best = 0.0;
        foreach (var text in texts.Where(t => t.Length > 1))
        {
            var pairs = Enumerable.Range(0, text.Length - 1).Select(i => text.Substring(i, 2)).ToArray();
            foreach (var name in names)
                best = Math.Max(best, pairs.Count(p => name.Contains(p, StringComparison.OrdinalIgnoreCase)) / (double)pairs.Length);
        }
        return best;
    }

    /// <summary>A node's name first, then its title, 文号 and aliases.</summary>
    private static IReadOnlyList<string> NamesOf(NodeValue node)
    {
        var names = new List<string>();
        foreach (var key in new[] { PropertyNames.Name, PropertyNames.Title, PropertyNames.DocNumber, PropertyNames.EnglishName })
        {
            if (node.Properties.GetValueOrDefault(key) is string value && value.Length > 0)
                names.Add(value);
        }
        if (node.Properties.GetValueOrDefault(PropertyNames.Aliases) is IEnumerable<object?> aliases)
            names.AddRange(aliases.OfType<string>());
        return names;
    }

    private static string? Snippet(NodeValue node, string text)
    {
        if (node.Properties.GetValueOrDefault(PropertyNames.Text) is not string body)
            return null;
        var at = Math.Max(0, body.IndexOf(text, StringComparison.OrdinalIgnoreCase));
        var start = Math.Max(0, at - SnippetRadius);
        var end = Math.Min(body.Length, at + text.Length + SnippetRadius);
        return (start > 0 ? "…" : "") + body[start..end] + (end < body.Length ? "…" : "");
    }
}

/// <summary>
/// User text made safe for the full-text query syntax: special characters become spaces, and the text is lower-cased
/// so the words AND, OR, NOT and TO are plain words, not operators (the index lower-cases what it holds anyway).
/// </summary>
public static class LuceneText
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static string Words(string text) =>
        new(text.ToLowerInvariant().Select(c => Special.Contains(c) ? ' ' : c).ToArray());
}
