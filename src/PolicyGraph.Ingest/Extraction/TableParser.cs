using System.Text.RegularExpressions;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>The rows of a document's annex tables, and the rows that could not be read with the reason.</summary>
public sealed record TableReading(IReadOnlyList<TableRow> Rows, IReadOnlyList<UnplacedItem> Dropped);

/// <summary>
/// Reads annex tables. A tab-separated table starts at a header row naming at least two known columns (see
/// <see cref="TableColumns"/>), or — its header naming nothing known — at a run of numbered rows whose cells say
/// what the columns hold. A page-number or running-header line inside a table does not end it, and a row cut inside
/// a cell (fewer cells than the header, the rest on the next line) is joined. Without 序号 the rows are numbered by
/// their position. A table written with single spaces and no header ("1 名称。说明 试点片区 推广范围 责任单位") is
/// recognised by at least three such rows; its trailing columns are read right to left as units, scope, pilot areas.
/// </summary>
public static partial class TableParser
{
    private const int MinHeaderlessRows = 3;
    private const int MinInferredRows = 2;

    /// <summary>"全国首创。 创新点： 打造…": a novelty word of the vocabulary, then the innovation point.</summary>
    private static readonly Regex NoveltyPattern = new(
        @"^(?<kind>" + string.Join("|", ExtractionVocabulary.Default.Novelties.Select(Regex.Escape)) + @")?[。.\s]*(?:创新点\s*：\s*(?<point>.*))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IReadOnlyList<TableRow> Parse(IReadOnlyList<LogicalLine> lines, bool outline) => Read(lines, outline, null).Rows;

    /// <param name="outline">Whether the document numbers in a decimal outline (<see cref="RepairedText.HasOutline"/>).</param>
    /// <param name="contents">Reads columns whose header names nothing known; null reads headers only.</param>
    public static TableReading Read(IReadOnlyList<LogicalLine> lines, bool outline, CellContents? contents)
    {
        var rows = new List<TableRow>();
        var dropped = new List<UnplacedItem>();
        var inTables = new HashSet<LogicalLine>(ReferenceEqualityComparer.Instance);
        var tableIndex = 0;
        foreach (var block in TableBlocks.Find(lines, outline))
        {
            foreach (var row in block) inTables.Add(row.Line);
            ReadBlock(block, outline, contents, ref tableIndex, rows, dropped);
        }
        rows.AddRange(HeaderlessRows(lines.Where(l => !inTables.Contains(l))));
        return new TableReading(rows, dropped);
    }

    /// <summary>One run of tab-separated rows: each header starts a table; rows before any header are read by their cells.</summary>
    private static void ReadBlock(List<BlockRow> block, bool outline, CellContents? contents, ref int tableIndex, List<TableRow> rows, List<UnplacedItem> dropped)
    {
        var numbered = MarkerNumberedRows.Numbered(block, outline);
        block = numbered ?? block;
        ColumnRole[]? roles = null;
        var position = 0;
        var part = new TablePart();
        // Each row's header reading once: body rows are collected again under every header and inferred table.
        var headers = block.Select(r => TableColumns.FromHeader(r.Cells)).ToArray();
        // A header over several rows: each row under another header row refines the columns of the one above.
        for (var i = 1; i < headers.Length; i++)
        {
            if (headers[i] is { } below && headers[i - 1] is { } above && above.Length == below.Length) headers[i] = TableColumns.Under(above, below);
        }
        for (var i = 0; i < block.Count; i++)
        {
            if (headers[i] is { } header)
            {
                var body = BodyRows(block, headers, i + 1);
                roles = TableColumns.ByContents(header, body, contents);
                (position, tableIndex, part) = (0, tableIndex + 1, new TablePart());
                if (!TableColumns.NamesItems(roles)) roles = null;
                continue;
            }
            if (roles is null && Inferred(block, headers, i, contents) is { } inferred)
            {
                (roles, position, tableIndex, part) = (inferred.Roles, 0, tableIndex + 1, new TablePart());
                if (inferred.IsHeader) continue;
            }
            if (roles is null)
            {
                if (StartsWithItemNumber(block[i].Cells, outline))
                    dropped.Add(new UnplacedItem(block[i].Line.Line, block[i].Quote,
                        "a numbered table row in no table read: no header names its columns and no 序号 column numbers the rows"));
                continue;
            }
            // A spanning row names a part whatever its columns; a lone numbered cell only when it is no row of the table
            // (in a table numbered by position, "（一）…" in the task cell is a task, "一、…" alone in its row a part).
            var spans = SpansRow(block[i].Cells);
            var positionalPart = !spans && IsPositionalPartHeading(block, i, roles, outline, numbered is not null);
            if (!spans && !positionalPart && TabRow(block[i], roles, position + 1) is { } row)
            {
                if (part.Restarts(row)) tableIndex++;
                rows.Add(row with { TableIndex = tableIndex });
                position++;
            }
            else if (IsHeadingRow(block[i], spans, outline))
            {
                part.HeadingSeen = true;
                if (positionalPart)
                    dropped.Add(new UnplacedItem(block[i].Line.Line, block[i].Quote,
                        "a lone numbered cell in a table without 序号, its task rows numbered otherwise: read as a part heading, not an item"));
            }
            else dropped.Add(new UnplacedItem(block[i].Line.Line, block[i].Quote, spans
                ? "a row spanning the table without a part number: read neither as a part heading nor as an item"
                : "a table row without a number in the 序号 column or without text"));
        }
    }

    /// <summary>The rows under a header, up to the next header.</summary>
    private static List<string[]> BodyRows(List<BlockRow> block, ColumnRole[]?[] headers, int start)
    {
        var body = new List<string[]>();
        for (var i = start; i < block.Count && headers[i] is null; i++) body.Add(block[i].Cells);
        return body;
    }

    /// <summary>
    /// A table whose header names nothing known: from row <paramref name="i"/> on, at least two numbered rows whose
    /// cells give a text column and a units, scope or deadline column. The row itself is the header when it is not numbered.
    /// </summary>
    private static (ColumnRole[] Roles, bool IsHeader)? Inferred(List<BlockRow> block, ColumnRole[]?[] headers, int i, CellContents? contents)
    {
        var isHeader = !IsNumbered(block[i].Cells);
        var body = BodyRows(block, headers, isHeader ? i + 1 : i);
        if (body.Count(IsNumbered) < MinInferredRows) return null;
        var roles = TableColumns.ByContents(new ColumnRole[block.Max(r => r.Cells.Length)], body, contents);
        var describes = roles.Contains(ColumnRole.Text) || roles.Contains(ColumnRole.Title);
        var assigns = roles.Any(FieldLabels.IsUnits) || roles.Contains(ColumnRole.Scope) || roles.Contains(ColumnRole.Deadline);
        return describes && assigns && roles.Contains(ColumnRole.Seq) ? (roles, isHeader) : null;
    }

    private static bool StartsWithItemNumber(string[] cells, bool outline) =>
        IsNumbered(cells) || (cells.Length > 1 && LineShapes.MatchMarker(cells[0].Trim(), outline) is { Kind: MarkerKind.Arabic });

    private static bool IsNumbered(string[] cells) => cells.Length > 0 && int.TryParse(cells[0].Trim(), out _);

    /// <summary>
    /// "一、加快服务贸易扩大开放" spanning the row (a merged cell repeats in every column it covers) or alone in it:
    /// a part of the table is named, like a header, not an item.
    /// </summary>
    private static bool IsHeadingRow(BlockRow row, bool spans, bool outline) =>
        (spans || row.Cells.Count(c => c.Trim().Length > 0) == 1) && LineShapes.StartsWithMarker(row.Cells.First(c => c.Trim().Length > 0).Trim(), outline);

    /// <summary>
    /// In a table numbered by position or by the markers of its task cells (no 序号), a row holding nothing but "一、场馆建设" — a part's marker in a
    /// heading's shape — names a part: the items are the rows whose task cells carry （一） or no number. When the
    /// nearest task rows (rows filling more than one cell) before or after it carry the same kind of marker, it is
    /// one of them with its other cells empty, not a part.
    /// </summary>
    private static bool IsPositionalPartHeading(List<BlockRow> block, int i, ColumnRole[] roles, bool outline, bool markerNumbered)
    {
        if ((roles.Contains(ColumnRole.Seq) && !markerNumbered) || MarkerOfLoneCell(block[i], outline) is not { } marker) return false;
        return marker.Kind is MarkerKind.ChineseEnumerated or MarkerKind.Part or MarkerKind.Chapter or MarkerKind.Section
            && LineShapes.LooksLikeHeading(marker)
            && NearestTaskRowMarker(block, i, -1, outline) != marker.Kind && NearestTaskRowMarker(block, i, 1, outline) != marker.Kind;
    }

    private static LineMarker? MarkerOfLoneCell(BlockRow row, bool outline) =>
        row.Cells.Count(c => c.Trim().Length > 0) == 1 ? LineShapes.MatchMarker(row.Cells.First(c => c.Trim().Length > 0).Trim(), outline) : null;

    /// <summary>The marker kind of the first filled cell of the nearest row in <paramref name="step"/>'s direction filling more than one cell.</summary>
    private static MarkerKind? NearestTaskRowMarker(List<BlockRow> block, int i, int step, bool outline)
    {
        for (var k = i + step; k >= 0 && k < block.Count; k += step)
        {
            var cells = block[k].Cells;
            if (cells.Count(c => c.Trim().Length > 0) < 2 || SpansRow(cells)) continue;
            return LineShapes.MatchMarker(cells.First(c => c.Trim().Length > 0).Trim(), outline)?.Kind;
        }
        return null;
    }

    /// <summary>More than one cell, all holding the same text: one cell merged across the row.</summary>
    private static bool SpansRow(string[] cells)
    {
        // Every row is tested: no allocation.
        if (cells.Length < 2) return false;
        var first = cells[0].AsSpan().Trim();
        if (first.Length == 0) return false;
        foreach (var cell in cells)
        {
            if (!cell.AsSpan().Trim().SequenceEqual(first)) return false;
        }
        return true;
    }

    /// <summary>
    /// The numbers seen since the table's last heading row. A part named by a heading row may number its rows from 1
    /// again: its rows are then keyed as a table of their own, so 一/1 and 二/1 are two items, not a repeat.
    /// </summary>
    private sealed class TablePart
    {
        private readonly HashSet<int> _seen = [];

        public bool HeadingSeen { get; set; }

        public bool Restarts(TableRow row)
        {
            if (row.Unnumbered) return false;
            var restarts = HeadingSeen && _seen.Contains(row.Seq);
            if (restarts) _seen.Clear();
            HeadingSeen = false;
            _seen.Add(row.Seq);
            return restarts;
        }
    }

    /// <summary>A row under a header; <paramref name="position"/> (1-based, among the table's rows) numbers it when the table has no 序号.</summary>
    private static TableRow? TabRow(BlockRow blockRow, ColumnRole[] roles, int position)
    {
        var cells = blockRow.Cells;
        string? Cell(ColumnRole role)
        {
            var index = Array.IndexOf(roles, role);
            return index >= 0 && index < cells.Length && cells[index].Trim().Length > 0 ? cells[index].Trim() : null;
        }
        var unnumbered = !roles.Contains(ColumnRole.Seq);
        var seq = position;
        if (!unnumbered && !int.TryParse(Cell(ColumnRole.Seq), out seq)) return null;
        var text = Cell(ColumnRole.Text) ?? Cell(ColumnRole.Title) ?? "";
        if (text.Length == 0) return null;
        // A name column standing alone may hold the whole measure: its first sentence is the title.
        var title = Cell(ColumnRole.Title) is { } name ? (Cell(ColumnRole.Text) is null ? StructureParser.LeadingSentence(name) : name)
            : StructureParser.LeadingSentence(text);
        var (novelty, point) = NoveltyCell(Cell(ColumnRole.Novelty));
        return new TableRow(seq, title, text, Cell(ColumnRole.Scope), Cell(ColumnRole.Pilot), UnitCells(cells, roles),
            Cell(ColumnRole.Deadline), novelty, Cell(ColumnRole.InnovationPoint) ?? point, blockRow.Line.Line, blockRow.Quote)
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
                statements.Add(ResponsibilityClauses.LabelledCell(cells[i]) ?? UnitStatement.Parse(cells[i], FieldLabels.UnitRole(roles[i])));
        }
        return UnitStatement.Combine(statements);
    }

    /// <summary>"全国首创。 创新点： 打造…" → ("全国首创", "打造…").</summary>
    internal static (string? Novelty, string? Point) NoveltyCell(string? cell)
    {
        if (cell is null) return (null, null);
        var m = NoveltyPattern.Match(cell);
        var novelty = m.Groups["kind"].Success ? m.Groups["kind"].Value : null;
        var point = m.Groups["point"].Success ? m.Groups["point"].Value.Trim() : null;
        return (novelty, string.IsNullOrEmpty(point) ? null : point);
    }

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


    [GeneratedRegex(@"^(?<seq>\d{1,5})\s+(?<text>.+。)(?<tail>(?:\s+[^\s。，；]{2,60}){1,3})\s*$")]
    private static partial Regex SpacedRowPattern();
}
