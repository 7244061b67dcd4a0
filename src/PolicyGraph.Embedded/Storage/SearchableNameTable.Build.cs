using System.Runtime.InteropServices;
using PolicyGraph.Core.Schema;
using PolicyGraph.Embedded.Persistence;

namespace PolicyGraph.Embedded.Storage;

public sealed partial class SearchableNameTable
{
    /// <summary>
    /// The table of <paramref name="summaries"/> (rows of <see cref="NodeSummaryRequest.Searchable"/>'s keys, in node
    /// id order); a node without a text id gets no row.
    /// </summary>
    public static SearchableNameTable Of(IEnumerable<NodeSummary> summaries)
    {
        var labelSets = new List<IReadOnlyList<string>>();
        var (nodes, sets, outgoing, ids) = (new List<int>(), new List<int>(), new List<int>(), new List<string>());
        var (firstLowerName, lowerNames) = (new List<int> { 0 }, new List<string>());
        // (name, row) pairs sorted, not a dictionary of lists: ~10^6 of them at every checkpoint.
        var namedRows = new List<(string Name, int Row)>();
        foreach (var summary in summaries)
        {
            if (SearchableNameRules.Id(summary.Values) is not { } id) continue;
            var row = nodes.Count;
            if (row > 0 && summary.Id <= nodes[^1]) throw new ArgumentException("summaries must come in ascending node id order", nameof(summaries));
            nodes.Add(summary.Id);
            sets.Add(LabelSetCode(labelSets, summary.Labels));
            outgoing.Add(summary.Outgoing);
            ids.Add(id);
            lowerNames.AddRange(SearchableNameRules.LowerCaseNames(summary.Values));
            firstLowerName.Add(lowerNames.Count);
            foreach (var name in SearchableNameRules.ExactNames(summary.Values)) namedRows.Add((name, row));
        }
        var (exactNames, firstExactRow, exactRows) = ExactNameRuns(namedRows);
        // Stable: rows of one id stay ascending, so the first is the one a scan meets first.
        var rowsById = Enumerable.Range(0, ids.Count).OrderBy(row => ids[row], StringComparer.Ordinal).ToArray();
        return new SearchableNameTable([.. labelSets.Select(set => set.ToArray())], [.. nodes], [.. sets], [.. outgoing], TextRuns.Of(ids),
            [.. firstLowerName], TextRuns.Of(lowerNames), TextRuns.Of(exactNames), [.. firstExactRow], exactRows, rowsById);
    }

    /// <summary>The distinct names of <paramref name="namedRows"/> sorted ordinally, and per name its rows, ascending.</summary>
    private static (List<string> Names, List<int> FirstRow, int[] Rows) ExactNameRuns(List<(string Name, int Row)> namedRows)
    {
        namedRows.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name) is var order and not 0 ? order : a.Row.CompareTo(b.Row));
        var (names, firstRow, rows) = (new List<string>(), new List<int> { 0 }, new int[namedRows.Count]);
        for (var i = 0; i < namedRows.Count; i++)
        {
            if (i > 0 && !string.Equals(namedRows[i].Name, namedRows[i - 1].Name, StringComparison.Ordinal))
            {
                names.Add(namedRows[i - 1].Name);
                firstRow.Add(i);
            }
            rows[i] = namedRows[i].Row;
        }
        if (namedRows.Count > 0)
        {
            names.Add(namedRows[^1].Name);
            firstRow.Add(namedRows.Count);
        }
        return (names, firstRow, rows);
    }

    private static int LabelSetCode(List<IReadOnlyList<string>> labelSets, IReadOnlyList<string> labels)
    {
        for (var i = 0; i < labelSets.Count; i++)
        {
            if (ReferenceEquals(labelSets[i], labels) || labelSets[i].SequenceEqual(labels, StringComparer.Ordinal)) return i;
        }
        labelSets.Add(labels);
        return labelSets.Count - 1;
    }

    /// <summary>Writes the table as <see cref="Read"/> reads it: label sets, then every array with its length.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(LowerCasingProbe());
        writer.Write(_labelSets.Length);
        foreach (var set in _labelSets)
        {
            writer.Write(set.Length);
            foreach (var label in set) writer.Write(label);
        }
        foreach (var array in new[] { _nodes, _labelSetOfRow, _outgoing, _ids.Starts, _firstLowerName, _lowerNames.Starts, _exactNames.Starts, _firstExactRow, _exactRows, _rowsById })
            WriteArray(writer, array);
        foreach (var chars in new[] { _ids.Chars, _lowerNames.Chars, _exactNames.Chars })
            WriteArray(writer, chars);
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] array) where T : unmanaged
    {
        writer.Write(array.Length);
        writer.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    /// <summary>
    /// The table <see cref="Write"/> wrote, its arrays copied from the mapped file (nothing decoded), each offset and
    /// code checked against what it points into, so a damaged file is refused (<see cref="InvalidDataException"/>), never misread.
    /// </summary>
    internal static SearchableNameTable Read(BinaryReader reader, MappedFile file)
    {
        if (reader.ReadUInt64() != LowerCasingProbe())
            throw new InvalidDataException("its lower-cased names were lowered by another Unicode version than this runtime's (ICU)");
        var labelSets = new string[NodeSummaryFile.Checked(reader.ReadInt32(), file)][];
        for (var i = 0; i < labelSets.Length; i++)
        {
            labelSets[i] = new string[NodeSummaryFile.Checked(reader.ReadInt32(), file)];
            for (var j = 0; j < labelSets[i].Length; j++) labelSets[i][j] = string.Intern(reader.ReadString());
        }
        var ints = Enumerable.Range(0, 10).Select(_ => ReadArray<int>(reader, file)).ToArray();
        var (ids, lowerNames, exactNames) = (ReadArray<char>(reader, file), ReadArray<char>(reader, file), ReadArray<char>(reader, file));
        var (nodes, sets, outgoing, firstLowerName, firstExactRow, exactRows, rowsById) = (ints[0], ints[1], ints[2], ints[4], ints[7], ints[8], ints[9]);
        var rows = nodes.Length;
        if (sets.Length != rows || outgoing.Length != rows || rowsById.Length != rows) throw new InvalidDataException("the names' row columns differ in length");
        for (var row = 1; row < rows; row++)
            if (nodes[row] <= nodes[row - 1]) throw new InvalidDataException("the names' rows are not in node order");
        CheckCodes(sets, labelSets.Length);
        CheckCodes(rowsById, rows);
        CheckCodes(exactRows, rows);
        var table = new SearchableNameTable(labelSets, nodes, sets, outgoing, Runs(ints[3], ids, rows),
            firstLowerName, Runs(ints[5], lowerNames, null), Runs(ints[6], exactNames, null), firstExactRow, exactRows, rowsById);
        CheckStarts(firstLowerName, table._lowerNames.Count, rows);
        CheckStarts(firstExactRow, exactRows.Length, table._exactNames.Count);
        // Binary searches over them answer wrongly otherwise.
        for (var i = 1; i < table._exactNames.Count; i++)
            if (table._exactNames[i - 1].SequenceCompareTo(table._exactNames[i]) >= 0) throw new InvalidDataException("the exact names are not sorted and distinct");
        for (var i = 1; i < rows; i++)
            if (table._ids[rowsById[i - 1]].SequenceCompareTo(table._ids[rowsById[i]]) is var order && (order > 0 || order == 0 && rowsById[i - 1] >= rowsById[i]))
                throw new InvalidDataException("the rows by id are not sorted");
        return table;
    }

    /// <summary>
    /// The hash of a fixed text of case-sensitive letters (dotted İ, Σ and final ς, full-width, Cyrillic, Greek, Armenian,
    /// Cherokee) lowered by <see cref="SearchableNameRules.LowerCase"/>: the lower-cased names are written lowered by the
    /// writer's ICU, so a reader whose lowering differs refuses them (the general path lowers again) instead of missing names.
    /// </summary>
    internal static ulong LowerCasingProbe() =>
        System.IO.Hashing.XxHash3.HashToUInt64(MemoryMarshal.AsBytes(SearchableNameRules.LowerCase("İIΣΑΣςＡＺДЖЁΩΆԱՖᎠᏴꭰǅẞ").AsSpan()));

    private static TextRuns Runs(int[] starts, char[] chars, int? count)
    {
        CheckStarts(starts, chars.Length, count ?? starts.Length - 1);
        return new TextRuns(starts, chars);
    }

    /// <summary>Offsets that start at 0, never fall and end at <paramref name="end"/>: <paramref name="count"/> + 1 of them.</summary>
    private static void CheckStarts(int[] starts, int end, int count)
    {
        if (starts.Length != count + 1 || starts[0] != 0 || starts[^1] != end) throw new InvalidDataException("the names' offsets do not match their data");
        for (var i = 1; i < starts.Length; i++)
            if (starts[i] < starts[i - 1]) throw new InvalidDataException("the names' offsets fall");
    }

    private static void CheckCodes(int[] codes, int count)
    {
        foreach (var code in codes) NodeSummaryFile.Index(code, count);
    }

    private static T[] ReadArray<T>(BinaryReader reader, MappedFile file) where T : unmanaged
    {
        var length = NodeSummaryFile.Checked(reader.ReadInt32(), file);
        var start = reader.BaseStream.Position;
        var bytes = (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (bytes > file.Length - start) throw new InvalidDataException("an array runs past the end");
        var array = GC.AllocateUninitializedArray<T>(length);
        file.Slice(start, (int)bytes).CopyTo(MemoryMarshal.AsBytes(array.AsSpan()));
        reader.BaseStream.Position = start + bytes;
        return array;
    }
}
