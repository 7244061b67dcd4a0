using PolicyGraph.Core.Model;
using PolicyGraph.Ingest.Reading;
using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Tests.Repair;

/// <summary>The same plan with its table written as pipe, grid or HTML table must give the graph the tab-separated one gives.</summary>
public class TableLayoutGraphTests
{
    public static TheoryData<string> Layouts => ["pipe", "pipe-without-edges", "grid", "html"];

    private static LaidOutDocument Layout(string name) => name switch
    {
        "pipe" => TableLayoutDocuments.PipeTable(),
        "pipe-without-edges" => TableLayoutDocuments.PipeTableWithoutEdges(),
        "grid" => TableLayoutDocuments.GridTable(),
        "html" => TableLayoutDocuments.HtmlTable(),
        _ => TableLayoutDocuments.TabSeparated(),
    };

    private static readonly Lazy<IngestResult> TabResult = new(() => Load(TableLayoutDocuments.TabSeparated()));

    private static IngestResult Load(LaidOutDocument document) => TestCorpus.LoadTexts(("plan.txt", document.Text));

    [Fact]
    public void The_tab_separated_plan_pairs_every_row_and_reports_the_disagreement()
    {
        var result = TabResult.Value;
        Assert.Equal(3, result.Graph.Nodes.Count(n => n.HasLabel("Measure") && n.Properties.ContainsKey("tableLine")));
        Assert.Contains(result.Consistency.Disagreements, d => d.Seq == 2 && d.Field == "agencies");
        Assert.Contains(result.Graph.Relationships, r => r.Type == "RESPONSIBLE_FOR" && r.StartId == "agency:泉州市财政局");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Gives_the_same_measures_agencies_scopes_and_pairing_as_the_tab_separated_table(string layout)
    {
        var result = Load(Layout(layout));
        Assert.Equal(Canonical(TabResult.Value), Canonical(result));
        Assert.Equal(Disagreements(TabResult.Value), Disagreements(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SuspiciousMarkup);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Table_line_names_the_source_line_where_the_row_starts(string layout)
    {
        var document = Layout(layout);
        var measures = Load(document).Graph.Nodes.Where(n => n.HasLabel("Measure")).ToDictionary(n => (long)n["seq"]!);
        Assert.Equal(3, document.RowLines.Count);
        foreach (var (seq, line) in document.RowLines)
            Assert.Equal(line, (long)measures[seq]["tableLine"]!);
        var sourceLines = document.Text.Split('\n');
        // The row's first line: its opening tag, or the line holding its number.
        Assert.Matches(@"^(<tr|\|? ?1 ?[|\t])", sourceLines[document.RowLines[1] - 1]);
    }

    /// <summary>Nodes and relationships as text, document key and table line numbers left out: they differ legitimately.</summary>
    private static List<string> Canonical(IngestResult result)
    {
        var key = result.Graph.Nodes.Single(n => n.HasLabel("Document"))["sha256"]!.ToString()![..16];
        string Plain(string text) => text.Replace(key, "KEY", StringComparison.Ordinal);
        string Props(IReadOnlyDictionary<string, object> properties, bool fromTableOnly) => string.Join(";", properties
            .Where(p => p.Key is not ("sha256" or "tableLine" or "deadlineLine") && !(fromTableOnly && p.Key is "line" or "quote"))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={Value(p.Value)}"));
        return result.Graph.Nodes.Select(n => Plain($"{n.Id} {string.Join(":", n.Labels)} {Props(n.Properties, false)}"))
            .Concat(result.Graph.Relationships.Select(r => Plain($"{r.Id} {Props(r.Properties, TableOnly(r))}")))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static bool TableOnly(GraphRelationship relationship) =>
        relationship["sources"] is IReadOnlyList<string> sources && sources.SequenceEqual(["table"]);

    private static string Value(object value) => value is System.Collections.IEnumerable list and not string
        ? "[" + string.Join(",", list.Cast<object>()) + "]" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    private static List<string> Disagreements(IngestResult result) => result.Consistency.Disagreements
        .Select(d => $"{d.Seq} {d.Field} {string.Join(",", d.BodyOnly)} / {string.Join(",", d.TableOnly)} {d.BodyLine}").ToList();
}

/// <summary>How repair turns each layout into tab-separated rows, and what it leaves alone.</summary>
public class TableLayoutRepairTests
{
    private static RepairedText Repair(string text) => TextRepairer.Repair(SourceText.FromString("t.txt", text));

    private static List<string> Texts(string text) => Repair(text).Lines.Select(l => l.Text).ToList();

    [Fact]
    public void A_pipe_table_keeps_empty_cells_escaped_pipes_and_drops_its_delimiter_row()
    {
        var lines = Repair("说明\n\n| 序号 | 举措名称 | 责任单位 |\n|:--:|---|--:|\n| 1 | A\\|B 试点 | 市商务局<br>市财政局 |\n| 2 | 名称 |\n").Lines;
        Assert.Equal(["说明", "序号\t举措名称\t责任单位", "1\tA|B 试点\t市商务局 市财政局", "2\t名称\t"], lines.Select(l => l.Text));
        Assert.Equal([1, 3, 5, 6], lines.Select(l => l.Line));
    }

    [Fact]
    public void A_pipe_in_ordinary_text_is_not_a_table()
    {
        var text = "（一）推进甲|乙两地合作。支持企业发展。（实施范围：全市，责任单位：市商务局）\n\n注：序号 | 主要内容 | 责任单位\n1 | 推进合作 | 市商务局\n";
        Assert.Equal(["（一）推进甲|乙两地合作。支持企业发展。（实施范围：全市，责任单位：市商务局）", "注：序号 | 主要内容 | 责任单位", "1 | 推进合作 | 市商务局"], Texts(text));
        Assert.DoesNotContain(Repair(text).Lines, l => l.IsTableRow);
        Assert.Empty(PolicyGraph.Ingest.Extraction.TableParser.Parse(Repair(text).Lines, outline: false));
    }

    [Fact]
    public void A_horizontal_rule_under_a_line_with_a_pipe_is_not_a_delimiter_row()
    {
        Assert.DoesNotContain(Repair("甲 | 乙\n---\n丙\n").Lines, l => l.IsTableRow);
    }

    [Fact]
    public void A_grid_row_over_several_lines_is_one_row_on_the_line_it_starts()
    {
        var lines = Repair("+----+--------+\n| 序号 | 主要内容 |\n+====+========+\n| 1  | 支持企业开 |\n|    | 展业务。   |\n+----+--------+\n| 2  | Data  |\n|    | center |\n+----+--------+\n").Lines;
        Assert.Equal(["序号\t主要内容", "1\t支持企业开展业务。", "2\tData center"], lines.Select(l => l.Text));
        Assert.Equal([2, 4, 7], lines.Select(l => l.Line));
    }

    [Fact]
    public void A_lone_border_line_is_text()
    {
        Assert.Equal(["+----+", "正文内容。"], Texts("+----+\n正文内容。\n"));
    }

    [Fact]
    public void An_html_table_fills_spanned_cells_decodes_entities_and_keeps_surrounding_text()
    {
        var text = "见下表：<table><tr><th>序号</th><th>主要内容</th><th>责任单位</th></tr>\n<tr>\n<td>1</td><td>A&amp;B&nbsp;合作</td>\n<td rowspan=2>市商务局</td></tr>\n<tr><td>2</td><td colspan=\"1\">乙</td></tr></table>以上。\n";
        var lines = Repair(text).Lines;
        Assert.Equal(["见下表：", "序号\t主要内容\t责任单位", "1\tA&B 合作\t市商务局", "2\t乙\t市商务局", "以上。"], lines.Select(l => l.Text));
        Assert.Equal([1, 1, 2, 5, 5], lines.Select(l => l.Line));
    }

    [Fact]
    public void Colspan_keeps_later_cells_in_their_columns()
    {
        var lines = Texts("<table><tr><td colspan=\"2\">一、总则</td><td>丙</td></tr></table>\n");
        Assert.Equal(["一、总则\t\t丙"], lines);
    }

    [Fact]
    public void An_html_table_inside_a_script_stays_literal_and_is_reported()
    {
        var text = "请注意。\n<script>\n<table><tr><td>序号</td><td>主要内容</td></tr><tr><td>1</td><td>甲</td></tr></table>\n</script>\n" +
                   "<script>var t = '<table><tr><td>序号</td><td>名称</td></tr></table>';</script>\n";
        var repaired = Repair(text);
        Assert.DoesNotContain(repaired.Lines, l => l.IsTableRow);
        Assert.Contains(repaired.Lines, l => l.Text.StartsWith("<table><tr><td>序号", StringComparison.Ordinal));
        Assert.Equal([2, 3, 4, 5], repaired.Diagnostics.Where(d => d.Code == DiagnosticCodes.SuspiciousMarkup).Select(d => d.Line));
    }

    [Fact]
    public void Markup_inside_a_cell_that_is_not_formatting_stays_literal_and_is_reported()
    {
        var repaired = Repair("<table>\n<tr><td>1</td><td>甲<script>alert(1)</script></td></tr>\n</table>\n");
        Assert.Equal("1\t甲<script>alert(1)</script>", Assert.Single(repaired.Lines).Original);
        Assert.Equal(2, Assert.Single(repaired.Diagnostics).Line);
    }

    [Fact]
    public void An_unclosed_table_is_text_and_is_reported()
    {
        var repaired = Repair("<table><tr><td>1</td><td>甲</td></tr>\n正文。\n");
        Assert.DoesNotContain(repaired.Lines, l => l.IsTableRow);
        Assert.Single(repaired.Diagnostics);
    }
}
