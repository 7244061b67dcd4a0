namespace PolicyGraph.Ingest.Documents;

/// <summary>
/// Where a block or rendered line came from in its file: the page (PDF only), the line of the source text (text
/// and HTML formats) or the index of the paragraph among the document's paragraphs and tables (.docx, PDF); 1-based.
/// </summary>
public sealed record SourceLocation(int? Page = null, int? Line = null, int? Paragraph = null)
{
    public override string ToString() => string.Join(", ", new[]
    {
        Page is { } p ? $"page {p}" : null,
        Line is { } l ? $"line {l}" : null,
        Paragraph is { } n ? $"paragraph {n}" : null,
    }.Where(part => part is not null));
}

/// <summary>One block of a document's main text, in reading order.</summary>
public abstract record DocumentBlock(SourceLocation Location);

/// <summary>A heading; <see cref="Level"/> is 1 for the top level, null when the format does not say.</summary>
public sealed record HeadingBlock(string Text, int? Level, SourceLocation Location) : DocumentBlock(Location);

public sealed record ParagraphBlock(string Text, SourceLocation Location) : DocumentBlock(Location);

/// <summary>A list item; <see cref="Label"/> is its numbering as a reader sees it (e.g. "（一）", "1."), or "" if none.</summary>
public sealed record ListItemBlock(string Label, string Text, SourceLocation Location) : DocumentBlock(Location);

/// <summary>A table whose merged cells are resolved: every row has a cell for every column it covers.</summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, SourceLocation Location) : DocumentBlock(Location);

/// <summary>
/// One row; a cell covered by a merged cell (rowspan/colspan, gridSpan/vMerge) holds the merged cell's text, as a
/// reader sees it beside or under the merged cell.
/// </summary>
public sealed record TableRow(IReadOnlyList<string> Cells, SourceLocation Location);

/// <summary>A document read into blocks: its file, format (see <see cref="Reading.DocumentFormats"/>) and blocks.</summary>
public sealed record StructuredDocument(string FilePath, string Format, IReadOnlyList<DocumentBlock> Blocks);
