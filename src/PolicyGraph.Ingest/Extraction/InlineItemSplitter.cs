using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Splits lines that carry several list items ("7.空港入境旅客预检系统 8.进口分拨集装箱…"), which happens when a
/// list loses its line breaks. Only the next number in sequence after a space starts a new item, so numbers
/// inside the text (1.06万亿元, 2028年) never split.
/// </summary>
internal static partial class InlineItemSplitter
{
    /// <summary>Every line (split where needed) with its numbering marker; table rows and contents entries have none.</summary>
    /// <param name="lines">The document's lines.</param>
    /// <param name="outline">Whether the document numbers in a decimal outline (<see cref="LineShapes.HasOutline"/>).</param>
    public static IReadOnlyList<(LogicalLine Line, LineMarker? Marker)> Expand(IReadOnlyList<LogicalLine> lines, bool outline)
    {
        var result = new List<(LogicalLine, LineMarker?)>(lines.Count);
        LineMarker? above = null;
        foreach (var line in lines)
        {
            var marker = line.IsTableRow || LineShapes.IsContentsEntry(line.Text) ? null : LineShapes.MatchMarker(line.Text, outline);
            if (marker is null && !line.IsTableRow && UnderHeadingOnly(above) && SplitOrdinals(result, line))
                continue;
            above = marker ?? above;
            if (marker is not { Kind: MarkerKind.Arabic } || !int.TryParse(marker.Number, out var number))
            {
                result.Add((line, marker));
                continue;
            }
            SplitInto(result, line, marker, number, outline);
        }
        return result;
    }

    /// <summary>
    /// Whether the paragraph stands right under a 一、 heading: there, and only there, 一是…二是… points are the items;
    /// under a numbered item (（一）, 1.) they are that item's text, and under a plan's 第二节 (形势, 挑战 …) or before
    /// any heading they are prose; under a preamble heading (总体要求, 发展目标 …) they are goals.
    /// </summary>
    private static bool UnderHeadingOnly(LineMarker? above) =>
        above is { Kind: MarkerKind.ChineseEnumerated } && LineShapes.LooksLikeHeading(above)
        && !ExtractionVocabulary.Default.PreambleSectionWords.Any(w => above.Rest.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// "…。一是加快培育…。（A牵头）二是推进…": the paragraph is cut before each point — 一是, then each next ordinal
    /// after a full stop, semicolon or closing bracket — when it holds at least two. The text before 一是 stays an
    /// unnumbered paragraph. False when the paragraph holds no such points.
    /// </summary>
    private static bool SplitOrdinals(List<(LogicalLine, LineMarker?)> result, LogicalLine line)
    {
        var points = new List<(int Start, string Number)>();
        foreach (Match m in OrdinalStart().Matches(line.Text))
        {
            var n = m.Groups["n"];
            if (ChineseNumerals.Parse(n.Value) == points.Count + 1) points.Add((n.Index, n.Value));
        }
        if (points.Count < 2) return false;
        if (line.Text[..points[0].Start].Trim().Length > 0) result.Add((line.Slice(0, points[0].Start).TrimEndSpaces(), null));
        for (var k = 0; k < points.Count; k++)
        {
            var end = k + 1 < points.Count ? points[k + 1].Start : line.Text.Length;
            var piece = line.Slice(points[k].Start, end).TrimEndSpaces();
            var length = points[k].Number.Length + "是".Length;
            result.Add((piece, new LineMarker(MarkerKind.Ordinal, points[k].Number, piece.Text[length..].Trim(), length)));
        }
        return true;
    }

    private static void SplitInto(List<(LogicalLine, LineMarker?)> result, LogicalLine line, LineMarker marker, int number, bool outline)
    {
        var start = 0;
        foreach (Match m in ItemStart().Matches(line.Text))
        {
            if (!int.TryParse(m.Groups["n"].Value, out var next) || next != number + 1) continue;
            AddPiece(result, line.Slice(start, m.Groups["n"].Index).TrimEndSpaces(), outline);
            start = m.Groups["n"].Index;
            number = next;
        }
        if (start == 0) result.Add((line, marker));
        else AddPiece(result, line.Slice(start, line.Text.Length), outline);
    }

    private static void AddPiece(List<(LogicalLine, LineMarker?)> result, LogicalLine piece, bool outline) =>
        result.Add((piece, LineShapes.MatchMarker(piece.Text, outline)));

    private static LogicalLine TrimEndSpaces(this LogicalLine line)
    {
        var end = line.Text.Length;
        while (end > 0 && char.IsWhiteSpace(line.Text[end - 1])) end--;
        return end == line.Text.Length ? line : line.Slice(0, end);
    }

    /// <summary>一是 at the start or after a sentence's end (。；）), so 这是 or 二是指 inside a clause never starts a point.</summary>
    [GeneratedRegex(@"(?:^|(?<=[。；）]))\s*(?<n>[一二三四五六七八九]|十[一二三四五六七八九]?)是")]
    private static partial Regex OrdinalStart();

    [GeneratedRegex(@"(?<=\s)(?<n>\d{1,5})[.、](?!\d)")]
    private static partial Regex ItemStart();
}
