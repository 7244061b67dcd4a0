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
/// The searchable nodes of one graph version, held from one read: per node only its id, labels, names and count of
/// responsibilities — the exact names <see cref="GraphReads.NamedExactly"/> compares and the lower-cased names
/// <see cref="GraphReads.NameContains"/> compares (<see cref="SearchableNameRules"/>), in the order of the node scan
/// both reads make — so answers, including which nodes a LIMIT keeps, are the reads' own without a scan of the graph
/// per request. On the embedded engine they are read in place from the checkpoint's table
/// (<see cref="SearchableNameTable"/>: flat arrays, no string per name), its rows of nodes changed since masked and
/// those nodes held as entries, merged by node id; else every node is an entry (<see cref="SearchableEntries"/>).
/// The matches' nodes are read by id (<see cref="CandidatesAsync"/>), so a node's text is never held here. A node
/// without an <c>id</c> property cannot be read by id and is left out.
/// </summary>
internal sealed class SearchableNames
{
    private readonly SearchableNameTable? _table;
    private readonly HashSet<int> _staleRows;
    private readonly SearchableEntries _entries;

    private SearchableNames(SearchableNameTable? table, HashSet<int> staleRows, SearchableEntries entries) =>
        (_table, _staleRows, _entries) = (table, staleRows, entries);

    public int Count => (_table?.Count ?? 0) - _staleRows.Count + _entries.Count;

    /// <summary>The id of a node held (the first current row, else the first entry); null when none is held.</summary>
    public string? AnyId()
    {
        for (var row = 0; _table is not null && row < _table.Count; row++)
            if (!_staleRows.Contains(row)) return _table.Id(row);
        return _entries.FirstId;
    }

    /// <summary>
    /// The rows of <see cref="GraphReads.SearchableNodes"/>: on the embedded engine the checkpoint's table with the
    /// nodes changed since read again, or node summaries (from the store's file without building records: the query
    /// would decode every node of these labels); elsewhere by the query.
    /// </summary>
    public static async Task<SearchableNames> ReadAsync(GraphReader reader, IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        if (reader.Backend is EmbeddedGraphBackend embedded)
        {
            var request = new NodeSummaryRequest(labels, GraphReads.SearchableKeys, RelationshipTypes.ResponsibleFor);
            if (request.Describe() == NodeSummaryRequest.Searchable.Describe() && await embedded.ReadSearchableNamesAsync(cancellationToken) is { } inPlace)
                return InPlace(inPlace);
            return new(null, [], SearchableEntries.OfSummaries(await embedded.SummariseNodesAsync(request, cancellationToken)));
        }
        var rows = (await reader.RunAsync(GraphReads.SearchableNodes, new() { ["labels"] = labels.ToArray() }, cancellationToken)).Rows;
        return new(null, [], SearchableEntries.OfRows(rows));
    }

    /// <summary>The names of a table read in place: the changed nodes' rows masked, their summaries as entries.</summary>
    internal static SearchableNames InPlace(SearchableNamesInPlace names)
    {
        var stale = new HashSet<int>();
        foreach (var node in names.ChangedNodes)
            if (names.Table.RowOfNode(node) is var row and >= 0) stale.Add(row);
        return new(names.Table, stale, SearchableEntries.OfSummaries(names.Changed));
    }

    /// <summary>Nodes of <paramref name="labels"/> whose id, name, title, 文号 or an alias equals one of <paramref name="names"/>.</summary>
    public IEnumerable<NameMatch> Exactly(IReadOnlyList<string> names, IReadOnlyList<string> labels)
    {
        var fromEntries = _entries.Exactly(names, labels);
        if (_table is not { } table) return fromEntries;
        var wanted = table.LabelSetsWithAny(labels);
        var fromTable = table.RowsNamed(names).Where(row => !_staleRows.Contains(row) && table.HasLabel(row, wanted));
        return InNodeOrder(fromTable.Select(row => TableMatch(table, row, SearchCandidate.Exact)), fromEntries);
    }

    /// <summary>The first <paramref name="limit"/> nodes of <paramref name="labels"/> whose name, title, 文号 or an alias,
    /// lower-cased, contains one of <paramref name="lowerCaseTexts"/>.</summary>
    public IEnumerable<NameMatch> Containing(IReadOnlyList<string> lowerCaseTexts, IReadOnlyList<string> labels, int limit)
    {
        var fromEntries = _entries.Containing(lowerCaseTexts, labels);
        if (_table is not { } table) return fromEntries.Take(limit);
        var wanted = table.LabelSetsWithAny(labels);
        var fromTable = RowsContaining(table, lowerCaseTexts, wanted);
        return InNodeOrder(fromTable.Select(row => TableMatch(table, row, SearchCandidate.Name)), fromEntries).Take(limit);
    }

    /// <summary>The table's current rows of the wanted label sets with a name containing one of the texts, ascending.</summary>
    private IEnumerable<int> RowsContaining(SearchableNameTable table, IReadOnlyList<string> lowerCaseTexts, bool[] wanted)
    {
        // The read compares coalesce(n.name, ''): an empty text is in every node's names.
        var everyRow = lowerCaseTexts.Any(text => text.Length == 0);
        for (var row = 0; row < table.Count; row++)
        {
            if (!table.HasLabel(row, wanted) || !everyRow && !NameContainsAny(table, row, lowerCaseTexts)) continue;
            if (!_staleRows.Contains(row)) yield return row;
        }
    }

    private static bool NameContainsAny(SearchableNameTable table, int row, IReadOnlyList<string> lowerCaseTexts)
    {
        // Indexed, not foreach: no enumerator per row of a 10^6-row scan.
        for (var i = 0; i < lowerCaseTexts.Count; i++)
        {
            if (table.NameContains(row, lowerCaseTexts[i])) return true;
        }
        return false;
    }

    /// <summary>Two sequences of matches in ascending node id merged into one (the node scan's order).</summary>
    private static IEnumerable<NameMatch> InNodeOrder(IEnumerable<NameMatch> first, IEnumerable<NameMatch> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        var (hasA, hasB) = (a.MoveNext(), b.MoveNext());
        while (hasA || hasB)
        {
            if (hasA && (!hasB || a.Current.Node <= b.Current.Node))
            {
                yield return a.Current;
                hasA = a.MoveNext();
            }
            else
            {
                yield return b.Current;
                hasB = b.MoveNext();
            }
        }
    }

    private static NameMatch TableMatch(SearchableNameTable table, int row, string source) =>
        new(table.Id(row), source, table.Responsibilities(row), table.Node(row));

    /// <summary>The count of responsibilities of the first node read with the id <paramref name="id"/> (0 when none).</summary>
    private int ResponsibilitiesOf(string id)
    {
        var fromEntries = _entries.First(id);
        if (_table is { } table)
        {
            foreach (var row in table.RowsWithId(id))
            {
                if (_staleRows.Contains(row)) continue;
                if (fromEntries is not { Node: { } node } || table.Node(row) < node) return table.Responsibilities(row);
                break;
            }
        }
        return fromEntries?.Responsibilities ?? 0;
    }

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
        new(node, SearchCandidate.Text, score, ResponsibilitiesOf(ElementsBuilder.PolicyId(node)));
}
