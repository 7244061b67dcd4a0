using PolicyGraph.Ingest.Documents;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Rebuilds a table from column positions: it starts at a line of two or more segments (the header, whose cells
/// give the columns) and goes on while lines fit those columns (<see cref="PdfColumns"/>: a line fits when no
/// character is drawn across a column boundary). A line opens a new row when it is further below the last than the
/// tightest line spacing of the table allows, or, when the table's rows are packed as tightly as its wrapped lines,
/// when it has text in the first column; otherwise its text is joined to the cells above. A line of one segment
/// starting in the first column and running across others is a merged row (a category) when a row that fits follows it.
/// A page break does not end the table when its rows go on, with the same columns, under the next page's running header.
/// A header over several lines is read by <see cref="PdfStackedTables"/> first.
/// </summary>
internal sealed class PdfTables(int maxColumns)
{
    private const double RowGapFactor = 1.25;

    /// <summary>A line with text in the first column this much further below the last than the tightest spacing opens a row.</summary>
    private const double FirstColumnGapFactor = 1.1;

    public bool WasCut { get; private set; }

    /// <summary>The table starting at <paramref name="start"/>, or null; <paramref name="next"/> is the first line after it.</summary>
    public TableBlock? TryRead(IReadOnlyList<PdfLine> lines, int start, out int next)
    {
        if (PdfStackedTables.TryRead(lines, start, maxColumns, out next, out var stackedCut) is { } stacked)
        {
            WasCut |= stackedCut;
            return stacked;
        }
        if (lines[start].Segments.Count < 2) return null;
        WasCut |= lines[start].Segments.Count > maxColumns;
        var columns = PdfColumns.Find(lines, start, maxColumns);
        if (CentredHeaderColumns(lines, start, columns) is { } below) columns = below;
        var table = new List<PdfLine> { lines[start] };
        var end = start + 1;
        while (end < lines.Count)
        {
            if (columns.Fits(lines[end]) || SpansRow(lines, end, columns)) table.Add(lines[end++]);
            else if (ContinuesOnNextPage(lines, end, columns) is var resumed and > 0) end = resumed;
            else break;
        }
        if (table.Count < 2) return null;
        next = end;
        return new TableBlock(Rows(table, columns), new SourceLocation(Page: lines[start].Page));
    }

    /// <summary>
    /// A header whose cells are centred over wide columns: the next line (the first row, on the same page) starts left
    /// of the header's first cell, so it does not fit the header's columns, but the columns that row starts give each
    /// header cell a column of its own. Those columns are the table's; null otherwise.
    /// </summary>
    private PdfColumns? CentredHeaderColumns(IReadOnlyList<PdfLine> lines, int start, PdfColumns columns)
    {
        if (start + 1 >= lines.Count) return null;
        var row = lines[start + 1];
        if (row.Page != lines[start].Page || row.Segments.Count < 2 || columns.Fits(row)) return null;
        var below = PdfColumns.Find(lines, start + 1, maxColumns);
        return below.Heads(lines[start]) ? below : null;
    }

    /// <summary>The furthest a table's page may open with lines that are not its rows (a running header, a title line).</summary>
    private const int MaxLinesBeforeContinuation = 3;

    /// <summary>
    /// A table broken by a page: the first lines of the next page do not fit (a running header printed above the
    /// rows) but a row of two or more cells that fits follows within <see cref="MaxLinesBeforeContinuation"/>
    /// lines. Returns the index of that row, or 0. The lines skipped are the page's furniture, not table text.
    /// </summary>
    private static int ContinuesOnNextPage(IReadOnlyList<PdfLine> lines, int index, PdfColumns columns)
    {
        if (index == 0 || lines[index].Page == lines[index - 1].Page) return 0;
        for (var i = index + 1; i < lines.Count && i <= index + MaxLinesBeforeContinuation && lines[i].Page == lines[index].Page; i++)
        {
            if (lines[i].Segments.Count >= 2 && columns.Fits(lines[i])) return i;
        }
        return 0;
    }

    /// <summary>A line of one segment from the first column across others (a merged row such as a category) inside a table.</summary>
    public static bool SpansRow(IReadOnlyList<PdfLine> lines, int index, PdfColumns columns)
    {
        var line = lines[index];
        return line.Segments.Count == 1 && columns.StartsInFirst(line)
            && index + 1 < lines.Count && lines[index + 1].Segments.Count >= 2 && columns.Fits(lines[index + 1]);
    }

    private static IReadOnlyList<TableRow> Rows(List<PdfLine> lines, PdfColumns columns)
    {
        var pitch = TightestPitch(lines);
        var byGap = pitch is { } p && lines.Zip(lines.Skip(1)).Any(pair => Gap(pair.First, pair.Second) > RowGapFactor * p);
        var rows = new List<PdfRow>();
        PdfLine? previous = null;
        foreach (var line in lines)
        {
            var placed = columns.Cut(line);
            if (previous is null || StartsRow(previous, line, placed, byGap ? pitch : null))
                rows.Add(new PdfRow(new string[columns.Count], line.Page, previous is not null && previous.Page != line.Page));
            var cells = rows[^1].Cells;
            foreach (var (column, text) in placed) cells[column] = TextJoin.Join(cells[column] ?? "", text);
            previous = line;
        }
        return JoinRowsBrokenByPages(rows).Select(r => new TableRow(r.Cells.Select(c => c ?? "").ToArray(), new SourceLocation(Page: r.Page))).ToList();
    }

    private sealed record PdfRow(string?[] Cells, int Page, bool OpensPage);

    /// <summary>
    /// In a table numbered by an item marker opening the first cell ("1．推进…", no 序号 column), a row goes on across
    /// a page break: a page's first row without a marker is the rest of the row above when that row's first cell stops
    /// mid-sentence, and it is not the header repeated. The table is so numbered when every row after the first that no
    /// page break opened starts with a marker (<see cref="Extraction.MarkerNumberedRows.Of"/>), two at least.
    /// </summary>
    private static List<PdfRow> JoinRowsBrokenByPages(List<PdfRow> rows)
    {
        var within = rows.Skip(1).Where(r => !r.OpensPage).ToList();
        if (within.Count < 2 || !within.All(OpensWithMarker)) return rows;
        var header = Squeezed(rows[0]);
        var joined = new List<PdfRow>();
        foreach (var row in rows)
        {
            if (joined.Count == 0 || !row.OpensPage || OpensWithMarker(row) || Squeezed(row) == header || EndsSentence(joined[^1]))
            {
                joined.Add(row);
                continue;
            }
            var above = joined[^1].Cells;
            for (var c = 0; c < above.Length; c++) above[c] = TextJoin.Join(above[c] ?? "", row.Cells[c] ?? "");
        }
        return joined;
    }

    private static bool EndsSentence(PdfRow row) => PdfParagraphs.EndsSentence(row.Cells[0] ?? "");

    /// <summary>The row's text without white space: a header repeated on the next page may wrap otherwise.</summary>
    private static string Squeezed(PdfRow row) => PdfStackedTables.Squeezed(string.Concat(row.Cells));

    private static bool OpensWithMarker(PdfRow row) =>
        row.Cells[0] is { Length: > 0 } first && Extraction.MarkerNumberedRows.Of(PunctuationNormalizer.Normalize(first), outline: false) is not null;

    /// <summary>
    /// When rows are spaced apart: by the gap, or by text in the first column a little below ordinary spacing; across a
    /// page break, or in a packed table, by text in the first column.
    /// </summary>
    private static bool StartsRow(PdfLine previous, PdfLine line, List<(int Column, string Text)> placed, double? pitch)
    {
        var firstColumn = placed.Any(c => c.Column == 0);
        if (Gap(previous, line) is not { } gap || pitch is not { } tightest) return firstColumn;
        return gap > RowGapFactor * tightest || (firstColumn && gap > FirstColumnGapFactor * tightest);
    }

    private static double? Gap(PdfLine above, PdfLine below) => above.Page == below.Page ? above.Baseline - below.Baseline : null;

    private static double? TightestPitch(List<PdfLine> lines)
    {
        var gaps = lines.Zip(lines.Skip(1)).Select(p => Gap(p.First, p.Second)).OfType<double>().Where(g => g > 0).ToList();
        return gaps.Count == 0 ? null : gaps.Min();
    }
}
