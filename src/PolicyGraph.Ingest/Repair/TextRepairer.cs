using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Reading;

namespace PolicyGraph.Ingest.Repair;

/// <summary>The repaired lines of one document plus what the repair noticed.</summary>
/// <param name="HasOutline">Whether the document numbers in a decimal outline (<see cref="LineShapes.HasOutline"/>),
/// decided once on the source lines and passed to every step that reads markers.</param>
public sealed record RepairedText(SourceText Source, IReadOnlyList<LogicalLine> Lines, IReadOnlyList<IngestDiagnostic> Diagnostics, bool HasOutline);

/// <summary>
/// Undoes conversion and page-break damage. A line is joined to the next when it cannot end there (no sentence
/// terminator, an open bracket, a bare item number) and the next cannot start anything (not a numbered marker,
/// heading, label, date, table row or stand-alone short line, or it starts with a closing bracket or comma).
/// Across blank lines only long lines are joined, because page breaks cut full lines while captions are short. A
/// document title never continues onto the preamble below it. Text out of a PDF (see <see cref="HardWrapLayout"/>)
/// loses its page numbers and running headers, and a line filling the wrap width is joined with the next.
/// </summary>
public static partial class TextRepairer
{
    private const int MinCellGaps = 2;
    private const int MinDirectJoinLength = 10;
    private const int MinJoinAcrossBlankLength = 20;
    private const int MaxItemNameTail = 15;
    private const int MaxShortLabelLength = 40;

    /// <summary>Spaces trimmed from both ends of a line (tabs only from the start; see <see cref="Prepare"/>).</summary>
    private static readonly char[] LineEdgeSpaces = [' ', '\u3000', '\u00A0', '\r', '\uFEFF'];

    public static RepairedText Repair(SourceText source)
    {
        var diagnostics = new List<IngestDiagnostic>();
        var lines = new List<LogicalLine>(source.Lines.Count);
        var outline = LineShapes.HasOutline(source.Lines);
        var layout = HardWrapLayout.Analyse(source.Lines, outline);
        Builder? current = null;
        var blanks = 0;
        void Add(Piece? piece)
        {
            if (piece is null)
            {
                blanks++;
                return;
            }
            if (current is not null && ShouldJoin(current, piece, blanks, layout, outline))
            {
                current.Append(piece);
            }
            else
            {
                if (current is not null) lines.Add(current.Build());
                current = new Builder(piece);
            }
            blanks = 0;
        }

        var htmlScan = new HtmlTables.Scan();
        var insideScript = false;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            if (layout.IsFurniture(i)) continue;
            if (TableLayouts.TryRead(source.Lines, i, insideScript, htmlScan) is { } table)
            {
                foreach (var piece in TablePieces(table, i + 1, source.FileName, diagnostics)) Add(piece);
                insideScript = HtmlTables.InsideScriptAfter(table.After ?? "", false);
                i = table.NextIndex - 1;
                continue;
            }
            insideScript = HtmlTables.InsideScriptAfter(source.Lines[i], insideScript);
            Add(Prepare(source.Lines[i], i + 1, source.FileName, diagnostics));
        }
        if (current is not null) lines.Add(current.Build());
        return new RepairedText(source, lines, diagnostics, outline);
    }

    private sealed record Piece(string Text, string Original, int Line, bool IsHeading)
    {
        /// <summary>Display width of the indentation trimmed off the line: where a space-aligned table's cells sit.</summary>
        public int Indent { get; init; }
    }

    private static Piece? Prepare(string raw, int line, string fileName, List<IngestDiagnostic> diagnostics)
    {
        // Tabs are kept at the end: a table row whose last cells are empty still has them.
        var unindented = MarkupCleaner.Clean(raw);
        var cleaned = unindented.Trim(LineEdgeSpaces).TrimStart('\t');
        var indent = HardWrapLayout.DisplayWidth(unindented.AsSpan(0, unindented.Length - unindented.AsSpan().TrimStart().Length));
        if (cleaned.AsSpan().IsWhiteSpace()) return null;
        // A markdown blockquote (a 专栏 box set off with "> ") is text like any other.
        if (cleaned[0] == '>') cleaned = cleaned.TrimStart('>', ' ');
        if (cleaned.Length == 0) return null;
        var heading = cleaned[0] == '#';
        if (heading) cleaned = cleaned.TrimStart('#').Trim();
        if (cleaned.Length == 0) return null;
        if (MarkupCleaner.FindRemainingTag(cleaned) is { } tag) diagnostics.Add(KeptMarkup(fileName, line, tag));
        return new Piece(MarkSpaceSeparatedCells(PunctuationNormalizer.Normalize(cleaned)), cleaned, line, heading) { Indent = indent };
    }

    private static IngestDiagnostic KeptMarkup(string fileName, int line, string tag) =>
        new(DiagnosticSeverity.Warning, fileName, line, DiagnosticCodes.SuspiciousMarkup, $"markup {tag} is kept as plain text, never interpreted.");

    /// <summary>
    /// A table in another layout as the pieces a tab-separated table would give: one per row, cells joined by tabs
    /// and padded to the widest row, on the line the row starts; text around or outside the cells as ordinary lines.
    /// </summary>
    private static IEnumerable<Piece?> TablePieces(TableLayoutBlock table, int firstLine, string fileName, List<IngestDiagnostic> diagnostics)
    {
        foreach (var (line, tag) in table.KeptTags ?? []) diagnostics.Add(KeptMarkup(fileName, line, tag));
        if (!string.IsNullOrWhiteSpace(table.Before)) yield return Prepare(table.Before, firstLine, fileName, diagnostics);
        var width = table.Rows.Max(r => r.Cells.Count);
        var loose = table.Loose ?? [];
        var nextLoose = 0;
        foreach (var row in table.Rows)
        {
            for (; nextLoose < loose.Count && loose[nextLoose].Line <= row.Line; nextLoose++)
                yield return Prepare(loose[nextLoose].Text, loose[nextLoose].Line, fileName, diagnostics);
            var original = string.Join('\t', row.Cells.Select(c => c.Replace('\t', ' ').Trim(LineEdgeSpaces)).Concat(Enumerable.Repeat("", width - row.Cells.Count)));
            yield return new Piece(PunctuationNormalizer.Normalize(original), original, row.Line, false);
        }
        for (; nextLoose < loose.Count; nextLoose++) yield return Prepare(loose[nextLoose].Text, loose[nextLoose].Line, fileName, diagnostics);
        if (!string.IsNullOrWhiteSpace(table.After)) yield return Prepare(table.After, table.NextIndex, fileName, diagnostics);
    }

    /// <summary>
    /// A line with two or more runs of 2+ spaces is a space-aligned table row: the first space of each run becomes a
    /// tab, so cells split like a tab-separated table while the text keeps its length.
    /// </summary>
    private static string MarkSpaceSeparatedCells(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal)) return text;
        var runs = CellGap().Matches(text);
        if (runs.Count < MinCellGaps) return text;
        var chars = text.ToCharArray();
        foreach (Match run in runs) chars[run.Index] = '\t';
        return new string(chars);
    }

    private static bool ShouldJoin(Builder current, Piece next, int blanks, HardWrapLayout layout, bool outline)
    {
        var prev = current.Text;
        if (current.IsHeading || next.IsHeading || prev.Contains('\t') || next.Text.Contains('\t')) return false;
        if (IsClosedShape(prev) || IsClosedShape(next.Text) || IsShortLabel(prev) || LineShapes.IsDocumentTitle(prev)) return false;
        // Text out of a PDF: a line filling the wrap width goes on in the next, whatever it looks like, unless that starts something.
        if (layout.FillsWidth(current.LastPiece.Original)) return ContinuesWrappedLine(prev, next.Text, outline);
        if (LineShapes.EndsWithOpenBracket(prev) || LineShapes.StartsWithClosingOrContinuation(next.Text)) return true;
        if (LineShapes.HasUnclosedBracket(prev)) return !StartsSomething(next.Text, outline) || ClosesBracketWithLabel(prev, next.Text, outline);
        if (LineShapes.EndsSentence(prev)) return false;
        if (StartsSomething(next.Text, outline)) return false;
        var prevMarker = LineShapes.MatchMarker(prev, outline);
        if (prevMarker is { Rest.Length: 0 }) return true;
        if (prevMarker is not null && LineShapes.LooksLikeHeading(prevMarker))
            return blanks == 0 && IsItemNameTail(next.Text);
        if (blanks > 0 && LineShapes.IsStandaloneShortLine(next.Text)) return false;
        return prev.Length >= (blanks == 0 ? MinDirectJoinLength : MinJoinAcrossBlankLength);
    }

    /// <summary>After a line filling the wrap width: anything but a numbered line, and a label only inside an open bracket ("（责任" / "单位：…）").</summary>
    private static bool ContinuesWrappedLine(string prev, string next, bool outline) =>
        !LineShapes.StartsWithMarker(next, outline) && !LineShapes.StartsLikeSpacedRow(next)
        && (!LineShapes.IsLabelLine(next) || LineShapes.HasUnclosedBracket(prev));

    /// <summary>"（责任" / "单位：…）": a label line that closes the bracket the line before left open is the bracket's rest.</summary>
    private static bool ClosesBracketWithLabel(string prev, string next, bool outline) =>
        LineShapes.IsLabelLine(next) && !LineShapes.StartsWithMarker(next, outline) && !LineShapes.HasUnclosedBracket(prev + next);

    /// <summary>"附件：…" or "发布日期：…" stands on its own line; a long labelled paragraph may still be broken.</summary>
    private static bool IsShortLabel(string text) => text.Length <= MaxShortLabelLength && LineShapes.IsLabelLine(text);

    private static bool IsClosedShape(string text) => LineShapes.IsDateLine(text) || LineShapes.IsContentsEntry(text);

    private static bool StartsSomething(string text, bool outline) =>
        LineShapes.StartsWithMarker(text, outline) || LineShapes.StartsLikeSpacedRow(text) || LineShapes.IsLabelLine(text);

    /// <summary>The rest of a short list item's name wrapped onto the next line, e.g. "6.对台货运船舶" / "“直通车”服务".</summary>
    private static bool IsItemNameTail(string text) =>
        text.Length <= MaxItemNameTail && text.AsSpan().IndexOfAny(['。', '，', '；', '：']) < 0;

    /// <summary>
    /// Joins pieces into one logical line. Most lines are never joined, so the pieces are only copied into string
    /// builders once a second piece arrives.
    /// </summary>
    private sealed class Builder(Piece first)
    {
        private readonly List<Piece> _pieces = [first];
        private string? _text = first.Text;

        public bool IsHeading { get; } = first.IsHeading;

        public Piece LastPiece => _pieces[^1];

        public string Text => _text ??= string.Concat(_pieces.Select(p => p.Text));

        public void Append(Piece piece)
        {
            _pieces.Add(piece);
            _text = null;
        }

        public LogicalLine Build()
        {
            if (_pieces.Count == 1) return new(first.Text, first.Original, [new LineSpan(0, first.Line)], IsHeading) { Indent = first.Indent };
            var spans = new List<LineSpan>(_pieces.Count);
            var offset = 0;
            foreach (var piece in _pieces)
            {
                spans.Add(new LineSpan(offset, piece.Line));
                offset += piece.Text.Length;
            }
            return new(Text, string.Concat(_pieces.Select(p => p.Original)), spans, IsHeading) { Indent = first.Indent };
        }
    }

    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)")]
    private static partial Regex CellGap();
}
