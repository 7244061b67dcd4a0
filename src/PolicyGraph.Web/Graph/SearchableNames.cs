using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>One search candidate: the node, which branch found it (exact name, name containing, full text), its
/// full-text score (text only) and its count of responsibilities.</summary>
public sealed record SearchCandidate(NodeValue Node, string Source, double? Score, int Responsibilities)
{
    public const string Exact = "exact", Name = "name", Text = "text";
}

/// <summary>A node a name branch found: its id and branch, its node not yet read.</summary>
internal readonly record struct NameMatch(string Id, string Source, int Responsibilities);

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
    private readonly Dictionary<string, int[]> _positionsByExactName;
    private readonly Dictionary<string, int> _responsibilities;

    private SearchableNames(Entry[] entries)
    {
        _entries = entries;
        _positionsByExactName = entries.SelectMany((entry, position) => entry.ExactNames.Select(name => (name, position)))
            .GroupBy(p => p.name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.position).Distinct().ToArray(), StringComparer.Ordinal);
        _responsibilities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
            _responsibilities.TryAdd(entry.Id, entry.Responsibilities);
    }

    public int Count => _entries.Length;

    public static async Task<SearchableNames> ReadAsync(GraphReader reader, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var rows = (await reader.RunAsync(GraphReads.SearchableNodes, new() { ["labels"] = labels.ToArray() }, cancellationToken)).Rows;
        return new SearchableNames(rows.Select(Entry.Of).OfType<Entry>().ToArray());
    }

    /// <summary>Nodes of <paramref name="labels"/> whose id, name, title, 文号 or an alias equals one of <paramref name="names"/>.</summary>
    public IEnumerable<NameMatch> Exactly(IReadOnlyList<string> names, IReadOnlyList<string> labels)
    {
        var positions = new SortedSet<int>();
        foreach (var name in names)
        {
            if (_positionsByExactName.TryGetValue(name, out var found))
                positions.UnionWith(found);
        }
        return positions.Select(p => _entries[p]).Where(e => e.HasAny(labels)).Select(e => e.Match(SearchCandidate.Exact));
    }

    /// <summary>The first <paramref name="limit"/> nodes of <paramref name="labels"/> whose name, title, 文号 or an alias,
    /// lower-cased, contains one of <paramref name="lowerCaseTexts"/>.</summary>
    public IEnumerable<NameMatch> Containing(IReadOnlyList<string> lowerCaseTexts, IReadOnlyList<string> labels, int limit) =>
        _entries.Where(e => e.HasAny(labels) && e.Contains(lowerCaseTexts)).Take(limit).Select(e => e.Match(SearchCandidate.Name));

    /// <summary>The matches as candidates, their nodes read in one read by id; a node gone since this version was read
    /// is left out.</summary>
    public static async Task<List<SearchCandidate>> CandidatesAsync(GraphReader reader, IReadOnlyList<NameMatch> matches, CancellationToken cancellationToken)
    {
        if (matches.Count == 0)
            return [];
        var ids = matches.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToArray();
        var rows = (await reader.RunAsync(GraphReads.NodesByIds, new() { ["ids"] = ids }, cancellationToken)).Rows;
        var nodes = new Dictionary<string, NodeValue>(StringComparer.Ordinal);
        foreach (var node in rows.Select(row => (NodeValue)row[0]!))
            nodes.TryAdd(ElementsBuilder.PolicyId(node), node);
        return matches.Where(m => nodes.ContainsKey(m.Id)).Select(m => new SearchCandidate(nodes[m.Id], m.Source, null, m.Responsibilities)).ToList();
    }

    /// <summary>A full-text hit as a candidate, with its responsibilities when it is a searchable node.</summary>
    public SearchCandidate TextCandidate(NodeValue node, double score) =>
        new(node, SearchCandidate.Text, score, _responsibilities.GetValueOrDefault(ElementsBuilder.PolicyId(node)));

    private sealed record Entry(string Id, string[] Labels, string[] ExactNames, string[] LowerCaseNames, int Responsibilities)
    {
        /// <summary>The entry of one <see cref="GraphReads.SearchableNodes"/> row; null for a node without an id.</summary>
        public static Entry? Of(IReadOnlyList<object?> row)
        {
            if (row[0] is not string id)
                return null;
            var labels = row[1] is IEnumerable<object?> list ? list.OfType<string>().ToArray() : [];
            var aliases = row[5] is IEnumerable<object?> written ? written.OfType<string>().ToArray() : [];
            string?[] single = [row[2] as string, row[3] as string, row[4] as string];
            var exact = single.Append(id).Concat(aliases).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var lower = single.OfType<string>().Concat(aliases).Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
            return new Entry(id, labels, exact, lower, Convert.ToInt32(row[6]));
        }

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

        public NameMatch Match(string source) => new(Id, source, Responsibilities);
    }
}
