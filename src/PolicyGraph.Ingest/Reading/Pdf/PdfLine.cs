using System.Text;
using PolicyGraph.Ingest.Documents;
using UglyToad.PdfPig.Content;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>Where one character of a segment's text is drawn: its advance from left to right.</summary>
internal readonly record struct PdfGlyph(double Left, double Right);

/// <summary>
/// A run of text on one line with no wide gap inside it (a cell of a table row, or a whole line of prose).
/// <see cref="Glyphs"/> gives each character of <see cref="Text"/> its extent, so a table can cut a run where cells
/// drawn close together touch. <see cref="Baseline"/> is its first letter's: a footer drawn just below a page's last
/// line is grouped into that line, but keeps its own height.
/// </summary>
internal sealed record PdfSegment(double Left, double Right, string Text, IReadOnlyList<PdfGlyph> Glyphs, double Baseline)
{
    /// <summary>The part of the run whose characters start at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    public PdfSegment? Slice(double from, double to)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < Text.Length; i++)
        {
            if (Glyphs[i].Left < from || Glyphs[i].Left >= to) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return null;
        var text = Text[first..(last + 1)].Trim();
        return text.Length == 0 ? null
            : new PdfSegment(Glyphs[first].Left, Glyphs[last].Right, text, Glyphs.Skip(first).Take(last - first + 1).ToList(), Baseline);
    }

    /// <summary>Whether a character is drawn across <paramref name="x"/> (give or take <paramref name="margin"/>).</summary>
    public bool Covers(double x, double margin) => Glyphs.Any(g => g.Left < x + margin && g.Right > x - margin);
}

/// <summary>One visual line of a page: its baseline, extent, font size and segments, left to right.</summary>
internal sealed record PdfLine(int Page, double Baseline, double Size, IReadOnlyList<PdfSegment> Segments)
{
    public double Left => Segments[0].Left;

    public double Right => Segments[^1].Right;

    public string Text => TextJoin.Join(Segments.Select(s => s.Text));

    /// <summary>
    /// Groups a page's letters into lines (letters whose baselines are within half a font size) and each line into
    /// segments split where the gap is wider than <paramref name="segmentGap"/> font sizes. Gaps are measured between
    /// advance widths, not inked boxes: 。 and （ leave half their box blank. A narrower gap between Latin letters is a
    /// space; between Chinese characters it is nothing.
    /// </summary>
    public static List<PdfLine> FromLetters(int page, IEnumerable<Letter> letters, double segmentGap)
    {
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.TextOrientation == TextOrientation.Horizontal)
            .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var lines = new List<PdfLine>();
        var start = 0;
        for (var i = 1; i <= visible.Count; i++)
        {
            if (i < visible.Count && Math.Abs(visible[i].StartBaseLine.Y - visible[start].StartBaseLine.Y) < 0.5 * SizeOf(visible[start])) continue;
            lines.Add(LineOf(page, visible.GetRange(start, i - start), segmentGap));
            start = i;
        }
        return lines;
    }

    private static PdfLine LineOf(int page, List<Letter> letters, double segmentGap)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var size = letters.Select(SizeOf).Order().ElementAt(letters.Count / 2);
        var segments = new List<PdfSegment>();
        var text = new StringBuilder();
        var glyphs = new List<PdfGlyph>();
        void Append(string value, PdfGlyph glyph)
        {
            text.Append(value);
            for (var k = 0; k < value.Length; k++) glyphs.Add(glyph);
        }
        Append(letters[0].Value, GlyphOf(letters[0]));
        var left = letters[0].StartBaseLine.X;
        var right = letters[0].EndBaseLine.X;
        var opening = letters[0];
        for (var i = 1; i < letters.Count; i++)
        {
            var letter = letters[i];
            var gap = letter.StartBaseLine.X - right;
            if (gap > segmentGap * size)
            {
                segments.Add(new PdfSegment(left, right, text.ToString(), glyphs.ToList(), opening.StartBaseLine.Y));
                text.Clear();
                glyphs.Clear();
                left = letter.StartBaseLine.X;
                opening = letter;
            }
            else if (gap > 0.2 * size && !(TextJoin.IsCjk(text[^1]) || TextJoin.IsCjk(letter.Value[0])))
            {
                // A space draws nothing: given the gap's width it would bridge a gutter between two cells ("20 | 40%").
                Append(" ", new PdfGlyph(right, right));
            }
            Append(letter.Value, GlyphOf(letter));
            right = Math.Max(right, letter.EndBaseLine.X);
        }
        segments.Add(new PdfSegment(left, right, text.ToString(), glyphs.ToList(), opening.StartBaseLine.Y));
        return new PdfLine(page, letters[0].StartBaseLine.Y, size, segments);
    }

    private static PdfGlyph GlyphOf(Letter letter) => new(letter.StartBaseLine.X, Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X));

    private static double SizeOf(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
}
