namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// Markdown pipe tables (pandoc, GFM): a header row, a delimiter row ("|---|:---:|") with as many cells, then
/// rows until a line without a pipe. Without the delimiter row a pipe is ordinary text.
/// </summary>
internal static class PipeTables
{
    public static TableLayoutBlock? TryRead(IReadOnlyList<string> lines, int index)
    {
        if (index + 1 >= lines.Count || !IsDelimiterRow(lines[index + 1])) return null;
        var header = TableLayouts.SplitPipeRow(lines[index]);
        if (header.Count < 2 || header.Count != TableLayouts.SplitPipeRow(lines[index + 1]).Count) return null;
        var rows = new List<TableLayoutRow> { new(index + 1, header) };
        var next = index + 2;
        for (; next < lines.Count && lines[next].Contains('|') && !lines[next].AsSpan().IsWhiteSpace(); next++)
            rows.Add(new TableLayoutRow(next + 1, TableLayouts.SplitPipeRow(lines[next])));
        return new TableLayoutBlock(next, rows, KeptTags: TableLayouts.CleanCells(rows));
    }

    /// <summary>"|---|:--:|", "---|---": only pipes, dashes, colons and spaces, with a pipe and a dash.</summary>
    private static bool IsDelimiterRow(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IndexOf('|') < 0 || text.IndexOf('-') < 0) return false;
        foreach (var c in text)
        {
            if (c is not ('|' or '-' or ':' or ' ' or '\t')) return false;
        }
        return true;
    }
}
