namespace PolicyGraph.Ingest.Tests;

/// <summary>One document as lines, and for each numbered table row the 1-based source line it starts on.</summary>
internal sealed record LaidOutDocument(string Text, IReadOnlyDictionary<int, int> RowLines);

/// <summary>
/// The same implementation plan with its annex table written in each layout converters produce: tab-separated,
/// markdown pipe table, grid table, HTML. The body disagrees with the table on measure 2.
/// </summary>
internal static class TableLayoutDocuments
{
    private static readonly string[] Body =
    [
        "泉州市关于推进跨境贸易便利化若干措施的实施方案", "",
        "一、提升通关效率", "",
        "（一）推广提前申报模式。支持企业开展进口货物提前申报，压缩整体通关时间。（实施范围：泉州市，责任单位：市商务局、泉州海关）", "",
        "（二）优化查验作业流程。推进查验作业智能化改造，降低企业物流成本。（实施范围：全市，责任单位：市交通运输局、晋江市人民政府）", "",
        "二、加强组织保障", "",
        "（三）建立工作专班。由市商务局牵头建立工作专班，统筹推进各项措施落实。（实施范围：泉州市，责任单位：市商务局）", "",
        "泉州市人民政府", "",
        "2024年5月20日", "",
        "附件", "",
    ];

    private static readonly string[] Header = ["序号", "主要内容", "复制推广措施", "推广范围", "牵头单位", "配合单位", "完成时限"];

    private static readonly string[][] Rows =
    [
        ["一、提升通关效率", "", "", "", "", "", ""],
        ["1", "推广提前申报模式", "支持企业开展进口货物提前申报，压缩整体通关时间。", "泉州市", "市商务局", "泉州海关", "2024年底前"],
        ["2", "优化查验作业流程", "推进查验作业智能化改造。", "泉州市", "市交通运输局", "石狮市人民政府、市财政局", "持续推进"],
        ["二、加强组织保障", "", "", "", "", "", ""],
        ["3", "建立工作专班", "由市商务局牵头建立工作专班。", "泉州市", "市商务局", "", "2024年6月"],
    ];

    public static LaidOutDocument TabSeparated() => Lay(new[] { Header }.Concat(Rows).Select(r => new[] { string.Join('\t', r) }));

    public static LaidOutDocument PipeTable() => Lay(
        new[] { new[] { Pipe(Header), "|:---|---|---|:---:|---|---|---:|" } }
            .Concat(Rows.Select(r => new[] { Pipe(r.Select(c => c.Replace("、", "、<br>")).ToArray()) })));

    /// <summary>Without the outer pipes, as pandoc also accepts.</summary>
    public static LaidOutDocument PipeTableWithoutEdges() => Lay(
        new[] { new[] { string.Join(" | ", Header), string.Join("|", Header.Select(_ => "---")) } }
            .Concat(Rows.Select(r => new[] { string.Join(" | ", r) })));

    /// <summary>Every row over two physical lines: the text and units cells wrap mid-phrase.</summary>
    public static LaidOutDocument GridTable()
    {
        var border = "+" + string.Join("+", Header.Select(_ => "----------")) + "+";
        var rows = new List<string[]> { new[] { border, Pipe(Header), border.Replace('-', '=') } };
        foreach (var row in Rows)
        {
            var first = row.Select(c => c.Length > 4 ? c[..(c.Length / 2)] : c).ToArray();
            var second = row.Select(c => c.Length > 4 ? c[(c.Length / 2)..] : "").ToArray();
            rows.Add([Pipe(first), Pipe(second), border]);
        }
        return Lay(rows, skipFirst: 1);
    }

    /// <summary>Cells on lines of their own, a caption, attributes, entities, a line break in a cell and a cell spanning two rows.</summary>
    public static LaidOutDocument HtmlTable()
    {
        var rows = new List<string[]>
        {
            new[] { "<table border=\"1\" style=\"width:100%\"><caption>任务分工表</caption>", "<thead><tr>" + string.Concat(Header.Select(h => $"<th style=\"text-align:center\">{h}</th>")) + "</tr></thead><tbody>" },
        };
        for (var r = 0; r < Rows.Length; r++)
        {
            var row = Rows[r];
            if (row[1].Length == 0)
            {
                rows.Add([$"<tr><td colspan=\"{Header.Length}\"><b>{row[0]}</b></td></tr>"]);
                continue;
            }
            var cells = row.Select((c, i) => i switch
            {
                3 when r == 1 => "<td rowspan=\"2\">泉州市</td>",
                3 when r == 2 => null,
                2 => $"<td>\n  {c.Replace("，", "，\n  ")}\n</td>",
                _ => $"<td>{c.Replace("、", "、<br/>")}&nbsp;</td>",
            }).Where(c => c is not null);
            rows.Add(["<tr class=\"row\">", .. cells!, "</tr>"]);
        }
        rows.Add(["</tbody></table>"]);
        return Lay(rows, skipFirst: 1);
    }

    private static string Pipe(string[] cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>
    /// The body, then the table's lines; each group of lines after the first <paramref name="skipFirst"/> groups
    /// (the header) is one table row, and the numbered ones are remembered with the line they start on.
    /// </summary>
    private static LaidOutDocument Lay(IEnumerable<string[]> rowGroups, int skipFirst = 1)
    {
        var lines = new List<string>(Body);
        var rowLines = new Dictionary<int, int>();
        var group = 0;
        foreach (var rowLinesOfOne in rowGroups)
        {
            if (group >= skipFirst && group - skipFirst < Rows.Length && int.TryParse(Rows[group - skipFirst][0], out var seq)) rowLines[seq] = lines.Count + 1;
            lines.AddRange(rowLinesOfOne.SelectMany(l => l.Split('\n')));
            group++;
        }
        return new LaidOutDocument(string.Join('\n', lines) + "\n", rowLines);
    }
}
