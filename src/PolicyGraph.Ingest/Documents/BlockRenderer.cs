using System.Text;

namespace PolicyGraph.Ingest.Documents;

/// <summary>A document rendered to the line form the pipeline reads, with where each line came from.</summary>
public sealed record RenderedLines(IReadOnlyList<string> Lines, IReadOnlyList<SourceLocation> Origins);

/// <summary>
/// Renders blocks to the line form the text pipeline reads: a heading or paragraph is one line, a list item is its
/// label followed by its text, a table row is one line of tab-separated cells. Blocks are separated by a blank line
/// (as in the plain-text documents), rows of one table are not, so the repair never joins two blocks of a format
/// that already marks where paragraphs end.
/// </summary>
public static class BlockRenderer
{
    public static RenderedLines Render(IEnumerable<DocumentBlock> blocks)
    {
        var lines = new List<string>();
        var origins = new List<SourceLocation>();
        void Add(string text, SourceLocation origin)
        {
            lines.Add(text);
            origins.Add(origin);
        }
        foreach (var block in blocks)
        {
            if (lines.Count > 0) Add("", origins[^1]);
            switch (block)
            {
                case TableBlock table:
                    foreach (var row in table.Rows) Add(string.Join('\t', row.Cells.Select(OneLine)), row.Location);
                    break;
                case ListItemBlock item:
                    Add(OneLine(item.Label + item.Text), item.Location);
                    break;
                case HeadingBlock heading:
                    Add(OneLine(heading.Text), heading.Location);
                    break;
                case ParagraphBlock paragraph:
                    Add(OneLine(paragraph.Text), paragraph.Location);
                    break;
            }
        }
        return new RenderedLines(lines, origins);
    }

    /// <summary>Tabs and line breaks inside a cell or paragraph become spaces: they would split a row or a line.</summary>
    public static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0) return text.Trim();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(c is '\t' or '\n' or '\r' ? ' ' : c);
        return builder.ToString().Trim();
    }
}
