using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Walks the main-text container into blocks. Inline text accumulates until a block element, a &lt;br&gt; or the end
/// of the container closes the paragraph; each block's location is the source line of its first element.
/// </summary>
internal sealed class HtmlBlockWalker(ReadLimits limits, HtmlMainText mainText)
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "blockquote", "center", "dd", "dt", "dl", "pre", "address", "figure",
        "figcaption", "caption", "li", "tr", "td", "th", "tbody", "thead", "tfoot", "hr",
    };

    private readonly List<DocumentBlock> _blocks = [];
    private readonly StringBuilder _inline = new();
    private int? _inlineLine;

    public List<IngestDiagnostic> Diagnostics { get; } = [];

    public IReadOnlyList<DocumentBlock> Finish()
    {
        Flush();
        return _blocks;
    }

    /// <summary>Walks the main-text container itself (it may be a table or a list), never dropping it as a link list.</summary>
    public void WalkRoot(IElement container)
    {
        if (container.LocalName is "table" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") WalkElement(container, isRoot: true);
        else Walk(container);
    }

    public void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (limits.Expired) return;
            switch (child)
            {
                case IText text:
                    AddInline(text.Data, LineOf(node));
                    break;
                case IElement element:
                    WalkElement(element);
                    break;
            }
        }
    }

    private void WalkElement(IElement element, bool isRoot = false)
    {
        var name = element.LocalName;
        if (name == "br")
        {
            Flush();
            return;
        }
        if (!isRoot && mainText.IsLinkList(element)) return;
        if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
        {
            Flush();
            AddBlock(new HeadingBlock(InlineText(element), name[1] - '0', At(element)));
        }
        else if (element is IHtmlTableElement table)
        {
            Flush();
            AddTable(table);
        }
        else if (name is "ul" or "ol")
        {
            Flush();
            AddList(element);
        }
        else if (BlockTags.Contains(name))
        {
            Flush();
            Walk(element);
            Flush();
        }
        else
        {
            Walk(element);
        }
    }

    private void AddList(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var label = ordered ? ListLabel(list.GetAttribute("type"), number++) : "";
            var nested = item.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
            foreach (var inner in nested) inner.Remove();
            AddBlock(new ListItemBlock(label, InlineText(item), At(item)));
            foreach (var inner in nested) AddList(inner);
        }
    }

    /// <summary>The label a browser shows for an &lt;ol&gt; item, with a space as after Word's Latin labels.</summary>
    private static string ListLabel(string? type, int number) => type switch
    {
        "a" => NumberFormats.Format(number, "lowerLetter") + ". ",
        "A" => NumberFormats.Format(number, "upperLetter") + ". ",
        "i" => NumberFormats.Format(number, "lowerRoman") + ". ",
        "I" => NumberFormats.Format(number, "upperRoman") + ". ",
        _ => number + ". ",
    };

    private void AddTable(IHtmlTableElement table)
    {
        var grid = new TableGrid(limits.MaxTableColumns);
        var rows = table.Rows.ToList();
        var cells = grid.Resolve(rows.Select(r => (IReadOnlyList<SpannedCell>)r.Cells
            .Select(c => new SpannedCell(InlineText(c, keepBreaks: true), Math.Max(1, c.RowSpan), Math.Max(1, c.ColumnSpan))).ToList()));
        if (grid.WasCut)
        {
            Diagnostics.Add(new IngestDiagnostic(DiagnosticSeverity.Warning, limits.File, LineOf(table), DiagnosticCodes.TableCut,
                $"a table of {grid.WidestRow:N0} columns: only the first {limits.MaxTableColumns} are read."));
        }
        var tableRows = cells.Select((c, i) => new TableRow(c, At(rows[i]))).Where(r => r.Cells.Any(c => c.Length > 0)).ToList();
        if (tableRows.Count > 0) AddBlock(new TableBlock(tableRows, At(table)));
    }

    private void AddInline(string text, int? line)
    {
        if (_inline.Length == 0 && string.IsNullOrWhiteSpace(text)) return;
        _inlineLine ??= line;
        _inline.Append(text);
    }

    private void Flush()
    {
        var text = HtmlWhitespace.Collapse(_inline.ToString());
        if (text.Length > 0) _blocks.Add(new ParagraphBlock(text, new SourceLocation(Line: _inlineLine)));
        _inline.Clear();
        _inlineLine = null;
    }

    private void AddBlock(DocumentBlock block)
    {
        if (block is HeadingBlock { Text.Length: 0 } or ListItemBlock { Text.Length: 0 }) return;
        _blocks.Add(block);
    }

    /// <summary>Stands for a line break in a cell until whitespace is collapsed, which would join two Chinese names.</summary>
    private const char CellBreak = '\u2028';

    /// <summary>
    /// The element's text, with block children and &lt;br&gt; as a break that a Latin word does not run over. In a
    /// table cell (<paramref name="keepBreaks"/>) a break stays a line break: "市商务局&lt;br&gt;市财政局" lists two units.
    /// </summary>
    private static string InlineText(IElement element, bool keepBreaks = false)
    {
        var breakMark = keepBreaks ? CellBreak : '\n';
        var builder = new StringBuilder();
        void Collect(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text) builder.Append(text.Data);
                else if (child is IElement e)
                {
                    var block = e.LocalName == "br" || BlockTags.Contains(e.LocalName);
                    if (block) builder.Append(breakMark);
                    Collect(e);
                    if (block) builder.Append(breakMark);
                }
            }
        }
        Collect(element);
        var text = HtmlWhitespace.Collapse(builder.ToString());
        return keepBreaks ? string.Join('\n', text.Split(CellBreak).Select(part => part.Trim()).Where(part => part.Length > 0)) : text;
    }

    private static SourceLocation At(IElement element) => new(Line: LineOf(element));

    private static int? LineOf(INode node) => (node as IElement)?.SourceReference?.Position.Line;
}
