using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: among the first and last <see cref="EdgeLines"/> lines of each
/// page, a line whose text (digits aside) recurs at the same height on at least 60% of the pages, and a line that is
/// only a page number ("- 3 -", "— 3 —", "第3页", "第 3 页 共 9 页", "3 / 9", "3").
/// </summary>
internal static partial class PdfFurniture
{
    private const int EdgeLines = 2;
    private const double HeightBucket = 6;
    private const double RecurringShare = 0.6;

    public static HashSet<PdfLine> Find(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var edges = pages.Select(EdgesOf).ToList();
        var recurring = edges.SelectMany(e => e.Select(Key).Distinct())
            .CountBy(k => k).Where(kv => pages.Count >= 2 && kv.Value >= Math.Max(2, Math.Ceiling(RecurringShare * pages.Count)))
            .Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        return edges.SelectMany(e => e).Where(line => recurring.Contains(Key(line)) || PageNumber().IsMatch(line.Text)).ToHashSet();
    }

    private static IEnumerable<PdfLine> EdgesOf(IReadOnlyList<PdfLine> lines) =>
        lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines)));

    private static string Key(PdfLine line) => $"{Math.Round(line.Baseline / HeightBucket)}|{Digits().Replace(line.Text, "#")}";

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?)\s*$")]
    private static partial Regex PageNumber();
}
