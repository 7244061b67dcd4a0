namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// The columns of a table found in a PDF. The header's cells say how many columns there are; the boundary between
/// two of them is the widest blank strip (a gutter: no character of the table's rows drawn there) between the two
/// header cells, because a header centred in its cell says little about where the cell's text starts, and cells
/// drawn with little padding touch closely enough to read as one run of text. Without a gutter the boundary is just
/// before the next header cell, as it is for left-aligned headers.
/// </summary>
internal sealed class PdfColumns
{
    /// <summary>How far (in font sizes) a cell's text may start to the left of its header.</summary>
    private const double Tolerance = 0.6;

    /// <summary>The narrowest gutter, in font sizes: wider than the space between two words.</summary>
    private const double MinGutter = 0.3;

    /// <summary>A character drawn this close (in points) to a boundary crosses it.</summary>
    private const double CrossMargin = 0.5;

    /// <summary>Lines looked at for gutters: enough for a long table, bounded so that a page of text is not read again per line.</summary>
    private const int MaxScannedLines = 300;

    private readonly double _firstLeft;
    private readonly double _tolerance;
    private readonly double[] _cuts;

    private PdfColumns(double firstLeft, double tolerance, double[] cuts)
    {
        _firstLeft = firstLeft;
        _tolerance = tolerance;
        _cuts = cuts;
    }

    public int Count => _cuts.Length + 1;

    /// <summary>The columns of the table whose header is <paramref name="lines"/>[<paramref name="start"/>].</summary>
    public static PdfColumns Find(IReadOnlyList<PdfLine> lines, int start, int maxColumns)
    {
        var header = lines[start];
        var cells = header.Segments.Take(maxColumns).Select(s => (s.Left, s.Right)).ToList();
        return Under(cells, Scanned(lines, start, header.Left, header.Size), header.Size);
    }

    /// <summary>
    /// The columns under header cells given by their extents, left to right: each boundary in the widest gutter of
    /// <paramref name="rows"/> between two cells, or just before the next cell. With <paramref name="betweenCentres"/>
    /// the gutter may lie anywhere between the two cells' centres: a header centred in a merged cell may stand wider
    /// than the text under it.
    /// </summary>
    public static PdfColumns Under(IReadOnlyList<(double Left, double Right)> cells, IEnumerable<PdfLine> rows, double size, bool betweenCentres = false)
    {
        var gutters = Gutters(rows, MinGutter * size);
        var cuts = new double[cells.Count - 1];
        for (var j = 1; j < cells.Count; j++)
        {
            var widest = betweenCentres
                ? Widest(gutters.Where(g => g.To > Centre(cells[j - 1]) && g.From < Centre(cells[j])))
                : Widest(gutters.Where(g => g.From >= cells[j - 1].Right - CrossMargin && g.To <= cells[j].Left + CrossMargin));
            cuts[j - 1] = widest.To > widest.From ? (widest.From + widest.To) / 2 : cells[j].Left - Tolerance * size;
        }
        return new PdfColumns(cells[0].Left, Tolerance * size, cuts);
    }

    private static (double From, double To) Widest(IEnumerable<(double From, double To)> gutters) => gutters.OrderByDescending(g => g.To - g.From).FirstOrDefault();

    private static double Centre((double Left, double Right) cell) => (cell.Left + cell.Right) / 2;

    /// <summary>The column whose range holds <paramref name="x"/>.</summary>
    public int ColumnAt(double x) => _cuts.Count(cut => cut <= x);

    /// <summary>The left and right boundary of column <paramref name="column"/> (infinite at the table's edges).</summary>
    public (double Left, double Right) Range(int column) =>
        (column == 0 ? double.NegativeInfinity : _cuts[column - 1], column == _cuts.Length ? double.PositiveInfinity : _cuts[column]);

    /// <summary>
    /// Whether the line belongs to the table: it does not start left of the first column, and a line of one run has
    /// no character across a boundary (it is one cell's wrapped text, or cells that touch).
    /// </summary>
    public bool Fits(PdfLine line)
    {
        if (line.Left < _firstLeft - _tolerance) return false;
        return line.Segments.Count >= 2 || !_cuts.Any(cut => line.Segments[0].Covers(cut, CrossMargin));
    }

    /// <summary>
    /// Whether each segment of the line stands inside a column of its own, left to right, one per column: a header
    /// centred over columns whose text starts further left than the header does.
    /// </summary>
    public bool Heads(PdfLine line)
    {
        if (line.Segments.Count != Count || line.Left < _firstLeft - _tolerance) return false;
        for (var j = 0; j < line.Segments.Count; j++)
        {
            var segment = line.Segments[j];
            if ((j > 0 && segment.Left < _cuts[j - 1]) || (j < _cuts.Length && segment.Right > _cuts[j])) return false;
        }
        return true;
    }

    /// <summary>Whether the line starts at the first column.</summary>
    public bool StartsInFirst(PdfLine line) => Math.Abs(line.Left - _firstLeft) <= _tolerance;

    /// <summary>
    /// The line's text cut at the boundaries no character is drawn across: (column, text) left to right. A run drawn
    /// across a boundary (a merged cell such as a category row) stays whole in the column it starts in.
    /// </summary>
    public List<(int Column, string Text)> Cut(PdfLine line) => CutSegments(line).Select(p => (p.Column, p.Piece.Text)).ToList();

    /// <summary>As <see cref="Cut"/>, each piece with its extent and baseline.</summary>
    public List<(int Column, PdfSegment Piece)> CutSegments(PdfLine line)
    {
        var placed = new List<(int, PdfSegment)>();
        foreach (var segment in line.Segments)
        {
            var column = ColumnAt(segment.Left);
            var from = double.NegativeInfinity;
            for (var j = column; j < _cuts.Length && _cuts[j] < segment.Right; j++)
            {
                if (segment.Covers(_cuts[j], CrossMargin)) continue;
                if (segment.Slice(from, _cuts[j]) is { } piece) placed.Add((column, piece));
                (from, column) = (_cuts[j], j + 1);
            }
            if (segment.Slice(from, double.PositiveInfinity) is { } last) placed.Add((column, last));
        }
        return placed;
    }

    /// <summary>A table's candidate lines with two or more runs, from <paramref name="start"/>: in the font size, not left of <paramref name="left"/>.</summary>
    private static IEnumerable<PdfLine> Scanned(IReadOnlyList<PdfLine> lines, int start, double left, double size)
    {
        for (var i = start; i < lines.Count && i < start + MaxScannedLines; i++)
        {
            var line = lines[i];
            if (Math.Abs(line.Size - size) > 0.5 || line.Left < left - 2 * size) yield break;
            if (line.Segments.Count >= 2) yield return line;
        }
    }

    /// <summary>Blank strips between the characters of the lines, wider than the space between two words.</summary>
    public static List<(double From, double To)> GuttersOf(IEnumerable<PdfLine> lines, double size) => Gutters(lines, MinGutter * size);

    /// <summary>Blank strips at least <paramref name="minWidth"/> wide between the characters of the lines.</summary>
    private static List<(double From, double To)> Gutters(IEnumerable<PdfLine> lines, double minWidth)
    {
        var inked = lines.SelectMany(l => l.Segments).SelectMany(s => s.Glyphs).Where(g => g.Right > g.Left).OrderBy(g => g.Left).ToList();
        var gutters = new List<(double, double)>();
        if (inked.Count == 0) return gutters;
        var reach = inked[0].Right;
        foreach (var glyph in inked.Skip(1))
        {
            if (glyph.Left - reach >= minWidth) gutters.Add((reach, glyph.Left));
            reach = Math.Max(reach, glyph.Right);
        }
        return gutters;
    }
}
