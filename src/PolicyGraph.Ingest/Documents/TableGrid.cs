namespace PolicyGraph.Ingest.Documents;

/// <summary>A cell as a format writes it: its text and how many rows and columns it spans.</summary>
public sealed record SpannedCell(string Text, int RowSpan = 1, int ColSpan = 1);

/// <summary>
/// Resolves rowspan/colspan into a rectangular grid where a merged cell's text is repeated in every position it
/// covers. Columns past the limit are cut (<see cref="WidestRow"/> lets the caller report it), so a hostile table
/// stays bounded in memory.
/// </summary>
public sealed class TableGrid(int maxColumns)
{
    /// <summary>Widest row as written, counting columns that were cut.</summary>
    public int WidestRow { get; private set; }

    public bool WasCut => WidestRow > maxColumns;

    public IReadOnlyList<IReadOnlyList<string>> Resolve(IEnumerable<IReadOnlyList<SpannedCell>> rows)
    {
        var grid = new List<List<string?>>();
        var carried = new Dictionary<int, (string Text, int RowsLeft)>();
        foreach (var row in rows)
        {
            var cells = new List<string?>();
            var column = 0;
            foreach (var cell in row)
            {
                while (carried.ContainsKey(column)) column++;
                var span = Math.Clamp(cell.ColSpan, 1, maxColumns + 1);
                for (var k = 0; k < span; k++, column++)
                {
                    if (column >= maxColumns) continue;
                    Put(cells, column, cell.Text);
                    if (cell.RowSpan > 1) carried[column] = (cell.Text, cell.RowSpan);
                }
            }
            WidestRow = Math.Max(WidestRow, Math.Max(column, carried.Count == 0 ? 0 : carried.Keys.Max() + 1));
            grid.Add(cells);
            CarryDown(cells, carried);
        }
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        return grid.Select(r => (IReadOnlyList<string>)Enumerable.Range(0, width).Select(i => i < r.Count ? r[i] ?? "" : "").ToArray()).ToList();
    }

    /// <summary>Fills the row's positions covered by cells merged from above and counts their rows down.</summary>
    private static void CarryDown(List<string?> cells, Dictionary<int, (string Text, int RowsLeft)> carried)
    {
        foreach (var column in carried.Keys.ToList())
        {
            var (text, left) = carried[column];
            if (column >= cells.Count || cells[column] is null) Put(cells, column, text);
            if (left <= 1) carried.Remove(column); else carried[column] = (text, left - 1);
        }
    }

    private static void Put(List<string?> cells, int column, string text)
    {
        while (cells.Count <= column) cells.Add(null);
        cells[column] = text;
    }
}
