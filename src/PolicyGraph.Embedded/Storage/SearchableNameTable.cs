using PolicyGraph.Core.Schema;

namespace PolicyGraph.Embedded.Storage;

/// <summary>
/// The searchable names of one snapshot's nodes (<see cref="NodeSummaryRequest.Searchable"/>, names by
/// <see cref="SearchableNameRules"/>) as a few flat arrays, so that search answers without ~10^6 strings and objects:
/// one row per node with a text id, in node id order (the order of a node scan, so a LIMIT keeps the nodes the query
/// keeps); the distinct exact names sorted ordinally with per name its rows (lookup by binary search); per row its
/// lower-cased names (the contains scan compares spans); its id, with the rows sorted by id (responsibilities of a
/// full-text hit). Written at checkpoint in the summaries file and read back as arrays, no string decoded
/// (<see cref="Persistence.NodeSummaryFile"/>).
/// </summary>
public sealed partial class SearchableNameTable
{
    private readonly string[][] _labelSets;
    private readonly int[] _nodes, _labelSetOfRow, _outgoing;
    private readonly TextRuns _ids;
    // Row r's lower-cased names are names _firstLowerName[r] .. _firstLowerName[r + 1] - 1 of _lowerNames.
    private readonly int[] _firstLowerName;
    private readonly TextRuns _lowerNames;
    // Exact name e's rows are _exactRows[_firstExactRow[e] .. _firstExactRow[e + 1] - 1], ascending.
    private readonly TextRuns _exactNames;
    private readonly int[] _firstExactRow, _exactRows;
    private readonly int[] _rowsById;

    private SearchableNameTable(string[][] labelSets, int[] nodes, int[] labelSetOfRow, int[] outgoing, TextRuns ids,
        int[] firstLowerName, TextRuns lowerNames, TextRuns exactNames, int[] firstExactRow, int[] exactRows, int[] rowsById)
    {
        (_labelSets, _nodes, _labelSetOfRow, _outgoing, _ids) = (labelSets, nodes, labelSetOfRow, outgoing, ids);
        (_firstLowerName, _lowerNames, _exactNames, _firstExactRow, _exactRows, _rowsById) = (firstLowerName, lowerNames, exactNames, firstExactRow, exactRows, rowsById);
    }

    public int Count => _nodes.Length;

    /// <summary>The row's node (its internal id).</summary>
    public int Node(int row) => _nodes[row];

    /// <summary>The row of <paramref name="node"/>, or a negative number when it has none.</summary>
    public int RowOfNode(int node) => Array.BinarySearch(_nodes, node);

    /// <summary>The row's count of outgoing RESPONSIBLE_FOR relationships.</summary>
    public int Responsibilities(int row) => _outgoing[row];

    public string Id(int row) => new(_ids[row]);

    public IReadOnlyList<string> Labels(int row) => _labelSets[_labelSetOfRow[row]];

    /// <summary>Per label set, whether it holds one of <paramref name="labels"/>: the filter <see cref="HasLabel"/> applies.</summary>
    public bool[] LabelSetsWithAny(IReadOnlyList<string> labels) =>
        [.. _labelSets.Select(set => set.Any(labels.Contains))];

    public bool HasLabel(int row, bool[] labelSetsWanted) => labelSetsWanted[_labelSetOfRow[row]];

    /// <summary>The rows with one of <paramref name="names"/> among their exact names, ascending, each once.</summary>
    public SortedSet<int> RowsNamed(IEnumerable<string> names)
    {
        var rows = new SortedSet<int>();
        foreach (var name in names)
        {
            var at = _exactNames.BinarySearch(name);
            if (at < 0) continue;
            for (var i = _firstExactRow[at]; i < _firstExactRow[at + 1]; i++) rows.Add(_exactRows[i]);
        }
        return rows;
    }

    /// <summary>Whether one of the row's lower-cased names contains <paramref name="lowerCaseText"/> (ordinal).</summary>
    public bool NameContains(int row, string lowerCaseText)
    {
        for (var name = _firstLowerName[row]; name < _firstLowerName[row + 1]; name++)
        {
            if (_lowerNames[name].IndexOf(lowerCaseText, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>The rows whose id is <paramref name="id"/>, ascending.</summary>
    public IEnumerable<int> RowsWithId(string id)
    {
        for (var at = _ids.FirstNotBelow(id, _rowsById); at < _rowsById.Length && _ids[_rowsById[at]].SequenceEqual(id); at++) yield return _rowsById[at];
    }

    /// <summary>
    /// Strings laid end to end in one UTF-16 array: string i is <c>Chars[Starts[i] .. Starts[i + 1]]</c>, so ~10^6 of them
    /// cost two arrays instead of ~10^6 objects.
    /// </summary>
    internal readonly record struct TextRuns(int[] Starts, char[] Chars)
    {
        public int Count => Starts.Length - 1;

        public ReadOnlySpan<char> this[int index] => Chars.AsSpan(Starts[index], Starts[index + 1] - Starts[index]);

        /// <summary>The index of <paramref name="text"/> in runs sorted ordinally, or a negative number when absent.</summary>
        public int BinarySearch(string text) => FirstNotBelow(text, null) is var at && at < Count && this[at].SequenceEqual(text) ? at : -1;

        /// <summary>
        /// The first position whose run is not ordinally below <paramref name="text"/> (<see cref="Count"/> if none), the
        /// runs taken in <paramref name="order"/> (run indexes sorted by text) or as they are (sorted) when it is null.
        /// </summary>
        public int FirstNotBelow(string text, int[]? order)
        {
            var (low, high) = (0, order?.Length ?? Count);
            while (low < high)
            {
                var middle = low + (high - low) / 2;
                if (this[order is null ? middle : order[middle]].SequenceCompareTo(text) < 0) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        public static TextRuns Of(IReadOnlyCollection<string> texts)
        {
            var starts = new int[texts.Count + 1];
            var chars = new char[texts.Sum(text => (long)text.Length) is var total and <= int.MaxValue ? (int)total
                : throw new InvalidOperationException("the searchable names exceed 2^31 characters")];
            var (index, at) = (0, 0);
            foreach (var text in texts)
            {
                text.CopyTo(chars.AsSpan(at));
                at += text.Length;
                starts[++index] = at;
            }
            return new TextRuns(starts, chars);
        }
    }
}

/// <summary>
/// Searchable names of a snapshot read in place: the <paramref name="Table"/> of the checkpoint, whose rows of
/// <paramref name="ChangedNodes"/> (sorted) are stale, and the <paramref name="Changed"/> nodes' summaries as they are
/// now (those that still exist and have a searchable label), in node id order.
/// </summary>
public sealed record SearchableNamesInPlace(SearchableNameTable Table, int[] ChangedNodes, IReadOnlyList<NodeSummary> Changed);
