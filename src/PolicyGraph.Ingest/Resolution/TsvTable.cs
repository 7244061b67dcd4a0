namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Reads the gazetteer's tab-separated files: a header row naming the columns, '#' comments and blank lines
/// ignored, "|" between list items, "-" or empty for "none".
/// </summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly string[] _cells;

    private TsvTable(string filePath, int line, Dictionary<string, int> columns, string[] cells)
    {
        FilePath = filePath;
        Line = line;
        _columns = columns;
        _cells = cells;
    }

    public string FilePath { get; }

    public int Line { get; }

    public static IEnumerable<TsvTable> ReadRows(string filePath, IReadOnlyList<string> requiredColumns) =>
        ReadRows(filePath, File.ReadLines(filePath), requiredColumns);

    /// <summary>Rows of text already opened elsewhere (an embedded copy); <paramref name="filePath"/> names it in errors.</summary>
    public static IEnumerable<TsvTable> ReadRows(
        string filePath, IEnumerable<string> lines, IReadOnlyList<string> requiredColumns)
    {
        Dictionary<string, int>? columns = null;
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (columns is null)
            {
                columns = ReadHeader(filePath, lineNumber, cells, requiredColumns);
                continue;
            }
            if (cells.Length > columns.Count)
                throw new GazetteerFormatException(filePath, lineNumber,
                    $"expected at most {columns.Count} tab-separated columns, found {cells.Length}.");
            yield return new TsvTable(filePath, lineNumber, columns, cells);
        }
        if (columns is null)
            throw new GazetteerFormatException(filePath, lineNumber, "missing header row.");
    }

    private static Dictionary<string, int> ReadHeader(
        string filePath, int lineNumber, string[] cells, IReadOnlyList<string> requiredColumns)
    {
        var repeated = cells.Where(c => c.Length > 0).GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new GazetteerFormatException(filePath, lineNumber, $"header names column '{repeated.Key}' twice.");
        var columns = cells.Select((name, index) => (name, index))
            .DistinctBy(c => c.name, StringComparer.Ordinal)
            .ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new GazetteerFormatException(filePath, lineNumber,
                $"header lacks column(s) {string.Join(", ", missing)}; expected {string.Join(", ", requiredColumns)}.");
        return columns;
    }

    /// <summary>The cell's text, or null when it is empty or "-".</summary>
    public string? Optional(string column)
    {
        var index = _columns[column];
        var value = index < _cells.Length ? _cells[index] : "";
        return value.Length == 0 || value == "-" ? null : value;
    }

    public string Required(string column) =>
        Optional(column) ?? throw new GazetteerFormatException(FilePath, Line, $"column '{column}' is empty.");

    public string OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var value = Required(column);
        if (!allowed.Contains(value))
            throw new GazetteerFormatException(FilePath, Line,
                $"column '{column}' is '{value}', expected one of {string.Join(", ", allowed)}.");
        return value;
    }

    public IReadOnlyList<string> List(string column) =>
        Optional(column)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
