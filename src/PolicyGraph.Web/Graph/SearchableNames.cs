using PolicyGraph.Core.Querying;
using PolicyGraph.Core.Schema;

namespace PolicyGraph.Web.Graph;

/// <summary>One search candidate: the node, which branch found it (exact name, name containing, full text), its
/// full-text score (text only) and its count of responsibilities.</summary>
public sealed record SearchCandidate(NodeValue Node, string Source, double? Score, int Responsibilities)
{
    public const string Exact = "exact", Name = "name", Text = "text";
}

/// <summary>
/// The searchable nodes of one graph version, held in memory from one read (<see cref="GraphReads.SearchableNodes"/>):
/// the exact names of <see cref="GraphReads.NamedExactly"/> in a hash table, and the lower-cased names
/// <see cref="GraphReads.NameContains"/> compares, in the order of the node scan both reads make — so answers,
/// including which nodes a LIMIT keeps, are the reads' own without a scan of the graph per request.
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
        return new SearchableNames(rows.Select(row => Entry.Of((NodeValue)row[0]!, Convert.ToInt32(row[1]))).ToArray());
    }

    /// <summary>Nodes of <paramref name="labels"/> whose id, name, title, 文号 or an alias equals one of <paramref name="names"/>.</summary>
    public IEnumerable<SearchCandidate> Exactly(IReadOnlyList<string> names, IReadOnlyList<string> labels)
    {
        var positions = new SortedSet<int>();
        foreach (var name in names)
        {
            if (_positionsByExactName.TryGetValue(name, out var found))
                positions.UnionWith(found);
        }
        return positions.Select(p => _entries[p]).Where(e => e.HasAny(labels)).Select(e => e.Candidate(SearchCandidate.Exact));
    }

    /// <summary>The first <paramref name="limit"/> nodes of <paramref name="labels"/> whose name, title, 文号 or an alias,
    /// lower-cased, contains one of <paramref name="lowerCaseTexts"/>.</summary>
    public IEnumerable<SearchCandidate> Containing(IReadOnlyList<string> lowerCaseTexts, IReadOnlyList<string> labels, int limit) =>
        _entries.Where(e => e.HasAny(labels) && e.Contains(lowerCaseTexts)).Take(limit).Select(e => e.Candidate(SearchCandidate.Name));

    /// <summary>A full-text hit as a candidate, with its responsibilities when it is a searchable node.</summary>
    public SearchCandidate TextCandidate(NodeValue node, double score) =>
        new(node, SearchCandidate.Text, score, _responsibilities.GetValueOrDefault(ElementsBuilder.PolicyId(node)));

    private sealed record Entry(NodeValue Node, string Id, string[] ExactNames, string[] LowerCaseNames, int Responsibilities)
    {
        public static Entry Of(NodeValue node, int responsibilities)
        {
            var properties = node.Properties;
            var aliases = properties.GetValueOrDefault(PropertyNames.Aliases) is IEnumerable<object?> list ? list.OfType<string>().ToArray() : [];
            string?[] single =
            [
                properties.GetValueOrDefault(PropertyNames.Name) as string, properties.GetValueOrDefault(PropertyNames.Title) as string,
                properties.GetValueOrDefault(PropertyNames.DocNumber) as string,
            ];
            var id = properties.GetValueOrDefault(PropertyNames.Id) as string;
            var exact = single.Append(id).Concat(aliases).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var lower = single.OfType<string>().Concat(aliases).Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
            return new Entry(node, ElementsBuilder.PolicyId(node), exact, lower, responsibilities);
        }

        public bool HasAny(IReadOnlyList<string> labels)
        {
            foreach (var label in Node.Labels)
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

        public SearchCandidate Candidate(string source) => new(Node, source, null, Responsibilities);
    }
}
