using PolicyGraph.Ingest.Documents;
using PolicyGraph.Ingest.Repair;
using ColumnRole = PolicyGraph.Ingest.Extraction.ColumnRole;

namespace PolicyGraph.Ingest.Reading.Pdf;

/// <summary>
/// Reads a table whose header runs over several lines of short cells (<see cref="PdfStackedHeader"/>) and whose rows
/// are banded by its task column (<see cref="PdfBandedRows"/>): the header's grid rows, then one row per task cell.
/// The header repeated at the top of a later page is skipped. A table whose header is one line is not read here.
/// </summary>
internal static class PdfStackedTables
{
    /// <summary>A header cell holds a few words at most (the longest column words of the vocabulary have six characters).</summary>
    private const int MaxHeaderCell = 10;

    /// <summary>Header lines follow each other this many line pitches apart at most.</summary>
    private const double HeaderLineGap = 1.2;

    /// <summary>Lines of text are set this many font sizes apart at most: a table whose cells never wrap gives no tighter pitch.</summary>
    private const double MaxPitch = 1.75;

    /// <summary>A gap this many pitches wide between two lines of the page ends the table.</summary>
    private const double MaxRowGap = 3;

    private const int MaxPitchLines = 60;

    /// <summary>The table starting at <paramref name="start"/>, or null; <paramref name="next"/> is the first line after it.</summary>
    public static TableBlock? TryRead(IReadOnlyList<PdfLine> lines, int start, int maxColumns, out int next, out bool wasCut)
    {
        (next, wasCut) = (start, false);
        if (!IsHeaderLine(lines[start]) || Pitch(lines, start) is not { } pitch) return null;
        var headerEnd = HeaderEnd(lines, start, pitch);
        if (headerEnd - start < 2 || headerEnd >= lines.Count || lines[headerEnd].Page != lines[start].Page) return null;
        var headerLines = lines.Skip(start).Take(headerEnd - start).ToList();
        var size = lines[start].Size;
        // The rows on the header's page give the gutters: every line but one running from the table's left edge across
        // it (a part row "一、…"), which would fill them.
        var left = headerLines.Min(l => l.Left) + 2 * size;
        var firstPage = lines.Skip(headerEnd).TakeWhile(l => l.Page == lines[start].Page && Math.Abs(l.Size - size) <= 0.5)
            .Where(l => l.Segments.Count >= 2 || l.Text.All(char.IsAsciiDigit) || l.Left > left);
        if (PdfStackedHeader.Of(headerLines, firstPage, pitch, maxColumns) is not { } header) return null;
        var body = Body(lines, headerEnd, headerLines, header.Columns, pitch, out next);
        if (body.Count == 0)
        {
            next = start;
            return null;
        }
        wasCut = header.WasCut;
        var at = new SourceLocation(Page: lines[start].Page);
        var rows = new PdfBandedRows(header.Columns, TaskColumn(header.Roles), Array.IndexOf(header.Roles, ColumnRole.Seq), pitch)
            .Rows(body, line => header.Columns.Cut(line).Count == 1 && !header.Columns.Fits(line));
        return new TableBlock([.. header.Rows.Select(cells => new TableRow(cells, at)), .. rows], at);
    }

    /// <summary>The column the rows are banded by: the items' text, or their name when no column holds the text.</summary>
    private static int TaskColumn(ColumnRole[] roles) =>
        Array.IndexOf(roles, ColumnRole.Text) is var text and >= 0 ? text : Array.IndexOf(roles, ColumnRole.Title);

    /// <summary>
    /// The first line after the run of header lines from <paramref name="start"/>: short cells, none a bare number, on
    /// one page, each within a line's pitch of the one above (the first row's cells stand further below, past the rule).
    /// </summary>
    private static int HeaderEnd(IReadOnlyList<PdfLine> lines, int start, double pitch)
    {
        var end = start + 1;
        while (end < lines.Count && IsHeaderLine(lines[end]) && lines[end].Page == lines[start].Page
               && Math.Abs(lines[end].Size - lines[start].Size) <= 0.5 && lines[end - 1].Baseline - lines[end].Baseline <= HeaderLineGap * pitch)
            end++;
        return end;
    }

    /// <summary>Short cells, none a bare number (a row's 序号) and none opening with an item marker (a part row "一、…").</summary>
    private static bool IsHeaderLine(PdfLine line) =>
        line.Segments.All(s => s.Text.Length <= MaxHeaderCell && !s.Text.All(char.IsAsciiDigit) && !LineShapes.StartsWithMarker(s.Text, outline: false));

    /// <summary>The tightest spacing of one column's lines from the header on: the same left edge on consecutive lines of the page.</summary>
    private static double? Pitch(IReadOnlyList<PdfLine> lines, int from)
    {
        var lastAt = new Dictionary<double, double>();
        double? pitch = null;
        for (var i = from; i < lines.Count && i < from + MaxPitchLines && lines[i].Page == lines[from].Page; i++)
        {
            foreach (var segment in lines[i].Segments)
            {
                var left = Math.Round(segment.Left);
                if (lastAt.TryGetValue(left, out var above) && above - segment.Baseline is > 0 and var gap) pitch = Math.Min(pitch ?? gap, gap);
                lastAt[left] = segment.Baseline;
            }
        }
        return pitch is { } found ? Math.Min(found, MaxPitch * lines[from].Size) : null;
    }

    /// <summary>
    /// The table's lines under the header: while they fit its columns and follow within <see cref="MaxRowGap"/> pitches;
    /// across a page break after the header repeated there. <paramref name="next"/> is the first line after the table.
    /// </summary>
    private static List<PdfLine> Body(IReadOnlyList<PdfLine> lines, int from, List<PdfLine> header, PdfColumns columns, double pitch, out int next)
    {
        var body = new List<PdfLine>();
        var i = from;
        while (i < lines.Count && Math.Abs(lines[i].Size - header[0].Size) <= 0.5)
        {
            var newPage = lines[i].Page != lines[i - 1].Page;
            if (newPage && RepeatedHeaderLines(lines, i, header) is var repeated and > 0)
            {
                i += repeated;
                if (i >= lines.Count) break;
            }
            if (!(columns.Fits(lines[i]) || PdfTables.SpansRow(lines, i, columns)) || (!newPage && lines[i - 1].Baseline - lines[i].Baseline > MaxRowGap * pitch)) break;
            body.Add(lines[i++]);
        }
        next = i;
        return body;
    }

    /// <summary>
    /// How many lines from <paramref name="index"/> are lines of the header again (compared without white space); the
    /// lines of a header repeated at one height on every page may have been taken as a running header already.
    /// </summary>
    private static int RepeatedHeaderLines(IReadOnlyList<PdfLine> lines, int index, List<PdfLine> header)
    {
        var texts = header.Select(l => Squeezed(l.Text)).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        while (index + count < lines.Count && lines[index + count].Page == lines[index].Page && texts.Contains(Squeezed(lines[index + count].Text))) count++;
        return count;
    }

    /// <summary>The text without white space: how a repeated header or row is compared across pages.</summary>
    internal static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
