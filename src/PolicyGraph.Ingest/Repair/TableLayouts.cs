namespace PolicyGraph.Ingest.Repair;

/// <summary>One row of a table written as markdown, grid or HTML: its cells as written and the source line it starts on.</summary>
internal sealed record TableLayoutRow(int Line, IReadOnlyList<string> Cells);

/// <summary>
/// A table found in one of the other layouts, ending before source line index <see cref="NextIndex"/>. HTML may
/// share its first and last lines with ordinary text (<see cref="Before"/>, <see cref="After"/>) and may leave text
/// outside any cell, such as a caption (<see cref="Loose"/>); markup inside cells that is not formatting is kept
/// and listed in <see cref="KeptTags"/>.
/// </summary>
internal sealed record TableLayoutBlock(
    int NextIndex,
    IReadOnlyList<TableLayoutRow> Rows,
    string? Before = null,
    string? After = null,
    IReadOnlyList<(int Line, string Text)>? Loose = null,
    IReadOnlyList<(int Line, string Tag)>? KeptTags = null);

/// <summary>
/// Finds annex tables written as markdown pipe tables, grid tables or HTML tables, so repair can hand them on as
/// the tab-separated rows the table reader already understands.
/// </summary>
internal static class TableLayouts
{
    /// <summary>The table starting on line <paramref name="index"/>, or null; <paramref name="insideScript"/> is the script state at the line's start.</summary>
    public static TableLayoutBlock? TryRead(IReadOnlyList<string> lines, int index, bool insideScript, HtmlTables.Scan htmlScan)
    {
        var line = lines[index];
        if (line.Contains('<') && HtmlTables.TryRead(lines, index, insideScript, htmlScan) is { } html) return html;
        if (insideScript) return null;
        var first = line.AsSpan().TrimStart();
        if (first.Length > 0 && first[0] == '+' && GridTables.TryRead(lines, index) is { } grid) return grid;
        return line.Contains('|') ? PipeTables.TryRead(lines, index) : null;
    }

    /// <summary>
    /// Pieces of one cell written over several lines, joined: Chinese wraps anywhere, so pieces join directly,
    /// except between two Latin letters, where the line break stood for a space (a number cut by a wrap is
    /// one number).
    /// </summary>
    public static string JoinFragments(IEnumerable<string> fragments)
    {
        var joined = new System.Text.StringBuilder();
        foreach (var raw in fragments)
        {
            var fragment = raw.Trim();
            if (fragment.Length == 0) continue;
            if (joined.Length > 0 && char.IsAsciiLetter(joined[^1]) && char.IsAsciiLetter(fragment[0])) joined.Append(' ');
            joined.Append(fragment);
        }
        return joined.ToString();
    }

    /// <summary>Formatting tags removed from every cell (&lt;br&gt; becomes a space); other markup is kept and listed.</summary>
    public static List<(int Line, string Tag)> CleanCells(List<TableLayoutRow> rows)
    {
        var kept = new List<(int Line, string Tag)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells.Select(MarkupCleaner.Clean).ToArray();
            foreach (var cell in cells)
            {
                if (MarkupCleaner.FindRemainingTag(cell) is { } tag) kept.Add((rows[r].Line, tag));
            }
            rows[r] = rows[r] with { Cells = cells };
        }
        return kept;
    }

    /// <summary>Splits a row on unescaped pipes, one optional pipe at either edge removed; "\|" is a pipe inside a cell.</summary>
    public static List<string> SplitPipeRow(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > 0 && text[0] == '|') text = text[1..];
        if (text.Length > 0 && text[^1] == '|' && !(text.Length > 1 && text[^2] == '\\')) text = text[..^1];
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|') cell.Append(text[++i]);
            else if (text[i] == '|') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(text[i]);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
