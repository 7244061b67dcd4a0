using System.Runtime.InteropServices;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Storage;

namespace PolicyGraph.Web.Graph;

/// <summary>
/// Searchable nodes held as objects, one entry per node with an id in the order read: every node on the general
/// path (a query's rows, or summaries when the store has no names file), or only the nodes changed since the
/// checkpoint whose names are read in place (<see cref="SearchableNames"/>). Exact names in a hash table, lower-cased
/// names compared in order, so a LIMIT keeps the nodes the read's own order gives.
/// </summary>
internal sealed class SearchableEntries
{
    private readonly Entry[] _entries;
    // Exact name → the first of its (position, next) pairs; a name's chain lists its entries in ascending position.
    private readonly Dictionary<string, int> _firstPairByExactName;
    private readonly List<(int Position, int Next)> _exactNamePairs;
    private readonly Dictionary<string, Entry> _firstById;

    private SearchableEntries(Entry[] entries)
    {
        _entries = entries;
        // Sized for an id and about one name per node, so no rehashing while filling.
        _firstPairByExactName = new Dictionary<string, int>(entries.Length * 2, StringComparer.Ordinal);
        _exactNamePairs = new List<(int Position, int Next)>(entries.Length * 2);
        _firstById = new Dictionary<string, Entry>(entries.Length, StringComparer.Ordinal);
        // Built backwards so that prepending keeps each chain in ascending order; no grouping of 10^5 names needed.
        for (var position = entries.Length - 1; position >= 0; position--)
        {
            foreach (var name in entries[position].ExactNames)
            {
                // One hash lookup per name: the slot holds the chain's head (-1 when the name is new).
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstPairByExactName, name, out var known);
                _exactNamePairs.Add((position, known ? head : -1));
                head = _exactNamePairs.Count - 1;
            }
            _firstById[entries[position].Id] = entries[position];
        }
    }

    public int Count => _entries.Length;

    /// <summary>The id of the first entry read; null when there is none.</summary>
    public string? FirstId => _entries.Length > 0 ? _entries[0].Id : null;

    /// <summary>The entries of <see cref="GraphReads.SearchableNodes"/>'s rows (a row without an id gives none).</summary>
    public static SearchableEntries OfRows(IEnumerable<IReadOnlyList<object?>> rows) => new([.. rows.Select(Entry.Of).OfType<Entry>()]);

    /// <summary>The entries of node summaries of <see cref="GraphReads.SearchableKeys"/> (a node without an id gives none).</summary>
    public static SearchableEntries OfSummaries(IEnumerable<NodeSummary> summaries) => new([.. summaries.Select(Entry.Of).OfType<Entry>()]);

    /// <summary>Entries of <paramref name="labels"/> with one of <paramref name="names"/> as an exact name, in read order.</summary>
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

    /// <summary>Entries of <paramref name="labels"/> with a lower-cased name containing one of the texts, in read order.</summary>
    public IEnumerable<NameMatch> Containing(IReadOnlyList<string> lowerCaseTexts, IReadOnlyList<string> labels) =>
        _entries.Where(e => e.HasAny(labels) && e.Contains(lowerCaseTexts)).Select(e => e.Match(SearchCandidate.Name));

    /// <summary>The first entry read with the id <paramref name="id"/>, as a match of no branch; null when none has it.</summary>
    public NameMatch? First(string id) => _firstById.TryGetValue(id, out var entry) ? entry.Match(SearchCandidate.Text) : null;

    private sealed record Entry(string Id, string[] Labels, string[] ExactNames, string[] LowerCaseNames, int Responsibilities, int? Node = null)
    {
        /// <summary>The entry of one <see cref="GraphReads.SearchableNodes"/> row; null for a node without an id.</summary>
        public static Entry? Of(IReadOnlyList<object?> row)
        {
            object?[] values = [row[0], row[2], row[3], row[4], row[5]];
            if (SearchableNameRules.Id(values) is not { } id)
                return null;
            var labels = row[1] switch { string[] shared => shared, IEnumerable<object?> list => list.OfType<string>().ToArray(), _ => [] };
            return new Entry(id, labels, [.. SearchableNameRules.ExactNames(values)], [.. SearchableNameRules.LowerCaseNames(values)], Convert.ToInt32(row[6]));
        }

        /// <summary>The entry of one node summary (values in <see cref="GraphReads.SearchableKeys"/> order), as the query's row makes it.</summary>
        public static Entry? Of(NodeSummary summary)
        {
            if (SearchableNameRules.Id(summary.Values) is not { } id)
                return null;
            var labels = summary.Labels as string[] ?? [.. summary.Labels];
            return new Entry(id, labels, [.. SearchableNameRules.ExactNames(summary.Values)], [.. SearchableNameRules.LowerCaseNames(summary.Values)],
                summary.Outgoing, summary.Id);
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

        public NameMatch Match(string source) => new(Id, source, Responsibilities, Node);
    }
}
