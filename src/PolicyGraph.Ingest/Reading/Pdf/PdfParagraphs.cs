using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Joins the lines of a page's prose into paragraphs: a line continues the one above when that one runs from the left
/// margin (or a first-line indent) to the right margin, it is not indented, it has the same font size and (on one
/// page) follows at ordinary line spacing, so a paragraph broken by a page break is joined too (unless the page ends
/// a sentence). A line in a larger
/// font than the body is a heading; a heading wrapped over two lines is joined.
/// </summary>
internal sealed class PdfParagraphs
{
    private const double HeadingSizeFactor = 1.15;
    private const double ParagraphGapFactor = 1.6;
    private const double HeadingLineFactor = 2.0;
    private const double MaxIndent = 2.5;

    /// <summary>A wrapped line may stop short of the margin by this many characters (one that may not start a line pulls another down).</summary>
    private const double FullLineSlack = 2.0;

    /// <summary>What ends a sentence in a PDF's text, Chinese or Latin: a paragraph or a table cell broken by a page goes on only without one.</summary>
    private const string SentenceEnds = "。！？；：.!?;:";

    private readonly double _bodySize;
    private readonly double _leftMargin;
    private readonly double _rightMargin;
    private readonly double _pitch;

    public PdfParagraphs(IReadOnlyList<PdfLine> lines)
    {
        var prose = lines.Where(l => l.Segments.Count == 1).DefaultIfEmpty(lines[0]).ToList();
        _bodySize = Mode(prose.Select(l => l.Size));
        var body = prose.Where(l => Math.Abs(l.Size - _bodySize) < 0.5).DefaultIfEmpty(prose[0]).ToList();
        _leftMargin = LeftMargin(body);
        _rightMargin = RightMargin(body);
        var gaps = body.Zip(body.Skip(1)).Where(p => p.First.Page == p.Second.Page).Select(p => p.First.Baseline - p.Second.Baseline).Where(g => g > 0).ToList();
        _pitch = gaps.Count == 0 ? _bodySize * 1.5 : Percentile(gaps, 0.25);
    }

    public bool IsHeading(PdfLine line) => line.Size > HeadingSizeFactor * _bodySize;

    public bool Continues(PdfLine above, PdfLine line)
    {
        if (Math.Abs(above.Size - line.Size) > 0.5) return false;
        if (IsHeading(above) || IsHeading(line))
            return IsHeading(above) && IsHeading(line) && above.Page == line.Page && above.Baseline - line.Baseline <= HeadingLineFactor * line.Size;
        var full = above.Right >= _rightMargin - FullLineSlack * line.Size && above.Left <= _leftMargin + MaxIndent * line.Size;
        var indented = line.Left > _leftMargin + 0.5 * line.Size;
        var spaced = above.Page == line.Page && above.Baseline - line.Baseline > ParagraphGapFactor * _pitch;
        // A page that ends a sentence at the margin gives no sign either way; a new paragraph is the safer reading.
        var endsSentence = above.Page != line.Page && EndsSentence(above.Text);
        return full && !indented && !spaced && !endsSentence;
    }

    public static bool EndsSentence(string text) => text.TrimEnd() is { Length: > 0 } trimmed && SentenceEnds.Contains(trimmed[^1]);

    public DocumentBlock Block(List<PdfLine> lines, int index)
    {
        var text = TextJoin.Join(lines.Select(l => l.Text));
        var location = new SourceLocation(Page: lines[0].Page, Paragraph: index);
        return IsHeading(lines[0]) ? new HeadingBlock(text, null, location) : new ParagraphBlock(text, location);
    }

    /// <summary>
    /// The leftmost position at least two body lines start at: where wrapped lines go on. Not the commonest start, which
    /// is the first-line indent in a document of one-line paragraphs.
    /// </summary>
    private static double LeftMargin(List<PdfLine> body) =>
        body.GroupBy(l => Math.Round(l.Left)).Where(g => g.Count() >= 2).Select(g => g.Key).DefaultIfEmpty(Mode(body.Select(l => l.Left))).Min();

    /// <summary>The furthest right at least two body lines reach (a right-aligned signature does too): one odd line does not decide.</summary>
    private static double RightMargin(List<PdfLine> body) =>
        body.GroupBy(l => Math.Round(l.Right)).Where(g => g.Count() >= 2).Select(g => g.Key).DefaultIfEmpty(body.Max(l => l.Right)).Max();

    private static double Mode(IEnumerable<double> values) =>
        values.GroupBy(v => Math.Round(v)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    private static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(share * sorted.Count))];
    }
}
