using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// Reads annex tables. Tab-separated tables are recognised by a header row naming at least two known columns
/// (序号, 主要内容, 重点任务, 复制推广措施, 推广范围, 试点片区, 责任单位, 牵头单位, 配合单位, 完成时限, 创新性 …), one
/// of them 序号 or a name or text column; without 序号 the rows are numbered by their position in the table. A
/// table written with single spaces and no header — "1 名称。说明 试点片区 推广范围 责任单位" — is recognised by
/// at least three such rows; its trailing columns are read right to left as units, scope, pilot areas.
/// </summary>
public static partial class TableParser
{
    private const int MinHeaderlessRows = 3;
    private const int MaxHeaderLength = 10;

    /// <remarks>Matched by containment, first entry first: longer names precede the shorter ones inside them.</remarks>
    private static readonly (string Name, ColumnRole Role)[] HeaderNames =
    [
        ("序号", ColumnRole.Seq), ("编号", ColumnRole.Seq),
        ("主要内容", ColumnRole.Title), ("措施名称", ColumnRole.Title), ("事项名称", ColumnRole.Title), ("任务名称", ColumnRole.Title),
        ("成果名称", ColumnRole.Title), ("案例名称", ColumnRole.Title), ("举措名称", ColumnRole.Title), ("创新举措", ColumnRole.Title),
        ("名称", ColumnRole.Title),
        ("复制推广措施", ColumnRole.Text), ("举措内容", ColumnRole.Text), ("具体内容", ColumnRole.Text), ("工作任务", ColumnRole.Text),
        ("重点任务", ColumnRole.Text), ("主要任务", ColumnRole.Text), ("具体任务", ColumnRole.Text), ("主要举措", ColumnRole.Text),
        ("主要做法", ColumnRole.Text), ("具体做法", ColumnRole.Text), ("内容", ColumnRole.Text), ("措施", ColumnRole.Text),
        .. FieldLabels.Scope,
        ("试点片区", ColumnRole.Pilot), ("试点区域", ColumnRole.Pilot), ("试点地区", ColumnRole.Pilot),
        .. FieldLabels.Units,
        .. FieldLabels.Deadline,
        ("创新性", ColumnRole.Novelty), ("创新类型", ColumnRole.Novelty), ("创新点", ColumnRole.InnovationPoint),
    ];

    public static IReadOnlyList<TableRow> Parse(IReadOnlyList<LogicalLine> lines)
    {
        var rows = new List<TableRow>();
        var underHeader = new HashSet<LogicalLine>(ReferenceEqualityComparer.Instance);
        ColumnRole[]? roles = null;
        var position = 0;
        foreach (var line in lines)
        {
            if (!line.IsTableRow)
            {
                roles = null;
                continue;
            }
            var cells = line.Text.Split('\t');
            if (HeaderRoles(cells) is { } header) (roles, position) = (header, 0);
            else if (roles is not null && TabRow(line, cells, roles, position + 1) is { } row)
            {
                rows.Add(row);
                position++;
            }
            if (roles is not null) underHeader.Add(line);
        }
        rows.AddRange(HeaderlessRows(lines.Where(l => !underHeader.Contains(l))));
        return rows;
    }

    private static ColumnRole[]? HeaderRoles(string[] cells)
    {
        var roles = cells.Select(c => RoleOf(c.Trim())).ToArray();
        if (roles.Count(r => r != ColumnRole.Ignored) < 2) return null;
        // Without a 序号 column the header must still name what the rows are about (举措名称 | 实施范围 | 责任单位).
        if (!roles.Contains(ColumnRole.Seq) && !roles.Contains(ColumnRole.Title) && !roles.Contains(ColumnRole.Text)) return null;
        // Two text columns and no name column (主要任务 | 具体措施): the first names the measure, the second states it.
        if (!roles.Contains(ColumnRole.Title) && roles.Count(r => r == ColumnRole.Text) >= 2)
            roles[Array.IndexOf(roles, ColumnRole.Text)] = ColumnRole.Title;
        return roles;
    }

    private static ColumnRole RoleOf(string header) =>
        header.Length is 0 or > MaxHeaderLength ? ColumnRole.Ignored : HeaderNames.FirstOrDefault(h => header.Contains(h.Name)).Role;

    /// <summary>A row under a header; <paramref name="position"/> (1-based, among the table's rows) numbers it when the table has no 序号.</summary>
    private static TableRow? TabRow(LogicalLine line, string[] cells, ColumnRole[] roles, int position)
    {
        string? Cell(ColumnRole role)
        {
            var index = Array.IndexOf(roles, role);
            return index >= 0 && index < cells.Length && cells[index].Trim().Length > 0 ? cells[index].Trim() : null;
        }
        var unnumbered = !roles.Contains(ColumnRole.Seq);
        var seq = position;
        if (!unnumbered && !int.TryParse(Cell(ColumnRole.Seq), out seq)) return null;
        var text = Cell(ColumnRole.Text) ?? Cell(ColumnRole.Title) ?? "";
        if (unnumbered && text.Length == 0) return null;
        // A name column standing alone may hold the whole measure: its first sentence is the title.
        var title = Cell(ColumnRole.Title) is { } name ? (Cell(ColumnRole.Text) is null ? StructureParser.LeadingSentence(name) : name)
            : StructureParser.LeadingSentence(text);
        var (novelty, point) = NoveltyCell(Cell(ColumnRole.Novelty));
        return new TableRow(seq, title, text, Cell(ColumnRole.Scope), Cell(ColumnRole.Pilot), UnitCells(cells, roles),
            Cell(ColumnRole.Deadline), novelty, Cell(ColumnRole.InnovationPoint) ?? point, line.Line, QuoteRow(line))
        {
            Unnumbered = unnumbered,
        };
    }

    /// <summary>Every units column of the row (责任单位, 牵头单位, 配合单位, 报送单位 …) in column order, each with its role.</summary>
    private static UnitStatement? UnitCells(string[] cells, ColumnRole[] roles)
    {
        var statements = new List<UnitStatement>(1);
        for (var i = 0; i < roles.Length && i < cells.Length; i++)
        {
            if (FieldLabels.IsUnits(roles[i]) && cells[i].Trim().Length > 0)
                statements.Add(UnitStatement.Parse(cells[i], FieldLabels.UnitRole(roles[i])));
        }
        return UnitStatement.Combine(statements);
    }

    /// <summary>"全国首创。 创新点： 打造…" → ("全国首创", "打造…").</summary>
    internal static (string? Novelty, string? Point) NoveltyCell(string? cell)
    {
        if (cell is null) return (null, null);
        var m = NoveltyPattern().Match(cell);
        var novelty = m.Groups["kind"].Success ? m.Groups["kind"].Value : null;
        var point = m.Groups["point"].Success ? m.Groups["point"].Value.Trim() : null;
        return (novelty, string.IsNullOrEmpty(point) ? null : point);
    }

    /// <summary>The row as written, cells separated by " | " so a quote stays readable.</summary>
    private static string QuoteRow(LogicalLine line) =>
        string.Join(" | ", line.Original.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0));

    private static IEnumerable<TableRow> HeaderlessRows(IEnumerable<LogicalLine> lines)
    {
        var run = new List<TableRow>();
        foreach (var line in lines)
        {
            if (SpacedRow(line) is { } row)
            {
                run.Add(row);
                continue;
            }
            foreach (var kept in Flush(run)) yield return kept;
        }
        foreach (var kept in Flush(run)) yield return kept;
    }

    private static List<TableRow> Flush(List<TableRow> run)
    {
        var kept = run.Count >= MinHeaderlessRows ? run.ToList() : [];
        run.Clear();
        return kept;
    }

    private static TableRow? SpacedRow(LogicalLine line)
    {
        if (line.Text.Length == 0 || !char.IsAsciiDigit(line.Text[0])) return null;
        var m = SpacedRowPattern().Match(line.Text.Replace('\t', ' '));
        if (!m.Success) return null;
        var tail = m.Groups["tail"].Value.Split(' ', '\t').Where(t => t.Length > 0).ToArray();
        var text = m.Groups["text"].Value.Trim();
        string? Tail(int fromRight) => tail.Length >= fromRight ? tail[^fromRight] : null;
        return new TableRow(int.Parse(m.Groups["seq"].Value), StructureParser.LeadingSentence(text), text,
            Tail(2), Tail(3), Tail(1) is { } units ? UnitStatement.Parse(units) : null, null, null, null, line.Line, line.Original.Trim());
    }

    [GeneratedRegex(@"^(?<kind>全国首创|复制拓展|复制推广|复制|集成创新|首创)?[。.\s]*(?:创新点\s*：\s*(?<point>.*))?")]
    private static partial Regex NoveltyPattern();

    [GeneratedRegex(@"^(?<seq>\d{1,3})\s+(?<text>.+。)(?<tail>(?:\s+[^\s。，；]{2,60}){1,3})\s*$")]
    private static partial Regex SpacedRowPattern();
}
