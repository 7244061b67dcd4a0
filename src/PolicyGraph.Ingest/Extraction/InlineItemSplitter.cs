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
        foreach (var line in lines)
        {
            var marker = line.IsTableRow || LineShapes.IsContentsEntry(line.Text) ? null : LineShapes.MatchMarker(line.Text, outline);
            if (marker is not { Kind: MarkerKind.Arabic } || !int.TryParse(marker.Number, out var number))
            {
                result.Add((line, marker));
                continue;
            }
            SplitInto(result, line, marker, number, outline);
        }
        return result;
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

    [GeneratedRegex(@"(?<=\s)(?<n>\d{1,5})[.、](?!\d)")]
    private static partial Regex ItemStart();
}
