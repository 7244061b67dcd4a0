using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Removes running headers, footers and page numbers: among the first and last <see cref="EdgeLines"/> lines of each
/// page, a line whose text (digits aside) recurs at the same height on at least 60% of the pages, a line that is
/// only a page number (<see cref="PageFurniture.IsPageNumber"/>, a bare "3" too, unless it stands between lines of a
/// table as a row's number does), and at the top of a page after the
/// first, the issuer's name (<see cref="PageFurniture.IsIssuerHeader"/>), which a two-page document prints once.
/// A footer drawn within half a line of the page's last line is grouped into that line: a segment of an edge line
/// at its own height that recurs (or is a page number) is removed from the line, so the footer never ends up in a
/// table cell or a paragraph.
/// </summary>
internal static partial class PdfFurniture
{
    private const int EdgeLines = 2;
    private const double HeightBucket = 6;
    private const double RecurringShare = 0.6;

    /// <summary>Segments of one line this far apart (in points) in baseline were drawn as lines of their own.</summary>
    private const double StrayBaseline = 1;

    private const double InterleavedGap = 1.5;

    /// <summary>The pages' lines in reading order without their furniture.</summary>
    public static List<PdfLine> Strip(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var edges = pages.Select(EdgesOf).ToList();
        var recurring = edges.SelectMany(e => e.SelectMany(Keys).Distinct())
            .CountBy(k => k).Where(kv => pages.Count >= 2 && kv.Value >= Math.Max(2, Math.Ceiling(RecurringShare * pages.Count)))
            .Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var issuer = pages.FirstOrDefault(p => p.Count > 0) is { } first ? PageFurniture.IssuerOf(first[0].Text) : null;
        var issuerHeaders = pages.Skip(1).Where(p => p.Count > 0 && PageFurniture.IsIssuerHeader(p[0].Text, issuer)).Select(p => p[0]);
        var furniture = edges.SelectMany(e => e).Where(line => recurring.Contains(Key(line)) || IsPageNumber(line.Text))
            .Where(line => !IsRowNumberLine(line, pages[line.Page - 1])).ToHashSet();
        furniture.ExceptWith(FirstTableHeaders(furniture.Where(line => recurring.Contains(Key(line))), pages, furniture));
        furniture.UnionWith(issuerHeaders);
        var strays = edges.SelectMany(e => e).Where(line => !furniture.Contains(line)).ToHashSet();
        var kept = new List<PdfLine>();
        foreach (var line in pages.SelectMany(p => p))
        {
            if (furniture.Contains(line)) continue;
            if (!strays.Contains(line)) kept.Add(line);
            else if (WithoutStrayFurniture(line, recurring) is { } rest) kept.Add(rest);
        }
        return kept;
    }

    /// <summary>The line without its segments that are furniture grouped into it; null when nothing else is left.</summary>
    private static PdfLine? WithoutStrayFurniture(PdfLine line, HashSet<string> recurring)
    {
        var rest = line.Segments.Where(s => !IsStray(line, s) || IsRowNumber(line, s) || !(recurring.Contains(Key(s)) || IsPageNumber(s.Text))).ToList();
        if (rest.Count == line.Segments.Count) return line;
        return rest.Count == 0 ? null : line with { Segments = rest };
    }

    private static IEnumerable<string> Keys(PdfLine line) =>
        line.Segments.Where(s => IsStray(line, s)).Select(Key).Prepend(Key(line));

    /// <summary>
    /// Another segment of the line is drawn at another height: either may be a line of its own. A font size of its own
    /// is not enough: a 序号 cell may be set smaller than the task beside it.
    /// </summary>
    private static bool IsStray(PdfLine line, PdfSegment segment) =>
        line.Segments.Any(other => Math.Abs(other.Baseline - segment.Baseline) > StrayBaseline);

    /// <summary>
    /// A number standing between two lines of the page, each within <see cref="InterleavedGap"/> font sizes: a row's
    /// number centred beside its task's lines, not a page number, which stands apart in the margin (even when the
    /// rows of several pages put their numbers at the same height).
    /// </summary>
    private static bool IsRowNumberLine(PdfLine line, IReadOnlyList<PdfLine> page) =>
        line.Text.Trim().All(char.IsAsciiDigit)
        && page.Any(o => o.Baseline - line.Baseline is > 0 and var gap && gap <= InterleavedGap * line.Size)
        && page.Any(o => line.Baseline - o.Baseline is > 0 and var gap && gap <= InterleavedGap * line.Size);

    /// <summary>A bare number opening a line of other text drawn a little higher or lower: the row's 序号 cell, not a page number.</summary>
    private static bool IsRowNumber(PdfLine line, PdfSegment segment) =>
        line.Segments.Count > 1 && ReferenceEquals(segment, line.Segments[0]) && segment.Text.Trim().All(char.IsAsciiDigit);

    /// <summary>
    /// A table's header repeated at the top of each page recurs like a running header; where it first stands it names
    /// the table's columns, so that one stays unless the same header stands on an earlier page at another height (a
    /// header printed at the same height on every page would be lost).
    /// </summary>
    private static IEnumerable<PdfLine> FirstTableHeaders(IEnumerable<PdfLine> recurringLines, IReadOnlyList<IReadOnlyList<PdfLine>> pages, HashSet<PdfLine> furniture) =>
        recurringLines.Where(line => line.Segments.Any(s => Extraction.TableColumns.Names(s.Text.Trim())))
            .GroupBy(Key).Select(g => g.MinBy(line => line.Page)!)
            .Where(first => !pages.Take(first.Page - 1).SelectMany(p => p).Any(l => !furniture.Contains(l) && l.Text == first.Text));

    private static bool IsPageNumber(string text) => PageFurniture.IsPageNumber(text.Trim(), bareNumber: true);

    private static IEnumerable<PdfLine> EdgesOf(IReadOnlyList<PdfLine> lines) =>
        lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines)));

    private static string Key(PdfLine line) => Key(line.Baseline, line.Text);

    private static string Key(PdfSegment segment) => Key(segment.Baseline, segment.Text);

    private static string Key(double baseline, string text) => $"{Math.Round(baseline / HeightBucket)}|{Digits().Replace(text, "#")}";

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
