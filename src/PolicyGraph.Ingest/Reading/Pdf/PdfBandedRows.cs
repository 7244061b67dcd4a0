using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// The rows of a table whose cells are centred vertically in rows of different heights, so a line of the page holds
/// text of several rows. Each line's characters are cut by the columns; in each column, pieces at no more than the
/// line pitch apart are one cell's block. The task column's blocks are the rows: a wider gap between two of its lines
/// ends a row, and so does a row number standing beside a task block with another number (rows packed without
/// padding are cut midway between their numbers). A page break ends no row while the task cell does not end a
/// sentence and no row number stands beside the page's first task lines. Every other block goes to the
/// row whose task lines it stands beside; one standing beside the lines of two rows alike is a cell merged over both,
/// and gives its text to each of them that has none of its own in that column. A block above a page's first new row
/// is the rest of the row the page broke.
/// </summary>
internal sealed class PdfBandedRows(PdfColumns columns, int task, int seq, double pitch)
{
    /// <summary>Two lines of one cell are this many line pitches apart at most.</summary>
    private const double WrapGap = 1.15;

    /// <summary>A line's text stands this many font sizes above its baseline and below it.</summary>
    private const double Ascent = 0.8;
    private const double Descent = 0.2;

    /// <summary>Overlaps of two rows within this many font sizes of each other are alike: the block spans both.</summary>
    private const double AlikeWithin = 0.25;

    private sealed class Block(int column, int page)
    {
        public int Column { get; } = column;
        public int Page { get; } = page;
        public List<(double Baseline, string Text)> Lines { get; } = [];
        public double Top => Lines[0].Baseline;
        public double Bottom => Lines[^1].Baseline;
        public string Text => TextJoin.Join(Lines.Select(l => l.Text));
    }

    private sealed class Row(int page, int columns)
    {
        public int Page { get; } = page;
        public List<Block> Bands { get; } = [];
        public List<Block>[] Cells { get; } = Enumerable.Range(0, columns).Select(_ => new List<Block>()).ToArray();
    }

    /// <summary>
    /// The rows of <paramref name="lines"/>; a line <paramref name="spans"/> says runs across the table (a part such as
    /// "一、…") is a row of its own, its text in the first column, and the rows on either side of it are banded apart.
    /// </summary>
    public List<TableRow> Rows(IReadOnlyList<PdfLine> lines, Func<PdfLine, bool> spans)
    {
        var rows = new List<TableRow>();
        var group = new List<PdfLine>();
        foreach (var line in lines)
        {
            if (!spans(line))
            {
                group.Add(line);
                continue;
            }
            rows.AddRange(Banded(group));
            group.Clear();
            rows.Add(new TableRow(Enumerable.Range(0, columns.Count).Select(c => c == 0 ? line.Text : "").ToArray(), new SourceLocation(Page: line.Page)));
        }
        rows.AddRange(Banded(group));
        return rows;
    }

    private List<TableRow> Banded(List<PdfLine> lines)
    {
        if (lines.Count == 0) return [];
        var size = lines[0].Size;
        var blocks = Blocks(lines);
        var numbers = blocks.Where(b => b.Column == seq).ToList();
        var rows = new List<Row>();
        foreach (var band in blocks.Where(b => b.Column == task).SelectMany(b => SplitByNumbers(b, numbers, size)))
        {
            var continues = rows.Count > 0 && rows[^1].Bands[^1].Page != band.Page && !PdfParagraphs.EndsSentence(rows[^1].Cells[task][^1].Text)
                && !numbers.Any(n => n.Page == band.Page && Overlap(Extent(n, size), Extent(band, size)) > 0);
            if (!continues) rows.Add(new Row(band.Page, columns.Count));
            rows[^1].Bands.Add(band);
            rows[^1].Cells[task].Add(band);
        }
        var merged = new List<(Block Block, List<Row> Rows)>();
        foreach (var block in blocks.Where(b => b.Column != task))
        {
            var beside = RowsBeside(block, rows, size);
            if (beside.Count == 1) beside[0].Cells[block.Column].Add(block);
            else if (beside.Count > 1) merged.Add((block, beside));
        }
        // After every cell of its own is placed: a merged cell fills only the rows that have none in its column.
        foreach (var (block, spanned) in merged)
        {
            foreach (var row in spanned.Where(r => r.Cells[block.Column].Count == 0).ToList()) row.Cells[block.Column].Add(block);
        }
        return rows.Select(r => new TableRow(r.Cells.Select(c => TextJoin.Join(c.Select(b => b.Text))).ToArray(), new SourceLocation(Page: r.Page))).ToList();
    }

    /// <summary>Each column's blocks, in reading order: pieces of the column at most <see cref="WrapGap"/> pitches apart on one page.</summary>
    private List<Block> Blocks(IReadOnlyList<PdfLine> lines)
    {
        var open = new Block?[columns.Count];
        var blocks = new List<Block>();
        foreach (var line in lines)
        {
            foreach (var (column, piece) in columns.CutSegments(line))
            {
                if (open[column] is not { } block || block.Page != line.Page || block.Bottom - piece.Baseline > WrapGap * pitch)
                {
                    block = new Block(column, line.Page);
                    open[column] = block;
                    blocks.Add(block);
                }
                block.Lines.Add((piece.Baseline, piece.Text));
            }
        }
        return blocks;
    }

    /// <summary>A task block with two or more row numbers beside it holds as many rows, packed: cut midway between the numbers.</summary>
    private static IEnumerable<Block> SplitByNumbers(Block band, List<Block> numbers, double size)
    {
        var beside = numbers.Where(n => n.Page == band.Page && Overlap(Extent(n, size), Extent(band, size)) > 0).ToList();
        if (beside.Count < 2)
        {
            yield return band;
            yield break;
        }
        var cuts = beside.Zip(beside.Skip(1), (a, b) => (a.Top + a.Bottom + b.Top + b.Bottom) / 4).ToList();
        foreach (var part in band.Lines.GroupBy(l => cuts.Count(cut => l.Baseline < cut)))
        {
            var block = new Block(band.Column, band.Page);
            block.Lines.AddRange(part);
            yield return block;
        }
    }

    /// <summary>
    /// The rows a block stands beside: on its page, the rows whose task lines its lines overlap most, or the nearest
    /// when it overlaps none; two or more when they are alike (a cell merged over them, printed between them). Above a
    /// page's first row that opens on that page, it is the row the page broke.
    /// </summary>
    private static List<Row> RowsBeside(Block block, List<Row> rows, double size)
    {
        var bands = rows.SelectMany(r => r.Bands.Where(b => b.Page == block.Page).Select(b => (Row: r, Band: b))).ToList();
        if (bands.Count == 0) return rows.LastOrDefault(r => r.Page < block.Page) is { } before ? [before] : [];
        var (low, high) = Extent(block, size);
        var first = bands[0];
        if (low > Extent(first.Band, size).High && first.Row.Page == block.Page && rows.IndexOf(first.Row) is > 0 and var index)
            return [rows[index - 1]];
        var scored = bands.Select(b => (b.Row, Score: Overlap(low, high, Extent(b.Band, size)))).ToList();
        var best = scored.Max(s => s.Score);
        var tolerance = AlikeWithin * size;
        return scored.Where(s => s.Score >= best - tolerance && (best <= 0 || s.Score > 0)).Select(s => s.Row).Distinct().ToList();
    }

    private static (double Low, double High) Extent(Block block, double size) => (block.Bottom - Descent * size, block.Top + Ascent * size);

    /// <summary>The length two vertical ranges share; negative, the gap between them.</summary>
    private static double Overlap(double low, double high, (double Low, double High) other) => Math.Min(high, other.High) - Math.Max(low, other.Low);

    private static double Overlap((double Low, double High) one, (double Low, double High) other) => Overlap(one.Low, one.High, other);
}
