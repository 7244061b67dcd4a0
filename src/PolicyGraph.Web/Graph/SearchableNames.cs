using System.Runtime.InteropServices;
using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Web.Graph;

/// <summary>One search candidate: the node, which branch found it (exact name, name containing, full text), its
/// full-text score (text only) and its count of responsibilities.</summary>
public sealed record SearchCandidate(NodeValue Node, string Source, double? Score, int Responsibilities)
{
    public const string Exact = "exact", Name = "name", Text = "text";
}

/// <summary>A node a name branch found: its id, branch and (embedded engine) internal id, its node not yet read.</summary>
internal readonly record struct NameMatch(string Id, string Source, int Responsibilities, int? Node);

/// <summary>
/// The searchable nodes of one graph version, held in memory from one read (<see cref="GraphReads.SearchableNodes"/>):
/// per node only its id, labels, names and count of responsibilities — the exact names of
/// <see cref="GraphReads.NamedExactly"/> in a hash table, and the lower-cased names <see cref="GraphReads.NameContains"/>
/// compares, in the order of the node scan both reads make — so answers, including which nodes a LIMIT keeps, are the
/// reads' own without a scan of the graph per request. The matches' nodes are read by id (<see cref="CandidatesAsync"/>),
/// so a node's text is never held here. A node without an <c>id</c> property cannot be read by id and is left out.
/// </summary>
internal sealed class SearchableNames
{
    private readonly Entry[] _entries;
    // Exact name → the first of its (position, next) pairs; a name's chain lists its entries in ascending position.
    private readonly Dictionary<string, int> _firstPairByExactName;
    private readonly List<(int Position, int Next)> _exactNamePairs;
    private readonly Dictionary<string, int> _responsibilities;

    private SearchableNames(Entry[] entries, ExactNameChains exactNames, Dictionary<string, int> responsibilities)
    {
        _entries = entries;
        (_firstPairByExactName, _exactNamePairs) = exactNames;
        _responsibilities = responsibilities;
    }

    /// <summary>The exact names' chains: each name's first (position, next) pair, and the pairs.</summary>
    private readonly record struct ExactNameChains(Dictionary<string, int> FirstPairByName, List<(int Position, int Next)> Pairs);

    /// <summary>The names held over <paramref name="entries"/>, both tables built side by side (the first search needs both).</summary>
    private static async Task<SearchableNames> IndexedAsync(Entry[] entries)
    {
        var exactNames = Task.Run(() => ExactNamesOf(entries));
        var responsibilities = Task.Run(() => ResponsibilitiesOf(entries));
        await Task.WhenAll(exactNames, responsibilities);
        return new SearchableNames(entries, await exactNames, await responsibilities);
    }

    private static ExactNameChains ExactNamesOf(Entry[] entries)
    {
        // Sized for an id and about one name per node: 10^6 names at 500k nodes, so no rehashing while filling.
        var firstPairByName = new Dictionary<string, int>(entries.Length * 2, StringComparer.Ordinal);
        var pairs = new List<(int Position, int Next)>(entries.Length * 2);
        // Built backwards so that prepending keeps each chain in ascending order; no grouping of 10^5 names needed.
        for (var position = entries.Length - 1; position >= 0; position--)
        {
            foreach (var name in entries[position].ExactNames)
            {
                // One hash lookup per name: the slot holds the chain's head (-1 when the name is new).
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(firstPairByName, name, out var known);
                pairs.Add((position, known ? head : -1));
                head = pairs.Count - 1;
            }
        }
        return new ExactNameChains(firstPairByName, pairs);
    }

    private static Dictionary<string, int> ResponsibilitiesOf(Entry[] entries)
    {
        var responsibilities = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
            responsibilities.TryAdd(entry.Id, entry.Responsibilities);
        return responsibilities;
    }

    public int Count => _entries.Length;

    /// <summary>
    /// The rows of <see cref="GraphReads.SearchableNodes"/>: on the embedded engine read as node summaries (from the
    /// store's file without building records: the query would decode every node of these labels), else by the query.
    /// </summary>
    public static async Task<SearchableNames> ReadAsync(GraphReader reader, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        if (reader.Backend is EmbeddedGraphBackend embedded)
        {
            var summaries = await embedded.SummariseNodesAsync(new NodeSummaryRequest(labels, GraphReads.SearchableKeys, RelationshipTypes.ResponsibleFor), cancellationToken);
            var lowerCase = new Dictionary<string, string>(StringComparer.Ordinal);
            var entries = new List<Entry>(summaries.Count);
            foreach (var summary in summaries)
                if (Entry.Of(summary, lowerCase) is { } entry) entries.Add(entry);
            return await IndexedAsync([.. entries]);
        }
        var rows = (await reader.RunAsync(GraphReads.SearchableNodes, new() { ["labels"] = labels.ToArray() }, cancellationToken)).Rows;
        return await IndexedAsync(rows.Select(Entry.Of).OfType<Entry>().ToArray());
    }

    /// <summary>Nodes of <paramref name="labels"/> whose id, name, title, 文号 or an alias equals one of <paramref name="names"/>.</summary>
    public IEnumerable<NameMatch> Exactly(IReadOnlyList<string> names, IReadOnlyList<string> labels)
    {
        var positions = new SortedSet<int>();
        foreach (var name in names)
        {
            var pair = _firstPairByExactName.GetValueOrDefault(name, -1);
            for (; pair >= 0; pair = _exactNamePairs[pair].Next)
                positions.Add(_exactNamePairs[pair].Position);
        }
        return positions.Select(p => _entries[p]).Where(e => e.HasAny(labels)).Select(e => e.Match(SearchCandidate.Exact));
    }

    /// <summary>The first <paramref name="limit"/> nodes of <paramref name="labels"/> whose name, title, 文号 or an alias,
    /// lower-cased, contains one of <paramref name="lowerCaseTexts"/>.</summary>
    public IEnumerable<NameMatch> Containing(IReadOnlyList<string> lowerCaseTexts, IReadOnlyList<string> labels, int limit) =>
        _entries.Where(e => e.HasAny(labels) && e.Contains(lowerCaseTexts)).Take(limit).Select(e => e.Match(SearchCandidate.Name));

    /// <summary>The matches as candidates, their nodes read by id; a node gone since this version was read is left out.
    /// On the embedded engine only the fields a hit shows are read, by internal id (<see cref="HitNodes"/>); a match whose
    /// internal id gives no node or one of another policy id (replaced since) is read again by its policy id.</summary>
    public static async Task<List<SearchCandidate>> CandidatesAsync(GraphReader reader, IReadOnlyList<NameMatch> matches, CancellationToken cancellationToken)
    {
        if (matches.Count == 0)
            return [];
        var nodes = new Dictionary<string, NodeValue>(StringComparer.Ordinal);
        if (reader.Backend is EmbeddedGraphBackend embedded)
        {
            foreach (var (_, node) in HitNodes.Read(embedded, matches.Where(m => m.Node is not null).Select(m => m.Node!.Value).Distinct().Order(), cancellationToken))
                nodes.TryAdd(ElementsBuilder.PolicyId(node), node);
        }
        var unread = matches.Select(m => m.Id).Where(id => !nodes.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (unread.Length > 0)
        {
            var rows = (await reader.RunAsync(GraphReads.NodesByIds, new() { ["ids"] = unread }, cancellationToken)).Rows;
            foreach (var node in rows.Select(row => (NodeValue)row[0]!))
                nodes.TryAdd(ElementsBuilder.PolicyId(node), node);
        }
        return matches.Where(m => nodes.ContainsKey(m.Id)).Select(m => new SearchCandidate(nodes[m.Id], m.Source, null, m.Responsibilities)).ToList();
    }

    /// <summary>A full-text hit as a candidate, with its responsibilities when it is a searchable node.</summary>
    public SearchCandidate TextCandidate(NodeValue node, double score) =>
        new(node, SearchCandidate.Text, score, _responsibilities.GetValueOrDefault(ElementsBuilder.PolicyId(node)));

    /// <summary>
    /// <paramref name="name"/> as <see cref="string.ToLowerInvariant"/> gives it; a name of ASCII without capitals and
    /// CJK ideographs, kana and symbols (no case in Unicode) is returned as it is, skipping the call that was most of
    /// the read's time.
    /// </summary>
    internal static string LowerCase(string name) => IsCaseless(name) ? name : name.ToLowerInvariant();

    private static bool IsCaseless(string name)
    {
        foreach (var c in name)
        {
            var caseless = c < 0x80 ? c is < 'A' or > 'Z' : c is >= '\u3000' and <= '\u9fff';
            if (!caseless)
                return false;
        }
        return true;
    }

    private sealed record Entry(string Id, string[] Labels, string[] ExactNames, string[] LowerCaseNames, int Responsibilities, int? Node = null)
    {
        /// <summary>The entry of one <see cref="GraphReads.SearchableNodes"/> row; null for a node without an id.</summary>
        public static Entry? Of(IReadOnlyList<object?> row)
        {
            if (row[0] is not string id)
                return null;
            var labels = row[1] switch { string[] shared => shared, IEnumerable<object?> list => list.OfType<string>().ToArray(), _ => [] };
            var aliases = row[5] is IEnumerable<object?> written ? written.OfType<string>().ToArray() : [];
            string?[] single = [row[2] as string, row[3] as string, row[4] as string];
            var exact = single.Append(id).Concat(aliases).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var lower = single.OfType<string>().Concat(aliases).Select(LowerCase).Distinct(StringComparer.Ordinal).ToArray();
            return new Entry(id, labels, exact, lower, Convert.ToInt32(row[6]));
        }

        /// <summary>
        /// The entry of one node summary (values in <see cref="GraphReads.SearchableKeys"/> order), as <see cref="Of(IReadOnlyList{object?})"/>
        /// makes it from the query's row, without building a row; <paramref name="lowerCase"/> shares lower-cased names between nodes.
        /// </summary>
        public static Entry? Of(NodeSummary summary, Dictionary<string, string> lowerCase)
        {
            if (summary.Values[0] is not string id)
                return null;
            var aliases = summary.Values[4] as object[] ?? [];
            // At most the three single names and the aliases; filled in place (10^5 entries: few allocations each).
            var exact = new string[4 + aliases.Length];
            var lower = new string[3 + aliases.Length];
            var (exactCount, lowerCount) = (1, 0);
            exact[0] = id;
            for (var i = 1; i < 4 + aliases.Length; i++)
            {
                if ((i < 4 ? summary.Values[i] : aliases[i - 4]) is not string name) continue;
                if (Array.IndexOf(exact, name, 0, exactCount) < 0) exact[exactCount++] = name;
                // Only names with case go through the shared table: most (CJK) are their own lower case.
                var lowered = IsCaseless(name) ? name : SharedLowerCase(name, lowerCase);
                if (Array.IndexOf(lower, lowered, 0, lowerCount) < 0) lower[lowerCount++] = lowered;
            }
            var labels = summary.Labels as string[] ?? [.. summary.Labels];
            return new Entry(id, labels, Trimmed(exact, exactCount), Trimmed(lower, lowerCount), summary.Outgoing, summary.Id);
        }

        private static string SharedLowerCase(string name, Dictionary<string, string> lowerCase)
        {
            ref var lowered = ref CollectionsMarshal.GetValueRefOrAddDefault(lowerCase, name, out var known);
            if (!known) lowered = name.ToLowerInvariant();
            return lowered!;
        }

        private static string[] Trimmed(string[] names, int count) => count == names.Length ? names : names[..count];

        public bool HasAny(IReadOnlyList<string> labels)
        {
            foreach (var label in Labels)
            {
                if (labels.Contains(label))
                    return true;
            }
            return false;
        }

        public bool Contains(IReadOnlyList<string> lowerCaseTexts)
        {
            foreach (var text in lowerCaseTexts)
            {
                // The read compares coalesce(n.name, ''): an empty text is in every node's names.
                if (text.Length == 0)
                    return true;
                foreach (var name in LowerCaseNames)
                {
                    if (name.Contains(text, StringComparison.Ordinal))
                        return true;
                }
            }
            return false;
        }

        public NameMatch Match(string source) => new(Id, source, Responsibilities, Node);
    }
}
