namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Decides what each column of a tab-separated table holds. Header words decide first (the column rows of the
/// vocabulary); a column whose header names nothing known is read by its cells: agencies the gazetteer knows make
/// a units column, known zones a scope column, dates and 年底前-style phrases a deadline column, and when no
/// column is named as the item's text the one with the longest cells is (a shorter one before it names the item).
/// </summary>
internal static class TableColumns
{
    private const int MaxHeaderLength = 10;
    private const double MinShare = 0.6;
    private const double MinTextLength = 6;
    private const double MaxNameLength = 40;

    /// <summary>Roles named by a header row, or null when the row names fewer than two known columns.</summary>
    public static ColumnRole[]? FromHeader(string[] cells)
    {
        // Every row is tested and few are headers: count the known columns before allocating anything.
        var known = 0;
        for (var i = 0; i < cells.Length && known < 2; i++)
        {
            if (RoleOf(cells[i].Trim()) != ColumnRole.Ignored) known++;
        }
        if (known < 2) return null;
        var roles = cells.Select(c => RoleOf(c.Trim())).ToArray();
        // Two text columns and no name column (主要任务 | 具体措施): the first names the measure, the second states it.
        if (!roles.Contains(ColumnRole.Title) && roles.Count(r => r == ColumnRole.Text) >= 2)
            roles[Array.IndexOf(roles, ColumnRole.Text)] = ColumnRole.Title;
        return roles;
    }

    /// <summary>
    /// The roles of a header over two rows, <paramref name="above"/> spanning the columns of <paramref name="below"/>
    /// (配合单位 over 省直部门 · 市（州）): each column's lower cell decides, and where it names nothing known the cell
    /// above it does. A merged header cell repeats in each row it covers, so a column named once keeps its role.
    /// </summary>
    public static ColumnRole[] Under(ColumnRole[] above, ColumnRole[] below)
    {
        var roles = below.ToArray();
        for (var i = 0; i < roles.Length && i < above.Length; i++)
        {
            if (roles[i] == ColumnRole.Ignored) roles[i] = above[i];
        }
        return roles;
    }

    /// <summary>The roles a header over several rows names (<see cref="Under"/>, top to bottom); null when no row names two known columns.</summary>
    public static ColumnRole[]? FromStackedHeader(IEnumerable<string[]> rows)
    {
        ColumnRole[]? roles = null;
        foreach (var row in rows)
        {
            if (FromHeader(row) is not { } named) continue;
            roles = roles is null || roles.Length != named.Length ? named : Under(roles, named);
        }
        return roles;
    }

    /// <summary>Whether the roles say what the rows are about: a number, a name or a text column.</summary>
    public static bool NamesItems(ColumnRole[] roles) =>
        roles.Contains(ColumnRole.Seq) || roles.Contains(ColumnRole.Title) || roles.Contains(ColumnRole.Text);

    /// <summary>Whether a header cell's text names a known column.</summary>
    public static bool Names(string header) => RoleOf(header) != ColumnRole.Ignored;

    private static ColumnRole RoleOf(string header)
    {
        if (header.Length is 0 or > MaxHeaderLength) return ColumnRole.Ignored;
        // A loop, not FirstOrDefault: every cell of every table row is tested, and a lambda capturing the header allocates.
        foreach (var (name, role) in ExtractionVocabulary.Default.Columns)
        {
            if (header.Contains(name, StringComparison.Ordinal)) return role;
        }
        return ColumnRole.Ignored;
    }

    /// <summary>
    /// <paramref name="roles"/> with every column its header left unnamed read from <paramref name="rows"/>' cells;
    /// a new array, the header's decisions unchanged.
    /// </summary>
    public static ColumnRole[] ByContents(ColumnRole[] roles, IReadOnlyList<string[]> rows, CellContents? contents)
    {
        var result = roles.ToArray();
        if (rows.Count == 0) return result;
        if (!result.Contains(ColumnRole.Seq) && result[0] == ColumnRole.Ignored && Share(rows, 0, c => int.TryParse(c, out _)) >= MinShare)
            result[0] = ColumnRole.Seq;
        if (contents is not null)
        {
            Assign(result, rows, ColumnRole.Units, contents.IsAgencies);
            Assign(result, rows, ColumnRole.Scope, contents.IsZones);
            Assign(result, rows, ColumnRole.Deadline, contents.IsDeadline);
        }
        if (!result.Contains(ColumnRole.Text)) AssignText(result, rows);
        return result;
    }

    /// <summary>The first unnamed column whose cells mostly hold <paramref name="role"/>'s kind of value, when no column has that role.</summary>
    private static void Assign(ColumnRole[] roles, IReadOnlyList<string[]> rows, ColumnRole role, Func<string, bool> holds)
    {
        if (roles.Contains(role) || (role == ColumnRole.Units && Array.Exists(roles, FieldLabels.IsUnits))) return;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] != ColumnRole.Ignored || Share(rows, i, holds) < MinShare) continue;
            roles[i] = role;
            return;
        }
    }

    /// <summary>
    /// No column is named as the text: the longest of the unnamed columns and a name column is; a shorter unnamed
    /// column before it then names the item (改革事项 | 主要内容). A name column with no such neighbour stays the name.
    /// </summary>
    private static void AssignText(ColumnRole[] roles, IReadOnlyList<string[]> rows)
    {
        var text = Enumerable.Range(0, roles.Length).Where(i => roles[i] is ColumnRole.Ignored or ColumnRole.Title)
            .Select(i => (Index: i, Length: AverageLength(rows, i))).Where(c => c.Length >= MinTextLength)
            .OrderByDescending(c => c.Length).FirstOrDefault();
        if (text.Length == 0) return;
        var name = Enumerable.Range(0, text.Index)
            .FirstOrDefault(i => roles[i] == ColumnRole.Ignored && AverageLength(rows, i) is >= 2 and <= MaxNameLength && AverageLength(rows, i) < text.Length, -1);
        if (roles[text.Index] == ColumnRole.Title && name < 0) return;
        var namedElsewhere = Array.IndexOf(roles, ColumnRole.Title) is var title and >= 0 && title != text.Index;
        roles[text.Index] = ColumnRole.Text;
        if (name >= 0 && !namedElsewhere) roles[name] = ColumnRole.Title;
    }

    /// <summary>The share of the column's non-empty cells that <paramref name="holds"/> accepts (0 when all are empty).</summary>
    private static double Share(IReadOnlyList<string[]> rows, int column, Func<string, bool> holds)
    {
        var cells = Cells(rows, column).ToList();
        return cells.Count == 0 ? 0 : (double)cells.Count(holds) / cells.Count;
    }

    private static double AverageLength(IReadOnlyList<string[]> rows, int column)
    {
        var cells = Cells(rows, column).ToList();
        return cells.Count == 0 ? 0 : cells.Average(c => c.Length);
    }

    private static IEnumerable<string> Cells(IReadOnlyList<string[]> rows, int column) =>
        rows.Where(r => column < r.Length).Select(r => r[column].Trim()).Where(c => c.Length > 0);
}
