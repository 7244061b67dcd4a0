namespace PolicyGraph.Ingest.Repair;

/// <summary>
/// Grid tables (pandoc, Word text export): "+----+----+" borders ("+====+" under a header) around "| … | … |"
/// lines; all lines between two borders are one row, each cell's pieces joined in order.
/// </summary>
/// <remarks>Cells are split on pipes, not on the border's columns: converters pad Chinese text by display width, so character positions do not line up with the border.</remarks>
internal static class GridTables
{
    public static TableLayoutBlock? TryRead(IReadOnlyList<string> lines, int index)
    {
        var columns = BorderColumns(lines[index]);
        if (columns < 1 || index + 1 >= lines.Count || !IsRowLine(lines[index + 1])) return null;
        var rows = new List<TableLayoutRow>();
        var pieces = new List<List<string>>();
        var rowLine = 0;
        var next = index + 1;
        for (; next < lines.Count; next++)
        {
            if (BorderColumns(lines[next]) > 0)
            {
                if (pieces.Count > 0) rows.Add(new TableLayoutRow(rowLine, Cells(pieces, columns)));
                pieces.Clear();
                continue;
            }
            if (!IsRowLine(lines[next])) break;
            if (pieces.Count == 0) rowLine = next + 1;
            pieces.Add(TableLayouts.SplitPipeRow(lines[next]));
        }
        // A row not closed by a border is still a row: the table was cut, not invented.
        if (pieces.Count > 0) rows.Add(new TableLayoutRow(rowLine, Cells(pieces, columns)));
        return new TableLayoutBlock(next, rows, KeptTags: TableLayouts.CleanCells(rows));
    }

    private static bool IsRowLine(string line) => line.AsSpan().TrimStart() is [ '|', .. ];

    /// <summary>The number of columns a border line "+---+---+" marks, or 0 when the line is not a border.</summary>
    private static int BorderColumns(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < 3 || text[0] != '+' || text[^1] != '+') return 0;
        var pluses = 0;
        foreach (var c in text)
        {
            if (c == '+') pluses++;
            else if (c is not ('-' or '=' or ':')) return 0;
        }
        return text.Length > pluses ? pluses - 1 : 0;
    }

    /// <summary>The row's cells: for each column, its pieces from every physical line, joined. Extra pipes stay in the last cell.</summary>
    private static string[] Cells(List<List<string>> pieces, int columns)
    {
        var cells = new string[columns];
        for (var column = 0; column < columns; column++)
        {
            var last = column == columns - 1;
            cells[column] = TableLayouts.JoinFragments(pieces.Select(p =>
                column >= p.Count ? "" : last ? string.Join("|", p.Skip(column)) : p[column]));
        }
        return cells;
    }
}
