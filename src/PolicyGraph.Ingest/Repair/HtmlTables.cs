using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// HTML tables: &lt;table&gt; … &lt;/table&gt; over one or many lines. Only table structure is understood (table,
/// tr, td, th, the row groups, caption, col); inside cells the formatting tags are removed as everywhere else and
/// any other markup stays as literal text. A table inside &lt;script&gt; is script text, never a table.
/// </summary>
internal static partial class HtmlTables
{
    private const int MaxSpan = 50;

    /// <summary>What one document's scan has learnt, so no line is searched twice for a closing tag.</summary>
    internal sealed class Scan
    {
        public int LastClosingLine { get; set; } = -2;
        public int SkipThrough { get; set; } = -1;
    }

    /// <summary>Whether a &lt;script&gt; element is still open at the end of the line.</summary>
    public static bool InsideScriptAfter(string line, bool insideAtStart)
    {
        if (!line.Contains("script", StringComparison.OrdinalIgnoreCase)) return insideAtStart;
        var inside = insideAtStart;
        foreach (Match m in ScriptOrTableTag().Matches(line))
        {
            if (m.ValueSpan[^6..].Equals("script", StringComparison.OrdinalIgnoreCase)) inside = m.ValueSpan[1] != '/';
        }
        return inside;
    }

    public static TableLayoutBlock? TryRead(IReadOnlyList<string> lines, int index, bool insideScript, Scan scan)
    {
        if (index <= scan.SkipThrough || !lines[index].Contains("<table", StringComparison.OrdinalIgnoreCase)) return null;
        var opener = TableOpener(lines[index], insideScript);
        if (opener < 0 || FindClosing(lines, index, opener, scan) is not { } closing) return null;
        var (closingLine, closingEnd) = closing;
        var text = new StringBuilder(lines[index], opener, (closingLine == index ? closingEnd : lines[index].Length) - opener, 256);
        var lineStarts = new List<int> { 0 };
        for (var j = index + 1; j <= closingLine; j++)
        {
            text.Append('\n');
            lineStarts.Add(text.Length);
            text.Append(lines[j], 0, j == closingLine ? closingEnd : lines[j].Length);
        }
        var reader = new HtmlTableReader(text.ToString(), offset => index + 1 + UpperBound(lineStarts, offset));
        reader.Read();
        if (reader.Rows.Count == 0)
        {
            scan.SkipThrough = closingLine;
            return null;
        }
        return new TableLayoutBlock(closingLine + 1, reader.Rows, lines[index][..opener], lines[closingLine][closingEnd..], reader.Loose, reader.KeptTags);
    }

    /// <summary>Where "&lt;table" starts outside any script element, or -1.</summary>
    private static int TableOpener(string line, bool insideScript)
    {
        foreach (Match m in ScriptOrTableTag().Matches(line))
        {
            var isScript = m.ValueSpan[^6..].Equals("script", StringComparison.OrdinalIgnoreCase);
            if (isScript) insideScript = m.ValueSpan[1] != '/';
            else if (!insideScript && m.ValueSpan[1] != '/') return m.Index;
        }
        return -1;
    }

    /// <summary>The line and end offset of the first "&lt;/table&gt;" after the opener, or null when the table is never closed.</summary>
    private static (int Line, int End)? FindClosing(IReadOnlyList<string> lines, int index, int opener, Scan scan)
    {
        if (scan.LastClosingLine == -2)
        {
            scan.LastClosingLine = -1;
            for (var j = lines.Count - 1; j >= 0; j--)
            {
                if (lines[j].Contains("</table", StringComparison.OrdinalIgnoreCase)) { scan.LastClosingLine = j; break; }
            }
        }
        for (var j = index; j <= scan.LastClosingLine; j++)
        {
            var from = j == index ? opener : 0;
            var at = lines[j].IndexOf("</table", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var close = lines[j].IndexOf('>', at);
            return (j, close < 0 ? lines[j].Length : close + 1);
        }
        return null;
    }

    private static int UpperBound(List<int> starts, int offset)
    {
        var found = starts.BinarySearch(offset);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>Walks the tags of one table, building rows; a row or cell left open is closed by the next one (HTML allows it).</summary>
    private sealed class HtmlTableReader(string text, Func<int, int> lineOf)
    {
        private readonly List<(string Text, int Rows)> _spanning = [];
        private List<string>? _row;
        private int _rowLine;
        private int _cellStart = -1;
        private int _cellLine;
        private (int Colspan, int Rowspan) _cellSpans;

        public List<TableLayoutRow> Rows { get; } = [];

        public List<(int Line, string Text)> Loose { get; } = [];

        public List<(int Line, string Tag)> KeptTags { get; } = [];

        public void Read()
        {
            var position = 0;
            foreach (Match tag in StructureTag().Matches(text))
            {
                if (_cellStart < 0) AddLoose(position, tag.Index);
                var name = tag.Groups["name"].Value.ToLowerInvariant();
                var closing = tag.Groups["close"].Success;
                if (name is "td" or "th") { EndCell(tag.Index); if (!closing) StartCell(tag); }
                else if (name == "tr") { EndRow(tag.Index); if (!closing) StartRow(tag.Index); }
                else if (name is "table" or "thead" or "tbody" or "tfoot") EndRow(tag.Index);
                position = tag.Index + tag.Length;
            }
            EndRow(text.Length);
            if (_cellStart < 0) AddLoose(position, text.Length);
        }

        private void StartRow(int offset)
        {
            _row = [];
            _rowLine = lineOf(offset);
        }

        private void StartCell(Match tag)
        {
            if (_row is null) StartRow(tag.Index);
            _cellStart = tag.Index + tag.Length;
            _cellLine = lineOf(tag.Index);
            _cellSpans = (Span(tag.Groups["attrs"].Value, "colspan"), Span(tag.Groups["attrs"].Value, "rowspan"));
        }

        private void EndCell(int offset)
        {
            if (_cellStart < 0 || _row is null) return;
            var cell = CellText(text[_cellStart..offset]);
            _cellStart = -1;
            FillActiveSpans();
            var column = _row.Count;
            _row.Add(cell);
            for (var k = 1; k < _cellSpans.Colspan; k++) _row.Add("");
            if (_cellSpans.Rowspan <= 1) return;
            while (_spanning.Count < _row.Count) _spanning.Add(("", 0));
            for (var k = column; k < _row.Count; k++) _spanning[k] = (k == column ? cell : "", _cellSpans.Rowspan - 1);
        }

        private void EndRow(int offset)
        {
            EndCell(offset);
            if (_row is null) return;
            FillAllSpans();
            if (_row.Any(c => c.Length > 0)) Rows.Add(new TableLayoutRow(_rowLine, _row));
            _row = null;
        }

        /// <summary>Columns held by cells of earlier rows that span down into this one, up to the next free column.</summary>
        private void FillActiveSpans()
        {
            while (_row!.Count < _spanning.Count && _spanning[_row.Count].Rows > 0) TakeSpan();
        }

        /// <summary>At the end of a row: every column still held from above, free columns before them left empty.</summary>
        private void FillAllSpans()
        {
            var lastHeld = _spanning.FindLastIndex(s => s.Rows > 0);
            while (_row!.Count <= lastHeld)
            {
                if (_spanning[_row.Count].Rows > 0) TakeSpan();
                else _row.Add("");
            }
        }

        private void TakeSpan()
        {
            var (spanText, rows) = _spanning[_row!.Count];
            _spanning[_row.Count] = (spanText, rows - 1);
            _row.Add(spanText);
        }

        private string CellText(string raw)
        {
            var joined = TableLayouts.JoinFragments(raw.Split('\n'));
            var cleaned = MarkupCleaner.Clean(joined);
            if (MarkupCleaner.FindRemainingTag(cleaned) is { } kept) KeptTags.Add((_cellLine, kept));
            return WebUtility.HtmlDecode(cleaned).Replace('\t', ' ').Trim(' ', '\u00A0', '\u3000');
        }

        private void AddLoose(int start, int end)
        {
            if (end <= start) return;
            var raw = text[start..end];
            var loose = WebUtility.HtmlDecode(TableLayouts.JoinFragments(raw.Split('\n')));
            if (loose.AsSpan().Trim(" \u00A0\u3000").Length > 0) Loose.Add((lineOf(start + raw.Length - raw.TrimStart().Length), loose));
        }

        private static int Span(string attributes, string name)
        {
            if (attributes.Length == 0) return 1;
            foreach (Match m in SpanAttribute().Matches(attributes))
            {
                if (m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                    return Math.Clamp(int.Parse(m.Groups["n"].Value), 1, MaxSpan);
            }
            return 1;
        }
    }

    [GeneratedRegex(@"</?(?:script|table)(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrTableTag();

    [GeneratedRegex(@"<(?<close>/)?(?<name>table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col)(?<attrs>\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex StructureTag();

    [GeneratedRegex(@"(?<name>colspan|rowspan)\s*=\s*[""']?(?<n>\d{1,3})", RegexOptions.IgnoreCase)]
    private static partial Regex SpanAttribute();
}
