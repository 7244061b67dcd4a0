using PolicyGraph.Ingest.Documents;
using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// A table header printed over several lines: cells spanning others (责任分工 over 牵头单位 · 配合单位, 配合单位 over
/// 省直部门 · 市（州）) and cells wrapped in a narrow column (序/号). The columns are the header's bottom cells (no header
/// cell below them); a cell above spans the columns its text stands over, widened to every column of a cell below it
/// that it overlaps and to where its text is centred. <see cref="Rows"/> is the header as a grid, a merged cell
/// repeated in each column and row it covers, as the HTML and Word readers give merged cells.
/// </summary>
internal sealed class PdfStackedHeader
{
    /// <summary>Two lines of one header cell are this many body line pitches apart at most; cells stacked in rows are further.</summary>
    private const double WrapGap = 1.15;

    /// <summary>A caption this many font sizes off the middle of the columns it spans is centred over them (a column more moves the middle further).</summary>
    private const double CentredWithin = 1.5;

    private sealed class Cell(PdfSegment first)
    {
        public double Left { get; set; } = first.Left;
        public double Right { get; set; } = first.Right;
        public double Top { get; } = first.Baseline;
        public double Bottom { get; set; } = first.Baseline;
        public string Text { get; set; } = first.Text;
        public (int First, int Last) Span { get; set; }

        public double Centre => (Left + Right) / 2;

        public bool Overlaps(double left, double right) => Left < right && Right > left;
    }

    private PdfStackedHeader(PdfColumns columns, List<string[]> rows, ColumnRole[] roles, bool wasCut)
    {
        Columns = columns;
        Rows = rows;
        Roles = roles;
        WasCut = wasCut;
    }

    /// <summary>Whether the header had more columns than the limit: only the first are read.</summary>
    public bool WasCut { get; }

    public PdfColumns Columns { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public ColumnRole[] Roles { get; }

    /// <summary>
    /// The header of <paramref name="lines"/> over the rows <paramref name="body"/>, or null when it names fewer than two
    /// known columns, no column for the items' text, or nothing its top line alone would not (a table with a header of
    /// one line and a first row of short cells is read as it always was).
    /// </summary>
    public static PdfStackedHeader? Of(IReadOnlyList<PdfLine> lines, IEnumerable<PdfLine> body, double pitch, int maxColumns)
    {
        var size = lines[0].Size;
        var rows = body.ToList();
        var gutters = PdfColumns.GuttersOf(rows, size);
        var cells = Wrapped(lines, pitch);
        var bottom = cells.Where(c => !Spans(c, cells, gutters)).OrderBy(c => c.Left).Take(maxColumns).ToList();
        if (bottom.Count < 2) return null;
        var columns = PdfColumns.Under(bottom.Select(c => (c.Left, c.Right)).ToList(), rows, size, betweenCentres: true);
        for (var j = 0; j < bottom.Count; j++) bottom[j].Span = (j, j);
        foreach (var cell in cells.Where(c => !bottom.Contains(c)).OrderBy(c => c.Top)) cell.Span = SpanOf(cell, cells, columns, bottom, size);
        var grid = Grid(cells, bottom.Count);
        if (TableColumns.FromStackedHeader(grid) is not { } roles || !TableColumns.NamesItems(roles)) return null;
        if (!roles.Contains(ColumnRole.Text) && !roles.Contains(ColumnRole.Title)) return null;
        // A caption line above a header of one line names no column: the first line naming two is the one to compare with.
        var top = lines.Select(l => TableColumns.FromHeader(l.Segments.Select(s => s.Text).ToArray())).FirstOrDefault(r => r is not null);
        return top is not null && top.SequenceEqual(roles) ? null : new PdfStackedHeader(columns, grid, roles, bottom.Count < cells.Count(c => !Spans(c, cells, gutters)));
    }

    /// <summary>
    /// Whether the cell stands over others: a header cell below it overlaps it, or it is centred over a gutter of the
    /// rows with a header cell below it in the columns on either side (a short caption over two columns whose own
    /// captions stand apart from it).
    /// </summary>
    private static bool Spans(Cell cell, List<Cell> cells, List<(double From, double To)> gutters)
    {
        var below = cells.Where(o => o.Top < cell.Bottom).ToList();
        if (below.Any(o => o.Overlaps(cell.Left, cell.Right))) return true;
        var at = gutters.FindIndex(g => g.From < cell.Centre && cell.Centre < g.To);
        if (at < 0) return false;
        var leftFrom = at > 0 ? gutters[at - 1].To : double.NegativeInfinity;
        var rightTo = at < gutters.Count - 1 ? gutters[at + 1].From : double.PositiveInfinity;
        return below.Any(o => o.Centre > leftFrom && o.Centre < gutters[at].From) && below.Any(o => o.Centre > gutters[at].To && o.Centre < rightTo);
    }

    /// <summary>The header's cells: a piece right under another, overlapping it, at no more than a line's pitch is the same cell wrapped.</summary>
    private static List<Cell> Wrapped(IReadOnlyList<PdfLine> lines, double pitch)
    {
        var cells = new List<Cell>();
        foreach (var piece in lines.SelectMany(l => l.Segments).OrderByDescending(s => s.Baseline).ThenBy(s => s.Left))
        {
            var centre = (piece.Left + piece.Right) / 2;
            var above = cells.LastOrDefault(c => c.Bottom - piece.Baseline is > 0 and var gap && gap <= WrapGap * pitch
                && ((centre >= c.Left && centre <= c.Right) || (c.Centre >= piece.Left && c.Centre <= piece.Right)));
            if (above is null)
            {
                cells.Add(new Cell(piece));
                continue;
            }
            (above.Left, above.Right, above.Bottom) = (Math.Min(above.Left, piece.Left), Math.Max(above.Right, piece.Right), piece.Baseline);
            above.Text = TextJoin.Join(above.Text, piece.Text);
        }
        return cells;
    }

    /// <summary>
    /// The columns a cell above the bottom row spans: those its text stands over, every column of a lower cell it
    /// overlaps (a grid has no crossing cells), then one more at a time on the side its text's centre leans to while
    /// that brings the span's middle closer to it (a centred caption over three columns stands over the middle one).
    /// </summary>
    private static (int First, int Last) SpanOf(Cell cell, List<Cell> cells, PdfColumns columns, List<Cell> bottom, double size)
    {
        var first = columns.ColumnAt(cell.Left + 0.5);
        var last = columns.ColumnAt(cell.Right - 0.5);
        // Cells are spanned lowest first, so every cell below this one has its span.
        var below = cells.Where(c => c.Top < cell.Bottom).ToList();
        for (var widened = true; widened;)
        {
            widened = false;
            foreach (var lower in below.Where(c => c.Span.First <= last && c.Span.Last >= first && (c.Span.First < first || c.Span.Last > last)))
            {
                (first, last) = (Math.Min(first, lower.Span.First), Math.Max(last, lower.Span.Last));
                widened = true;
            }
        }
        double Deviation(int a, int b) => cell.Centre - (Edge(columns, bottom, a, left: true) + Edge(columns, bottom, b, left: false)) / 2;
        while (true)
        {
            var deviation = Deviation(first, last);
            if (Math.Abs(deviation) <= CentredWithin * size) return (first, last);
            if (deviation < 0 && first > 0 && Math.Abs(Deviation(first - 1, last)) < Math.Abs(deviation)) first--;
            else if (deviation > 0 && last < bottom.Count - 1 && Math.Abs(Deviation(first, last + 1)) < Math.Abs(deviation)) last++;
            else return (first, last);
        }
    }

    /// <summary>Where a column's cell begins or ends: its boundary, or its header's text at the table's edges.</summary>
    private static double Edge(PdfColumns columns, List<Cell> bottom, int column, bool left)
    {
        var (from, to) = columns.Range(column);
        return left ? (double.IsInfinity(from) ? bottom[column].Left : from) : (double.IsInfinity(to) ? bottom[column].Right : to);
    }

    /// <summary>Rows of the header grid: each column's cells top to bottom, its lowest cell repeated down to the bottom row.</summary>
    private static List<string[]> Grid(List<Cell> cells, int width)
    {
        var stacks = Enumerable.Range(0, width)
            .Select(j => cells.Where(c => c.Span.First <= j && j <= c.Span.Last).OrderByDescending(c => c.Top).Select(c => c.Text).ToList()).ToList();
        var depth = stacks.Max(s => s.Count);
        return Enumerable.Range(0, depth).Select(k => stacks.Select(s => s[Math.Min(k, s.Count - 1)]).ToArray()).ToList();
    }
}
