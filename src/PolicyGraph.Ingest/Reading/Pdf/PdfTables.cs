using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Rebuilds a table from column positions: it starts at a line of two or more segments, whose left edges are the
/// columns, and goes on while lines fit those columns (a line of one segment fits when it stays inside one column:
/// a wrapped cell). A line opens a new row when it is further below the last than the tightest line spacing of the
/// table allows, or, when the table's rows are packed as tightly as its wrapped lines, when it has text in the
/// first column; otherwise its segments are joined to the cells above. A line of one segment starting in the first
/// column and running across others is a merged row (a category) when a row that fits follows it.
/// </summary>
internal sealed class PdfTables(int maxColumns)
{
    private const double ColumnTolerance = 0.6;
    private const double RowGapFactor = 1.25;

    public bool WasCut { get; private set; }

    /// <summary>The table starting at <paramref name="start"/>, or null; <paramref name="next"/> is the first line after it.</summary>
    public TableBlock? TryRead(IReadOnlyList<PdfLine> lines, int start, out int next)
    {
        next = start;
        if (lines[start].Segments.Count < 2) return null;
        var columns = lines[start].Segments.Select(s => s.Left).Take(maxColumns).ToList();
        WasCut |= lines[start].Segments.Count > maxColumns;
        var end = start + 1;
        while (end < lines.Count && (Fits(lines[end], columns, lines[start].Size) || SpansRow(lines, end, columns))) end++;
        if (end - start < 2) return null;
        next = end;
        var table = lines.Skip(start).Take(end - start).ToList();
        return new TableBlock(Rows(table, columns), new SourceLocation(Page: lines[start].Page));
    }

    private static bool Fits(PdfLine line, List<double> columns, double size)
    {
        var tolerance = ColumnTolerance * size;
        if (line.Segments.Count >= 2) return line.Segments.All(s => ColumnOf(s, columns, tolerance) >= 0 && StartsNearColumn(s, columns, tolerance));
        var segment = line.Segments[0];
        var column = ColumnOf(segment, columns, tolerance);
        return column >= 0 && (column + 1 >= columns.Count || segment.Right <= columns[column + 1] + tolerance);
    }

    /// <summary>A line of one segment from the first column across others (a merged row such as a category) inside a table.</summary>
    private static bool SpansRow(IReadOnlyList<PdfLine> lines, int index, List<double> columns)
    {
        var line = lines[index];
        var tolerance = ColumnTolerance * line.Size;
        return line.Segments.Count == 1 && Math.Abs(line.Left - columns[0]) <= tolerance
            && index + 1 < lines.Count && lines[index + 1].Segments.Count >= 2 && Fits(lines[index + 1], columns, line.Size);
    }

    private static bool StartsNearColumn(PdfSegment segment, List<double> columns, double tolerance) =>
        columns.Any(c => segment.Left >= c - tolerance);

    private static int ColumnOf(PdfSegment segment, List<double> columns, double tolerance)
    {
        for (var i = columns.Count - 1; i >= 0; i--)
        {
            if (segment.Left >= columns[i] - tolerance) return i;
        }
        return -1;
    }

    private static IReadOnlyList<TableRow> Rows(List<PdfLine> lines, List<double> columns)
    {
        var pitch = TightestPitch(lines);
        var byGap = pitch is { } p && lines.Zip(lines.Skip(1)).Any(pair => Gap(pair.First, pair.Second) > RowGapFactor * p);
        var rows = new List<(string[] Cells, int Page)>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var tolerance = ColumnTolerance * line.Size;
            var placed = line.Segments.Select(s => (Column: ColumnOf(s, columns, tolerance), s.Text)).ToList();
            if (previous is null || StartsRow(previous, line, placed, byGap ? RowGapFactor * pitch : null)) rows.Add((new string[columns.Count], line.Page));
            var cells = rows[^1].Cells;
            foreach (var (column, text) in placed) cells[column] = TextJoin.Join(cells[column] ?? "", text);
            previous = line;
        }
        return rows.Select(r => new TableRow(r.Cells.Select(c => c ?? "").ToArray(), new SourceLocation(Page: r.Page))).ToList();
    }

    /// <summary>By the gap when rows are spaced apart; across a page break, or in a packed table, by the first column.</summary>
    private static bool StartsRow(PdfLine previous, PdfLine line, List<(int Column, string Text)> placed, double? rowGap) =>
        Gap(previous, line) is { } gap && rowGap is { } minimum ? gap > minimum : placed.Any(c => c.Column == 0);

    private static double? Gap(PdfLine above, PdfLine below) => above.Page == below.Page ? above.Baseline - below.Baseline : null;

    private static double? TightestPitch(List<PdfLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1)).Select(p => Gap(p.First, p.Second)).OfType<double>().Where(g => g > 0).ToList();
        return gaps.Count == 0 ? null : gaps.Min();
    }
}
