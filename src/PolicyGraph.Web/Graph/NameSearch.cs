using System.Collections.Concurrent;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;

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
/// shortened department name, or words of a measure's text. Candidates: exact names (the text and its registry
/// expansions) and names containing the text, from the searchable nodes held in memory per graph version
/// (<see cref="SearchableNames"/>, read through the backend), and the full-text index (cjk bigrams, so 福州人社 still
/// meets 福州市人力资源和社会保障局), one read per search. A name match outranks a text match; agencies come first
/// within a tier.
/// </summary>
public sealed class NameSearch(GraphReader reader, NameRegistry registry)
{
    public static readonly IReadOnlyList<string> SearchableLabels = GraphReads.SearchableLabels;

    /// <summary>What a type-ahead offers by default: the entities forms ask for.</summary>
    public static readonly IReadOnlyList<string> EntityLabels =
        [NodeLabels.Agency, NodeLabels.Zone, NodeLabels.Document, NodeLabels.InnovationBatch];

    private const int SnippetRadius = 18;
    private const int ExactTier = 5, PrefixTier = 4, ContainsTier = 3, InOrderTier = 2, TextTier = 1;

    // Full-text candidates looked at per search: enough that an abbreviation's agency is among them on a busy index.
    public const int FullTextCandidates = 200;

    // Names containing the text looked at per hit asked for.
    public const int NameCandidatesPerHit = 4;

    private const int MaxCachedForms = 10_000;

    private readonly ConcurrentDictionary<string, SearchForms> _forms = new(StringComparer.Ordinal);
    private readonly SearchableNamesCache _names = new(reader, SearchableLabels, () => GraphVersion(reader));
    private int _cachedForms;
    // Cancelled by the first search asked for: the warm-up (which compiles what that search compiles) then stops.
    // Not disposed: it has no timer, and the warm-up's linked source (its only registration) is disposed after use.
    private readonly CancellationTokenSource _asked = new();
    private int _searchAsked;

    /// <summary>Reads the searchable names of the graph as it is now into their cache (at start, off the request path).</summary>
    public async Task<int> PrepareNamesAsync(CancellationToken cancellationToken = default) => (await _names.GetAsync(cancellationToken)).Count;

    /// <summary>
    /// Whether search stays unasked for <paramref name="quiet"/>: false as soon as a search is asked for (then the
    /// warm-up is not worth running, that search compiles the same path).
    /// </summary>
    public async Task<bool> UnaskedForAsync(TimeSpan quiet)
    {
        try
        {
            await Task.Delay(quiet, _asked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// One search for a node's id that the graph holds, off the request path once search is prepared: every branch
    /// (exact, containing, full text, ranking, reading hits) then runs compiled when the first person searches,
    /// instead of that search paying the JIT. Returns the number of hits (0 on an empty graph, which is not searched);
    /// null when a search was asked for first or meanwhile: the warm-up stops at its next step rather than take a
    /// core from that search.
    /// </summary>
    public async Task<int?> WarmUpAsync(CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _asked.Token);
        try
        {
            var names = await _names.GetAsync(stop.Token);
            return names.AnyId() is { } id ? (await FindAsync(id, SearchableLabels, 1, stop.Token)).Count : 0;
        }
        catch (OperationCanceledException) when (_asked.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// The hits for what someone typed (the search endpoints, and <see cref="EntityResolver"/> for a name a form
    /// gives): the first call stops the warm-up (<see cref="WarmUpAsync"/>), as it compiles the same path.
    /// </summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, IReadOnlyList<string> labels, int limit, CancellationToken cancellationToken = default)
    {
        // Cancelled once, its callbacks (the warm-up's stop) run on the pool, not on this request's thread.
        if (Interlocked.Exchange(ref _searchAsked, 1) == 0)
            _ = _asked.CancelAsync();
        return FindAsync(query, labels, limit, cancellationToken);
    }

    private async Task<IReadOnlyList<SearchHit>> FindAsync(string query, IReadOnlyList<string> labels, int limit, CancellationToken cancellationToken)
    {
        var text = query.Trim();
        if (text.Length == 0 || limit <= 0)
            return [];
        var forms = FormsOf(text);
        var names = await _names.GetAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var matches = names.Exactly(forms.ExactNames, labels)
            .Concat(names.Containing(forms.LowerCaseTexts, labels, limit * NameCandidatesPerHit)).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var candidates = await SearchableNames.CandidatesAsync(reader, matches, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (forms.FullTextTerms.Length > 0 && reader.Backend is EmbeddedGraphBackend embedded)
        {
            // The index's hits and their fields, read without building the record chunks the hits fall in.
            var hits = await Task.Run(() => HitNodes.FullText(embedded, SchemaIndexes.PolicyText, forms.FullTextTerms, FullTextCandidates, cancellationToken).ToList(), cancellationToken);
            foreach (var (node, score) in hits)
                candidates.Add(names.TextCandidate(node, score));
        }
        else if (forms.FullTextTerms.Length > 0)
        {
            var parameters = new Dictionary<string, object?>
            {
                ["index"] = SchemaIndexes.PolicyText, ["query"] = forms.FullTextTerms, ["limit"] = (long)FullTextCandidates,
            };
            foreach (var row in (await reader.RunAsync(GraphReads.FullText, parameters, cancellationToken)).Rows)
                candidates.Add(names.TextCandidate((NodeValue)row[0]!, Convert.ToDouble(row[1])));
        }
        return Rank(text, candidates, labels, limit);
    }

    /// <summary>The embedded engine's snapshot version; null on a backend without one (Neo4j).</summary>
    private static long? GraphVersion(GraphReader reader) => reader.Backend is EmbeddedGraphBackend embedded ? embedded.CurrentSnapshot.Version : null;

    /// <summary>
    /// The best <paramref name="limit"/> hits among candidates in branch order (exact, name, text): each node once, at
    /// its best score; ties by shorter name, then id.
    /// </summary>
    public IReadOnlyList<SearchHit> Rank(string query, IReadOnlyList<SearchCandidate> candidates, IReadOnlyList<string> labels, int limit)
    {
        var text = query.Trim();
        var forms = FormsOf(text);
        var textScores = candidates.Where(c => c.Source == SearchCandidate.Text).Select(c => c.Score ?? 0).ToArray();
        var bestScore = textScores.Length == 0 ? 1 : textScores.Max();
        var hits = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        var responsibilities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var node = candidate.Node;
            responsibilities[ElementsBuilder.PolicyId(node)] = candidate.Responsibilities;
            var hit = candidate.Source switch
            {
                SearchCandidate.Exact => Hit(node, ExactTier, ExactAlias(node, forms), null, 0),
                SearchCandidate.Text => node.Labels.Any(labels.Contains) ? TextHit(node, (candidate.Score ?? 0) / bestScore, forms.Expansions, text) : null,
                _ => NameHit(node, forms.Expansions),
            };
            if (hit is not null)
                Keep(hits, hit);
        }
        return hits.Values.OrderByDescending(h => h.Score).ThenBy(h => h.Name.Length).ThenBy(h => h.Id, StringComparer.Ordinal).Take(limit)
            .Select(h => h with { Responsibilities = responsibilities.GetValueOrDefault(h.Id) }).ToArray();
    }

    /// <summary>
    /// What a text means to the registry (its expansions, the canonical names whose aliases contain it): the same for
    /// every graph the app serves, since the registry is read once at start, so kept per text (bounded).
    /// </summary>
    private SearchForms FormsOf(string text)
    {
        if (_forms.TryGetValue(text, out var known))
            return known;
        var expansions = registry.Expand(text);
        var registered = registry.NamesWithAliasContaining(text).ToArray();
        var forms = new SearchForms(expansions, registered, string.Join(' ', expansions.Select(LuceneText.Words)).Trim());
        // ConcurrentDictionary.Count takes every lock; a counter is enough to bound the cache.
        if (Interlocked.Increment(ref _cachedForms) > MaxCachedForms)
        {
            _forms.Clear();
            Interlocked.Exchange(ref _cachedForms, 0);
        }
        return _forms[text] = forms;
    }

    private static string? ExactAlias(NodeValue node, SearchForms forms)
    {
        var name = NodeNaming.DisplayName(ElementsBuilder.PolicyId(node), node.Labels, node.Properties);
        var alias = forms.Registered.FirstOrDefault(r => r.Name == name).Alias
            ?? forms.Expansions.FirstOrDefault(e => e != name && NamesOf(node).Contains(e));
        return alias == name ? null : alias;
    }

    private static SearchHit NameHit(NodeValue node, IReadOnlyList<string> expansions)
    {
        var (tier, alias) = NameTier(node, expansions);
        return Hit(node, tier, alias, null, 0);
    }

    private static SearchHit TextHit(NodeValue node, double relativeScore, IReadOnlyList<string> expansions, string text)
    {
        var (tier, alias) = NameTier(node, expansions);
        return Hit(node, tier, alias, tier == TextTier ? Snippet(node, text) : null, (relativeScore + NameCoverage(node, expansions)) / 2);
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

/// <summary>A search text as the registry reads it: its expansions, registered names whose alias contains it, full-text terms.</summary>
internal sealed record SearchForms(IReadOnlyList<string> Expansions, IReadOnlyList<(string Name, string Alias)> Registered, string FullTextTerms)
{
    /// <summary>Names an exact match may have: the expansions and the canonical names of matching aliases.</summary>
    public string[] ExactNames { get; } = Expansions.Concat(Registered.Select(r => r.Name)).Distinct(StringComparer.Ordinal).ToArray();

    public string[] LowerCaseTexts { get; } = Expansions.Select(t => t.ToLowerInvariant()).ToArray();
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
