using System.Text;
using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>A row of a tab-separated table: its first line, its cells (a row cut inside a cell joined) and its quote.</summary>
internal sealed record BlockRow(LogicalLine Line, string[] Cells, string Quote);

/// <summary>
/// Finds runs of tab-separated rows. Page furniture (a page number, a running header) between two rows does not end
/// a run, and a row cut inside a cell — fewer cells than the widest row so far, the rest of the cell on the next
/// line — is joined with that line: the last cell continues with the next line's first piece, and the next line's
/// other cells follow.
/// </summary>
internal static partial class TableBlocks
{
    private const int ColumnTolerance = 2;

    private const int MaxWrappedPieces = 3;
    private const int MaxWrappedPieceLength = 60;

    public static IEnumerable<List<BlockRow>> Find(IReadOnlyList<LogicalLine> lines, bool outline)
    {
        var block = new List<BlockRow>();
        var width = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (block.Count > 0 && PageFurniture.IsPageNumber(line.Text)) continue;
            if (block.Count > 0 && !StartsRow(line, outline))
            {
                var cut = IsCutBefore(block[^1], line, width);
                if (cut || IsWrappedPiece(lines, i, outline))
                {
                    block[^1] = cut ? Joined(block[^1], line) : Appended(block[^1], line);
                    continue;
                }
            }
            if (!line.IsTableRow)
            {
                if (block.Count > 0) yield return block;
                (block, width) = ([], 0);
                continue;
            }
            var row = new BlockRow(line, line.Text.Split('\t'), Quote(line.Original));
            block.Add(row);
            width = Math.Max(width, row.Cells.Length);
        }
        if (block.Count > 0) yield return block;
    }

    private static bool IsCutBefore(BlockRow row, LogicalLine next, int width) =>
        IsCut(row, width) && row.Cells.Length + next.Text.AsSpan().Count('\t') <= width;

    /// <summary>
    /// A short line without cells between two rows of a table, the second numbered (a few such lines at most, page
    /// furniture skipped; a caption before a new header is not one):
    /// the rest of a long cell that a page layout wrapped onto lines of its own.
    /// </summary>
    private static bool IsWrappedPiece(IReadOnlyList<LogicalLine> lines, int i, bool outline)
    {
        for (var j = i; j < lines.Count && j < i + MaxWrappedPieces + 1; j++)
        {
            var text = lines[j].Text;
            if (lines[j].IsTableRow) return j > i && int.TryParse(FirstCell(text), out _);
            if (PageFurniture.IsPageNumber(text)) continue;
            if (text.Length > MaxWrappedPieceLength || StartsRow(lines[j], outline)) return false;
        }
        return false;
    }

    /// <summary>
    /// The row with a wrapped piece added: in a space-aligned row each fragment of the piece goes to the cell whose
    /// column it stands under; otherwise the piece goes to the longest cell, where a page layout's long text sits.
    /// </summary>
    private static BlockRow Appended(BlockRow row, LogicalLine piece)
    {
        var cells = row.Cells.ToArray();
        var starts = CellStarts(row.Line);
        if (starts is not null && starts.Length == cells.Length)
        {
            foreach (Match fragment in Fragment().Matches(piece.Text))
            {
                var column = piece.Indent + HardWrapLayout.DisplayWidth(piece.Original.AsSpan(0, fragment.Index));
                var cell = Array.FindLastIndex(starts, start => start <= column + ColumnTolerance);
                // Nothing wraps into the number column: a fragment left of the text is not part of this row's cells.
                if (cell <= 0 && int.TryParse(cells[0].Trim(), out _)) cell = LongestCell(cells);
                cells[cell] = cells[cell].TrimEnd() + fragment.Value;
            }
        }
        else
        {
            var longest = LongestCell(cells);
            cells[longest] = cells[longest].TrimEnd() + piece.Text.Trim();
        }
        return row with { Cells = cells, Quote = row.Quote + " " + piece.Original.Trim() };
    }

    private static int LongestCell(string[] cells) => Array.IndexOf(cells, cells.MaxBy(c => c.Length));

    /// <summary>The display column each cell of a space-aligned row starts at; null for a row separated by real tabs.</summary>
    private static int[]? CellStarts(LogicalLine line)
    {
        if (line.Original.Contains('\t')) return null;
        var cells = line.Text.Split('\t');
        var starts = new int[cells.Length];
        var at = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var lead = cells[i].Length - cells[i].AsSpan().TrimStart().Length;
            starts[i] = line.Indent + HardWrapLayout.DisplayWidth(line.Original.AsSpan(0, at + lead));
            at += cells[i].Length + 1;
        }
        return starts;
    }

    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Fragment();

    /// <summary>A row with fewer cells than the table and text in its last one: the line broke inside that cell.</summary>
    private static bool IsCut(BlockRow row, int width) => row.Cells.Length < width && row.Cells[^1].Trim().Length > 0;

    /// <summary>A line that starts a row of its own: a numbered first cell, or a marker (一、…) heading a part of the table.</summary>
    private static bool StartsRow(LogicalLine line, bool outline)
    {
        var first = FirstCell(line.Text);
        return int.TryParse(first, out _) || first.Length == 0 || LineShapes.StartsWithMarker(first, outline) || LineShapes.IsLabelLine(first)
            || LineShapes.IsDocumentTitle(first);
    }

    /// <summary>The first cell, trimmed, without splitting the whole row: every line after a table row is tested.</summary>
    private static string FirstCell(string text)
    {
        var tab = text.IndexOf('\t');
        return (tab < 0 ? text : text[..tab]).Trim();
    }

    private static BlockRow Joined(BlockRow row, LogicalLine next)
    {
        var more = next.Text.Split('\t');
        var cells = row.Cells[..^1].Append(row.Cells[^1].TrimEnd() + more[0].Trim()).Concat(more[1..]).ToArray();
        return row with { Cells = cells, Quote = row.Quote + " " + Quote(next.Original) };
    }

    /// <summary>The row as written, cells separated by " | " so a quote stays readable.</summary>
    /// <remarks>Built from spans: every row of every table is quoted, and split cells were garbage at once.</remarks>
    private static string Quote(string original)
    {
        if (!original.Contains('\t')) return original.Trim();
        var quote = new StringBuilder(original.Length + 16);
        foreach (var range in original.AsSpan().Split('\t'))
        {
            var cell = original.AsSpan(range).Trim();
            if (cell.IsEmpty) continue;
            if (quote.Length > 0) quote.Append(" | ");
            quote.Append(cell);
        }
        return quote.ToString();
    }
}
