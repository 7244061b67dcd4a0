using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: among the first and last <see cref="EdgeLines"/> lines of each
/// page, a line whose text (digits aside) recurs at the same height on at least 60% of the pages, a line that is
/// only a page number (<see cref="PageFurniture.IsPageNumber"/>, a bare "3" too), and at the top of a page after the
/// first, the issuer's name (<see cref="PageFurniture.IsIssuerHeader"/>), which a two-page document prints once.
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
        var issuer = pages.FirstOrDefault(p => p.Count > 0) is { } first ? PageFurniture.IssuerOf(first[0].Text) : null;
        var issuerHeaders = pages.Skip(1).Where(p => p.Count > 0 && PageFurniture.IsIssuerHeader(p[0].Text, issuer)).Select(p => p[0]);
        return edges.SelectMany(e => e).Where(line => recurring.Contains(Key(line)) || PageFurniture.IsPageNumber(line.Text.Trim(), bareNumber: true))
            .Concat(issuerHeaders).ToHashSet();
    }

    private static IEnumerable<PdfLine> EdgesOf(IReadOnlyList<PdfLine> lines) =>
        lines.Take(EdgeLines).Concat(lines.Skip(Math.Max(EdgeLines, lines.Count - EdgeLines)));

    private static string Key(PdfLine line) => $"{Math.Round(line.Baseline / HeightBucket)}|{Digits().Replace(line.Text, "#")}";

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
