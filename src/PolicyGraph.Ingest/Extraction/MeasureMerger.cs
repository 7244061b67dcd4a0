using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Pairs body items with annex table rows by number. The body items that pair are the group (same numbering
/// style, over the whole document or within one heading) whose numbers overlap the table's most; a group whose
/// numbers repeat is never paired, so a list restarting at 1 cannot steal another list's rows. Rows without a
/// body item become measures of their own; both statements are kept on each paired measure.
/// </summary>
public static class MeasureMerger
{
    public static IReadOnlyList<ParsedMeasure> Merge(IReadOnlyList<BodyItem> items, IReadOnlyList<TableRow> rows, bool isBatch)
    {
        var rowsBySeq = rows.GroupBy(r => r.Seq).ToDictionary(g => g.Key, g => g.First());
        var paired = PairedGroup(items, rowsBySeq);
        var measures = new List<ParsedMeasure>();
        var usedSeqs = new HashSet<int>();
        foreach (var item in items)
        {
            var inGroup = paired.Contains(item);
            TableRow? row = inGroup && rowsBySeq.TryGetValue(item.Seq, out var r) ? r : null;
            if (row is not null) usedSeqs.Add(row.Seq);
            measures.Add(FromBody(measures.Count + 1, item, row, isBatch && (inGroup || paired.Count == 0 && rows.Count == 0 && item.Kind is MarkerKind.Arabic)));
        }
        foreach (var row in rowsBySeq.Values.Where(r => !usedSeqs.Contains(r.Seq)).OrderBy(r => r.Line))
            measures.Add(FromTable(measures.Count + 1, row, isBatch));
        return measures;
    }

    private static HashSet<BodyItem> PairedGroup(IReadOnlyList<BodyItem> items, Dictionary<int, TableRow> rowsBySeq)
    {
        if (rowsBySeq.Count == 0) return [];
        var candidates = items.GroupBy(i => i.Kind).Select(g => g.ToList())
            .Concat(items.GroupBy(i => (i.Kind, i.SectionPath)).Select(g => g.ToList()));
        var best = candidates
            .Where(g => g.Select(i => i.Seq).Distinct().Count() == g.Count)
            .Select(g => (Group: g, Overlap: g.Count(i => rowsBySeq.ContainsKey(i.Seq))))
            .Where(c => c.Overlap > 0)
            .OrderByDescending(c => c.Overlap)
            .FirstOrDefault();
        return best.Group is null ? [] : [.. best.Group];
    }

    private static ParsedMeasure FromBody(int index, BodyItem item, TableRow? row, bool isInnovation)
    {
        var body = new MeasureSource(MeasureSource.Body, item.Title, item.Text, item.Clause?.Scope, null, item.Clause?.Units,
            item.Clause?.Line ?? item.Line, item.Clause?.Quote ?? item.Title);
        var table = row is null ? null : ToSource(row);
        // A list item that is only a name gets its description from the table row that explains it.
        var text = item.Text == item.Title && table is not null ? table.Text : item.Text;
        var innovation = isInnovation ? Innovation(item.Title, text, row) : null;
        return new ParsedMeasure(index, item.Seq, item.Title, text, item.Line, item.SectionPath, body, table, innovation);
    }

    private static ParsedMeasure FromTable(int index, TableRow row, bool isBatch)
    {
        var source = ToSource(row);
        var innovation = isBatch ? Innovation(row.Title, row.Text, row) : null;
        return new ParsedMeasure(index, row.Seq, row.Title, row.Text, row.Line, null, null, source, innovation);
    }

    private static MeasureSource ToSource(TableRow row) =>
        new(MeasureSource.Table, row.Title, row.Text, row.Scope, row.Pilot, row.Units, row.Line, row.Quote);

    private static InnovationFacts Innovation(string title, string text, TableRow? row) =>
        new(row?.Novelty, row?.InnovationPoint, TaiwanCues.Mentions(title, text, row?.InnovationPoint));
}
